/**
 * Every time a person reads goes through here: local time, in the reader's locale, never an
 * ISO string. The freedns.io quota resets at 00:00 UTC, so an instant that falls on a UTC
 * midnight also names it in UTC ("01:00 (00:00 UTC)"), where the local time alone would puzzle.
 */
export interface TimeFormatOptions {
  /** What "today" is measured against (epoch ms); the current time by default. */
  now?: number;
  /** An IANA zone such as "Europe/Berlin"; the system's local zone by default. */
  timeZone?: string;
  /** BCP 47 locale(s); the system's by default. */
  locale?: string | string[];
  /** Show seconds (history rows, where several events share a minute). */
  seconds?: boolean;
}

const DAY_MS = 86_400_000;

/** "14:05" today, "5 Jan, 14:05" on another day. */
export function formatTime(at: string | number, options: TimeFormatOptions = {}): string {
  const ms = toEpoch(at);
  if (ms === null) return 'an unknown time';
  const sameDay = dayKey(ms, options) === dayKey(options.now ?? Date.now(), options);
  return withUtcMidnight(ms, sameDay ? clock(ms, options) : dated(ms, options), options);
}

/** Always with the date: "5 Jan, 14:05" (history rows, chart labels). */
export function formatDateTime(at: string | number, options: TimeFormatOptions = {}): string {
  const ms = toEpoch(at);
  if (ms === null) return 'an unknown time';
  return withUtcMidnight(ms, dated(ms, options), options);
}

function toEpoch(at: string | number): number | null {
  const ms = typeof at === 'number' ? at : Date.parse(at);
  return Number.isFinite(ms) ? ms : null;
}

function base(options: TimeFormatOptions): Intl.DateTimeFormatOptions {
  return {
    hour: '2-digit',
    minute: '2-digit',
    ...(options.seconds ? { second: '2-digit' } : {}),
    hourCycle: 'h23',
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  };
}

// Building an Intl.DateTimeFormat costs far more than formatting with one, and a window of
// history rows and chart ticks formats hundreds of times a frame: keep each one built, per
// locale and options (a handful in practice; the cap only guards against unbounded zones).
const formatters = new Map<string, Intl.DateTimeFormat>();
const MAX_FORMATTERS = 64;

function formatter(
  locale: string | string[] | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = JSON.stringify([locale ?? null, options]);
  let built = formatters.get(key);
  if (!built) {
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    built = new Intl.DateTimeFormat(locale ?? [], options);
    formatters.set(key, built);
  }
  return built;
}

function clock(ms: number, options: TimeFormatOptions): string {
  return formatter(options.locale, base(options)).format(ms);
}

function dated(ms: number, options: TimeFormatOptions): string {
  return formatter(options.locale, { month: 'short', day: 'numeric', ...base(options) }).format(ms);
}

function dayKey(ms: number, options: TimeFormatOptions): string {
  return formatter('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  }).format(ms);
}

/** Names 00:00 UTC beside the local time, unless the local time already is UTC. */
function withUtcMidnight(ms: number, text: string, options: TimeFormatOptions): string {
  if (ms % DAY_MS !== 0) return text;
  const local = clock(ms, { ...options, seconds: false });
  const utc = clock(ms, { ...options, seconds: false, timeZone: 'UTC' });
  return local === utc && dayKey(ms, options) === dayKey(ms, { timeZone: 'UTC' })
    ? `${text} UTC`
    : `${text} (00:00 UTC)`;
}
