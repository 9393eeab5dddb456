import { describe, expect, it } from 'vitest';
import { trayIconFile, trayStateFrom } from '../../../../electron/main/tray/tray-state.js';
import { host, view } from './tray-view-fixtures.js';

describe('tray icon state', () => {
  it('is ok when every host is up to date with quota left', () => {
    expect(trayStateFrom(view())).toBe('ok');
  });

  it.each([
    [
      'paused until resumed, even while failing',
      view({ pause: { kind: 'paused', until: null }, hosts: [host({ state: 'failed' })] }),
      'paused',
    ],
    ['paused for an hour', view({ pause: { kind: 'paused', until: 1 } }), 'paused'],
    [
      'a cycle running, even with an earlier failure',
      view({ busy: true, hosts: [host({ state: 'failed' })] }),
      'working',
    ],
    [
      'a host rejected by the service',
      view({ hosts: [host(), host({ name: 'b', state: 'rejected' })] }),
      'error',
    ],
    ['a host whose update failed', view({ hosts: [host({ state: 'failed' })] }), 'error'],
    [
      'no address known in either family',
      view({ ipv4: { kind: 'unknown' }, ipv6: { kind: 'unknown' } }),
      'error',
    ],
    ['a deferred host', view({ hosts: [host({ state: 'deferred' })] }), 'attention'],
    [
      'a host paused after a fatal rejection was fixed',
      view({ hosts: [host({ state: 'paused' })] }),
      'attention',
    ],
    [
      'a free host with no update left today',
      view({ hosts: [host({ updatesLeft: 0 })] }),
      'attention',
    ],
    [
      'a Premium host with 3 of 15 left',
      view({ hosts: [host({ updatesLeft: 3, updatesPerDay: 15 })] }),
      'attention',
    ],
  ])('shows %s as %s', (_name, input, expected) => {
    expect(trayStateFrom(input)).toBe(expected);
  });

  it.each([
    ['a free host with 1 of 2 left', host({ updatesLeft: 1 })],
    ['a Premium host with 4 of 15 left', host({ updatesLeft: 4, updatesPerDay: 15 })],
  ])('is not worried by %s', (_name, h) => {
    expect(trayStateFrom(view({ hosts: [h] }))).toBe('ok');
  });

  it('is ok with IPv4 known and no IPv6 at all', () => {
    expect(trayStateFrom(view({ ipv6: { kind: 'absent' } }))).toBe('ok');
  });

  it('uses template images on macOS and colour images elsewhere', () => {
    expect(trayIconFile('attention', 'darwin')).toBe('tray-attentionTemplate.png');
    expect(trayIconFile('attention', 'linux')).toBe('tray-attention.png');
    expect(trayIconFile('error', 'win32')).toBe('tray-error.png');
  });
});
