/**
 * The phone line's waiting message (`ivr`: plain text to record or read out; `ssml`: the same
 * message for a text-to-speech engine). What is going on (the lead's title and first sentence), then the emergency lines
 * when there are any, then the rest of what we know while there is time, what we don't know yet (ivr-unknown.ts), the title of every other
 * open incident, each one's most urgent action when it has no web page (never dropped for the lead unless heard before and another added; another incident's gives way before the lead's: ivr-wait.ts; the lead's other urgent ones when there is time: ivr-todo.ts),
 * the expected wait on this line and why, what callers can do instead, and when the lead's next update comes. At most 45 seconds
 * at 150 words a minute; shortened by rule (ivr-fit.ts), never cut. What is new since the previous update (known-news.ts) is kept longest of what may
 * go, after the lead's urgent action page and its urgent actions (ivr-action-rank.ts); the first urgent action's sentences after what to do and its emergency line
 * (ivr-todo.ts) go after the thanks.
 *
 * The SSML uses only what Amazon Polly, Twilio <Say> and Google Text-to-Speech all accept:
 * speak, break, say-as (time, telephone), prosody rate and lang. Every phone number said is marked as one, also one
 * in a sentence ("In an emergency, call 999.": ssml.ts).
 */
import type { StatusPayload } from '../feed/schema.js';
import { channelChoice, channelIdFor } from '../feed/channel-pick.js';
import { context, coveredIncidents, dialLang, ExportError, numbersLang, shortAddress, channelViews, incidentView, type ExportOptions, type IncidentView } from './text.js';
import { xmlAttr } from './xml.js';
import { startBefore, withPhase } from './phase-title.js';
import { actionNumbers, addTodo, beforeAddress, callSentence } from './ivr-todo.js';
import { addLeadTodos, ESTIMATE_RANK, FIRST_NEWS_RANK, REASON_RANK } from './ivr-news.js';
import { isEstimate } from './estimate.js';
import { emergencyLineSentence } from './ivr-emergency.js';
import { HOW_MANY_RANK, NOT_AFFECTED_RANK, saysHowMany, saysNotAffected } from './ivr-scope.js';
import { askedFirst, coveredQuestion, mayAsk } from './ivr-condition.js';
import { emergencyAfterFirst } from './ivr-follow-up.js';
import { emergencySaid } from './ivr-called-for.js';
import { closedNow, closedSentence } from './ivr-closed.js';
import { spokenSentence, ssmlSentence, type Sentence } from './ssml.js';
import { knownAfterSummary, resolvedTitle } from './plain.js';
import { newSincePrevious } from './known-news.js';
import { addUnknown } from './ivr-unknown.js';
import { callerNeeds, knownRank } from './ivr-need.js';
import { keepUsedChannels } from './ivr-use-channel.js';
import { ANNOUNCED_RANK, EXAMPLES_RANK, IVR_LIMITS, measure, pieceText, SUMMARY_RANK, type Part } from './ivr-fit.js';
import { isAnnounced } from '../feed/announced.js';
import { otherTodoRank, waitPart } from './ivr-wait.js';
import { goingOn } from '../feed/going-on.js';
import { fitNeverBare, notSaidBefore, noticeSentence, OTHER_LAST_RANK, otherIncidentPart, sameLeadIn, summaryRepeats } from './ivr-never-bare.js';

export { IVR_LIMITS, spokenWords } from './ivr-fit.js';

export interface IvrOptions extends ExportOptions {
  /** The id of the line the caller waits on; default: the first ordinary phone channel. */
  channel?: string;
}

export interface IvrResult {
  /** The message as plain text. */
  text: string;
  /** The same message as SSML. */
  ssml: string;
  /** Words as a listener hears them (a phone number counts its digits, also one in a sentence). */
  words: number;
  /** Estimated length in seconds at 150 words a minute, pauses included. */
  seconds: number;
  /** Within the 45-second budget. */
  fits: boolean;
  /**
   * Which optional sentences were left out to fit, in the order they were dropped ("summary": the lead's first sentence of
   * what we know); first the urgent actions not said because an emergency line said makes their only call
   * (`covered-<incident>-<N>`). An action's N is its number in the feed, 1-based (`todo-<incident>-<N>`).
   */
  dropped: string[];
  lang: string;
  channel: string;
  /** The incidents the message names, lead first (every open one; the lead also when resolved). */
  incidents: string[];
  /** The longest sentence said, as the voice says it, with its key (as in `dropped`) and its seconds: what to shorten first when it does not fit (ivr-over.ts). */
  longest?: { key: string; text: string; seconds: number };
}

/** BCP 47 with a region, as TTS engines want it ("nl" -> "nl-NL"). */
export function voiceLang(lang: string): string {
  if (lang.includes('-')) return lang;
  return { nl: 'nl-NL', en: 'en-GB', de: 'de-DE', fr: 'fr-FR' }[lang.toLowerCase()] ?? lang;
}

/**
 * The line callers wait on when none is named: the first ordinary phone line for everyone (not `restricted`) in the
 * publisher's order. Never an emergency line by default: a message before a gas-smell caller reaches someone
 * keeps a person in danger waiting (`--channel` still makes one there). `lint --for ivr` checks
 * the same line, so both mean the same thing ("there is no ordinary phone line").
 */
export function defaultPhoneLine<C extends { kind: string; emergency?: boolean; restricted?: boolean }>(channels: readonly C[]): C | undefined {
  return channels.find((c) => c.kind === 'phone' && !c.emergency && !c.restricted) ?? channels.find((c) => c.kind === 'phone' && !c.emergency);
}

/**
 * The lines a publisher's own waiting message speaks for: the one `export --to ivr` picks, and any other ordinary line given
 * a wait. `lint --for ivr` and lint's phone-message-too-long check these; a partner's number listed for readers has none.
 */
export function waitingLines<C extends { kind: string; emergency?: boolean; restricted?: boolean; wait_minutes?: number }>(channels: readonly C[]): C[] {
  const phones = channels.filter((c) => c.kind === 'phone' && !c.emergency);
  const first = defaultPhoneLine(phones);
  return phones.filter((c) => c === first || c.wait_minutes !== undefined);
}

export function exportIvr(payload: StatusPayload, opts: IvrOptions = {}): IvrResult {
  const ctx = context(payload, opts);
  const { t, x } = ctx;
  const channels = channelViews(ctx);
  // The publisher's order, as lint's, not the readers': a line only urgent reasons name goes first there, and a
  // municipality's message was made for its birth and death registration line, not for its main number (trial M).
  // --channel by id or by the name readers see ("Storingslijn"): nobody remembers phone-3 (trial N).
  const wanted = opts.channel === undefined ? defaultPhoneLine(payload.channels)?.id : channelIdFor(payload.channels, opts.channel);
  const line = channels.find((c) => c.id === wanted);
  if (!line) {
    const emergency = channels.find((c) => c.kind === 'phone');
    throw new ExportError(
      'no-channel',
      opts.channel
        ? `there is no channel "${opts.channel}", or more than one has that name (the feed has: ${payload.channels.map((c) => channelChoice(c, ctx.lang)).join(', ')})`
        : emergency
          ? `the feed has no ordinary phone line, only the emergency line "${emergency.id}"; a waiting message there keeps callers in danger waiting. If that line does need one, give --channel ${emergency.id}`
          : 'the feed has no phone channel; give --channel ID',
    );
  }
  // The lead incident (asked for, else the most severe) and every other open one: a phone line
  // serves every caller, so nobody waits 45 minutes without hearing their incident named.
  const covered = coveredIncidents(payload, opts.incident, ctx.now, true);
  const views = covered.map((i) => incidentView(ctx, i));
  const view = views[0];
  // Callers hear the lead's promised update: "The next update is at 11:30 AM" said after a boil water advisory was the
  // billing notice's, the advisory's was the next day (trial Y). Only a lead that promises none (resolved) gives the soonest
  // of the others' (a late one is the soonest).
  const nextMs = (i: (typeof covered)[number]) => (i.phase !== 'resolved' && i.next_update_at ? Date.parse(i.next_update_at) : Infinity);
  const promised = covered[0] && nextMs(covered[0]) < Infinity ? view : views[covered.reduce((best, inc, i) => (nextMs(inc) < nextMs(covered[best]!) ? i : best), 0)];
  // Counted: incidents going on. A notice ("Afspraak afgezegd? Wij bellen u") and one announced for tomorrow are no
  // "actuele storingen": at a hospital's all-clear the line said "Er zijn 2 actuele storingen" for those two (trial Q).
  const open = covered.filter((i) => goingOn(i, ctx.now)).length;

  // Each sentence with a key, so the shortening rule can name what it left out.
  const parts: Part[] = [];
  const add = (key: string, sentence: Sentence, optional = 0, short?: Sentence, shortAt?: Part['shortAt']) => parts.push({ key, sentence, optional, short, shortAt });
  add('hello', [x.ivrHello(ctx.publisher)], 5);
  if (open > 1) add('count', [x.ivrOpen(t.openIncidents(open))], 2.5);
  // The rest of what we know after its first sentence, every paragraph, each sentence while there is time: a broadband
  // outage said "Broadband is down in Leeds." but not "Mobile calls and data work normally.", and a lifted boil-water
  // advice "Het kookadvies is opgeheven." but never "Laat uw kranen eerst 2 minuten lopen.", with 20 seconds to spare.
  // The last one first (`known-3`), after the greeting, the call-back and self-service pages and the other incidents'
  // action pages, before the lead's urgent action page, the count and the thanks: what to do outranks background. A
  // resolved lead (no actions) keeps its closing text (`closing-3`) longest, up to the first sentence itself.
  // What is new since the previous update (known-news.ts) is kept longest of all that may go, before the later urgent
  // actions: a caller who called before hears the news, not only what they heard then (trial L).
  const rest = view?.summary ? knownAfterSummary(view) : [];
  const news = view && !view.resolved ? newSincePrevious(covered[0]!, ctx.lang, rest) : [];
  // The lead's first sentence is the last thing shortened, unless callers heard it before and there is news: then it gives
  // way before the news, after the later urgent actions (SUMMARY_RANK). A hospital's 06:32 update said again that its
  // patient records had been down since 01:30, and left out that Tuesday's appointments were cancelled (trial Q).
  const heard = !!view?.summary && news.some(Boolean) && !newSincePrevious(covered[0]!, ctx.lang, [view.summary])[0];
  // Any news at all (the first sentence too): then what callers heard before gives way to it (ivr-news.ts, trial R).
  const anyNews = !!view && !view.resolved && !!covered[0]!.updates?.length && (news.some(Boolean) || (!!view.summary && newSincePrevious(covered[0]!, ctx.lang, [view.summary])[0]!));
  const firstNew = heard ? news.indexOf(true) : -1;
  // The lead's summary is the last thing shortened (see fitBudget; but see `heard`); every title of an incident going on
  // is always said. A resolved lead says so first, as the SMS does: "Opgelost: Geen water in Utrecht-Oost."; an empty
  // title (the studio previews while the desk types) is not said; one announced ahead says when it begins, unless its
  // title names the day (phase-title.ts).
  const titled = view?.title.trim() ? view.title : '';
  const lead = view?.resolved ? (titled ? `${resolvedTitle(view.phase, titled)}.` : `${view.phase}.`) : titled ? `${withPhase(startBefore(view!), titled)}.` : '';
  if (!view) add('what', [`${t.allClear}.`], 0);
  // A first sentence that begins with the title is said alone: "People posing as Éirgas engineers. People posing as Éirgas engineers may still call …" (trial W).
  else if (lead || view.summary) add('what', lead && !(view.summary && lead === `${titled}.` && summaryRepeats(titled, view.summary)) ? [lead, view.summary ? ` ${view.summary}` : ''] : [view.summary!], 0, view.summary && lead ? [lead] : undefined, heard && lead ? { rank: SUMMARY_RANK, key: 'summary' } : undefined);
  // The emergency lines right after the opening, before the rest of what we know and the actions, as a utility's or a
  // hospital's own line says it: a caller who smells gas heard "Gasstoring of gaslucht: hang op en bel 0800 9009" only
  // after all of what we know and the actions, 25 s in (demo/energy). Never dropped (fitBudget): the place, not the length.
  // A public emergency number (112, 911) only while what is going on calls for it (ivr-called-for.ts, trial S).
  // Not a text line (trial T: "Deaf? Text us"): "hang up and call" it told callers to dial a number that takes texts.
  const emergencyLines = channels.filter((c) => c.emergency && c.kind !== 'sms' && c.id !== line.id && emergencySaid(c, payload, ctx.now));
  // Each with when to call it or whom it is for, when the line says so (ivr-emergency.ts). Examples at the end of that
  // ("zoals pijn op de borst, …") give way before the lead's later urgent actions and what is new (EXAMPLES_RANK).
  const bareLines: [Part, (typeof channels)[number]][] = [];
  const sayEmergency = () =>
    emergencyLines.forEach((e) => {
      const { sentence, short, reasonless, reasoned } = emergencyLineSentence(e, ctx, anyNews);
      add('emergency', sentence, 0, short, short && (reasonless ? { rank: REASON_RANK, key: `reason-${e.id}` } : { rank: EXAMPLES_RANK, key: `examples-${e.id}` }));
      if (!reasoned && mayAsk(e, payload)) bareLines.push([parts[parts.length - 1]!, e]);
    });
  // The emergency lines come after the sentences that lead on from the first ("Until then, …", ivr-follow-up.ts), and
  // after the one that explains a first that is a heading ("ZIP code 60633: keep boiling.", trial Y); in an
  // all-clear after the whole closing news: "The strike ended at 00:01. 999 … All trams and buses run …" cut it in two,
  // and a quiet Friday morning sounded like an alarm (trial O). Their place only: never dropped (fitBudget).
  // A sentence that tells callers what to do or what still holds is kept before plain description (ivr-need.ts, trial Z).
  const need = view?.summary ? callerNeeds([view.summary, ...rest]).slice(1) : callerNeeds(rest);
  const at = open === 0 ? rest.length : view ? emergencyAfterFirst(view, rest) : 0;
  rest.forEach((s, i) => {
    if (i === at) sayEmergency();
    if (view!.resolved) add(`closing-${i + 2}`, [s], 0.5 + i / 100);
    // An estimate of when ("We expect most members to have power back by Thursday night") after the first news, before
    // the rest of the news and the later urgent actions: what most callers wait to hear (estimate.ts, trial T).
    // The first sentence on who is not affected, and then how many are (right after the first), kept with it (ivr-scope.ts, trial X).
    else add(`known-${i + 2}`, [s], i === rest.findIndex(saysNotAffected) ? NOT_AFFECTED_RANK : i === 0 && saysHowMany(s) && rest.some(saysNotAffected) ? HOW_MANY_RANK : i === firstNew ? FIRST_NEWS_RANK : isEstimate(s) ? ESTIMATE_RANK : knownRank(i, !!news[i], need[i]!));
  });
  if (at >= rest.length) sayEmergency();
  // What we don't know yet, after what we know and before what to do (ivr-unknown.ts): "Wat we nog niet weten: …".
  if (view) addUnknown(add, view, ctx);
  // An urgent action that calls an emergency line just said is not said again, or said without its number (ivr-todo.ts);
  // nor one that calls the line the caller is on: a repair line's callers heard "Bel ons als u hulp nodig heeft: 088 123
  // 4567", the number they were calling. Not on an emergency line: "Ga naar buiten en bel het storingsnummer" keeps its
  // number there, so a caller in danger does not wonder which number that is (export-ivr-call-once).
  const said = line.number && !line.emergency ? [...emergencyLines, line] : emergencyLines;
  // Urgent actions not said because an emergency line said just before makes their only call: named to the desk (trial T).
  const unsaid: string[] = [];
  const skip = (key: string) => unsaid.push(key);
  // The lead's urgent actions give way only after what we know, the news too (ivr-action-rank.ts).
  if (view && !view.resolved) for (const key of addLeadTodos(add, covered[0]!, view, ctx, said, anyNews, skip)) parts.find((p) => p.key === key)!.act = true;
  else if (view) addTodo(add, view, ctx, said, 0, actionNumbers(covered[0]!.actions ?? []), skip);
  for (const [i, v] of views.slice(1).entries()) {
    const named = v.resolved ? resolvedTitle(v.phase, v.title) : v.title;
    const title: Part | undefined = v.title.trim() ? { key: `also-${v.id}`, sentence: [`${named}.`], optional: 0 } : undefined;
    // Another incident's action gives way before the lead's, a less severe one's first (ivr-wait.ts, trials U and V); said
    // with its title, never a bare title: shortened, else the incident left out for "a second notice" (ivr-never-bare.ts).
    const rank = otherTodoRank(covered[0]!, covered[i + 1]!, i) || OTHER_LAST_RANK;
    const todo: Part[] = [];
    // One with no urgent action is no bare title either: its first action without a web page comes with it (trial X).
    const plain = !v.resolved && v.actions[0] && !v.actions[0].urgent && !isAnnounced(covered[i + 1]!, ctx.now);
    const asked = plain ? { ...v, actions: [{ ...v.actions[0]!, urgent: true }, ...v.actions.slice(1)] } : v;
    addTodo((key, sentence, optional = 0) => todo.push({ key, sentence, optional }), asked, ctx, said, rank, actionNumbers(covered[i + 1]!.actions ?? []), plain ? () => {} : skip);
    // The same urgent action as one said before is said once (ivr-never-bare.ts, trial Z).
    const once = notSaidBefore(parts, todo);
    if (title && once.length) parts.push(otherIncidentPart(v.id, `${named}.`, once, rank));
    else parts.push(...(title ? [title] : []), ...once);
    // The title of another incident announced ahead, with no urgent action said, gives way before the lead's news and
    // urgent actions: a hospital's general line said "Spoedeisende hulp neemt vanaf woensdag 07:00 weer ambulances aan"
    // and left out that Tuesday's appointments were cancelled (trial Q). Every incident going on is always named.
    if (title && !todo.length && isAnnounced(covered[i + 1]!, ctx.now)) title.optional = ANNOUNCED_RANK;
  }
  // A line said without when to call it, whose call an urgent action left out makes, asks that action's who first (ivr-condition.ts, trial X).
  for (const [p, e] of bareLines) {
    const q = coveredQuestion(e, unsaid, covered, ctx.lang);
    if (q) p.sentence = askedFirst(q, p.sentence);
  }
  // No wait known: nothing said of it ("U wordt zo geholpen" was said as a bank's queue peaked after its all-clear, trial E).
  // A line closed now by its opening hours says so and when it opens, not a wait nor "thank you for waiting" (ivr-closed.ts).
  const closed = closedSentence(ctx, line);
  if (closed) add('closed', closed, 0);
  // The wait's reason, and a short wait, give way before an urgent action (ivr-wait.ts, trial U).
  else if (line.waitMinutes !== undefined) parts.push(waitPart(t, line.wait, line.waitMinutes));
  const pages = urgentPages(views);
  // Call-back, self-service and a text line, each address said once (an urgent action may point to the same page); none closed now, none only for some (restricted).
  const instead = channels.filter((c) => !c.emergency && c.id !== line.id && (c.kind === 'callback' || c.kind === 'web' || c.kind === 'sms') && !pages.some((p) => p.href === c.href) && !closedNow(c) && !payload.channels.some((p) => p.id === c.id && p.restricted));
  const offered = ((line.waitMinutes ?? 0) > 0 || closed) && (instead.length || pages.length);
  if (offered) {
    add('instead', [closed ? x.ivrClosedInstead : x.ivrInstead], 2);
    // The lead's page is "action" (as lint knows it); other incidents' pages are dropped before it.
    for (const [i, p] of pages.entries()) add(p.id === view?.id ? 'action' : `action-${p.id}`, [beforeAddress(p.label), { slow: shortAddress(p.href, numbersLang(ctx)) }, '.'], p.id === view?.id ? 0.3 : 3.5 + i / 100);
    // A line to call (a call-back line on tel:) is said as a phone number, as every other number, not slowly as an address.
    // A text line (trial T) as the elements say it, "Report an outage by text: Text OUT to (316) 555-0142", its number said as one.
    for (const [i, c] of instead.entries()) add(`instead-${c.id}`, c.kind === 'sms' && c.number && c.named.endsWith(c.number) ? [c.named.slice(0, -c.number.length), { tel: c.number }, '.'] : c.kind === 'sms' ? callSentence('', c.named, `tel:${c.href.slice(4).replace(/\?.*/, '')}`, ctx) : c.number ? callSentence('', c.label, c.href, ctx) : [beforeAddress(c.label), { slow: shortAddress(c.href, numbersLang(ctx)) }, '.'], 4 + i);
  }
  if (promised && promised.next) {
    const [before, after] = promised.nextTime ? splitAround(promised.next, promised.nextTime) : [promised.next, ''];
    add('next', promised.nextTime ? [before, { time: promised.nextTime }, after] : [promised.next], 0);
  }
  if (!closed) add('thanks', [x.ivrThanks], 1);

  // A channel a title or action tells callers to use ("use our web form") is said with its address (ivr-use-channel.ts, trial Z).
  keepUsedChannels(parts, views.flatMap((v) => [v.title, ...v.actions.map((a) => a.label)]), channels.map((c) => ({ ...c, address: shortAddress(c.href) })));
  const fitted = fitNeverBare(parts, payload, (n) => noticeSentence(ctx.lang, n, views.length === 2));
  // The same lead-in ("Smell gas?") not twice with only emergency lines between (ivr-never-bare.ts).
  const { dropped, m } = fitted;
  const kept = sameLeadIn(fitted.kept);
  // An urgent action with a web page is never said itself: its page is offered among what callers can do instead, one per
  // incident and address, while there is a queue. Any other is named to the desk (`page-<incident>-<N>`), as the actions
  // left out are (trial T: the desk is told of every urgent action callers do not hear).
  covered.forEach((inc, k) =>
    views[k]!.resolved || (inc.actions ?? []).forEach((a, i) => {
      if (a.urgent && a.href?.startsWith('https:') && !(offered && pages.some((p) => p.href === a.href))) unsaid.push(`page-${inc.id}-${i + 1}`);
    }),
  );
  // As the voice says them, in the text to record as in the SSML: "(telecare)" said ", telecare".
  const sentences = kept.map((k) => spokenSentence(k.sentence, payload));
  const text = sentences.map((s) => s.map(pieceText).join('')).join(' ');
  // The voice of the place the numbers are dialled in (dialLang): a US feed's English by an American voice, as its clock
  // says "6:34 AM"; a Belgian feed's Dutch and French by a Flemish and a Belgian voice (a Flemish school's parents heard nl-NL).
  const vl = voiceLang(dialLang(ctx));
  const timed = kept.map((k, i) => ({ key: k.key, text: sentences[i]!.map(pieceText).join('').trim(), seconds: measure([k.sentence], payload).seconds }));
  const longest = timed.reduce<(typeof timed)[number] | undefined>((a, b) => (!a || b.seconds > a.seconds ? b : a), undefined);
  const ssml = `<speak><lang xml:lang="${xmlAttr(vl)}">${sentences.map((s) => ssmlSentence(s, payload)).join(`<break time="${IVR_LIMITS.pauseMs}ms"/>`)}</lang></speak>`;
  return { text, ssml, ...m, fits: m.seconds <= IVR_LIMITS.seconds, dropped: [...unsaid, ...dropped], lang: ctx.lang, channel: line.id, incidents: views.map((v) => v.id), longest };
}

/** Each incident's first urgent action with a web page, one per address, lead first. */
function urgentPages(views: IncidentView[]): { id: string; label: string; href: string }[] {
  const out: { id: string; label: string; href: string }[] = [];
  for (const v of views) {
    const a = v.actions.find((act) => act.urgent && act.href?.startsWith('https:'));
    if (a && !out.some((p) => p.href === a.href)) out.push({ id: v.id, label: a.label, href: a.href! });
  }
  return out;
}

function splitAround(sentence: string, part: string): [string, string] {
  const i = sentence.indexOf(part);
  return i < 0 ? [sentence, ''] : [sentence.slice(0, i), sentence.slice(i + part.length)];
}
