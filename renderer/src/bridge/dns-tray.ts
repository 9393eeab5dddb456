import {
  createBridge,
  type DnsTrayApi,
  type DnsTrayTransport,
} from '../../../shared/contract/index.js';
import { createHttpBridge } from './http-bridge.js';

declare global {
  interface Window {
    dnsTrayTransport?: DnsTrayTransport;
  }
}

/**
 * The only place that touches the shell. In Electron the preload provides the transport; in a
 * browser served by the headless shell, the HTTP bridge does. Both decode replies the same way.
 */
export const dnsTray: DnsTrayApi = window.dnsTrayTransport
  ? createBridge(window.dnsTrayTransport)
  : createHttpBridge();
