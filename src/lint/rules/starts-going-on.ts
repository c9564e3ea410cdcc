/**
 * An incident published as going on that now "begins later" (trial U, finding 6: a bank's desk, one Tab short in the
 * studio, typed 13:00 meant for the next update into "Begins later"; the running phishing wave was signed as
 * "Vanaf 13:00 · verwacht" and lint said nothing). The feed alone cannot tell it from a strike announced on Monday with
 * daily updates, so the rule compares with the version published before (`previous`: the signed file sign replaces,
 * the one beside feed.json for lint, the feed the studio opened). An error: hiding a live danger as "announced" is worse
 * than a blocked edit, and the fix says the way for the rare incident that really stops and starts again later.
 */
import { startsLater } from '../../feed/announced.js';
import type { Incident } from '../../feed/schema.js';
import { defineRule, feedOr } from '../rule.js';
import { isObj, openIncidentsOf, type Obj } from '../walk.js';
import { clock } from './incidents.js';

/** When a version was published: its issued_at (a signed one), else the incident's own updated_at. */
function publishedAt(previous: Obj, inc: Obj): number {
  const at = typeof previous.issued_at === 'string' ? Date.parse(previous.issued_at) : NaN;
  return Number.isNaN(at) ? Date.parse(String(inc.updated_at)) : at;
}

/** The incident `id` was open and going on in `previous` when that was published: no start to come then. */
export function wasGoingOn(previous: Obj | undefined, id: unknown): boolean {
  const before = previous && Array.isArray(previous.incidents) ? previous.incidents.find((i): i is Obj => isObj(i) && i.id === id) : undefined;
  if (!previous || !before || before.phase === 'resolved') return false;
  const at = publishedAt(previous, before);
  return Number.isNaN(at) || startsLater(before as unknown as Incident, at) === undefined;
}

export const startsWhileGoingOn = defineRule('starts-while-going-on', 'error', function* ({ doc, now, timeZone, previous }) {
  for (const { inc, path } of openIncidentsOf(doc)) {
    const start = startsLater(inc as unknown as Incident, now);
    if (start === undefined || !wasGoingOn(previous, inc.id)) continue;
    const since = Date.parse(String(inc.started_at));
    const s = (lang: 'en' | 'nl') => (Number.isNaN(since) ? '' : lang === 'nl' ? ` (sinds ${clock(since, timeZone, lang)})` : ` (since ${clock(since, timeZone, lang)})`);
    const at = (lang: 'en' | 'nl') => clock(start, timeZone, lang);
    const cli = typeof inc.id === 'string' ? `: clearline update feed.json --incident ${inc.id} --correct --starts none` : '';
    yield {
      path: `${path}/starts_at`,
      message: {
        en: `this incident was published as going on${s('en')}; with ${feedOr('"starts_at"', '“Begins later”')} at ${at('en')} readers would see it as announced for ${at('en')}, not as going on now`,
        nl: `dit incident staat online als nu aan de gang${s('nl')}; met ${feedOr('"starts_at"', '„Begint later”')} om ${at('nl')} zien lezers het als aangekondigd voor ${at('nl')}, niet als nu aan de gang`,
      },
      fix: {
        en: `Leave ${feedOr('"starts_at" out', '“Begins later (announced ahead)” empty')}${feedOr(cli, '')}. Did you mean the next update? Give that time as ${feedOr('the next update (--next-update)', '“Next update”')}. Does it really stop now and begin again later? Mark it resolved and announce the new start as a new incident.`,
        nl: `Laat ${feedOr('"starts_at" weg', '„Begint later (vooraf aangekondigd)” leeg')}${feedOr(cli, '')}. Bedoelde u de volgende update? Geef die tijd op als ${feedOr('volgende update (--next-update)', '„Volgende update”')}. Stopt het echt nu en begint het later opnieuw? Zet dit incident op opgelost en kondig het nieuwe begin aan als nieuw incident.`,
      },
    };
  }
});
