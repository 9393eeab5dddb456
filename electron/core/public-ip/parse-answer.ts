/** How an echo service writes the caller's address. */
export type AnswerFormat = 'plain' | 'json' | 'trace';

export type ParsedAnswer = { ok: true; text: string } | { ok: false; problem: string };

/**
 * Extracts exactly one address candidate from a body. Plain text must hold one token;
 * JSON one string field (default `ip`); Cloudflare trace one `ip=` line. Anything else
 * (HTML, two addresses, empty) is refused with a sentence saying what was wrong.
 */
export function parseAnswer(format: AnswerFormat, body: string, jsonField = 'ip'): ParsedAnswer {
  switch (format) {
    case 'plain':
      return parsePlain(body);
    case 'json':
      return parseJson(body, jsonField);
    case 'trace':
      return parseTrace(body);
  }
}

function parsePlain(body: string): ParsedAnswer {
  if (/^\s*</.test(body))
    return { ok: false, problem: 'answered an HTML or XML page, not an address' };
  const tokens = body.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return { ok: false, problem: 'answered an empty body' };
  if (tokens.length > 1)
    return { ok: false, problem: 'answered more than one word; expected exactly one address' };
  return { ok: true, text: tokens[0]! };
}

function parseJson(body: string, field: string): ParsedAnswer {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { ok: false, problem: 'answered something that is not JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, problem: 'answered JSON that is not an object' };
  const text = (value as Record<string, unknown>)[field];
  if (typeof text !== 'string')
    return { ok: false, problem: `answered JSON without a text field "${field}"` };
  return parsePlain(text);
}

function parseTrace(body: string): ParsedAnswer {
  const all = body
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  // A trace is key=value lines only: an HTML page that happens to hold an ip= line is not one.
  if (!all.every((line) => /^[a-z0-9_-]+=/i.test(line)))
    return { ok: false, problem: 'answered something that is not a trace (key=value lines)' };
  const lines = all.filter((line) => line.startsWith('ip='));
  if (lines.length !== 1)
    return {
      ok: false,
      problem:
        lines.length === 0 ? 'answered a trace without an ip= line' : 'answered several ip= lines',
    };
  return parsePlain(lines[0]!.slice(3));
}
