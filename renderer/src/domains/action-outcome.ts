import { messageOf } from './form-check.js';

/** How one action on a domain, contact or transfer went, as the panel says it. */
export type Outcome = { kind: 'success' | 'error'; text: string };

/** Runs the work and says how it went: "example.tk: DELETED", or Freenom's words. */
export async function outcomeOf(
  domain: string,
  work: () => Promise<{ status: string }>,
): Promise<Outcome> {
  try {
    const result = await work();
    return { kind: 'success', text: `${domain}: ${result.status}` };
  } catch (e) {
    return { kind: 'error', text: messageOf(e) };
  }
}
