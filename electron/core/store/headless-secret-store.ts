import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type {
  SecretRef,
  SecretService,
  SecretSetResult,
  SecretsStatus,
  UnencryptedChoice,
} from '../../../shared/settings/store-contract.js';
import {
  answerUnencrypted,
  secretsRedactor,
  SessionSecrets,
  type SecretStore,
} from './secret-store.js';

/** A secrets file the headless shell must not use; the message says why and how to fix it. */
export class SecretsFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretsFileError';
  }
}

const PREFIX: Record<SecretService, string> = {
  freedns: 'DNSTRAY_FREEDNS_PASSWORD',
  freenom: 'DNSTRAY_FREENOM_PASSWORD',
};

/** `DNSTRAY_FREEDNS_PASSWORD_HOME_1` for account "home-1": upper case, other characters "_". */
export function secretVariableName(service: SecretService, accountId?: string): string {
  if (accountId === undefined) return PREFIX[service];
  return `${PREFIX[service]}_${accountId.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

// Webhook signing secrets share the file and the environment with the passwords.
const NAME = /^DNSTRAY_((FREEDNS|FREENOM)_PASSWORD|WEBHOOK_SECRET)(_[A-Z0-9_]+)?$/;

/**
 * Reads a secrets file: `NAME=value` lines with the same names as the environment variables,
 * `#` comments and blank lines. It must be a regular file readable by its owner only (0600).
 * Errors name the line, never its value.
 */
export function readSecretsFile(file: string, credentialsDir?: string): Map<string, string> {
  let stat;
  try {
    stat = statSync(file);
  } catch (error) {
    throw new SecretsFileError(
      `secrets file ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
    );
  }
  if (!stat.isFile()) throw new SecretsFileError(`secrets file ${file} is not a regular file.`);
  // Mode bits mean nothing on Windows; there the folder's ACL protects the file.
  if (process.platform !== 'win32') {
    const mode = stat.mode & 0o777;
    if ((mode & 0o077) !== 0) {
      throw new SecretsFileError(
        `secrets file ${file} can be read by other users (mode ${mode.toString(8).padStart(4, '0')}); ` +
          `it must be 0600. Run: chmod 600 '${file}'`,
      );
    }
    const uid = process.getuid?.();
    // systemd may leave a credential owned by root and grant the service user an ACL instead.
    const systemdCredential =
      credentialsDir !== undefined && stat.uid === 0 && isInside(file, credentialsDir);
    if (uid !== undefined && stat.uid !== uid && !systemdCredential) {
      throw new SecretsFileError(
        `secrets file ${file} belongs to another user (uid ${stat.uid}); it must be yours.`,
      );
    }
  }
  return parseSecretsText(readFileSync(file, 'utf8'), file);
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(path.resolve(folder), path.resolve(file));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

export function parseSecretsText(text: string, file: string): Map<string, string> {
  const values = new Map<string, string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const equals = line.indexOf('=');
    const name = equals > 0 ? line.slice(0, equals).trim() : '';
    if (!NAME.test(name)) {
      throw new SecretsFileError(
        `secrets file ${file}, line ${index + 1}: expected NAME=password with a name like DNSTRAY_FREEDNS_PASSWORD or DNSTRAY_FREEDNS_PASSWORD_<ACCOUNTID>.`,
      );
    }
    const value = line.slice(equals + 1);
    if (value === '')
      throw new SecretsFileError(`secrets file ${file}, line ${index + 1}: ${name} has no value.`);
    values.set(name, value);
  });
  return values;
}

/**
 * The headless shell's secrets: environment variables first, then the secrets file, per
 * account before the service-wide name. A password typed in the web UI can only be kept for
 * this run, and the user is asked first.
 */
export class HeadlessSecretStore implements SecretStore {
  readonly #session = new SessionSecrets();

  constructor(
    private readonly env: Record<string, string | undefined>,
    private readonly file: Map<string, string> = new Map(),
  ) {}

  status(accounts: SecretRef[]): SecretsStatus {
    return {
      encryption: 'not-applicable',
      accounts: accounts.map((ref) => {
        const storage = this.#source(ref)?.storage ?? 'none';
        return { service: ref.service, accountId: ref.accountId, set: storage !== 'none', storage };
      }),
    };
  }

  get(ref: SecretRef): string | undefined {
    return this.#source(ref)?.value;
  }

  async set(
    ref: SecretRef,
    secret: string,
    whenUnencrypted?: UnencryptedChoice,
  ): Promise<SecretSetResult> {
    const why = `The headless shell does not save passwords; to keep one across restarts, set ${secretVariableName(ref.service, ref.accountId)} in the environment or the secrets file.`;
    return answerUnencrypted(this.#session, ref, secret, whenUnencrypted, why);
  }

  async clear(ref: SecretRef): Promise<SecretSetResult> {
    this.#session.delete(ref);
    const left = this.#source(ref);
    if (left) {
      const where = left.storage === 'environment' ? 'the environment' : 'the secrets file';
      return {
        outcome: 'not-stored',
        storage: left.storage,
        message: `The password for this run was removed; the one from ${where} is still used.`,
      };
    }
    return { outcome: 'not-stored', storage: 'none', message: 'The password was removed.' };
  }

  /** A value by its variable name (a webhook's DNSTRAY_WEBHOOK_SECRET_<ID>): environment first. */
  byName(name: string): string | undefined {
    return this.env[name] || this.file.get(name) || undefined;
  }

  redact(text: string): string {
    return this.redactor()(text);
  }

  /** Reads the environment once per call: walking process.env costs far more than a match. */
  redactor(): (text: string) => string {
    const configured = [
      ...this.file.values(),
      ...Object.entries(this.env).flatMap(([name, value]) =>
        NAME.test(name) && value ? [value] : [],
      ),
    ];
    return secretsRedactor([...this.#session.values(), ...configured]);
  }

  #source(
    ref: SecretRef,
  ): { value: string; storage: 'this-run' | 'environment' | 'secrets-file' } | undefined {
    const session = this.#session.get(ref);
    if (session !== undefined) return { value: session, storage: 'this-run' };
    for (const name of [
      secretVariableName(ref.service, ref.accountId),
      secretVariableName(ref.service),
    ]) {
      const fromEnv = this.env[name];
      if (fromEnv) return { value: fromEnv, storage: 'environment' };
      const fromFile = this.file.get(name);
      if (fromFile) return { value: fromFile, storage: 'secrets-file' };
    }
    return undefined;
  }
}
