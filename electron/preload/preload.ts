import { contextBridge, ipcRenderer } from 'electron';
import { createPreloadTransport } from './preload-transport.js';

/** Exposes window.dnsTrayTransport: contract channels and events, nothing raw. */
contextBridge.exposeInMainWorld('dnsTrayTransport', createPreloadTransport(ipcRenderer));
