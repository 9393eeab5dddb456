import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';

/** Faults an emulator injects into its next N requests (control endpoints excluded). */
export const FaultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('delay'), ms: z.number().int().min(0).max(120_000) }),
  z.object({ kind: z.literal('reset') }),
  z.object({ kind: z.literal('status500') }),
  z.object({ kind: z.literal('html502') }),
  z.object({ kind: z.literal('truncated') }),
  z.object({ kind: z.literal('wrongContentType') }),
  z.object({ kind: z.literal('slowBody'), ms: z.number().int().min(0).max(120_000) }),
  // The request is executed, then the connection drops before any answer byte: the client
  // cannot know whether its write happened (used for idempotency and re-read tests).
  z.object({ kind: z.literal('resetAfterProcessing') }),
]);
export type Fault = z.infer<typeof FaultSchema>;

export const FaultRequestSchema = z.object({
  fault: FaultSchema,
  count: z.number().int().min(1).max(10_000).default(1),
});

/** A queue of faults; each request takes one until the count runs out. */
export class FaultQueue {
  #queue: { fault: Fault; left: number }[] = [];

  add(fault: Fault, count: number): void {
    this.#queue.push({ fault, left: count });
  }
  clear(): void {
    this.#queue = [];
  }
  take(): Fault | null {
    const head = this.#queue[0];
    if (!head) return null;
    head.left -= 1;
    if (head.left <= 0) this.#queue.shift();
    return head.fault;
  }
  get pending(): { fault: Fault; left: number }[] {
    return this.#queue.map((entry) => ({ ...entry }));
  }
}

/**
 * Applies a fault that replaces the answer entirely. Returns true when the request is fully
 * handled (reset, 500, 502); `delay` waits and returns false so the normal answer follows.
 * `truncated`, `wrongContentType`, `slowBody` and `resetAfterProcessing` are applied by
 * `sendWithFault` instead.
 */
export async function applyFault(
  fault: Fault | null,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<boolean> {
  if (!fault) return false;
  switch (fault.kind) {
    case 'delay':
      await new Promise((resolve) => setTimeout(resolve, fault.ms));
      return false;
    case 'reset':
      request.socket.destroy();
      return true;
    case 'status500':
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Internal Server Error\n');
      return true;
    case 'html502':
      response.writeHead(502, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(
        '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>\n',
      );
      return true;
    default:
      return false;
  }
}

/** Sends an emulator answer, damaged as the fault says (truncated, wrong type, slow body). */
export function sendWithFault(
  response: ServerResponse,
  fault: Fault | null,
  status: number,
  contentType: string,
  body: string,
  headers: Record<string, string> = {},
): void {
  if (fault?.kind === 'resetAfterProcessing') {
    response.socket?.destroy();
    return;
  }
  const bytes = Buffer.from(body);
  const type = fault?.kind === 'wrongContentType' ? 'image/png' : contentType;
  response.writeHead(status, {
    ...headers,
    'Content-Type': type,
    'Content-Length': String(bytes.length),
  });
  if (fault?.kind === 'truncated') {
    // Close only once the half body is flushed: destroying at once can drop the headers too,
    // which makes this a connection reset rather than a cut-off answer.
    response.write(bytes.subarray(0, Math.max(1, Math.floor(bytes.length / 2))), () =>
      response.socket?.end(),
    );
    return;
  }
  if (fault?.kind === 'slowBody') {
    response.write(bytes.subarray(0, 1));
    setTimeout(() => response.end(bytes.subarray(1)), fault.ms);
    return;
  }
  response.end(bytes);
}
