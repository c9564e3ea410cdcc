/**
 * The text message: title, the one most urgent action, the next update and the status link, within one SMS (or `parts` concatenated ones). One incident per message; the result
 * names the open incidents it leaves out (`others`), so the CLI and the studio can say so. Shortened by rule, never mid-word: first the next
 * update goes, then the action is shortened to its first whole sentences, else cut where a clause ends beside the whole title; else words of the title give
 * way for it whole (never below three; a title's place kept: sms-place.ts), else left out and the next urgent one that fits is said (trial S: "Rebook free of
 * charge in My..."; an action naming an emergency line may still be cut after a word); then the title; the link always stays whole. Every language of the feed carries the same parts (sms-plan.ts, trial S).
 * The action's emergency line ("In an emergency, call 999": sms-emergency.ts) is never what goes while something less important can: the action's other sentences after its first, then words of the title go first; only when keeping it would leave less than half of the action's first sentence is the action shortened as above (keepEmergency). When the
 * first action has no emergency line and a later urgent one does, that line follows the first action, kept by the same rule (left out, taking no room, when it cannot be kept).
 * In more than one part, when everything fits whole, the other urgent actions follow, each whole, while they fit.
 * When cutting the title's word with ë or ï makes the text GSM-7 (160, not 70), the action and the next update get the room back by the same rule. The number the first action calls follows it when its label does not say it ("Bel de taxilijn (088 123 4599)"), only while the title and the action stay whole with it.
 * When an open incident warns against links in messages (link-warning.ts), the link is left out and a sentence naming the publisher's website takes its place, whole like the link (`linkLeftOut`).
 * When an open incident is about the mobile network or SMS itself (sms-outage.ts), the result says so (`smsOutage`); when one warns against fake messages in our name, its first urgent action goes in the room left (sms-fraud.ts, `fraudLine`); else another incident going on is said in the room left: its urgent action, "Ook: <title>", or that there is a second notice on our website (sms-also.ts, `alsoLine`, trial X).
 * From an incident's second update on, its phase past the first goes before the title ("Oorzaak gevonden: …", phase-title.ts) only where it costs nothing else, and never on a scam warning or a changed title (sms-phase.ts, trial W); else it is left out ("phase" in `shortened`).
 * A resolved incident's closing text keeps its first sentence whole before words of the title (sms-closing.ts); an incident still going on that asks whom it is for is hinted at in the room left (sms-open-hint.ts).
 * An action goes with whom it is for (its question or `who`), or not at all: then the next urgent action that can (sms-who.ts, trial R). An urgent action added in this update goes before one the reader got before, and an update with the same title says its first new sentence of what we know (sms-news.ts). A who too long beside the whole title is said by its name (sms-who-short.ts); a title that names its place keeps it when cut (sms-place.ts), one that names none the first place of Affects where there is room (sms-affects-place.ts).
 */
import { resolvedTitle } from './resolved-title.js';
import type { StatusPayload } from '../feed/schema.js';
import { meaningfulCut, sentenceEnd, sentenceStart, shortenSentences, shortenWords, splitSentences, whoSaid } from './plain.js';
import { emergencyTest, keepEmergency } from './sms-emergency.js';
import { labelWithAddress, linksLeftOut, type LinkLeftOut } from './link-warning.js';
import { smsBudget, smsEncoding, smsFits, smsParts, smsUnits, toSmsText, withoutBullet, type SmsEncoding } from './gsm.js';
import { smsOutage, type SmsOutage } from './sms-outage.js';
import { withPhase } from './phase-title.js';
import { phaseKept, phaseMayCost, smsPhase } from './sms-phase.js';
import { closingPlan } from './sms-closing.js';
import { LOST } from './sms-advice.js';
import { chooseIncident, context, ExportError, feedLanguages, incidentView, otherOpenIncidents, type ExportOptions, type IncidentView } from './text.js';
import { newFirst, smsNews, withNews } from './sms-news.js';
import { whoMayGo } from './sms-who.js';
import { moreUrgent } from './sms-urgent-more.js';
import { withUrgentNote } from './sms-urgent-note.js';
import { shortWhoAction } from './sms-who-short.js';
import { placeCuts } from './sms-place.js';
import { keepsTitle, listForm, keepsRange, rangeOut } from './title-keep.js';
import { placeOrNot, titleWithPlace } from './sms-affects-place.js';
import { withOpenHint } from './sms-open-hint.js';
import { sharedPlan, type SmsPlan } from './sms-plan.js';
import { withFraudLine, type FraudLine, type SmsTail } from './sms-fraud.js';
import { answered, atClause, clauseCuts, halfBeside, titleCut as titleGives } from './sms-title.js';
import { withUrgentWhole } from './sms-urgent-whole.js';
import { smsMemoized, smsScoped, withAlsoLine, type AlsoLine } from './sms-also.js';
import { numberedLine } from './sms-urgent-ahead.js';
import { withCutNotes, type SmsCut } from './sms-cut-note.js';

export interface SmsOptions extends ExportOptions {
  /** How many concatenated messages may be used (default 1). */
  parts?: number;
}

export interface SmsResult {
  cut?: SmsCut; // what it lost that `shortened` does not name: the title's places, where the urgent action was cut, the news (sms-cut-note.ts)
  text: string;
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  characters: number;
  /** The most characters allowed for this encoding and number of parts. */
  limit: number;
  parts: number;
  fits: boolean;
  /** What the shortening rule did, e.g. ["next", "action-shortened"]. */
  shortened: string[];
  lang: string;
  /** The incident the SMS is about (none when all is clear): an SMS holds one. */
  incident?: string;
  /** The open incidents it leaves out, most severe first, for a caller to say so (`--incident ID` for another). */
  others: string[];
  /** Set when the status link was left out, and why: an open incident (`incident`, words in `phrase`) says not to click links in messages. */
  linkLeftOut?: LinkLeftOut;
  /** Set when an open incident is about the mobile network or SMS: the people it affects may not get this SMS. */
  smsOutage?: SmsOutage;
  /** Set when one SMS lost words of the title or of an urgent first action, and two parts (`parts: 2`) would carry both whole: the desk is told to check the text or send two (sms-advice.ts). A hospital's SMS said "Storing..." (trial Q). */
  twoParts?: boolean;
  /** Set when another open incident warns against fake messages in the publisher's name: its line went in, or did not fit (sms-fraud.ts). */
  fraudLine?: FraudLine;
  urgentLeftOut?: string; // the first words of an urgent action one SMS left out and two parts carry (sms-urgent-note.ts)
  alsoLine?: AlsoLine; // what it says of another incident going on (sms-also.ts): its urgent action, title or a notice, or none
}

const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ');
/** sentenceEnd, and nothing for nothing (a next update or action that is not there). */
const dot = (s: string) => s && sentenceEnd(s);
/** Whether an SMS that lost words of the title or the urgent action (`shortened`) would keep them in two parts. */
function wholeInTwo(payload: StatusPayload, opts: SmsOptions & SmsTail, shortened: readonly string[]): boolean {
  if (!shortened.some((s) => LOST.has(s))) return false;
  const two = smsAll(payload, { ...opts, parts: 2 }).shortened;
  // Or two parts carry the urgent action one left out, beside the news (trial R's gas warning): words of the title may go.
  const action = (s: string) => s === 'action' || s === 'action-shortened';
  return !two.some((s) => LOST.has(s)) || (shortened.some(action) && !two.some(action));
}

/** The SMS in the asked language, with the same parts as in the feed's other languages (sms-plan.ts, trial S). */
export const exportSms = smsScoped(function exportSms(payload: StatusPayload, opts: SmsOptions = {}): SmsResult {
  const [made, make] = [smsAll(payload, opts), (lang: string, t: SmsTail) => smsAll(payload, { ...opts, lang, ...t })];
  const sms = ((langs: string[]) => withAlsoLine(payload, withFraudLine(payload, made, langs, make), langs, make, opts.now ?? Date.now(), opts.parts ?? 1))([made.lang, ...feedLanguages(payload).filter((l) => l !== made.lang)]);
  const two = () => exportSms(payload, { ...opts, parts: 2 });
  return withCutNotes(payload, withUrgentNote(payload, sms, opts.parts ?? 1, two), opts.parts ?? 1, two, (feed, now) => exportSms(feed, { ...opts, now, incident: sms.incident }), opts.now ?? Date.now());
});

function smsAll(payload: StatusPayload, opts: SmsOptions & SmsTail): SmsResult {
  const own = smsIn(payload, opts);
  const langs = feedLanguages(payload).filter((l) => l !== own.result.lang);
  const hint = (r: SmsResult) => withOpenHint(payload, withUrgentWhole(payload, opts, r), payload.status_url ?? payload.publisher.url, opts.parts ?? 1, opts.now ?? Date.now());
  if (!langs.length) return hint(own.result);
  const run = (lang: string) => (plan?: SmsPlan) => (!plan && lang === own.result.lang ? own : smsIn(payload, { ...opts, lang }, plan)).plan;
  const plan = sharedPlan([own.result.lang, ...langs].map(run));
  return hint(plan ? smsIn(payload, opts, plan).result : own.result);
}

const smsIn = smsMemoized(function smsIn(payload: StatusPayload, opts: SmsOptions & SmsTail, plan?: SmsPlan): { result: SmsResult; plan: SmsPlan } {
  const parts = opts.parts ?? 1;
  if (!Number.isInteger(parts) || parts < 1 || parts > 10) throw new ExportError('bad-option', '--parts must be a whole number from 1 to 10');
  const ctx = context(payload, opts);
  const incident = chooseIncident(payload, opts.incident, ctx.now);
  const seen = incident ? incidentView(ctx, incident) : undefined;
  const view = seen && { ...seen, actions: seen.actions.map((a) => ({ ...a, label: withoutBullet(a.label) })) };
  const others = otherOpenIncidents(payload, incident, ctx.now);
  // A text from us with a link, saying not to click links in texts from us, is distrusted and teaches people to click: then the SMS tells them to go to the website themselves.
  const warning = incident ? linksLeftOut([incident, ...others], ctx) : undefined;
  const link = join(opts.tail?.(ctx.lang), opts.noSite ? '' : warning ? toSmsText(warning.lookYourself) : ctx.statusUrl);
  // A resolved incident says so before its title, and its closing text takes the action's place: an all-clear must never read as a new alert.
  const composeAs = (view: IncidentView | undefined) => {
    let title = toSmsText(view ? (view.resolved ? resolvedTitle(view.phase, view.title) : view.title) : ctx.t.allClear);
    const isEmergency = emergencyTest(payload.channels, ctx.lang);
    // The first action, and the emergency line of a later urgent one when it has none (laterEmergencyLine).
    const lead = view?.actions[0];
    const next = plan?.next === false ? '' : toSmsText(view?.nextTime ? (view.overdue ? ctx.t.bannerLate(view.nextTime) : ctx.t.bannerNextUpdate(view.nextTime)) : '');
    // Who it is for, asked first, as the phone message does, when it fits: "Kom vandaag naar het Stadhuis" went to every resident (trial F).
    const asked = lead && !view.resolved ? whoSaid(lead.who, lead.label) : '';
    const withWho = asked && `${asked} ${sentenceStart(lead!.label, ctx.lang)}`;
    const [line, plainLine] = view && !view.resolved && !opts.noSite ? numberedLine(view.actions, isEmergency, ctx) : ['', ''];
    const fits = (s: string) => smsFits(toSmsText(s), parts);
    // A resolved incident's closing text: its first sentence whole, before words of the title, and the whole sentences after
    // it that fit, a question with its answer first (sms-closing.ts). A lifted boil-water advice went out as "Het kookadvies is
    // opgeheven." without "Laat uw kranen eerst 2 minuten lopen." in 54 characters to spare.
    const closed = view?.resolved ? closingPlan(title, view, (t, c) => fits(join(dot(t), toSmsText(c), link))) : null;
    const closing = closed ? toSmsText(closed.closing) : view?.resolved ? toSmsText(view.summary) : '';
    const titleCut = !!closed && closed.title !== title;
    if (closed) title = closed.title;
    // An open incident's phase past the first before its title (phase-title.ts), kept only when it costs no word of the
    // action: the next update and words of the title make room for it; else the SMS goes as without it ("phase" in `shortened`).
    const phase = incident && view && plan?.phase !== false ? smsPhase(incident, view, ctx.t, { now: ctx.now, lang: ctx.lang }) : '';
    const build = (head: string) => {
      const pre = (t: string) => withPhase(head, t);
      // With it, unless the title says it or the action only warns (whoMayGo): an action never goes out stripped of whom it
      // is for (it read as meant for everyone: trials F, H, R); every cut below keeps the question, or the action goes.
      const mayGo = !!withWho && whoMayGo(lead!.who, lead!.label, view!.title);
      // A who too long to ask beside the whole title is said by its name: "Priority Services Register: call …" (sms-who-short.ts).
      const short = withWho && !fits(join(dot(pre(title)), dot(withWho), link)) ? shortWhoAction(lead!.who, lead!.label, (a) => fits(join(dot(pre(title)), dot(a), link))) : null;
      const bare = short ? short.action : withWho && (!mayGo || smsFits(toSmsText(join(dot(pre(title)), dot(withWho), line && sentenceStart(line, ctx.lang), dot(next), link)), parts)) ? withWho : (lead?.label ?? '');
      const withLine = (first: string) => toSmsText(view?.resolved ? closing : line ? `${dot(first.trim())} ${sentenceStart(line, ctx.lang)}` : first);
      let action = withLine(bare);
      // The rule's first two steps for a given title: the next update goes, then the action is shortened.
      const fill = (titlePart: string) => {
        const steps: string[] = [];
        let [actionPart, nextPart] = [dot(action), dot(next)];
        if (next && !fits(join(pre(titlePart), actionPart, nextPart, link))) {
          steps.push('next');
          nextPart = '';
        }
        // An open incident's action keeps its emergency line while less urgent sentences or words of the title can go.
        const urgent = action && view && !view.resolved && !fits(join(pre(titlePart), actionPart, nextPart, link)) ? keepEmergency(titlePart, actionPart, isEmergency, (t, a) => fits(join(pre(t), a, link)), ctx.lang, !line || !actionPart.includes(toSmsText(sentenceStart(line, ctx.lang)))) : null;
        if (urgent) {
          if (urgent.asked) steps.push('who');
          if (urgent.action !== actionPart) steps.push('action-shortened');
          if (urgent.title !== titlePart) steps.push('title-shortened');
          // Cut between sentences, the action may leave room for the next update again (trial Q).
          if (urgent.between && next && !nextPart && fits(join(pre(urgent.title), urgent.action, dot(next), link))) return { titlePart: urgent.title, actionPart: urgent.action, nextPart: dot(next), steps: steps.filter((x) => x !== 'next') };
          return { titlePart: urgent.title, actionPart: urgent.action, nextPart, steps };
        }
        if (action && !fits(join(pre(titlePart), actionPart, nextPart, link))) {
          // Never a bare question: "Do you need urgent care now?" without its answer gives no instruction (trial Q).
          const raw = answered(action, meaningfulCut(action, shortenSentences(action, (a) => fits(join(pre(titlePart), a, link)))));
          // An open incident's action is never cut inside a clause ("Rebook free of charge in My...", trial S): it is cut where a
          // clause ends beside the whole title, else words of the title give way for it whole (titleCut), or for a clause of it
          // (a water point's address), else it is left out.
          // Safety over form: one naming an emergency line ("Lukt 112 niet? Bel 112 met een vaste...") may be cut after a word (L, R).
          const cut = view?.resolved || splitSentences(action).some(isEmergency) ? raw : atClause(action, raw, (a) => fits(join(pre(titlePart), a, link))) ?? halfBeside(title, action, raw);
          const start = (t: string) => t === rangeOut(title) || title.startsWith(t.split('…')[0]!.replace(/\.\.\.$/, '')); // or its range left out whole (title-range.ts)
          // Beside a title that keeps its place (sms-place.ts) the action whole or a clause with half its words; else each form, most kept first, beside any cut.
          const gives = (a: string, any: boolean) => titleGives(title, ctx.lang, 3, (t) => start(t) && fits(join(pre(dot(t)), a, link)), any);
          const both = !view?.resolved && !cut ? ((cs, n = (c: string) => c.split(/\s+/).length) => [...cs.filter((c) => n(c) * 2 >= n(action)).map((c) => ({ c, any: false })), ...cs.flatMap((c) => [false, true].map((any) => ({ c, any })))])([actionPart, ...clauseCuts(action)]).reduce<{ c: string; t: string } | undefined>((got, o) => got ?? ((t) => (t && t !== title ? { c: o.c, t } : undefined))(gives(o.c, o.any)), undefined) : undefined;
          if (both) return { titlePart: dot(both.t), actionPart: both.c, nextPart: '', steps: [...steps, ...(both.c === actionPart ? [] : ['action-shortened']), 'title-shortened'] };
          // A resolved incident's closing text (what we know) stands where the action would: say that.
          const what = view?.resolved ? 'summary' : 'action';
          steps.push(cut ? `${what}-shortened` : what);
          // Left out whole, the action gives its room back to the next update when that fits.
          const back = !cut && next && !nextPart && fits(join(pre(titlePart), dot(next), link));
          return { titlePart, actionPart: cut ?? '', nextPart: back ? dot(next) : nextPart, steps: back ? steps.filter((x) => x !== 'next') : steps, cut: true };
        }
        return { titlePart, actionPart, nextPart, steps };
      };
      // The first action as it goes: a later action's emergency line that cannot be kept takes no room from it (the SMS is as without it).
      const plan = (first: string) => {
        action = withLine(first);
        const m = fill(dot(title));
        if (!line || !('cut' in m)) return { m, line: !!line };
        action = toSmsText(first);
        return { m: fill(dot(title)), line: false };
      };
      let { m, line: lineKept } = plan(bare);
      // The number an action calls ("Bel de taxilijn", tel:…) follows it when its label does not say it, as in the e-mail: a text
      // message has nothing to tap. Only when the title and the action stay whole with it, and a line kept without it stays too:
      // it may cost the next update (the status link still has it), never a word; an emergency line's number words of the title
      // too: "Ruikt u gas? … bel direct het storingsnummer" went out without 0800 9009 for 12 characters (trial H).
      const numbered = lead?.href?.startsWith('tel:') && !view?.resolved ? labelWithAddress(bare, lead.href, ctx, lead.who) : bare;
      if (numbered !== bare) {
        const kept = action;
        const n = plan(numbered);
        const given = (s: string) => s === 'next' || (s === 'title-shortened' && lead!.urgent && isEmergency(lead!.href!.slice(4)));
        if (n.m.steps.every(given) && (n.line || !lineKept)) [m, lineKept] = [n.m, n.line];
        else action = kept;
      }
      const whole = () => join(pre(m.titlePart), m.actionPart, m.nextPart, link);
      if (!fits(whole())) {
        const cut = [rangeOut(title), ...placeCuts(title).filter((t) => keepsTitle(title, t)), listForm(title)].find((t) => t && fits(join(pre(t), link))) ?? shortenWords(title, (t) => keepsRange(title, t) && fits(join(pre(t), link)));
        const step = cut ? 'title-shortened' : 'title';
        m = { titlePart: cut ?? '', actionPart: '', nextPart: '', steps: [...m.steps, step] };
        // Cutting the word with ë or ï ("geïnformeerd") can turn the message into GSM-7: 160 characters
        // instead of 70. Then the action and the next update get the room, by the same rule.
        const flipped = cut && smsEncoding(toSmsText(join(dot(pre(title)), dot(action), dot(next), link))) === 'ucs2' && smsEncoding(toSmsText(whole())) === 'gsm7';
        if (flipped) {
          const again = fill(cut);
          m = { ...again, steps: [...again.steps, step] };
        }
      }
      // When the title and the first action are whole, the other urgent actions follow it in the room left, each shortened
      // before left out (sms-urgent-more.ts), in one part too: trial W's first SMS left out "Do not turn your meter back on
      // yourself". A two-part boil-water SMS left out "Voelt u zich ziek? Bel uw huisarts …" with 83 characters to spare; "Booked
      // assisted travel goes ahead by taxi" went without its who (trial O). An emergency line said already (laterEmergencyLine) is not said again.
      if (view && !view.resolved && m.steps.every((s) => s === 'next')) {
        const more = (nextPart: string) => moreUrgent(view.actions.slice(1).filter((b) => b.urgent && !(line && b.label.includes(plainLine))), m.actionPart, view.title, ctx.lang, (p) => fits(join(pre(m.titlePart), p, nextPart, link)));
        const [kept, gone] = [more(m.nextPart), m.nextPart ? more('') : undefined];
        m = gone && gone.said > kept.said ? { ...m, actionPart: gone.part, nextPart: '', steps: [...m.steps, 'next'] } : { ...m, actionPart: kept.part };
      }
      // Who the first action is for, left out to fit where it may (whoMayGo): said.
      const shortened = short?.cut && m.actionPart === dot(action) ? ['action-shortened', ...m.steps] : asked && !short && bare !== withWho && m.actionPart && !m.steps.includes('action') && !m.steps.includes('who') ? ['who', ...m.steps] : m.steps;
      const text = toSmsText(whole());
      return { m, shortened, text };
    };
    const plain = build('');
    const phased = phase ? build(phase) : undefined;
    // The phase label is the first to give way: only where it costs nothing the SMS says without it (sms-phase.ts, trial W).
    const keep = phased && phaseKept(plain.m, phased.m, phased.shortened, phaseMayCost(incident, view, ctx.now, ctx.lang));
    const built = keep ? phased : phased ? { ...plain, shortened: [...plain.shortened, 'phase'] } : plain;
    const { text } = built;
    const cutTitle = titleCut && !built.shortened.includes('title-shortened') ? [...built.shortened, 'title-shortened'] : built.shortened;
    // The closing's first sentence, left out because it says the title again (sms-closing.ts, trial S): said to the desk.
    const shortened = closed && view?.summary && !closed.closing.startsWith(view.summary) ? [...cutTitle, 'summary'] : cutTitle;
    return { text, shortened, lead, built, phase, title, next };
  };
  // A title that names no place names the first of Affects where there is room (sms-affects-place.ts).
  const compose = (v: IncidentView | undefined) => ((p) => placeOrNot(p === v?.title ? undefined : composeAs({ ...v!, title: p! }), composeAs(v), emergencyTest(payload.channels, ctx.lang)))(v && titleWithPlace(v.title, v.affects, v.id));
  // The urgent actions added in this update first (sms-news.ts); when the first cannot go with whom it is for, the next one
  // that can, else none (trial R: "Use the battery and call our medical equipment line" went to every reader).
  const ordered = incident && view && !view.resolved ? newFirst(incident, view, ctx.lang, emergencyTest(payload.channels, ctx.lang)) : { view, fresh: 0 };
  // The action every language says (sms-plan.ts): first, or none.
  const forced = plan && ordered.view && !ordered.view.resolved ? (plan.action === null ? [] : [view!.actions[plan.action]!]) : undefined;
  const [forcedNew, first] = [!!forced?.[0] && ordered.view!.actions.indexOf(forced[0]) < ordered.fresh, ordered.view?.actions[0]];
  if (forced) ordered.view = { ...ordered.view!, actions: forced.length ? [...forced, ...ordered.view!.actions.filter((a) => !forced.includes(a))] : [] };
  let chosen = compose(ordered.view);
  let leadNew = forced ? forcedNew : ordered.fresh > 0;
  const urgentCount = forced ? 0 : ordered.view?.actions.filter((a) => a.urgent).length ?? 0;
  for (let k = 1; k < urgentCount && chosen.shortened.includes('action'); k++) {
    const acts = ordered.view!.actions;
    const other = compose({ ...ordered.view!, actions: [acts[k]!, ...acts.filter((_, j) => j !== k)] });
    if (!other.shortened.includes('action')) [chosen, leadNew] = [{ ...other, shortened: ['action', ...other.shortened] }, k < ordered.fresh];
  }
  const { lead } = chosen;
  let { text, shortened } = chosen;
  // The news of an update with the same title, before what the reader heard already (sms-news.ts).
  const news = incident && view && plan?.news !== false ? smsNews(incident, view, ctx.lang) : '';
  if (news) {
    const b = chosen.built;
    const kept = b.m.actionPart;
    const said = withNews({ phase: chosen.phase, phaseKept: !shortened.includes('phase'), title: chosen.title, titlePart: b.m.titlePart, next: dot(chosen.next), nextKept: !!b.m.nextPart, actionPart: kept, link, steps: shortened }, news, leadNew && !!kept, (s) => smsFits(toSmsText(s), parts), ctx.lang);
    if (said) [text, shortened] = [said.text, said.steps];
    else shortened = [...shortened, 'news'];
  }
  // What this language carries, for the plan the languages share; what that plan left out is said to the desk too.
  const natural = incident && view ? smsNews(incident, view, ctx.lang) : '';
  const has = (s: string | undefined, step: string) => !!s && !shortened.includes(step);
  const dropped = [[forced?.length === 0 && !!view?.actions.length, 'action'], [!!plan && !plan.next && !!view?.nextTime, 'next'], [!!plan && !plan.phase && !has(news, 'news') && !!incident && !!view && !!smsPhase(incident, view, ctx.t, { now: ctx.now, lang: ctx.lang }), 'phase'], [!!natural && !news, 'news']] as const;
  const at = (lead: readonly string[]) => shortened.findIndex((x) => !lead.includes(x)); // each where the rule says it
  for (const [gone, step] of dropped) {
    const i = step === 'action' ? at(['who', 'next']) : step === 'next' ? at(['who']) : -1;
    if (gone && !shortened.includes(step)) shortened = i < 0 ? [...shortened, step] : [...shortened.slice(0, i), step, ...shortened.slice(i)];
  }
  const carried: SmsPlan = { action: lead && view && !view.resolved && !shortened.includes('action') ? view.actions.indexOf(lead) : null, next: has(chosen.next, 'next'), phase: has(chosen.phase, 'phase') && text.startsWith(`${toSmsText(chosen.phase)}: `), news: has(news, 'news') };
  const encoding = smsEncoding(text);
  const characters = smsUnits(text, encoding);
  // Without even a word of the title the message says nothing: that does not count as fitting.
  const ok = smsFits(toSmsText(text), parts) && !shortened.includes('title');
  const result: SmsResult = { text, encoding, characters, limit: smsBudget(encoding, parts), parts: smsParts(text), fits: ok, shortened, lang: ctx.lang, incident: incident?.id, others: others.map((i) => i.id) };
  const outage = smsOutage(incident ? [incident, ...others] : [], ctx.lang);
  // Also when the shared plan left the action out: two parts may carry it (trial R's note).
  const twoParts = parts === 1 && !opts.quick && (lead ?? first)?.urgent === true && view?.resolved === false && wholeInTwo(payload, opts, shortened);
  return { result: { ...result, ...(warning ? { linkLeftOut: warning.linkLeftOut } : {}), ...(outage ? { smsOutage: outage } : {}), ...(twoParts ? { twoParts } : {}) }, plan: carried };
});
