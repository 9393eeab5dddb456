import type { EventName, EventPayload, WireEvent } from '../../shared/contract/index.js';

type Listener = (event: WireEvent) => void;

/** A tiny typed event hub: the core emits, each shell forwards to its windows. */
export class CoreEvents {
  readonly #listeners = new Set<Listener>();

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    const event = { name, payload } as WireEvent;
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
