import { describe, expect, it, vi } from 'vitest';
import {
  buildDnsTrayApi,
  channelNames,
  channels,
  eventNames,
  events,
  splitChannel,
} from '../../../shared/contract/index.js';

describe('the IPC contract', () => {
  it('lists exactly the channels and events that have schemas', () => {
    expect([...channelNames].sort()).toEqual(Object.keys(channels).sort());
    expect([...eventNames].sort()).toEqual(Object.keys(events).sort());
  });

  it('names every channel as namespace:method', () => {
    for (const name of channelNames) expect(name).toMatch(/^[a-z]+:[a-zA-Z]+$/);
  });

  it('builds one function per channel that forwards to the transport', async () => {
    const invoke = vi.fn(async (channel: string) => ({ echoed: channel }));
    const api = buildDnsTrayApi(channelNames, invoke, () => () => {});
    for (const name of channelNames) {
      const { namespace, method } = splitChannel(name);
      const call = (
        api as unknown as Record<string, Record<string, (r?: unknown) => Promise<unknown>>>
      )[namespace]![method]!;
      await expect(call()).resolves.toEqual({ echoed: name });
    }
    expect(invoke).toHaveBeenCalledTimes(channelNames.length);
  });

  it('exposes a frozen object so the renderer cannot replace a channel', () => {
    const api = buildDnsTrayApi(
      channelNames,
      async () => null,
      () => () => {},
    );
    expect(Object.isFrozen(api)).toBe(true);
  });
});
