import type { z } from '../validators/z.js';

/** One IPC channel: the schema of its request and of its response. */
export interface ChannelSpec {
  request: z.ZodMiniType;
  response: z.ZodMiniType;
}

/** A part of the channel table: one spec for each of exactly these names. */
export type ChannelTable<Names extends readonly string[]> = Record<Names[number], ChannelSpec>;
