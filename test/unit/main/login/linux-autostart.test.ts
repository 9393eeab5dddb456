import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  autostartDesktopEntry,
  autostartFilePath,
  launchCommand,
  LinuxAutostart,
  quoteExecArg,
} from '../../../../electron/main/login/linux-autostart.js';

/**
 * How a launcher reads an Exec value: string-value escapes first (`\\\\` → `\\`), then the
 * quoting rule (`\\"`, `\\``, `\\$`, `\\\\` inside double quotes), then `%%` → `%`.
 * https://specifications.freedesktop.org/desktop-entry-spec/latest/exec-variables.html
 */
function parseExecLine(value: string): string[] {
  const unescaped = value.replace(/\\(.)/g, (_m, c: string) =>
    c === 's'
      ? ' '
      : c === 'n'
        ? '\n'
        : c === 't'
          ? '\t'
          : c === 'r'
            ? '\r'
            : c === '\\'
              ? '\\'
              : `\\${c}`,
  );
  const args: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < unescaped.length; i++) {
    const c = unescaped[i]!;
    if (quoted && c === '\\') current += unescaped[++i] ?? '';
    else if (c === '"') quoted = !quoted;
    else if (c === ' ' && !quoted) {
      args.push(current);
      current = '';
    } else current += c;
  }
  args.push(current);
  return args.map((arg) => arg.replaceAll('%%', '%'));
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const entry = {
  name: 'DNS Tray',
  command: '/opt/DNS Tray/dnstray',
  comment: 'Keeps DNS on your IP',
};

describe('Linux start at login', () => {
  it.each([
    ['XDG_CONFIG_HOME when set', { XDG_CONFIG_HOME: '/cfg' }, '/cfg/autostart/dnstray.desktop'],
    ['~/.config when unset', {}, '/home/ann/.config/autostart/dnstray.desktop'],
    [
      '~/.config when empty',
      { XDG_CONFIG_HOME: '' },
      '/home/ann/.config/autostart/dnstray.desktop',
    ],
    [
      '~/.config when relative (the spec says ignore it)',
      { XDG_CONFIG_HOME: 'cfg' },
      '/home/ann/.config/autostart/dnstray.desktop',
    ],
  ])('writes under %s', (_name, env, expected) => {
    expect(autostartFilePath(env, '/home/ann')).toBe(expected);
  });

  it('launches the AppImage, not its temporary mount, when running from one', () => {
    expect(
      launchCommand({ APPIMAGE: '/home/ann/DNS-Tray.AppImage' }, '/tmp/.mount_x/dnstray'),
    ).toBe('/home/ann/DNS-Tray.AppImage');
    expect(launchCommand({}, '/usr/bin/dnstray')).toBe('/usr/bin/dnstray');
  });

  it('writes a desktop entry that starts hidden in the tray', () => {
    expect(autostartDesktopEntry(entry)).toBe(
      [
        '[Desktop Entry]',
        'Type=Application',
        'Name=DNS Tray',
        'Comment=Keeps DNS on your IP',
        'Exec="/opt/DNS Tray/dnstray" --hidden',
        'Terminal=false',
        'X-GNOME-Autostart-enabled=true',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['/usr/bin/dnstray', '/usr/bin/dnstray'],
    ['/opt/DNS Tray/dnstray', '"/opt/DNS Tray/dnstray"'],
    // The spec's own examples: a literal `$` is `\\$`, a literal backslash four of them.
    ['/opt/a"b$c`d\\e', '"/opt/a\\\\"b\\\\$c\\\\`d\\\\\\\\e"'],
    ['/opt/100%/dnstray', '/opt/100%%/dnstray'],
    ['/opt/50% off/dnstray', '"/opt/50%% off/dnstray"'],
  ])('quotes %s for Exec as %s', (arg, quoted) => {
    expect(quoteExecArg(arg)).toBe(quoted);
  });

  it.each([
    '/opt/DNS Tray/dnstray',
    '/home/ann/Apps/$HOME\\dns "tray"`x`/DNS-Tray.AppImage',
    '/tmp/a\\\\b',
    '/opt/100% sure/dnstray',
  ])('an Exec argument %s reads back as itself, the way launchers parse it', (arg) => {
    expect(parseExecLine(quoteExecArg(arg))).toEqual([arg]);
  });

  it('keeps a name with a line break on one line, so it cannot add keys', () => {
    const text = autostartDesktopEntry({ ...entry, name: 'DNS\nExec=evil' });
    expect(text).toContain('Name=DNS Exec=evil\n');
    expect(text.match(/^Exec=/gm)).toHaveLength(1);
  });

  it('writes the file on enable (creating autostart/) and removes it on disable', () => {
    const config = mkdtempSync(path.join(os.tmpdir(), 'dnstray-xdg-'));
    dirs.push(config);
    const file = autostartFilePath({ XDG_CONFIG_HOME: config }, '/nonexistent');
    const autostart = new LinuxAutostart(file, entry);
    expect(autostart.isEnabled()).toBe(false);
    autostart.setEnabled(true);
    expect(autostart.isEnabled()).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(autostartDesktopEntry(entry));
    expect(statSync(file).mode & 0o777).toBe(0o644);
    autostart.setEnabled(false);
    expect(autostart.isEnabled()).toBe(false);
    expect(autostart.read()).toBeNull();
    autostart.setEnabled(false);
  });
});

describe('Linux start at login after an update', () => {
  it('rewrites the Exec line of an enabled entry when the AppImage file name changed', () => {
    const config = mkdtempSync(path.join(os.tmpdir(), 'dnstray-xdg-'));
    dirs.push(config);
    const file = autostartFilePath({ XDG_CONFIG_HOME: config }, '/nonexistent');
    const old = { ...entry, command: '/home/ann/DNS-Tray-0.1.0.AppImage' };
    new LinuxAutostart(file, old).setEnabled(true);
    const current = new LinuxAutostart(file, {
      ...entry,
      command: '/home/ann/DNS-Tray-0.2.0.AppImage',
    });
    expect(current.refresh()).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain(
      'Exec=/home/ann/DNS-Tray-0.2.0.AppImage --hidden\n',
    );
    expect(current.refresh()).toBe(false);
  });

  it('leaves start at login off when it is off', () => {
    const config = mkdtempSync(path.join(os.tmpdir(), 'dnstray-xdg-'));
    dirs.push(config);
    const file = autostartFilePath({ XDG_CONFIG_HOME: config }, '/nonexistent');
    const autostart = new LinuxAutostart(file, entry);
    expect(autostart.refresh()).toBe(false);
    expect(autostart.isEnabled()).toBe(false);
  });
});

describe('Linux start at login from an unpackaged app', () => {
  it('passes the app folder to Electron before --hidden', () => {
    const text = autostartDesktopEntry({
      ...entry,
      command: '/usr/lib/electron',
      args: ['/src/dns tray'],
    });
    expect(text).toContain('Exec=/usr/lib/electron "/src/dns tray" --hidden\n');
  });
});
