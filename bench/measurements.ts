import type { Measurement } from './bench-row.js';

/**
 * Every measurement, in table order. Each is imported only when it runs, so a component that
 * does not exist yet (or fails to load) turns into a "not available" row instead of stopping
 * the whole bench.
 */
export interface MeasurementEntry {
  id: string;
  title: string;
  load(): Promise<Measurement>;
}

export const MEASUREMENTS: readonly MeasurementEntry[] = [
  {
    id: 'sync.latency',
    title: 'Address change to stored record (headless shell)',
    load: async () => (await import('./measure-address-change.js')).addressChange,
  },
  {
    id: 'sync.router-event',
    title: 'Router WAN change to stored record, UPnP events (headless shell)',
    load: async () => (await import('./measure-router-event.js')).routerEvent,
  },
  {
    id: 'sync.flapping',
    title: 'Requests under a flapping address (virtual day)',
    load: async () => (await import('./measure-flapping.js')).flapping,
  },
  {
    id: 'detection.agreement',
    title: 'Agreed detection vs fastest source',
    load: async () => (await import('./measure-agreement.js')).agreementCost,
  },
  {
    id: 'freenom.list',
    title: 'Listing 5,000 Freenom domains',
    load: async () => (await import('./measure-freenom-list.js')).freenomList,
  },
  {
    id: 'history.append',
    title: 'History append at 50 and 5,000 events',
    load: async () => (await import('./measure-history-append.js')).historyAppend,
  },
  {
    id: 'renderer.size',
    title: 'Renderer initial JavaScript',
    load: async () => (await import('./measure-renderer-size.js')).rendererSize,
  },
  {
    id: 'renderer.render',
    title: 'Render Hosts (1,000) and Domains (5,000) in Chromium',
    load: async () => (await import('./measure-render.js')).renderTimes,
  },
  {
    id: 'headless.parts',
    title: 'Resident memory per part of the headless shell',
    load: async () => (await import('./measure-module-cost.js')).moduleCost,
  },
  {
    id: 'peers',
    title: 'inadyn beside the headless shell (same emulator, same period)',
    load: async () => (await import('./measure-peers.js')).peers,
  },
  {
    id: 'renderer.flat',
    title: 'Flat cost: Hosts, Domains and Activity small vs large in Chromium',
    load: async () => (await import('./measure-flat-cost.js')).flatCost,
  },
  {
    id: 'tray.idle',
    title: 'Electron tray at idle, no window (needs an Electron binary)',
    load: async () => (await import('./measure-tray-idle.js')).trayIdle,
  },
  {
    id: 'headless.idle',
    title: 'Headless shell at idle',
    load: async () => (await import('./measure-idle.js')).idleFootprint,
  },
];
