/**
 * Holds launch requests (a second launch's window, a macOS reactivation) that arrive before the
 * shell can act on them, and hands them over in order once it can: a launch during startup is
 * not dropped.
 */
export class LaunchQueue<Request> {
  #handler: ((request: Request) => void) | null = null;
  readonly #pending: Request[] = [];

  push(request: Request): void {
    if (this.#handler) this.#handler(request);
    else this.#pending.push(request);
  }

  /** From now on requests go to `handler`; those queued so far go first, oldest first. */
  attach(handler: (request: Request) => void): void {
    this.#handler = handler;
    for (const request of this.#pending.splice(0)) handler(request);
  }

  get pending(): number {
    return this.#pending.length;
  }
}
