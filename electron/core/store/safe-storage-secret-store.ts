import { z } from '../../../shared/validators/z.js';
import type {
  SecretRef,
  SecretSetResult,
  SecretsStatus,
  UnencryptedChoice,
} from '../../../shared/settings/store-contract.js';
import type { Clock } from '../ports.js';
import type { DocumentFile } from './document-file.js';
import { JsonDocument, type DocumentSpec } from './json-document.js';
import {
  answerUnencrypted,
  secretsRedactor,
  secretKey,
  SessionSecrets,
  type SecretStore,
} from './secret-store.js';
import type { StartupNotices } from './startup-notices.js';

/** The part of Electron's `safeStorage` this store uses; the shell passes safeStorage itself. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Why encryption is unavailable, naming the OS backend (the shell knows which it is). */
  describeUnavailable?(): string;
}

const SecretsFileSchema = z.object({
  version: z._default(z.literal(1), 1),
  /** base64 of safeStorage ciphertext, by "service:accountid". Never clear text. */
  encrypted: z._default(
    z.record(z.string(), z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/))),
    {},
  ),
});
type SecretsFile = z.output<typeof SecretsFileSchema>;

const spec: DocumentSpec<SecretsFile> = {
  empty: () => SecretsFileSchema.parse({}),
  parse(value) {
    const parsed = SecretsFileSchema.safeParse(value);
    return parsed.success
      ? { value: parsed.data, dropped: [] }
      : { error: 'it is not a DNS Tray secrets file' };
  },
  serialize: (value) => `${JSON.stringify(value, null, '\t')}\n`,
};

/**
 * The tray app's secrets: encrypted by the OS (safeStorage) into `secrets.json`. When the OS
 * offers no encryption, the user chooses between this run only and not storing it; there is
 * no plaintext fallback.
 */
export class SafeStorageSecretStore implements SecretStore {
  readonly #doc: JsonDocument<SecretsFile>;
  readonly #session = new SessionSecrets();
  /** Decrypted values, so redaction does not need to decrypt on every log line. */
  readonly #known = new Map<string, string>();

  constructor(
    private readonly crypto: SafeStorageLike,
    file: DocumentFile,
    clock: Clock,
    notices: StartupNotices,
  ) {
    this.#doc = new JsonDocument(file, spec, clock, notices);
  }

  status(accounts: SecretRef[]): SecretsStatus {
    const stored = this.#doc.read().encrypted;
    return {
      encryption: this.crypto.isEncryptionAvailable() ? 'available' : 'unavailable',
      accounts: accounts.map((ref) => {
        const storage =
          this.#session.get(ref) !== undefined
            ? 'this-run'
            : stored[secretKey(ref)]
              ? 'encrypted'
              : 'none';
        return { service: ref.service, accountId: ref.accountId, set: storage !== 'none', storage };
      }),
    };
  }

  get(ref: SecretRef): string | undefined {
    const session = this.#session.get(ref);
    if (session !== undefined) return session;
    const cipher = this.#doc.read().encrypted[secretKey(ref)];
    if (!cipher || !this.crypto.isEncryptionAvailable()) return undefined;
    try {
      const secret = this.crypto.decryptString(Buffer.from(cipher, 'base64'));
      this.#known.set(secretKey(ref), secret);
      return secret;
    } catch {
      // Encrypted under another OS login or keyring: unusable, so treated as not set.
      return undefined;
    }
  }

  async set(
    ref: SecretRef,
    secret: string,
    whenUnencrypted?: UnencryptedChoice,
  ): Promise<SecretSetResult> {
    if (!this.crypto.isEncryptionAvailable()) {
      const why =
        this.crypto.describeUnavailable?.() ??
        'This system offers no encryption for saved passwords (on Linux, no keyring is running).';
      return answerUnencrypted(this.#session, ref, secret, whenUnencrypted, why);
    }
    const cipher = this.crypto.encryptString(secret).toString('base64');
    await this.#doc.update((current) => ({
      ...current,
      encrypted: { ...current.encrypted, [secretKey(ref)]: cipher },
    }));
    this.#session.delete(ref);
    this.#known.set(secretKey(ref), secret);
    return {
      outcome: 'stored',
      storage: 'encrypted',
      message: 'The password is saved, encrypted by the system.',
    };
  }

  async clear(ref: SecretRef): Promise<SecretSetResult> {
    this.#session.delete(ref);
    await this.#doc.update((current) => {
      const encrypted = { ...current.encrypted };
      delete encrypted[secretKey(ref)];
      return { ...current, encrypted };
    });
    return { outcome: 'not-stored', storage: 'none', message: 'The password was removed.' };
  }

  redact(text: string): string {
    return this.redactor()(text);
  }

  redactor(): (text: string) => string {
    return secretsRedactor([...this.#session.values(), ...this.#known.values()]);
  }
}
