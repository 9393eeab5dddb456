import type {
  SecretRef,
  SecretSetResult,
  SecretsStatus,
  UnencryptedChoice,
} from '../../../shared/settings/store-contract.js';
import { textRedactor } from '../outbound-redaction.js';
import { assertNever } from '../../../shared/lang/assert-never.js';

/**
 * Where passwords live. The contract: a secret never leaves through `status`, a result or an
 * error message; only the core's own clients call `get`. `redact` removes every known secret
 * from free text (server messages) before it is logged or kept in history.
 */
export interface SecretStore {
  status(accounts: SecretRef[]): SecretsStatus;
  get(ref: SecretRef): string | undefined;
  set(
    ref: SecretRef,
    secret: string,
    whenUnencrypted?: UnencryptedChoice,
  ): Promise<SecretSetResult>;
  /** Forgets the secret in memory before it returns; the saved copy once the promise resolves. */
  clear(ref: SecretRef): Promise<SecretSetResult>;
  redact(text: string): string;
  /** `redact` with the known secrets taken once, for the many strings of one answer or event. */
  redactor(): (text: string) => string;
}

export function secretKey(ref: SecretRef): string {
  return `${ref.service}:${ref.accountId.toLowerCase()}`;
}

/** Replaces each known secret in every encoding a server may echo it in (outbound-redaction). */
export function secretsRedactor(secrets: Iterable<string>): (text: string) => string {
  return textRedactor(secrets);
}

/**
 * Secrets kept only in memory for this run: what the user chose when the system offers no
 * encryption, or what the headless shell is given from its UI.
 */
export class SessionSecrets {
  readonly #values = new Map<string, string>();

  get(ref: SecretRef): string | undefined {
    return this.#values.get(secretKey(ref));
  }
  set(ref: SecretRef, secret: string): void {
    this.#values.set(secretKey(ref), secret);
  }
  delete(ref: SecretRef): boolean {
    return this.#values.delete(secretKey(ref));
  }
  values(): IterableIterator<string> {
    return this.#values.values();
  }
}

/** The answer when the user must decide how to keep a secret that cannot be encrypted. */
export function answerUnencrypted(
  session: SessionSecrets,
  ref: SecretRef,
  secret: string,
  choice: UnencryptedChoice | undefined,
  why: string,
): SecretSetResult {
  switch (choice) {
    case undefined:
      return {
        outcome: 'choice-needed',
        storage: 'none',
        message: `${why} Choose whether to keep the password for this run only, or not to store it.`,
      };
    case 'keep-for-this-run':
      session.set(ref, secret);
      return {
        outcome: 'kept-for-this-run',
        storage: 'this-run',
        message:
          'The password is kept in memory until DNS Tray quits; it was not written anywhere.',
      };
    case 'do-not-store':
      session.delete(ref);
      return { outcome: 'not-stored', storage: 'none', message: 'The password was not stored.' };
    default:
      return assertNever(choice);
  }
}
