/**
 * The same call to action in two open incidents, in other words: trial X's readers saw "Bel direct de IT-servicedesk als u
 * uw wachtwoord heeft ingevuld …" under the cyberattack and "U heeft op de link geklikt of uw wachtwoord ingevuld — Bel
 * direct de IT-servicedesk …" under the phishing notice, and could not tell whether they were two things to do.
 *
 * The measure, simple and quiet: an action's words (its label and who it is for, in one language) as a set of content
 * words (four letters or more, without the common small words of Dutch and English); two actions of different open
 * incidents are near-duplicates when each has at least MIN_WORDS such words, they share at least MIN_WORDS, and the
 * shared words are at least SHARE of the shorter set. "Kijk op de website" has two content words and is never named. Pure.
 */
import { incidentTitle } from '../../feed/incident-name.js';
import { defineRule, feedOr } from '../rule.js';
import { isObj, openIncidentsOf, textIn, type Obj } from '../walk.js';

const MIN_WORDS = 4;
const SHARE = 0.7;

/** Words of four letters or more that say nothing of what to do. */
const SMALL = new Set(
  'heeft hebt hebben deze niet voor naar zijn wordt worden door maar over kunt moet wilt alle eens daarna omdat zoals waar wanneer welke onze jouw your have with that this from them they then been will were what when about into only also their there just some than which would could should'.split(' '),
);

/** The content words of a text, lower case, accents off: "IT-servicedesk" gives "servicedesk". */
function words(text: string): Set<string> {
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return new Set((plain.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 4 && !SMALL.has(w)));
}

/** The languages an action is written in ('' for plain strings). */
const langsOf = (a: Obj) => (isObj(a.label) ? Object.keys(a.label) : ['']);

/** Whether two word sets say the same thing by the measure above. */
function near(a: Set<string>, b: Set<string>): boolean {
  if (a.size < MIN_WORDS || b.size < MIN_WORDS) return false;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared >= MIN_WORDS && shared >= SHARE * Math.min(a.size, b.size);
}

/** A quote short enough for one line: the first 60 characters. */
const quote = (s: string) => (s.length > 60 ? `${s.slice(0, 57).trimEnd()}…` : s);

type Act = { inc: Obj; n: number; i: number; a: Obj; path: string };

export const actionInTwoIncidents = defineRule('action-in-two-incidents', 'warning', function* ({ doc }) {
  const open = openIncidentsOf(doc);
  const acts: Act[] = open.flatMap(({ inc, path }, i) => (Array.isArray(inc.actions) ? inc.actions : []).flatMap((a: unknown, n) => (isObj(a) ? [{ inc, n, i, a, path: `${path}/actions/${n}` }] : [])));
  const named = new Set<string>();
  for (const later of acts) {
    for (const first of acts) {
      if (first.i >= later.i || named.has(later.path)) continue;
      const lang = langsOf(later.a).find((l) => langsOf(first.a).includes(l) && near(words(`${textIn(first.a.label, l)} ${textIn(first.a.who, l)}`), words(`${textIn(later.a.label, l)} ${textIn(later.a.who, l)}`)));
      if (lang === undefined) continue;
      named.add(later.path);
      const title = (x: Act, l: 'en' | 'nl') => incidentTitle(x.inc, l) || String(x.inc.id ?? '');
      // Quoted in the message's language where the action has it.
      const said = (x: Act, l: 'en' | 'nl') => quote(textIn(x.a.label, l).trim());
      const id = String(later.inc.id ?? '');
      yield {
        path: `${later.path}/label${lang ? `/${lang}` : ''}`,
        message: {
          en: `action ${later.n + 1} of “${title(later, 'en')}” (“${said(later, 'en')}”) says what action ${first.n + 1} of “${title(first, 'en')}” says (“${said(first, 'en')}”): readers get the same thing to do twice, in other words, and may think it is two`,
          nl: `actie ${later.n + 1} van ‘${title(later, 'nl')}’ (‘${said(later, 'nl')}’) zegt hetzelfde als actie ${first.n + 1} van ‘${title(first, 'nl')}’ (‘${said(first, 'nl')}’): lezers krijgen hetzelfde twee keer in andere woorden, en denken misschien dat het twee dingen zijn`,
        },
        fix: {
          en: `Keep it in the incident it belongs to and remove it from the other (${feedOr(`clearline update feed.json --incident ${id} --remove-action ${later.n + 1}`, `“Remove action” at action ${later.n + 1}`)}). Are they two different things? Then say in their words what differs.`,
          nl: `Laat het staan bij het incident waar het bij hoort en haal het weg bij de andere (${feedOr(`clearline update feed.json --incident ${id} --remove-action ${later.n + 1}`, `‘Actie verwijderen’ bij actie ${later.n + 1}`)}). Zijn het twee verschillende dingen? Zeg dan in de woorden wat er verschilt.`,
        },
      };
    }
  }
});
