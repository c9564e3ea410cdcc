/**
 * When to ask the feed host again. Pure: no timers, no clock, no randomness of its own; the
 * caller passes `random` and `now`, so the schedule is testable and a CDN can carry the load.
 */

/** The range a feed's `poll_seconds` hint is clamped to. */
export const POLL_MIN_SECONDS = 30;
export const POLL_MAX_SECONDS = 600;
/** The interval when the feed gives no hint. */
export const DEFAULT_POLL_SECONDS = 60;
/** The longest interval a `poll` attribute may ask for (it may only make polling rarer). */
export const POLL_ATTRIBUTE_MAX_SECONDS = 86_400;
/** Every interval is spread by plus or minus this fraction, so readers do not poll in lockstep. */
export const POLL_JITTER = 0.2;
/** Backoff after failures: full jitter between 0 and min(cap, base * 2^failures). */
export const BACKOFF_BASE_MS = 5_000;
export const BACKOFF_CAP_MS = 300_000;
/** A `Retry-After` longer than this is cut to it, so one hostile answer cannot silence the widget for days. */
export const RETRY_AFTER_MAX_MS = 3_600_000;
/** After the tab becomes visible or the device comes online, an overdue refresh waits at most this long. */
export const RESUME_SPREAD_MS = 2_000;

export type Random = () => number;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Reads a `poll` attribute (seconds); anything that is not a positive number means "no preference". */
export function parsePollAttribute(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/**
 * The base interval in ms: the feed's hint clamped to 30-600 s; a `poll` attribute can only make
 * it longer (rarer), never shorter than the clamped hint.
 */
export function pollIntervalMs(pollSeconds?: number, attributeSeconds?: number): number {
  const hint = typeof pollSeconds === 'number' && Number.isFinite(pollSeconds) ? pollSeconds : DEFAULT_POLL_SECONDS;
  const base = clamp(hint, POLL_MIN_SECONDS, POLL_MAX_SECONDS);
  const attr = parsePollAttribute(attributeSeconds);
  const seconds = attr === undefined ? base : Math.max(base, Math.min(attr, POLL_ATTRIBUTE_MAX_SECONDS));
  return seconds * 1000;
}

/** The interval with plus or minus 20 percent jitter. */
export function jittered(ms: number, random: Random): number {
  return Math.round(ms * (1 + (2 * random() - 1) * POLL_JITTER));
}

/** Full-jitter exponential backoff after `failures` consecutive failures (1 = the first). */
export function backoffMs(failures: number, random: Random): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, Math.min(failures - 1, 30)));
  return Math.round(random() * ceiling);
}

/**
 * A `Retry-After` value in ms from now: delay-seconds or an HTTP date. Null when absent or
 * unreadable; capped at one hour.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | null {
  if (value == null) return null;
  const v = value.trim();
  let ms: number;
  if (/^\d+$/.test(v)) ms = Number(v) * 1000;
  else {
    const at = Date.parse(v);
    if (Number.isNaN(at) || !/[A-Za-z]/.test(v)) return null;
    ms = at - now;
  }
  return clamp(ms, 0, RETRY_AFTER_MAX_MS);
}

/** A reader with content on screen backs off from max(Retry-After, interval) doubled per failure, up to this. */
export const STEADY_BACKOFF_CAP_MS = 1_800_000;

export interface NextPoll {
  /** Consecutive failures so far; 0 after a success. */
  failures: number;
  /** The signed `poll_seconds` of the document in hand, if any. */
  pollSeconds?: number;
  /** The `poll` attribute in seconds, if any. */
  attributeSeconds?: number;
  /** Parsed `Retry-After` of the last failure, in ms. */
  retryAfterMs?: number | null;
  /** Whether verified content is already on screen; then retrying sooner than usual only loads the host. */
  hasDocument?: boolean;
  /** The clock now (ms) and this reader's phase in [0, 1): with both, polls keep to the reader's own slot. */
  now?: number;
  phase?: number;
}

/**
 * The delay until this reader's next slot: the slots are `phase` of an interval apart from the
 * clock's multiples of the interval, and the next one is at least half an interval away. So the
 * first poll after a crowd arrives is spread over a whole interval ([0.5, 1.5) intervals), and
 * later polls keep each reader's phase exactly: the host sees a flat load, not a wave that a
 * per-poll jitter would only slowly smear out.
 */
export function slotDelayMs(intervalMs: number, now: number, phase: number): number {
  const offset = phase * intervalMs;
  const earliest = now + intervalMs / 2;
  const k = Math.ceil((earliest - offset) / intervalMs);
  return Math.round(k * intervalMs + offset - now);
}

/**
 * The delay before the next request. After a success: the reader's next slot (or the jittered
 * interval without a phase). After a failure, a reader who already sees verified content (or set
 * a `poll` attribute) waits max(Retry-After, interval) doubled per consecutive failure, up to 30
 * minutes, plus up to 20 percent: during an outage the host gets a fraction of its usual load, and
 * less the longer it lasts. Only a reader with nothing yet retries fast (full-jitter backoff from
 * 5 s), and never sooner than `Retry-After`.
 */
export function nextDelayMs(s: NextPoll, random: Random): number {
  const interval = pollIntervalMs(s.pollSeconds, s.attributeSeconds);
  if (s.failures <= 0) {
    return s.now !== undefined && s.phase !== undefined ? slotDelayMs(interval, s.now, s.phase) : jittered(interval, random);
  }
  const steady = s.hasDocument || s.attributeSeconds !== undefined;
  if (steady) {
    const base = Math.max(s.retryAfterMs ?? 0, interval) * 2 ** Math.min(s.failures, 20);
    return Math.round(Math.min(base, Math.max(STEADY_BACKOFF_CAP_MS, s.retryAfterMs ?? 0)) * (1 + random() * POLL_JITTER));
  }
  return Math.max(backoffMs(s.failures, random), s.retryAfterMs ?? 0);
}
