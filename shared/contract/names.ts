import { DOMAIN_CHANNEL_NAMES, DOMAIN_EVENT_NAMES } from './domain-names.js';
import { ENGINE_CHANNEL_NAMES, ENGINE_EVENT_NAMES } from './engine-names.js';
import { MONITORING_CHANNEL_NAMES } from './monitoring-names.js';
import { STORE_CHANNEL_NAMES, STORE_EVENT_NAMES } from './store-names.js';

/**
 * The names of every channel and event, without their schemas. The schema tables in
 * channels.ts and events.ts must have exactly these keys (the type checker enforces it), and
 * the sandboxed preload builds window.dnsTray from these lists alone, which keeps it small.
 */
export const CHANNEL_NAMES = [
  'app:getVersion',
  ...DOMAIN_CHANNEL_NAMES,
  ...ENGINE_CHANNEL_NAMES,
  ...STORE_CHANNEL_NAMES,
  ...MONITORING_CHANNEL_NAMES,
] as const;
export const EVENT_NAMES = [
  'app:heartbeat',
  ...DOMAIN_EVENT_NAMES,
  ...ENGINE_EVENT_NAMES,
  ...STORE_EVENT_NAMES,
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];
export type EventName = (typeof EVENT_NAMES)[number];

/** The single IPC channel on which Electron pushes WireEvents to windows. */
export const IPC_EVENT_CHANNEL = 'dnsTray:event';
