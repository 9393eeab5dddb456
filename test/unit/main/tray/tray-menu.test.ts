import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi, type Mock } from 'vitest';
import {
  buildTrayMenuTemplate,
  menuSignature,
  PAUSE_ONE_HOUR_MS,
  type TrayMenuActions,
} from '../../../../electron/main/tray/tray-menu.js';
import type { StatusProjection } from '../../../../shared/engine/status-projection.js';
import { host, NOW, view } from './tray-view-fixtures.js';

function actions(): { [K in keyof TrayMenuActions]: Mock<TrayMenuActions[K]> } {
  return {
    updateNow: vi.fn(),
    pause: vi.fn(),
    resume: vi.fn(),
    openWindow: vi.fn(),
    copy: vi.fn(),
    setStartAtLogin: vi.fn(),
    quit: vi.fn(),
  };
}

function menu(input: StatusProjection, startAtLogin = false, acts = actions()) {
  return buildTrayMenuTemplate(input, { startAtLogin, now: NOW }, acts);
}

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.filter((item) => item.type !== 'separator').map((item) => item.label ?? '');
}

function item(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const all = items.flatMap((i) => [i, ...((i.submenu as MenuItemConstructorOptions[]) ?? [])]);
  const found = all.find((i) => i.label === label);
  if (!found) throw new Error(`no menu item "${label}" in ${labels(all).join(', ')}`);
  return found;
}

function click(items: MenuItemConstructorOptions[], label: string, checked = false): void {
  (item(items, label).click as unknown as (i: { checked: boolean }) => void)({ checked });
}

describe('tray menu', () => {
  it('lists addresses, each host with its quota, the actions, the windows, login and quit', () => {
    const items = menu(
      view({
        hosts: [
          host({ name: 'home.example.com', updatesLeft: 1 }),
          host({
            name: 'nas.example.com',
            state: 'deferred',
            detail: 'quota: next update after 00:00 UTC',
            updatesLeft: 0,
          }),
        ],
      }),
    );
    expect(labels(items)).toEqual([
      'IPv4 203.0.113.7',
      'IPv6 2001:db8::7',
      'Copy IPv4 address',
      'Copy IPv6 address',
      'home.example.com — up to date — 1 of 2 updates left today',
      'nas.example.com — deferred: quota: next update after 00:00 UTC — 0 of 2 updates left today',
      'Update now',
      'Pause',
      'Open Hosts…',
      'Domains…',
      'Settings…',
      'Activity…',
      'Start at login',
      'Quit DNS Tray',
    ]);
    expect(item(items, 'IPv4 203.0.113.7').enabled).toBe(false);
  });

  it('copies each known address, and offers no copy for an address not known', () => {
    const acts = actions();
    const items = menu(view(), false, acts);
    click(items, 'Copy IPv4 address');
    click(items, 'Copy IPv6 address');
    expect(acts.copy.mock.calls).toEqual([['203.0.113.7'], ['2001:db8::7']]);
    const partial = labels(menu(view({ ipv6: { kind: 'absent' }, ipv4: { kind: 'unknown' } })));
    expect(partial.filter((label) => label.startsWith('Copy'))).toEqual([]);
    const v4only = labels(menu(view({ ipv6: { kind: 'not-checked' } })));
    expect(v4only.filter((label) => label.startsWith('Copy'))).toEqual(['Copy IPv4 address']);
  });

  it('says so when there are no hosts yet', () => {
    expect(labels(menu(view({ hosts: [] })))).toContain('No hosts yet');
  });

  it('wires each action', () => {
    const acts = actions();
    const items = menu(view(), false, acts);
    click(items, 'Update now');
    click(items, 'For 1 hour');
    click(items, 'Until resumed');
    click(items, 'Settings…');
    click(items, 'Activity…');
    click(items, 'Start at login', true);
    click(items, 'Quit DNS Tray');
    expect(acts.updateNow).toHaveBeenCalledOnce();
    expect(acts.pause.mock.calls).toEqual([[PAUSE_ONE_HOUR_MS], [null]]);
    expect(acts.openWindow.mock.calls).toEqual([['settings'], ['activity']]);
    expect(acts.setStartAtLogin).toHaveBeenCalledWith(true);
    expect(acts.quit).toHaveBeenCalledOnce();
  });

  it('shows Start at login checked when it is on, and unchecking turns it off', () => {
    const acts = actions();
    const items = menu(view(), true, acts);
    expect(item(items, 'Start at login')).toMatchObject({ type: 'checkbox', checked: true });
    click(items, 'Start at login', false);
    expect(acts.setStartAtLogin).toHaveBeenCalledWith(false);
  });

  it('offers Resume instead of Pause while paused, and no Update now', () => {
    const acts = actions();
    const items = menu(view({ pause: { kind: 'paused', until: NOW + 30 * 60_000 } }), false, acts);
    expect(labels(items)).toContain('Paused, resumes in 30 min');
    expect(labels(items)).not.toContain('Pause');
    expect(item(items, 'Update now').enabled).toBe(false);
    click(items, 'Resume');
    expect(acts.resume).toHaveBeenCalledOnce();
  });

  it('says "until resumed" for an open-ended pause', () => {
    expect(labels(menu(view({ pause: { kind: 'paused', until: null } })))).toContain(
      'Paused until resumed',
    );
  });

  it('disables Update now while a cycle runs', () => {
    expect(item(menu(view({ busy: true })), 'Update now').enabled).toBe(false);
  });

  it.each([
    [
      'rejected',
      'bad credentials',
      'home.example.com — rejected: bad credentials — 2 of 2 updates left today',
    ],
    ['failed', undefined, 'home.example.com — failed — 2 of 2 updates left today'],
    ['updating', undefined, 'home.example.com — updating… — 2 of 2 updates left today'],
  ] as const)('describes a %s host', (state, detail, label) => {
    const items = menu(view({ hosts: [host({ state, ...(detail ? { detail } : {}) })] }));
    expect(labels(items)).toContain(label);
  });
});

describe('tray menu signature', () => {
  it('is the same for the same view, so an unchanged menu is not rebuilt', () => {
    expect(menuSignature(menu(view()))).toBe(menuSignature(menu(view())));
  });

  it.each([
    ['an address', view({ ipv4: { kind: 'known', address: '203.0.113.8' } })],
    ['a quota', view({ hosts: [host({ updatesLeft: 1 })] })],
    ['a pause', view({ pause: { kind: 'paused', until: null } })],
    ['a running cycle (Update now disabled)', view({ busy: true })],
  ])('changes with %s', (_name, changed) => {
    expect(menuSignature(menu(changed))).not.toBe(menuSignature(menu(view())));
  });

  it('changes with the start-at-login checkbox', () => {
    expect(menuSignature(menu(view(), true))).not.toBe(menuSignature(menu(view(), false)));
  });
});
