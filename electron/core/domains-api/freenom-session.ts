import type { FreenomAccountStore } from './freenom-account.js';
import type { FreenomGateway, OpenGateway } from './freenom-gateway.js';

export class NotConnectedError extends Error {
  constructor() {
    super('No Freenom account is connected: connect one under Domains → Account first.');
    this.name = 'NotConnectedError';
  }
}

/**
 * The gateway for the connected account, opened once and reopened when the account changes.
 * It reads the password from the account store only here, inside the core.
 */
export class FreenomSession {
  #gateway: FreenomGateway | null = null;

  constructor(
    private readonly accounts: FreenomAccountStore,
    private readonly open: OpenGateway,
  ) {}

  reset(): void {
    this.#gateway = null;
  }

  async gateway(): Promise<FreenomGateway> {
    if (this.#gateway) return this.#gateway;
    const account = await this.accounts.load();
    const password = await this.accounts.password();
    if (!account || !password) throw new NotConnectedError();
    this.#gateway = this.open({ ...account, password });
    return this.#gateway;
  }
}
