import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The argument that makes DNS Tray start in the tray without opening a window. */
export const HIDDEN_ARG = '--hidden';

export const AUTOSTART_FILE_NAME = 'dnstray.desktop';

/**
 * `$XDG_CONFIG_HOME/autostart/dnstray.desktop`, or `~/.config/autostart/...` when the variable
 * is unset, empty or relative (the XDG Base Directory spec says to ignore relative paths).
 */
export function autostartFilePath(env: NodeJS.ProcessEnv, homeDir: string): string {
  const configured = env.XDG_CONFIG_HOME;
  const base =
    configured && path.isAbsolute(configured) ? configured : path.join(homeDir, '.config');
  return path.join(base, 'autostart', AUTOSTART_FILE_NAME);
}

/**
 * What to launch: the AppImage itself when running from one (its mount point changes on every
 * start, so execPath would be stale), else the executable.
 */
export function launchCommand(env: NodeJS.ProcessEnv, execPath: string): string {
  return env.APPIMAGE && path.isAbsolute(env.APPIMAGE) ? env.APPIMAGE : execPath;
}

/**
 * Quotes one Exec argument as the Desktop Entry spec requires. Readers undo the string-value
 * escapes (`\\` → `\`) before the quoting rule, so the quoting escapes are applied first and
 * every backslash is then doubled again: a literal `$` is `\\$`, a backslash four of them.
 * https://specifications.freedesktop.org/desktop-entry-spec/latest/exec-variables.html
 */
export function quoteExecArg(arg: string): string {
  const fieldCodesEscaped = arg.replaceAll('%', '%%');
  if (!/[\s"'\\$`<>~|&;*?#()]/.test(arg) && arg !== '') return fieldCodesEscaped;
  const quoted = fieldCodesEscaped.replace(/(["`$\\])/g, '\\$1');
  return `"${quoted.replaceAll('\\', '\\\\')}"`;
}

export interface AutostartEntry {
  name: string;
  command: string;
  /** Arguments before --hidden (an unpackaged app needs its folder after the Electron binary). */
  args?: readonly string[];
  comment: string;
}

/** The .desktop file content; X-GNOME-Autostart-enabled keeps GNOME from ignoring it. */
export function autostartDesktopEntry(entry: AutostartEntry): string {
  const oneLine = (text: string): string => text.replace(/[\r\n]+/g, ' ');
  return [
    '[Desktop Entry]',
    'Type=Application',
    `Name=${oneLine(entry.name)}`,
    `Comment=${oneLine(entry.comment)}`,
    `Exec=${[entry.command, ...(entry.args ?? []), HIDDEN_ARG].map(quoteExecArg).join(' ')}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** Start at login on Linux: the autostart file exists (and is ours) or it does not. */
export class LinuxAutostart {
  constructor(
    private readonly file: string,
    private readonly entry: AutostartEntry,
  ) {}

  isEnabled(): boolean {
    return existsSync(this.file);
  }

  setEnabled(enabled: boolean): void {
    if (!enabled) {
      rmSync(this.file, { force: true });
      return;
    }
    mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileSync(this.file, autostartDesktopEntry(this.entry), { mode: 0o644 });
  }

  /**
   * Brings an enabled entry up to date with how this copy of DNS Tray is launched (an AppImage
   * changes its versioned file name with every update). Returns true when the file was rewritten.
   */
  refresh(): boolean {
    const current = this.read();
    const wanted = autostartDesktopEntry(this.entry);
    if (current === null || current === wanted) return false;
    writeFileSync(this.file, wanted, { mode: 0o644 });
    return true;
  }

  /** The file as written, for diagnostics; null when start at login is off. */
  read(): string | null {
    return this.isEnabled() ? readFileSync(this.file, 'utf8') : null;
  }
}
