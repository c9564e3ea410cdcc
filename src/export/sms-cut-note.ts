/**
 * What one SMS lost that `shortened` does not name, for the desk (sms.ts `cut`): the title's list of places left out whole
 * (title-keep.ts), the urgent action cut and where, and the news of an update that did not fit, so that the SMS says what
 * the previous update's said. `clearline export --to sms` prints these on standard error and the studio under its SMS
 * preview, in the same words (SMS_CUT_NOTE). Trial Y: a water utility's SMS silently lacked "ZIP codes 60617, 60619,
 * 60633", or cut its action at "… before you…", and the 6 PM SMS repeated the 12:26 PM one word for word. Pure.
 */
import type { Incident, StatusPayload } from '../feed/schema.js';
import { pickText } from '../i18n/lang.js';
import type { UiLanguage } from '../i18n/terms.js';
import { toSmsText } from './gsm.js';
import { codeIn } from './sms-place.js';
import { smsNews } from './sms-news.js';
import { placeList } from './title-keep.js';
import { context, incidentView } from './text.js';

export interface SmsCut {
  /** The title's list of places the SMS left out whole; `said`: the title as the SMS says it ('' when not at all). */
  placesLeftOut?: { places: string; said: string; linked: boolean; inTwo: boolean };
  /** An urgent action cut after the words `kept` ("… before you"); `rest`: what it left out. */
  actionCut?: { kept: string; rest: string; inTwo: boolean };
  /** What is new since the update at `since` (its clock time) that did not fit; `same`: that update's SMS said the same. */
  newsLeftOut?: { news: string; since: string; same: boolean; inTwo: boolean };
}

interface Made {
  text: string;
  shortened: readonly string[];
  incident?: string;
  lang: string;
  linkLeftOut?: unknown;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const bare = (s: string) => s.replace(/[.!?…]+$/u, '').replace(/\.\.\.$/, '').trim();
/** The first `n` words of `s`, "…" when there are more. */
const head = (s: string, n = 8) => (words(s).length > n ? `${words(s).slice(0, n).join(' ')} …` : s);

/** The longest start of `whole` (at least `least` whole words) that `text` says, or ''. */
function saidStart(whole: string, text: string, least: number): string {
  const w = words(whole);
  for (let k = w.length; k >= least; k--) {
    const s = w.slice(0, k).join(' ').replace(/[,;:]$/, '');
    if (text.includes(s)) return s;
  }
  return '';
}

/** The title's list of places, when `text` says neither it nor each of its codes. */
function placesGone(title: string, text: string): { places: string; said: string } | undefined {
  const places = toSmsText(placeList(title));
  if (!places || text.includes(places)) return undefined;
  const codes = words(places).map((w) => w.replace(/[,;:.()]/g, '')).filter(codeIn(title));
  if (codes.length && codes.every((c) => text.includes(c))) return undefined;
  const start = saidStart(toSmsText(title), text, 1);
  const after = start ? text.slice(text.indexOf(start) + start.length) : '';
  return { places, said: start && `${start}${/^(?:…|\.\.\.)/.exec(after)?.[0] ?? ''}` };
}

/** The first urgent action `text` says only the start of (three words or more), with the words it kept and left out. */
function actionGone(inc: Incident, lang: string, text: string): { kept: string; rest: string } | undefined {
  for (const a of (inc.actions ?? []).filter((b) => b.urgent)) {
    const label = toSmsText(pickText(a.label, lang)).trim();
    if (text.includes(bare(label))) continue;
    const kept = saidStart(label, text, 3);
    if (kept) return { kept: words(kept).slice(-4).join(' '), rest: head(bare(label.slice(kept.length).replace(/^[\s,;:]+/, ''))) };
  }
  return undefined;
}

/** The feed as at the incident's previous update: its texts from the history; actions and phase as now, no next update (the history keeps none). */
function asBefore(payload: StatusPayload, inc: Incident): { feed: StatusPayload; at: number } | undefined {
  const [prev, ...rest] = inc.updates ?? [];
  if (!prev) return undefined;
  const was: Incident = { ...inc, title: prev.title ?? inc.title, known: prev.known ?? '', unknown: prev.unknown ?? '', updated_at: prev.at, updates: rest, next_update_at: null };
  return { feed: { ...payload, incidents: payload.incidents.map((i) => (i === inc ? was : i)) }, at: Date.parse(prev.at) };
}

let looking = false; // the SMS made to compare (two parts, the previous update's) is made without notes of its own

/**
 * `made` (asked in `parts`) with `cut` set to what it lost (SmsCut), or as it is. `two()`: the same SMS in two parts;
 * `again(feed, now)`: an SMS of this incident made from another feed at another time (the previous update's, asBefore).
 */
export function withCutNotes<R extends Made>(payload: StatusPayload, made: R, parts: number, two: () => Made, again: (feed: StatusPayload, now: number) => Made, now: number): R & { cut?: SmsCut } {
  const inc = payload.incidents.find((i) => i.id === made.incident);
  if (!inc || looking) return made;
  looking = true;
  try {
    const cut = cutOf(payload, inc, made, parts === 1 && !made.shortened.includes('title'), two, again, now);
    return Object.keys(cut).length ? { ...made, cut } : made;
  } finally {
    looking = false;
  }
}

function cutOf(payload: StatusPayload, inc: Incident, made: Made, one: boolean, two: () => Made, again: (feed: StatusPayload, now: number) => Made, now: number): SmsCut {
  const lang = made.lang;
  const cut: SmsCut = {};
  const places = placesGone(pickText(inc.title, lang), made.text);
  if (places) cut.placesLeftOut = { ...places, linked: !made.linkLeftOut, inTwo: one && !placesGone(pickText(inc.title, lang), two().text) };
  const action = inc.resolved_at || !made.shortened.includes('action-shortened') ? undefined : actionGone(inc, lang, made.text);
  if (action) cut.actionCut = { ...action, inTwo: one && !actionGone(inc, lang, two().text) };
  const ctx = context(payload, { lang, now });
  const news = made.shortened.includes('news') ? smsNews(inc, incidentView(ctx, inc), lang) : '';
  const before = news ? asBefore(payload, inc) : undefined;
  if (before) cut.newsLeftOut = { news: head(toSmsText(news), 14), since: ctx.clock.time(before.at), same: again(before.feed, before.at).text === made.text, inTwo: one && !two().shortened.includes('news') };
  return cut;
}

/** "the ZIP codes 60617, 60619, 60633", "the places Roosendaal, …": a list that names what it is keeps its own word. */
const what = (places: string, nl: boolean) => (/^(?:zip|post|postal|codes?\b)/i.test(places) ? `${nl ? 'de' : 'the'} ${places}` : codeIn(places)(words(places)[0]!.replace(/,$/, '')) ? `${nl ? 'de postcodes' : 'the codes'} ${places}` : `${nl ? 'de plaatsen' : 'the places'} ${places}`);

/**
 * The notes for `cut`, each a sentence without its final full stop, in the desk's language; `twoWay` is how to ask for
 * two parts where it is said ("add --parts 2" in the CLI, "choose 2 parts above" in the studio).
 */
export const SMS_CUT_NOTE: Record<UiLanguage, (cut: SmsCut, twoWay: string) => string[]> = {
  en: ({ placesLeftOut: p, actionCut: a, newsLeftOut: n }, twoWay) => [
    ...(p ? [`${what(p.places, false)} did not fit: the SMS ${p.said ? `says "${p.said}"` : 'leaves the title out'}${p.linked ? ' and links to the page' : ''}, so people there cannot tell it is about them. Make the title shorter${p.inTwo ? `, or ${twoWay}` : ''}`] : []),
    ...(a ? [`an urgent action was cut after "…${a.kept}": the SMS leaves out "${a.rest}". Write a shorter action${a.inTwo ? `, or ${twoWay}` : ''}`] : []),
    ...(n ? [`${n.same ? `this SMS repeats the one of ${n.since} word for word, so subscribers get the same text twice: what is new since then did not fit` : `what is new since the update of ${n.since} did not fit`} ("${n.news}"). Make the title or the action shorter${n.inTwo ? `, or ${twoWay}` : ''}`] : []),
  ],
  nl: ({ placesLeftOut: p, actionCut: a, newsLeftOut: n }, twoWay) => [
    ...(p ? [`${what(p.places, true)} pasten niet: de sms ${p.said ? `zegt "${p.said}"` : 'laat de titel weg'}${p.linked ? ' en linkt naar de pagina' : ''}, dus wie daar woont, ziet niet dat het over hem gaat. Maak de titel korter${p.inTwo ? `, of ${twoWay}` : ''}`] : []),
    ...(a ? [`een dringende actie is afgebroken na "…${a.kept}": de sms laat "${a.rest}" weg. Schrijf een kortere actie${a.inTwo ? `, of ${twoWay}` : ''}`] : []),
    ...(n ? [`${n.same ? `deze sms herhaalt die van ${n.since} woord voor woord, dus abonnees krijgen twee keer dezelfde tekst: wat sindsdien nieuw is, paste niet` : `wat nieuw is sinds de update van ${n.since}, paste niet`} ("${n.news}"). Maak de titel of de actie korter${n.inTwo ? `, of ${twoWay}` : ''}`] : []),
  ],
};
