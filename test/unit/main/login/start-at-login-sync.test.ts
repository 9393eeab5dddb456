import { describe, expect, it } from 'vitest';
import type { DispatchResult } from '../../../../electron/core/dispatch.js';
import { StartAtLoginSync } from '../../../../electron/main/login/start-at-login-sync.js';

function setup(osEnabled: boolean, options: { failOs?: boolean; reply?: DispatchResult } = {}) {
  let enabled = osEnabled;
  const patches: unknown[] = [];
  const errors: string[] = [];
  const login = {
    isEnabled: () => enabled,
    setEnabled: (on: boolean) => {
      if (options.failOs) throw new Error('EACCES: permission denied');
      enabled = on;
    },
  };
  const sync = new StartAtLoginSync(
    login,
    async (_channel, payload) => {
      patches.push(payload);
      return options.reply ?? { ok: true, result: {} };
    },
    (message) => errors.push(message),
  );
  return { sync, patches, errors, osEnabled: () => enabled };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));
const patch = (openAtLogin: boolean) => ({ patch: { startup: { openAtLogin } } });

describe('start at login kept in step with the settings', () => {
  it('records the OS state in the settings at start (the user may have changed it there)', () => {
    const { sync, patches } = setup(false);
    sync.adoptOsState(true);
    expect(patches).toEqual([patch(false)]);
  });

  it('writes nothing at start when both agree', () => {
    const { sync, patches } = setup(true);
    sync.adoptOsState(true);
    expect(patches).toEqual([]);
  });

  it('turns it on from the tray in the OS and then in the settings', () => {
    const { sync, patches, osEnabled } = setup(false);
    sync.set(true);
    expect(osEnabled()).toBe(true);
    expect(patches).toEqual([patch(true)]);
  });

  it('applies a change saved in the Settings window to the OS, once', () => {
    const { sync, patches, osEnabled } = setup(false);
    sync.follow(true);
    expect(osEnabled()).toBe(true);
    sync.follow(true);
    sync.follow(undefined);
    expect(osEnabled()).toBe(true);
    expect(patches).toEqual([]);
  });

  it('says why when the OS refuses, and records what the OS really has', async () => {
    const { sync, patches, errors } = setup(false, { failOs: true });
    sync.set(true);
    await settle();
    expect(errors).toEqual(['start at login: EACCES: permission denied']);
    expect(patches).toEqual([patch(false)]);
  });

  it('says why when the settings refuse the change', async () => {
    const { sync, errors } = setup(false, {
      reply: { ok: false, error: { code: 'failed', message: 'settings file is read-only' } },
    });
    sync.set(true);
    await settle();
    expect(errors).toEqual(['start at login: settings file is read-only']);
  });
});
