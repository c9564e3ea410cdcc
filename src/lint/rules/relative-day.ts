/**
 * "Morgen rijden de bussen niet", written the evening before a strike and re-signed by the
 * heartbeat every few minutes, still said "morgen" on the strike day itself: readers took it as
 * the day after. A word that names a day relative to when it was written (tomorrow, today,
 * yesterday, tonight…) is stale once the calendar day in the feed's zone has moved on since the
 * incident's texts were last written (`updated_at`).
 *
 * Conservative, to stay quiet where it would be wrong:
 * - only an incident's own texts as readers see them now (title, affects, what we know, and while
 *   it is open what we don't know yet and the actions); not the earlier updates (readers see
 *   them under their own date), channels, contact reasons or the FAQ (they have no writing time);
 * - "today"/"vandaag" not in actions: there it is the reader's day ("U reist vandaag op deze
 *   lijn", "You need to pay today", as the templates write), true whenever it is read;
 * - Dutch "morgen" after "de", "deze", "elke"… or a weekday is the morning, not tomorrow;
 * - no week words ("deze week", "this week"): a text from Monday still holds on Wednesday;
 * - Dutch words in Dutch texts (nl, nl-BE…), English in English ones, both in a plain string.
 */
import { isNanpZone } from '../../feed/dialling.js';
import { wallClock } from '../../feed/times.js';
import { defineRule, feedOr, type Said } from '../rule.js';
import { isObj, stringsOf } from '../walk.js';

/** A relative day word: its pattern, the day it names relative to the writing day (null: not one day, as "vannacht"), and whether it is "today". */
interface Word {
  re: string;
  offset: number | null;
  today?: boolean;
}

const NL: readonly Word[] = [
  { re: 'overmorgen', offset: 2 },
  { re: 'eergister(?:en)?', offset: -2 },
  { re: 'morgen(?:ochtend|vroeg|middag|avond|nacht|voormiddag|namiddag)', offset: 1 },
  { re: 'morgen', offset: 1 },
  { re: 'gister(?:en)?(?:ochtend|morgen|middag|avond|nacht|voormiddag|namiddag)?', offset: -1 },
  { re: 'vandaag', offset: 0, today: true },
  { re: 'van(?:ochtend|morgen|voormiddag|middag|namiddag|avond)', offset: 0 },
  { re: 'vannacht', offset: null },
];

const EN: readonly Word[] = [
  { re: 'the day after tomorrow', offset: 2 },
  { re: 'the day before yesterday', offset: -2 },
  { re: 'tomorrow', offset: 1 },
  { re: 'yesterday', offset: -1 },
  { re: 'today', offset: 0, today: true },
  { re: 'tonight', offset: 0 },
  { re: 'this (?:morning|afternoon|evening)', offset: 0 },
  { re: 'last night', offset: null },
];

/** "de morgen", "deze morgen", "zaterdag morgen": the morning, not tomorrow. */
const MORNING = /(?:^|[^\p{L}])(?:de|deze|die|elke|iedere|ieder|een|hele|goede|volgende|vroege|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag)\s+$/iu;

/** Link targets and bare addresses are not words readers read ("https://example.com/today"). */
const LINKS = /\]\([^)]*\)|<[A-Za-z][A-Za-z0-9+.-]*:[^\s>]*>|\b(?:https?|mailto|tel):\S+/g;

const pattern = (words: readonly Word[]) => new RegExp(`(?<![\\p{L}\\p{N}_])(?:${words.map((w) => `(${w.re.replace(/ /g, '\\s+')})`).join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
const PATTERNS = { nl: [NL, pattern(NL)], en: [EN, pattern(EN)] } as const;

/** The first stale-prone word in `text`, or undefined; `inActions` drops "today" (the reader's day there). */
export function relativeDayWord(text: string, lang: string, inActions = false): { word: string; offset: number | null } | undefined {
  const primary = lang.toLowerCase().split('-')[0];
  const langs: readonly ('nl' | 'en')[] = primary === 'nl' || primary === 'en' ? [primary] : primary === '' ? ['nl', 'en'] : [];
  const clean = text.replace(LINKS, (m) => ' '.repeat(m.length));
  let first: { at: number; word: string; offset: number | null } | undefined;
  for (const l of langs) {
    const [words, re] = PATTERNS[l];
    for (const m of clean.matchAll(re)) {
      const i = m.slice(1).findIndex((g) => g !== undefined);
      const w = words[i]!;
      if (inActions && w.today) continue;
      if (w.re === 'morgen' && MORNING.test(clean.slice(0, m.index))) continue;
      if (!first || m.index < first.at) first = { at: m.index, word: m[0].replace(/\s+/g, ' '), offset: w.offset };
      break;
    }
  }
  return first && { word: first.word, offset: first.offset };
}

/** A calendar day (UTC midnight of that date) of an instant in a zone, or NaN. */
export function dayOf(ms: number, timeZone: string): number {
  try {
    const w = wallClock(ms, timeZone);
    return Date.UTC(w.year, w.month - 1, w.day);
  } catch {
    return NaN;
  }
}

/** A calendar day as people say it: "wo 2 dec", "Wed 2 Dec" ("Wed, Dec 2" on a US clock); `long`: "woensdag 2 december". */
export function dayName(day: number, lang: 'en' | 'nl', timeZone: string, long = false): string {
  const locale = lang === 'nl' ? 'nl' : isNanpZone(timeZone) ? 'en-US' : 'en-GB';
  const style = long ? ({ weekday: 'long', day: 'numeric', month: 'long' } as const) : ({ weekday: 'short', day: 'numeric', month: 'short' } as const);
  return new Intl.DateTimeFormat(locale, { ...style, timeZone: 'UTC' }).format(day);
}

/** The field of a text path, in the JSON's words for the CLI and the form's for the studio. */
export function fieldName(path: string): Said | undefined {
  const m = /^incidents\/\d+\/(title|known|unknown|affects|actions)(?:\/(\d+)(?:\/(label|who|detail))?)?(?:\/[^/]+)?$/.exec(path);
  if (!m) return undefined;
  const [, part, n, sub] = m;
  const quote = (en: string, nl: string, json: string): Said => ({ en: feedOr(`"${json}"`, `“${en}”`), nl: feedOr(`"${json}"`, `“${nl}”`) });
  if (part === 'title') return quote('Title', 'Titel', 'title');
  if (part === 'known') return quote('What we know', 'Wat we weten', 'known');
  if (part === 'unknown') return quote("What we don't know yet", 'Wat we nog niet weten', 'unknown');
  if (part === 'affects') return quote('Affects', 'Gevolgen voor', 'affects');
  if (part !== 'actions' || n === undefined || !sub) return undefined;
  const a = Number(n) + 1;
  if (sub === 'label') return { en: feedOr(`action ${a} "label"`, `action ${a}`), nl: feedOr(`actie ${a} "label"`, `actie ${a}`) };
  if (sub === 'who') return { en: feedOr(`action ${a} "who"`, `“Who is this for” of action ${a}`), nl: feedOr(`actie ${a} "who"`, `“Voor wie” bij actie ${a}`) };
  return { en: feedOr(`action ${a} "detail"`, `the details of action ${a}`), nl: feedOr(`actie ${a} "detail"`, `de uitleg bij actie ${a}`) };
}

/** What readers of a resolved incident still see: its title, what it affected and what we know. */
const SHOWN_RESOLVED = /^incidents\/\d+\/(?:title|known|affects)(?:\/|$)/;

/** The texts of the incidents as readers see them now (not their earlier updates), each with its incident and when it was written. */
export function* incidentTexts<T extends { path: string }>(doc: Record<string, unknown>, texts: Iterable<T>): Generator<{ t: T; inc: Record<string, unknown>; written: number }> {
  const incidents = Array.isArray(doc.incidents) ? doc.incidents : [];
  for (const t of texts) {
    const n = /^incidents\/(\d+)\//.exec(t.path)?.[1];
    const inc: unknown = n === undefined ? undefined : incidents[Number(n)];
    if (isObj(inc) && typeof inc.updated_at === 'string' && !t.path.includes('/updates/')) yield { t, inc, written: Date.parse(inc.updated_at) };
  }
}

export const relativeDayStale = defineRule('relative-day-stale', 'warning', function* ({ doc, texts, now, timeZone }) {
  const today = dayOf(now, timeZone);
  if (Number.isNaN(today)) return;
  for (const { t, inc, written: at } of incidentTexts(doc, texts)) {
    if (inc.phase === 'resolved' && !SHOWN_RESOLVED.test(t.path)) continue;
    const written = dayOf(at, timeZone);
    if (!(written < today)) continue;
    for (const s of stringsOf(t)) {
      const found = relativeDayWord(s.text, s.lang, t.path.includes('/actions/'));
      const field = fieldName(s.path);
      if (!found || !field) continue;
      const { word, offset } = found;
      const meant = offset === null ? undefined : written + offset * 86_400_000;
      const taken = offset === null ? undefined : today + offset * 86_400_000;
      const day = (d: number, lang: 'en' | 'nl', long = false) => dayName(d, lang, timeZone, long);
      yield {
        path: s.path,
        message:
          meant !== undefined && taken !== undefined
            ? {
                en: `"${word}" in ${field.en} was written on ${day(written, 'en')} and meant ${day(meant, 'en')}; people reading it today (${day(today, 'en')}) take it as ${day(taken, 'en')}`,
                nl: `"${word}" in ${field.nl} is geschreven op ${day(written, 'nl')} en bedoelde ${day(meant, 'nl')}; wie het vandaag (${day(today, 'nl')}) leest, denkt aan ${day(taken, 'nl')}`,
              }
            : {
                en: `"${word}" in ${field.en} was written on ${day(written, 'en')}; people read it today (${day(today, 'en')}), a different day`,
                nl: `"${word}" in ${field.nl} is geschreven op ${day(written, 'nl')}; mensen lezen het vandaag (${day(today, 'nl')}), op een andere dag`,
              },
        fix: {
          en: `Write the date instead of "${word}"${meant !== undefined ? `, for example "on ${day(meant, 'en', true)}"` : ''}, or update the text.${feedOr(' Until then every heartbeat publishes it again as it is.', '')}`,
          nl: `Schrijf de datum in plaats van "${word}"${meant !== undefined ? `, bijvoorbeeld „op ${day(meant, 'nl', true)}”` : ''}, of werk de tekst bij.${feedOr(' Tot dan publiceert elke heartbeat hem opnieuw zoals hij is.', '')}`,
        },
      };
    }
  }
});
