import { describe, expect, it } from 'vitest';
import type { DispatchResult } from '../../../../electron/core/dispatch.js';
import { ShellSettings } from '../../../../electron/main/app/shell-settings.js';

function core(settings: unknown) {
  const calls: { channel: string; payload: unknown }[] = [];
  const invoke = async (channel: string, payload: unknown): Promise<DispatchResult> => {
    calls.push({ channel, payload });
    if (channel === 'settings:get') return { ok: true, result: settings };
    return { ok: true, result: { ok: true, settings } };
  };
  return { calls, invoke };
}

const saved = {
  notifications: { events: { addressChanged: false, updateDeferred: true } },
  ui: { theme: 'dark', windowBounds: { settings: { x: 10, y: 20, width: 820, height: 640 } } },
};

describe('the shell reading and writing its settings', () => {
  it('reads window bounds and notification choices from settings:get', async () => {
    const { invoke } = core(saved);
    const settings = new ShellSettings(invoke);
    await settings.refresh();
    expect(settings.load('settings')).toEqual({ x: 10, y: 20, width: 820, height: 640 });
    expect(settings.load('hosts')).toBeUndefined();
    expect(settings.notificationChoices()).toMatchObject({
      'address-changed': false,
      'quota-used-up': true,
      'update-rejected': true,
    });
  });

  it('saves a closed window through settings:update as a merge patch, in whole pixels', async () => {
    const { calls, invoke } = core(saved);
    const settings = new ShellSettings(invoke);
    settings.save('hosts', { x: 1.4, y: 2.6, width: 900, height: 700 });
    expect(calls).toEqual([
      {
        channel: 'settings:update',
        payload: {
          patch: { ui: { windowBounds: { hosts: { x: 1, y: 3, width: 900, height: 700 } } } },
        },
      },
    ]);
    expect(settings.load('hosts')).toEqual({ x: 1, y: 3, width: 900, height: 700 });
  });

  it('keeps defaults when the core has no settings to give', async () => {
    const settings = new ShellSettings(async () => ({
      ok: false,
      error: { code: 'unknown-channel', message: 'unknown channel "settings:get"' },
    }));
    await settings.refresh();
    expect(settings.load('hosts')).toBeUndefined();
    expect(settings.notificationChoices()['address-changed']).toBe(true);
  });

  it('follows settings:changed', () => {
    const settings = new ShellSettings(core(saved).invoke);
    settings.apply({ notifications: { events: { addressChanged: true } }, ui: {} });
    expect(settings.notificationChoices()['address-changed']).toBe(true);
    expect(settings.load('settings')).toBeUndefined();
  });
});

describe('following settings changes', () => {
  it('applies settings:changed and ignores other events, until unsubscribed', async () => {
    const { CoreEvents } = await import('../../../../electron/core/core-events.js');
    const events = new CoreEvents();
    const settings = new ShellSettings(core(saved).invoke);
    const stop = settings.follow(events);
    events.emit('app:heartbeat', { at: 'x' });
    expect(settings.notificationChoices()['address-changed']).toBe(true);
    events.emit('settings:changed', {
      ...(await import('../../../../shared/settings/settings-schema.js')).DEFAULT_SETTINGS,
      notifications: {
        events: {
          addressChanged: false,
          updateSucceeded: false,
          updateDeferred: false,
          updateRejected: true,
          updateFailed: true,
          domainExpiring: true,
          domainRenewed: true,
          domainActionFailed: true,
          recordDrifted: true,
        },
      },
    });
    expect(settings.notificationChoices()['address-changed']).toBe(false);
    stop();
    expect(events.listenerCount).toBe(0);
  });
});

describe('startup settings', () => {
  it('reads open at login and start hidden, and says when they are not known yet', () => {
    const settings = new ShellSettings(core(saved).invoke);
    expect(settings.openAtLogin()).toBeUndefined();
    expect(settings.startHidden()).toBe(false);
    settings.apply({ startup: { openAtLogin: true, startHidden: true } });
    expect(settings.openAtLogin()).toBe(true);
    expect(settings.startHidden()).toBe(true);
  });

  it('calls back after each settings change it follows', async () => {
    const { CoreEvents } = await import('../../../../electron/core/core-events.js');
    const events = new CoreEvents();
    const settings = new ShellSettings(core(saved).invoke);
    let changes = 0;
    settings.follow(events, () => changes++);
    events.emit('app:heartbeat', { at: 'x' });
    expect(changes).toBe(0);
    const { DEFAULT_SETTINGS } = await import('../../../../shared/settings/settings-schema.js');
    events.emit('settings:changed', {
      ...DEFAULT_SETTINGS,
      startup: { openAtLogin: true, startHidden: false },
    });
    expect(changes).toBe(1);
    expect(settings.openAtLogin()).toBe(true);
  });
});
