import type { EventName, EventPayload, WireEvent } from '../../shared/contract/index.js';

type Listener = (event: WireEvent) => void;

/** A tiny typed event hub: the core emits, each shell forwards to its windows. */
export class CoreEvents {
  readonly #listeners = new Set<Listener>();

  /** `outbound` sees each event once before any listener: the core's redaction boundary. */
  constructor(private readonly outbound: (event: WireEvent) => WireEvent = (event) => event) {}

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    if (this.#listeners.size === 0) return;
    const event = this.outbound({ name, payload } as WireEvent);
    for (const listener of this.#listeners) listener(event);
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.#listeners.size;
  }
}
