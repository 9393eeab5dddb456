import type { Fault } from '../../emulators/common/faults.js';

/**
 * The faults every emulator can inject through POST /_emulator/faults, named as the issue
 * lists them. `slow` faults outlast the client's timeout; the others answer at once.
 */
export interface FaultCase {
  name: string;
  fault: Fault;
}

/** Long enough to outlast every client timeout the reliability tests configure. */
export const STALL_MS = 6_000;
/**
 * The client timeout the reliability tests use: short, so a stall costs a second, yet wide
 * enough that a healthy answer on a busy CI machine still arrives in time.
 */
export const CLIENT_TIMEOUT_MS = 1_000;

export const FAULT_MATRIX: readonly FaultCase[] = [
  { name: 'a timeout (no answer)', fault: { kind: 'delay', ms: STALL_MS } },
  { name: 'a connection reset', fault: { kind: 'reset' } },
  { name: 'HTTP 500', fault: { kind: 'status500' } },
  { name: 'an HTML 502 page instead of the answer', fault: { kind: 'html502' } },
  { name: 'a truncated body', fault: { kind: 'truncated' } },
  { name: 'a slow body', fault: { kind: 'slowBody', ms: STALL_MS } },
  { name: 'the wrong content type', fault: { kind: 'wrongContentType' } },
];

/** Queues `fault` for the next `count` requests of the emulator at `baseUrl`, over HTTP. */
export async function injectFault(baseUrl: string, fault: Fault, count = 1): Promise<void> {
  const response = await fetch(`${baseUrl}/_emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ fault, count }),
  });
  if (response.status !== 200) throw new Error(`fault not accepted: ${await response.text()}`);
}

export async function clearFaults(baseUrl: string): Promise<void> {
  await fetch(`${baseUrl}/_emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ clear: true }),
  });
}
