import type { DnsTrayApi } from '../../../shared/contract/index.js';
import { createHttpBridge } from './http-bridge.js';

declare global {
  interface Window {
    dnsTray?: DnsTrayApi;
  }
}

/**
 * The only place that touches window.dnsTray. In Electron the preload provides it; in a
 * browser served by the headless shell, the HTTP bridge does.
 */
export const dnsTray: DnsTrayApi = window.dnsTray ?? createHttpBridge();
