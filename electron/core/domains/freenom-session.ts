import type { FreenomAccountStore } from './freenom-account.js';
import type { FreenomGateway, OpenGateway } from './freenom-gateway.js';

export class NotConnectedError extends Error {
  constructor() {
    super('No Freenom account is connected: connect one under Domains → Account first.');
    this.name = 'NotConnectedError';
  }
}

/**
 * The gateway for the connected account. The account is read at every call, so a change made
 * anywhere (this window, the Settings window, a new password) takes effect at once; the gateway
 * is reopened only when the connection changed, and `onSwitch` lets caches forget the old one.
 * The password is read here, inside the core, and nowhere else.
 */
export class FreenomSession {
  #gateway: FreenomGateway | null = null;
  #key: string | null = null;

  constructor(
    private readonly accounts: FreenomAccountStore,
    private readonly open: OpenGateway,
    private readonly onSwitch: () => void = () => {},
  ) {}

  async gateway(): Promise<FreenomGateway> {
    const account = await this.accounts.load();
    const password = await this.accounts.password();
    if (!account || !password) throw new NotConnectedError();
    const connection = { ...account, password };
    const key = JSON.stringify([account.email, account.baseUrl, account.testMode, password]);
    if (this.#gateway && key === this.#key) return this.#gateway;
    if (this.#key !== null) this.onSwitch();
    this.#key = key;
    this.#gateway = this.open(connection);
    return this.#gateway;
  }
}
