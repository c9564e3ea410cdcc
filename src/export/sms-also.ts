/**
 * The SMS when another incident is open beside the one it leads with. Trial X (a university, 10:00): a phishing wave
 * ("Nep-e-mails: 'Reset uw wachtwoord' …", an urgent action) was published beside the ransomware outage, and the default
 * SMS stayed byte for byte the 07:55 one: it led with the most severe incident and said nothing of the other; only
 * standard error named `--incident ID`. Now the first other incident going on (not one announced for later) goes in
 * before the link, the same kind in every language, the first that fits of (none when sms-fraud.ts said a fake-message
 * warning's line already):
 * - "Ook: <its title's head>. <its first urgent action>" (`action`): with whom it is for, whole, else its first
 *   sentence; never without the number it names (sms-urgent-whole.ts);
 * - "Ook: <its title>." (`title`), "Ook: <its title's head>." (`head`), as the phone message names another incident;
 * - "Er staat een tweede melding op onze website." (`notice`, the phone message's words: ivr-never-bare.ts), beside the
 *   line that sends people to the website, else in its place when links are left out (link-warning.ts).
 * It takes only the room left or made by the lead's phase, next update and news: never a word of the lead's urgent
 * actions, whom they are for, its number or the link. When no kind fits so, `title`, `head` and `notice` may also cut the
 * lead's title down to its head (before its colon: "Cyberaanval: e-mail, Brightspace, studentportaal..." → "Cyberaanval:
 * e-mail, Brightspace..."): a word that another incident is going on beats the end of a list of systems. Else the SMS
 * stays as it was. `alsoLine` tells the desk what went in and what not (`--incident ID` sends that
 * incident's own SMS). An all-clear has its own hint (sms-open-hint.ts). Pure.
 */
import { isAnnounced } from '../feed/announced.js';
import type { Incident, StatusPayload } from '../feed/schema.js';
import { pickText } from '../i18n/lang.js';
import { fraudLineText } from './fraud-line.js';
import { smsBudget, toSmsText } from './gsm.js';
import { noticeSentence } from './ivr-never-bare.js';
import { linksLeftOut } from './link-warning.js';
import { phaseBefore } from './phase-title.js';
import { numberLost } from './sms-urgent-whole.js';
import { smsNews } from './sms-news.js';
import type { SmsTail } from './sms-fraud.js';
import { context, incidentView } from './text.js';

// The SMS made once per language, tail and plan within one exportSms call (sms-memo.ts): sms.ts takes it from here.
export { smsMemoized, smsScoped } from './sms-memo.js';

export const ALSO_KINDS = ['action', 'title', 'head', 'notice'] as const;
export type AlsoKind = (typeof ALSO_KINDS)[number];

/** What the SMS said of the other open incidents: of `incident` (the first), in `kind` (`said`), or nothing (`none`); `open`: how many others. */
export interface AlsoLine {
  incident: string;
  kind: AlsoKind | 'none';
  said?: string;
  open: number;
}

interface Made {
  text: string;
  fits: boolean;
  lang: string;
  incident?: string;
  others: string[];
  linkLeftOut?: unknown;
  fraudLine?: { incident: string; added: boolean };
}

const nl = (lang: string) => lang.toLowerCase().startsWith('nl');
/** A title's head: before its first colon ("Nep-e-mails"), else the whole title. */
export const titleHead = (title: string): string => {
  const t = title.trim().replace(/[\s.,;:…]+$/u, '');
  const head = t.split(/:\s/)[0]!.trim();
  return /\p{L}/u.test(head) ? head : t;
};
const also = (lang: string, s: string) => `${nl(lang) ? 'Ook' : 'Also'}: ${s}`;
const end = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

/** The first urgent action of `other` as said after its head: with whom it is for, whole, else its first sentence, never without its number; then `more`. */
function actionLines(other: Incident, lang: string, more: string): string[] {
  const label = pickText(other.actions?.find((a) => a.urgent)?.label, lang);
  const title = pickText(other.title, lang);
  return (['who-all', 'all', 'who-first', 'first'] as const)
    .map((k) => fraudLineText(other, lang, k))
    .filter((l) => !!l && !numberLost(label, l))
    .map((l) => `${l.startsWith(title.trim().replace(/[\s.:]+$/u, '')) ? also(lang, l) : `${also(lang, end(titleHead(title)))} ${l}`}${more}`);
}

/** The text of a kind in a language ('' when it has none); `rest`: the other incidents after the first, `second`: two open in all. */
export function alsoText(other: Incident, lang: string, kind: Exclude<AlsoKind, 'action'>, rest: number, second: boolean): string {
  const title = pickText(other.title, lang).trim();
  const more = rest ? ` ${noticeSentence(lang, rest, false)}` : '';
  if (kind === 'title') return `${also(lang, end(title.replace(/[\s:;,]+$/u, '')))}${more}`;
  if (kind === 'head') return titleHead(title) === title.replace(/[\s.:;,]+$/u, '') ? '' : `${also(lang, end(titleHead(title)))}${more}`;
  return noticeSentence(lang, rest + 1, second);
}

const words = (s: string) => s.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** Whether every word `before` has and `after` lost (counted) is one of `allowed` (counted). */
export function lostOnly(before: string, after: string, allowed: readonly string[]): boolean {
  const count = (ws: string[]) => ws.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>());
  const [a, ok] = [count(words(after)), count([...allowed])];
  for (const [w, n] of count(words(before))) if (n - (a.get(w) ?? 0) > (ok.get(w) ?? 0)) return false;
  return true;
}

/**
 * `made` with the first other open incident said as above, else as it was; `make` builds the SMS in a language with a
 * tail (sms-fraud.ts `SmsTail`); `langs`: every language of the feed, the asked one first.
 */
export function withAlsoLine<R extends Made>(payload: StatusPayload, made: R, langs: readonly string[], make: (lang: string, t: SmsTail) => R, now: number, parts: number): R & { alsoLine?: AlsoLine } {
  const own = payload.incidents.find((i) => i.id === made.incident);
  const others = made.others.map((id) => payload.incidents.find((i) => i.id === id)).filter((i): i is Incident => !!i && i.phase !== 'resolved' && !isAnnounced(i, now));
  // The fake-message warning sms-fraud.ts said is said: its tail stays as it is.
  if (!own || own.phase === 'resolved' || !others.length || !made.fits || made.fraudLine?.added) return made;
  const [other, rest, second] = [others[0]!, others.length - 1, others.length === 1];
  // What may give way, per language: the lead's phase, next update and news; for the short kinds its title past its head;
  // for the notice, which names the website, the line that sends people there (links left out).
  const before = langs.map((l, i) => (i === 0 ? made : make(l, { quick: true })));
  const info = langs.map((lang, i) => {
    const ctx = context(payload, { lang, now });
    const view = incidentView(ctx, own);
    const title = toSmsText(view.title);
    const look = linksLeftOut([own, ...others], ctx)?.lookYourself;
    const site = toSmsText(look ?? ctx.statusUrl);
    // Only what the SMS says: a news sentence it left out frees no words of the title it shares them with.
    const said = (s: string) => (s && before[i]!.text.includes(toSmsText(s).split(/\s+/).slice(0, 3).join(' ')) ? words(s) : []);
    const room = [phaseBefore(own, view, ctx.t), ...(view.nextTime ? [ctx.t.bannerLate(view.nextTime), ctx.t.bannerNextUpdate(view.nextTime)] : []), smsNews(own, view, lang)].flatMap(said);
    return { room, title: words(title).slice(words(titleHead(title)).length), site: look ? words(site) : [] };
  });
  const forms = (kind: AlsoKind, lang: string) => (kind === 'action' ? actionLines(other, lang, rest ? ` ${noticeSentence(lang, rest, false)}` : '') : [alsoText(other, lang, kind, rest, second)]).filter(Boolean).map(toSmsText);
  const budget = smsBudget('gsm7', parts);
  // A form made once per language and website line: a kind tried again with the lead's title cut reads the same SMS.
  const tried = new Map<string, R>();
  const kept = (kind: AlsoKind, cut: boolean, l: string, i: number) => {
    const { room, title, site } = info[i]!;
    const ok = [...room, ...(cut ? title : []), ...(kind === 'notice' ? site : [])];
    // The most room giving way could make (words of `ok` the SMS has, with spaces and marks): the SMS is made only where
    // the form may fit, as making it takes a while.
    const free = words(before[i]!.text).filter((w, j, all) => ok.filter((o) => o === w).length > all.slice(0, j).filter((o) => o === w).length).reduce((n, w) => n + w.length + 2, 10);
    // The notice names the website: in place of the line that sends people there first; any other beside it first.
    const sites = kind === 'notice' && site.length ? [true, false] : [false, true];
    return forms(kind, l).flatMap((f) => sites.map((noSite) => ({ f, noSite }))).find(({ f, noSite }) => {
      if (before[i]!.text.length + f.length + 1 - free > budget) return false;
      const key = `${l}|${noSite}|${f}`;
      const r = tried.get(key) ?? tried.set(key, make(l, { tail: () => f, noSite, quick: true })).get(key)!;
      return r.fits && r.text.includes(f) && lostOnly(before[i]!.text, r.text.replace(f, ''), ok);
    });
  };
  // Each kind without a word of the lead's title first; then the short ones with its title cut down to its head.
  for (const [kind, cut] of [...ALSO_KINDS.map((k) => [k, false] as const), ...ALSO_KINDS.slice(1).map((k) => [k, true] as const)]) {
    const mine = kept(kind, cut, made.lang, 0);
    if (!mine || !langs.slice(1).every((l, i) => kept(kind, cut, l, i + 1))) continue;
    const r = make(made.lang, { tail: () => mine.f, noSite: mine.noSite });
    const alsoLine: AlsoLine = { incident: other.id, kind, said: mine.f, open: others.length };
    // The fake-message warning's urgent action said here after all: as sms-fraud.ts would have said it.
    const fraudLine = other.id === made.fraudLine?.incident && kind === 'action' ? { incident: other.id, added: true, said: mine.f } : made.fraudLine;
    return { ...r, alsoLine, ...(fraudLine ? { fraudLine } : {}) };
  }
  return { ...made, alsoLine: { incident: other.id, kind: 'none', open: others.length } };
}
