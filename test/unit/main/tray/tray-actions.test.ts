import { describe, expect, it } from 'vitest';
import type { DispatchResult } from '../../../../electron/core/dispatch.js';
import { createTrayActions } from '../../../../electron/main/tray/tray-actions.js';
import { PAUSE_ONE_HOUR_MS } from '../../../../electron/main/tray/tray-menu.js';

function setup(reply: DispatchResult = { ok: true, result: {} }) {
  const calls: [string, unknown][] = [];
  const log: string[] = [];
  const opened: string[] = [];
  let refreshed = 0;
  const actions = createTrayActions({
    invoke: async (channel, payload) => {
      calls.push([channel, payload]);
      return reply;
    },
    openWindow: (kind) => opened.push(kind),
    setStartAtLogin: (on) => log.push(`login ${on}`),
    copy: (text) => log.push(`copied ${text}`),
    refresh: () => refreshed++,
    quit: () => log.push('quit'),
    onError: (message) => log.push(message),
  });
  return { actions, calls, log, opened, refreshed: () => refreshed };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('tray actions', () => {
  it('copies an address to the clipboard', () => {
    const { actions, log } = setup();
    actions.copy('203.0.113.7');
    expect(log).toEqual(['copied 203.0.113.7']);
  });

  it('asks the core to update now, pause an hour, pause until resumed, and resume', async () => {
    const { actions, calls } = setup();
    actions.updateNow();
    actions.pause(PAUSE_ONE_HOUR_MS);
    actions.pause(null);
    actions.resume();
    expect(calls).toEqual([
      ['sync:updateNow', undefined],
      ['sync:pause', { minutes: 60 }],
      ['sync:pause', {}],
      ['sync:resume', undefined],
    ]);
  });

  it('reports a refused core call with its channel and message', async () => {
    const { actions, log } = setup({
      ok: false,
      error: { code: 'failed', message: 'engine not running' },
    });
    actions.updateNow();
    await settle();
    expect(log).toEqual(['sync:updateNow: engine not running']);
  });

  it('changes start at login and re-renders the menu to show it', () => {
    const { actions, log, refreshed } = setup();
    actions.setStartAtLogin(true);
    expect(log).toEqual(['login true']);
    expect(refreshed()).toBe(1);
  });

  it('opens windows and quits through the shell', () => {
    const { actions, opened, log } = setup();
    actions.openWindow('domains');
    actions.quit();
    expect(opened).toEqual(['domains']);
    expect(log).toEqual(['quit']);
  });
});
