/** The stable error codes a feed load can end with. Sites and scripts match on these strings. */
export const ERROR_CODES = [
  'config',
  'network',
  'too-large',
  'signature',
  'invalid',
  'expired',
  'rollback',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * A hint beside the code, for words a reader can act on. `ahead`: an `invalid` document dated ahead of
 * this device's clock by more than the allowed skew; most often this device's clock is wrong.
 */
export type ClockHint = 'ahead';

/** An error with a stable `code`; `message` is for developers, never shown to readers as is. */
export class FeedError extends Error {
  override name = 'FeedError';
  readonly clock?: ClockHint;
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown; clock?: ClockHint },
  ) {
    super(message, options);
    this.clock = options?.clock;
  }
}

export function isFeedError(e: unknown): e is FeedError {
  return e instanceof FeedError;
}

/** A genuine document past its `expires_at` ('expired'), with its envelope, which may still be shown as outdated. */
export class ExpiredError extends FeedError {
  constructor(
    message: string,
    readonly envelope: string,
  ) {
    super('expired', message);
  }
}
