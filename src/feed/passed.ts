/**
 * What the publisher's CLI says when a next update is typed as a time that has passed (`readWhen` in
 * times.ts works out the facts, this says them, in English and Dutch). A passed time whose next
 * occurrence is more than 4 hours ahead is not offered: lint refuses that promise (next-update-too-far),
 * so a desk typing 07:00 at 08:05 that followed "did you mean tomorrow at 07:00?" was refused again.
 * The studio says the same sentence (components/editor/form.ts passedFar). Pure: no clock, no zone.
 */

/** The furthest ahead a next update may be promised (lint's next-update-too-far; CLARITY_LIMITS). */
export const NEXT_UPDATE_MAX_MS = 4 * 3_600_000;

const HOURS = NEXT_UPDATE_MAX_MS / 3_600_000;

/**
 * "+45m" for a suggested time within 4 hours of `now` (the longest silence lint allows), else undefined: at 23:30 a night
 * desk typing 00:15 was asked for the date ("2026-12-03 00:15"); +45m says the same in three keys.
 */
export const soonAfter = (suggestion: number, now: number): string | undefined =>
  suggestion - now <= NEXT_UPDATE_MAX_MS ? `+${Math.round((suggestion - now) / 60_000)}m` : undefined;

/** What is said of a time that has passed. */
export interface PassedFacts {
  /** 'clock': an HH:MM (read as today); 'iso': a date and time. */
  form: 'clock' | 'iso';
  /** As typed (trimmed). */
  typed: string;
  /** The clock time as said back: "07:00", "9:45 AM". */
  clock: string;
  /** The next time the clock shows it, as typed back: the date for a clock time ("2026-12-04"), else the date and time ("2026-12-05 00:15"). */
  next: string;
  /** That next time is more than 4 hours ahead, so it is not offered. */
  far: boolean;
  /** "+45m" when the next time is within 4 hours. */
  soon?: string;
  /** The same clock time this afternoon or evening, when that is ahead and within 4 hours: "19:00" for a typed 7:00. */
  evening?: string;
  /** The latest clock time within 4 hours, when that is still today (a later clock time would be read as today's, passed). */
  until?: string;
}

/** The way out when the next time is too far: a promise within 4 hours, as the desk types it (zone-words.ts says it too). */
export const WITHIN_SAID = {
  en: (f: Pick<PassedFacts, 'until' | 'evening'>) => `promise the next update within ${HOURS} hours: type +15m, +30m${f.until ? `, +1h or a clock time up to ${f.until}` : ' or +1h'}`,
  nl: (f: Pick<PassedFacts, 'until' | 'evening'>) => `beloof ${f.evening ? 'anders ' : ''}de volgende update binnen ${HOURS} uur: typ +15m, +30m${f.until ? `, +1u of een kloktijd tot ${f.until}` : ' of +1u'}`,
} as const;

/** The sentence for a passed time, in the desk's language. */
export const PASSED_SAID: Record<'en' | 'nl', (f: PassedFacts) => string> = {
  en: (f) => {
    if (f.far) {
      const evening = f.evening ? `did you mean ${f.evening}? then type ${f.evening}; else ` : '';
      const tomorrow = f.form === 'clock' ? `, and tomorrow at ${f.clock} is more than ${HOURS} hours away` : '';
      return `${f.form === 'clock' ? f.clock : f.typed} has passed${tomorrow}; ${evening}${WITHIN_SAID.en(f)}`;
    }
    // Not "+1d": that is 24 hours from now, not tomorrow at this clock time. The date and time
    // suggested here are read back, in the same zone, as exactly that time.
    if (f.form === 'clock') return `${f.clock} has passed; did you mean tomorrow at ${f.clock}? then give the date too: "${f.next} ${f.clock}"${f.soon ? `, or type ${f.soon}` : ''}`;
    return `${f.typed} has passed; did you mean "${f.next}"? type that${f.soon ? `, or ${f.soon}` : ''}`;
  },
  nl: (f) => {
    if (f.far) {
      const evening = f.evening ? `bedoelt u ${f.evening}? Typ dan ${f.evening}; ` : '';
      const tomorrow = f.form === 'clock' ? `, en morgen om ${f.clock} is meer dan ${HOURS} uur vooruit` : '';
      return `${f.form === 'clock' ? f.clock : f.typed} is al voorbij${tomorrow}; ${evening}${WITHIN_SAID.nl(f)}`;
    }
    if (f.form === 'clock') return `${f.clock} is al voorbij; bedoelt u morgen om ${f.clock}? Geef dan ook de datum: "${f.next} ${f.clock}"${f.soon ? `, of typ ${f.soon}` : ''}`;
    return `${f.typed} is al voorbij; bedoelt u "${f.next}"? Typ dat${f.soon ? `, of ${f.soon}` : ''}`;
  },
};

/** What is said of a clock time the zone skips today (02:30 the night the clocks go forward): the clock as typed, the jump, "+50m" to its end. */
export interface SkippedFacts {
  clock: string;
  zone: string;
  /** The date, for a date and time typed ("2026-03-29"); without it the time is today's. */
  day?: string;
  /** The clock times either side of the jump: "02:00", "03:00" ("2:00 AM", "3:00 AM" on a US clock). */
  from: string;
  to: string;
  /** "+50m" to the end of the jump, when within 4 hours. */
  soon?: string;
}

/**
 * The sentence for a skipped time, in the desk's language. Refused, not moved: the hour before or after
 * would both be a guess, and customers would read a promise for a time their clock never shows.
 */
const typeTo = (f: SkippedFacts) => (f.day ? `"${f.day} ${f.to}"` : f.to);

export const SKIPPED_SAID: Record<'en' | 'nl', (f: SkippedFacts) => string> = {
  en: (f) => `${f.clock} does not exist ${f.day ? `on ${f.day}` : 'today'} in ${f.zone}: at ${f.from} the clocks go forward to ${f.to}; type ${typeTo(f)} or later${f.soon ? `, or ${f.soon}` : ''}`,
  nl: (f) => `${f.clock} bestaat ${f.day ? `op ${f.day}` : 'vandaag'} niet in ${f.zone}: om ${f.from} gaat de klok vooruit naar ${f.to}; typ ${typeTo(f)} of later${f.soon ? `, of ${f.soon}` : ''}`,
};
