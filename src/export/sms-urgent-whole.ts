/**
 * An urgent action that names a number is never cut before its number or inside its condition. Trial X: a university's
 * one-part SMS during a cyberattack said "Bel direct de IT-servicedesk als u uw... Kijk zelf op de website van Hogeschool
 * Zuidkust.": no number, no "wachtwoord ingevuld"; a desk that copied it would have sent every student to the line the
 * victims need. When the SMS cut such an action after a word, it is made again with the action whole and its number, and
 * what gives way, first to last, is: the phase, the next update and the news; then the title, cut where a clause or a
 * list item ends ("Cyberaanval: e-mail, Brightspace, studentportaal…", at the least its head "Cyberaanval…"), together
 * with the line that sends people to the website when links are left out, which first loses the publisher's name ("Kijk
 * zelf op onze website.") and then goes (no address takes its place: phones turn one into a link). The link itself stays.
 * Only when the action is too long even beside the title's head does it go as far as its main clause, with the number,
 * before its condition ("Bel direct de IT-servicedesk (0118 555 010)."): a condition cut off mid-way is worse than none. Pure.
 */
import type { StatusPayload } from '../feed/schema.js';
import { labelWithAddress, linksLeftOut } from './link-warning.js';
import { smsBudget, smsEncoding, smsFits, smsParts, smsUnits, toSmsText, withoutBullet } from './gsm.js';
import { sentenceEnd, sentenceStart, whoSaid } from './plain.js';
import { clauseCuts, endsOnLinkWord, titleCut } from './sms-title.js';
import { phaseBefore } from './phase-title.js';
import { smsNews } from './sms-news.js';
import { emergencyTest } from './sms-emergency.js';
import { context, incidentView, type ExportOptions } from './text.js';
import { saidAhead, withoutLine } from './sms-urgent-ahead.js';
import { keepsTitle } from './title-keep.js';

/** The parts of an SMS result this reads and makes again (sms.ts `SmsResult`). */
interface Made {
  text: string;
  shortened: string[];
  lang: string;
  incident?: string;
  others: string[];
  fits: boolean;
  linkLeftOut?: unknown;
}

/** A phone number: three digits or more, with spaces, dots or dashes between ("0118 555 010", "112"). */
const NUMBER = /\+?\d(?:[\s.-]?\d){2,}/;
const numbers = (s: string) => s.match(new RegExp(NUMBER.source, 'g')) ?? [];
const digits = (s: string) => s.replace(/\D/g, '');
/** The words that start a condition: "als u uw wachtwoord …", "if you entered …". */
const CONDITION = /(?<!\p{L})(?:als|wanneer|indien|zodra|mocht|tenzij|if|when|unless|in case)(?!\p{L})/iu;

/**
 * Whether a cut of `whole` (`kept`, before its "...") ends inside a condition, or lost a number `whole` says: one not in
 * `after` either (the SMS from the action on: "Zet uw cv-ketel … tot het gas... Ruikt u gas? Bel direct 0800 9009." keeps it).
 */
export function badCut(whole: string, kept: string, after = kept): boolean {
  const lost = numberLost(whole, after);
  const clause = kept.split(/[.?!;:,–—]\s/).pop() ?? kept;
  return lost || CONDITION.test(clause);
}

/** Whether `after` leaves out a number `whole` says. */
export const numberLost = (whole: string, after: string): boolean => numbers(whole).some((n) => !numbers(after).map(digits).includes(digits(n)));

/** The main clause of an action, before its condition ("Bel direct de IT-servicedesk"), or '' when it has none to cut at. */
export function mainClause(action: string): string {
  const m = CONDITION.exec(action);
  const main = m ? action.slice(0, m.index).replace(/[\s,;:–—-]+$/, '') : '';
  return main.split(/\s+/).length >= 2 ? main : '';
}

/**
 * The first fit of `action` (whole, in SMS text) beside a title and a site line, most of the title first, each title with
 * the longest site line that fits; `link` (a status link, or a fraud line) stays whole. Null when none fits.
 */
export function fitBeside(title: string, action: string, sites: readonly string[], tail: string, lang: string, fits: (text: string) => boolean): { title: string; site: string } | null {
  const join = (...p: string[]) => p.filter(Boolean).join(' ');
  const text = (t: string, s: string) => join(sentenceEnd(t), action, tail, s);
  const cuts = [title, ...clauseCuts(title).filter((c) => !endsOnLinkWord(c.replace(/…$/, '')) && keepsTitle(title, c))];
  for (const t of cuts) for (const s of sites) if (fits(text(t, s))) return { title: t, site: s };
  // A title without a clause to cut at: by the rule for any title (three words at the least, a category's news whole).
  for (const s of sites) {
    const t = titleCut(title, lang, 3, (x) => fits(text(x, s)));
    if (t) return { title: t, site: s };
  }
  return null;
}

/**
 * `made`, or the SMS made again as above when it cut an urgent action that names a number before its number or inside its
 * condition, or said it whole without the number of the emergency line it calls (its tel: link): "Alles uit. Bel direct de
 * IT-servicedesk als u …" gave no number where "Cyberaanval: alles uit. … (0118 555 010) … Kijk zelf op onze website." fits.
 */
export function withUrgentWhole<R extends Made>(payload: StatusPayload, opts: ExportOptions & { parts?: number; tail?: (lang: string) => string; noSite?: boolean }, made: R): R {
  const incident = payload.incidents.find((i) => i.id === made.incident);
  if (!incident || incident.phase === 'resolved') return made;
  const ctx = context(payload, { ...opts, lang: made.lang });
  const view = incidentView(ctx, incident);
  const parts = opts.parts ?? 1;
  for (const a of view.actions.filter((b) => b.urgent)) {
    const label = withoutBullet(a.label);
    const asked = a.who ? whoSaid(a.who, label) : '';
    for (const form of [asked && `${asked} ${sentenceStart(label, ctx.lang)}`, label].filter(Boolean)) {
      const said = toSmsText(form);
      const start = made.text.indexOf(said.split(/\s+/).slice(0, 3).join(' '));
      const end = start < 0 ? -1 : made.text.indexOf('...', start);
      const kept = end < 0 ? '' : made.text.slice(start, end);
      const whole = toSmsText(labelWithAddress(form, a.href, ctx, a.who));
      const after = made.text.slice(start);
      // Whole, but without the number of the emergency line it calls: the number may cost words of the title (sms.ts, trial H).
      const bare = start >= 0 && after.startsWith(said) && whole !== said && !!a.href && emergencyTest(payload.channels, ctx.lang)(a.href.slice(4)) && numberLost(whole, after);
      if (!bare && (!kept || !said.startsWith(kept.replace(/[\s,;:.–-]+$/, '')))) continue;
      if (!NUMBER.test(whole) || (!bare && !badCut(whole, kept, after))) return made;
      // What the SMS says before it of the actions ahead of it (the boil instruction): kept first, or this one goes (sms-urgent-ahead.ts).
      const ahead = saidAhead(view.actions.slice(0, view.actions.indexOf(a)).map((b) => [b.who ? whoSaid(b.who, withoutBullet(b.label)) : '', withoutBullet(b.label)] as const), made.text, start, ctx.lang);
      return again(payload, ctx, incident, view, made, whole, a.href, a.who, form, parts, opts, ahead) ?? (ahead && bare ? withoutLine(made, start, said, parts) : made);
    }
  }
  return made;
}

function again<R extends Made>(payload: StatusPayload, ctx: ReturnType<typeof context>, incident: StatusPayload['incidents'][number], view: ReturnType<typeof incidentView>, made: R, whole: string, href: string | undefined, who: string | undefined, form: string, parts: number, opts: { tail?: (lang: string) => string; noSite?: boolean }, ahead = ''): R | null {
  const others = made.others.map((id) => payload.incidents.find((i) => i.id === id)).filter((i) => !!i);
  const warning = linksLeftOut([incident, ...others], ctx);
  // The line that sends people to the website: as it is, without the publisher's name, none; a status link stays whole.
  const full = opts.noSite ? '' : warning ? toSmsText(warning.lookYourself) : ctx.statusUrl;
  const sites = warning && !opts.noSite ? [...new Set([full, toSmsText(ctx.x.lookYourself()), ''])] : [full];
  const tail = opts.tail?.(ctx.lang) ?? '';
  const fits = (s: string) => smsFits(toSmsText(s), parts);
  const title = toSmsText(view.title);
  const withAhead = (s: string) => [ahead, s].filter(Boolean).join(' ');
  let action = withAhead(sentenceEnd(whole));
  let got = fitBeside(title, action, sites, tail, ctx.lang, fits);
  const main = got ? '' : mainClause(form);
  if (main) {
    action = withAhead(sentenceEnd(toSmsText(labelWithAddress(main, href, ctx, who))));
    got = NUMBER.test(action) ? fitBeside(title, action, sites, tail, ctx.lang, fits) : null;
  }
  if (!got) return null;
  const text = toSmsText([sentenceEnd(got.title), action, tail, got.site].filter(Boolean).join(' '));
  // What gave way, said to the desk: the action only when its condition went.
  const steps = made.shortened.filter((s) => !['action-shortened', 'site', 'title', 'title-shortened'].includes(s));
  const add = (step: string, when: boolean) => when && !steps.includes(step) && steps.push(step);
  add('next', !!view.nextTime);
  add('phase', !!phaseBefore(incident, view, ctx.t));
  add('news', !!smsNews(incident, view, ctx.lang));
  add('action-shortened', !!main);
  add('title-shortened', got.title !== title);
  add('site-shortened', !!got.site && got.site !== full);
  add('site', !!full && !got.site);
  const encoding = smsEncoding(text);
  const result = { ...made, text, shortened: steps, encoding, characters: smsUnits(text, encoding), limit: smsBudget(encoding, parts), parts: smsParts(text), fits: fits(text) };
  // Without its line, "the SMS tells people to look on your website themselves" no longer holds ("site" says it), as sms-fraud.ts.
  if (!got.site && warning) delete (result as Made).linkLeftOut;
  return result;
}
