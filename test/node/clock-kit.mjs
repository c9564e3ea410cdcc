// Tests that type a clock time ("14:30") into the CLI run at any hour, also late in the evening,
// when "now + 90 minutes" is already tomorrow and the CLI rightly refuses it as passed (HH:MM
// means today in the feed zone). This picks a clock time that is still later today.

const MIN = 60_000;

/** HH:MM of `ms` in `timeZone` (undefined: this process's zone). */
export function clockIn(ms, timeZone) {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
}

const dayIn = (ms, timeZone) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);

/**
 * The first of 90, 30, 10 or 3 minutes from `now` that is still today in `timeZone`, as
 * `{ ms, hhmm }`; null in the last 3 minutes of the day (callers then test the refusal instead).
 */
export function laterToday(timeZone, now = Date.now()) {
  for (const m of [90, 30, 10, 3]) {
    const ms = now + m * MIN;
    if (dayIn(ms, timeZone) === dayIn(now, timeZone)) return { ms, hhmm: clockIn(ms, timeZone) };
  }
  return null;
}
