/**
 * "Power should be back in about an hour", written at 03:00 by a telecom's night desk, was still on the page at 06:00
 * under a next update of 07:00 (trial G): readers count "in about an hour" from when they read it, and the heartbeat
 * re-signs it unchanged. A time said relative to now ("in 30 minutes", "within the hour", "over een uur", "binnen een
 * kwartier") in an open incident's texts is a suggestion: write the clock time, which this rule works out from when the
 * texts were written (`updated_at`): "around 04:00". Only the title, what we know and what we don't know yet: an action's
 * "we call you back within 30 minutes" counts from the reader's call. Not beyond 4 hours ("within 24 hours" is how long
 * a process takes; the next update comes sooner anyway), not the earlier updates (shown under their own time), not a
 * resolved incident (its closing text is read as what happened).
 */
import { defineRule } from '../rule.js';
import { isObj, openIncidentsOf, stringsOf } from '../walk.js';
import { clock } from './incidents.js';
import { fieldName } from './relative-day.js';

const MIN = 60_000;

/** "in about an hour", "within 30 minutes", "in the next hour", "within the hour": the amount and unit when said. */
const EN = /\b(?:in|within)\s+(?:(?:about|around|roughly|approximately|another|the next|less than|under)\s+)?(?:(\d+(?:[.,]\d+)?|an?|one|two|three|four|half an?|a few|a couple of)\s+(hours?|hrs?|minutes?|mins?)\b|the\s+(?:next\s+)?hour\b)/i;
/** "over ongeveer een uur", "binnen een kwartier", "over 20 minuten", "binnen het uur", "het komende uur". */
const NL = /(?<![\p{L}])(?:(?:over|binnen)\s+(?:(?:ongeveer|zo'n|circa|ca\.|hooguit|maximaal|nog)\s+)?(?:(\d+(?:[.,]\d+)?|een half|een|één|twee|drie|vier|half|anderhalf|enkele|een paar)\s+(uur|uren|kwartier|minuten|min)(?![\p{L}])|binnen\s+het\s+uur(?![\p{L}]))|(?:het|de)\s+komende\s+(?:(\d+)\s+)?(uur|minuten)(?![\p{L}]))/iu;

const AMOUNTS: Record<string, number> = { a: 1, an: 1, one: 1, een: 1, 'één': 1, two: 2, twee: 2, three: 3, drie: 3, four: 4, vier: 4, 'half a': 0.5, 'half an': 0.5, half: 0.5, 'een half': 0.5, anderhalf: 1.5 };

/** The minutes a match says, or undefined when it names no amount ("a few hours", "enkele uren"). */
function minutesOf(amount: string | undefined, unit: string | undefined): number | undefined {
  if (!unit) return 60; // "within the hour", "binnen het uur"
  const n = amount === undefined ? 1 : /^\d/.test(amount) ? Number(amount.replace(',', '.')) : AMOUNTS[amount.toLowerCase().replace(/\s+/g, ' ')];
  if (n === undefined || !Number.isFinite(n)) return undefined;
  const u = unit.toLowerCase();
  return n * (u.startsWith('kwartier') ? 15 : u.startsWith('h') || u.startsWith('uur') || u === 'uren' ? 60 : 1);
}

function relativeTime(text: string, lang: string): { words: string; minutes: number | undefined } | undefined {
  const primary = lang.toLowerCase().split('-')[0];
  for (const [l, re] of [['en', EN], ['nl', NL]] as const) {
    if (primary !== l && primary !== '') continue;
    const m = re.exec(text);
    if (!m) continue;
    const [amount, unit] = l === 'nl' && m[4] ? [m[3], m[4]] : [m[1], m[2]];
    return { words: m[0].replace(/\s+/g, ' '), minutes: minutesOf(amount, unit) };
  }
  return undefined;
}

export const relativeTimeStale = defineRule('relative-time', 'warning', function* ({ doc, texts, timeZone }) {
  const open = new Map(openIncidentsOf(doc).map(({ inc, path }) => [`${path}/`, inc]));
  for (const t of texts) {
    if (t.path.includes('/updates/')) continue;
    const at = /^incidents\/\d+\//.exec(t.path)?.[0];
    const inc = at === undefined ? undefined : open.get(at);
    if (!isObj(inc)) continue;
    const written = typeof inc.updated_at === 'string' ? Date.parse(inc.updated_at) : NaN;
    for (const s of stringsOf(t)) {
      const found = /^incidents\/\d+\/(?:title|known|unknown)(?:\/|$)/.test(s.path) ? relativeTime(s.text, s.lang) : undefined;
      const field = fieldName(s.path);
      if (!found || !field || (found.minutes ?? 0) > 240) continue;
      const then = found.minutes !== undefined && Number.isFinite(written) ? written + found.minutes * MIN : undefined;
      const time = (lang: 'en' | 'nl') => (then === undefined ? undefined : clock(Math.round(then / (5 * MIN)) * 5 * MIN, timeZone, lang));
      const since = (lang: 'en' | 'nl') => (Number.isFinite(written) ? clock(written, timeZone, lang) : undefined);
      yield {
        path: s.path,
        message: {
          en: `"${found.words}" in ${field.en} is read from the moment people read it${since('en') ? `, not from ${since('en')} when it was written` : ''}, and stays there until you change it`,
          nl: `"${found.words}" bij ${field.nl} tellen mensen vanaf het moment dat ze het lezen${since('nl') ? `, niet vanaf ${since('nl')}, toen het geschreven is` : ''}, en het blijft staan tot u het wijzigt`,
        },
        fix: {
          en: `Write the time instead${time('en') ? `, for example "around ${time('en')}"` : ''}.`,
          nl: `Schrijf de tijd op${time('nl') ? `, bijvoorbeeld „rond ${time('nl')}”` : ''}.`,
        },
      };
    }
  }
});
