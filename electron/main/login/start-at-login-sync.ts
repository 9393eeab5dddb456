import type { CoreInvoke } from '../app/shell-settings.js';
import type { StartAtLogin } from './start-at-login.js';

/**
 * Keeps `startup.openAtLogin` in the settings and the OS login item in step. At start the OS
 * wins (people remove login items in the OS settings); afterwards a change from the tray goes
 * to the OS and then to the settings, and a change saved in the Settings window goes to the OS.
 */
export class StartAtLoginSync {
  constructor(
    private readonly login: Pick<StartAtLogin, 'isEnabled' | 'setEnabled'>,
    private readonly invoke: CoreInvoke,
    private readonly onError: (message: string) => void,
  ) {}

  adoptOsState(saved: boolean | undefined): void {
    const actual = this.login.isEnabled();
    if (saved !== actual) this.#record(actual);
  }

  /** From the tray's checkbox. */
  set(enabled: boolean): void {
    this.#apply(enabled);
    this.#record(this.login.isEnabled());
  }

  /** From the settings (after `settings:changed`). */
  follow(saved: boolean | undefined): void {
    if (saved !== undefined && saved !== this.login.isEnabled()) this.#apply(saved);
  }

  #apply(enabled: boolean): void {
    try {
      this.login.setEnabled(enabled);
    } catch (error) {
      this.onError(`start at login: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  #record(enabled: boolean): void {
    void this.invoke('settings:update', { patch: { startup: { openAtLogin: enabled } } }).then(
      (reply) => {
        if (!reply.ok) this.onError(`start at login: ${reply.error.message}`);
      },
    );
  }
}
