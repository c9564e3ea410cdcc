/**
 * When a channel's wait and its reason were last set (`wait_updated_at`): the CLI (`new channel`, `edit channel`,
 * `update --channel`) and the studio stamp it whenever they set either, and take it away with them. Lint's
 * channel-wait-stale reads it: trial X's phone message still said "Expected wait about 20 minutes: many questions
 * about exams" on Friday, a wait set on Monday and kept through an all-clear. Pure.
 */
type Line = { wait_minutes?: unknown; reason?: unknown; wait_updated_at?: unknown };

/** The instant in whole seconds, as the feed writes its times: 2026-12-14T09:00:00Z. */
const isoSeconds = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/** Stamps `now` on a channel whose wait or reason was just set; a channel left with neither loses the stamp. */
export function stampWait<T extends Line>(channel: T, now: number): T {
  if (channel.wait_minutes !== undefined || channel.reason !== undefined) channel.wait_updated_at = isoSeconds(now);
  else delete channel.wait_updated_at;
  return channel;
}
