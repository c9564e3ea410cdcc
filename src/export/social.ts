/**
 * One social post per language: title, what is going on, the most urgent action (with whom it is for: social-who.ts), the next
 * update and the status link, at most 280 characters with the link counted in full (so it fits
 * X, Mastodon and Bluesky whatever they shorten). Shortened by rule, never mid-word: the next
 * update goes first, then the summary and the action are shortened, then the title. One incident
 * per post; the result names the open incidents left out (`others`). The number the action calls follows it when its
 * label does not say it and the post fits with it whole; an emergency line's number (Card Stop, 112) in every language,
 * the next update and what we know giving way for it (trial U: the Dutch post lost 078 170 170, the English kept it).
 * Beside another open incident's warning against fake messages, that warning's urgent action (social-fraud.ts). When an open incident warns against links in messages
 * (link-warning.ts), the post has no link: the sentence the SMS and e-mail use ("Kijk zelf op de website van …") takes
 * its place (`linkLeftOut`). The news since the previous update follows the first sentence; when it does not fit, an action
 * the reader got before that the title or the first sentence already says gives way for it (social-news.ts, trial Y).
 */
import { resolvedTitle } from './resolved-title.js';
import { answeredSentences, meaningfulCut, sentenceEnd, shortenWords } from './plain.js';
import { labelWithAddress, linksLeftOut, webAddresses, type LinkLeftOut } from './link-warning.js';
import type { Channel, Incident, StatusPayload } from '../feed/schema.js';
import { emergencyTest } from './sms-emergency.js';
import type { FraudLine } from './fraud-line.js';
import { withFraudPosts } from './social-fraud.js';
import { actionWithWho } from './social-who.js';
import { knownWithRoom } from './known-room.js';
import { actionGivesWay, newsAfterFirst } from './social-news.js';
import { chooseIncident, context, feedLanguages, incidentView, otherOpenIncidents, type ActionView, type ExportOptions } from './text.js';

export const SOCIAL_LIMIT = 280;

/**
 * Post length as X counts it: most Latin, Greek and Cyrillic characters and common punctuation
 * count once, everything else (CJK, emoji) twice; an emoji sequence counts as one emoji.
 */
export function socialLength(text: string): number {
  let n = 0;
  const seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of seg.segment(text)) {
    const cp = segment.codePointAt(0)!;
    const light = cp <= 0x10ff || (cp >= 0x2000 && cp <= 0x200d) || (cp >= 0x2010 && cp <= 0x201f) || (cp >= 0x2032 && cp <= 0x2037);
    n += light && segment.length === 1 ? 1 : light ? segment.length : 2;
  }
  return n;
}

export interface SocialPost {
  lang: string;
  text: string;
  length: number;
  limit: number;
  fits: boolean;
  shortened: string[];
}

export interface SocialResult {
  posts: SocialPost[];
  /** The incident the posts are about (none when all is clear): a post holds one. */
  incident?: string;
  /** The open incidents they leave out, most severe first, for a caller to say so. */
  others: string[];
  /** Set when the posts have no status link, and why: as `SmsResult.linkLeftOut` (`kept`: addresses the text still names). */
  linkLeftOut?: LinkLeftOut;
  /** Another open incident warns against fake messages in our name: its urgent action went in (`said`), or did not fit. */
  fraudLine?: FraudLine;
}

/** sentenceEnd, and nothing for nothing (a next update or action that is not there). */
const dot = (s: string) => s && sentenceEnd(s);

/** What a post may carry besides its own incident: another open incident's warning against fake messages (social-fraud.ts). */
export interface PostExtra {
  fraud?: string;
  /** Set when the action's emergency number would cost words of the action or the title: the post as without it. */
  noEmergency?: boolean;
}

/** Whether an urgent action dials an emergency line: a channel marked `emergency` (Card Stop) or 112, 999, 911 (sms-emergency.ts). */
const emergencyNumber = (a: ActionView, resolved: boolean, channels: readonly Channel[], lang: string): boolean =>
  !resolved && a.urgent && !!a.href?.startsWith('tel:') && emergencyTest(channels, lang)(a.href.slice(4));

function post(payload: StatusPayload, opts: ExportOptions, lang: string, incident: Incident | undefined, others: readonly Incident[], extra: PostExtra = {}): SocialPost {
  const ctx = context(payload, { ...opts, lang });
  const view = incident ? incidentView(ctx, incident) : undefined;
  // A post from us with a link, right after "Klik niet op links in berichten …", is distrusted and teaches people to
  // click: then it says where to look instead, as the SMS and the e-mail do.
  const warning = incident ? linksLeftOut([incident, ...others], ctx) : undefined;
  const link = warning ? warning.lookYourself : ctx.statusUrl;
  // A resolved incident says so before its title: an all-clear must never read as a new alert.
  let title = view ? (view.resolved ? resolvedTitle(view.phase, view.title) : view.title) : ctx.t.allClear;
  let summary = view ? view.summary : ctx.t.allClearDetail;
  const lead = view?.actions[0];
  const promised = view?.nextTime ? dot(view.overdue ? ctx.t.bannerLate(view.nextTime) : ctx.t.bannerNextUpdate(view.nextTime)) : '';
  let next = promised;
  const fraud = extra.fraud ?? '';
  // With whom it is for, as the SMS says it: measured beside the title, the fake-message line and the link (social-who.ts).
  const bareFits = (a: string) => socialLength([dot(title), dot(a), fraud, link].filter(Boolean).join('\n')) <= SOCIAL_LIMIT;
  const said = lead && !view.resolved ? actionWithWho(lead, view.title, lang, bareFits) : lead?.label;
  let action = said ? dot(said) : '';
  const compose = () => [dot(title), summary, action, fraud, next, link].filter(Boolean).join('\n');
  const fits = () => socialLength(compose()) <= SOCIAL_LIMIT;
  // The number the action calls ("Bel de taxilijn", tel:…) follows it when its label does not say it, as in the e-mail and
  // the SMS: a post's reader cannot tap the action. Before the label's full stop: "… de taxilijn (088 123 4599).", not
  // "taxilijn. (088 123 4599)." (after the line's name instead when another line follows: number-place.ts). An urgent
  // action's emergency line (Card Stop, 112) keeps its number in every language:
  // the next update and what we know give way for it (emergencyNumber); any other only when everything else fits with it.
  const numbered = lead?.href?.startsWith('tel:') ? dot(labelWithAddress(said!.replace(/(?<=[^.])\.$/, ''), lead.href, ctx, lead.who)) : action;
  const byEmergency = numbered !== action && !extra.noEmergency && emergencyNumber(lead!, view!.resolved, payload.channels, lang);
  if (byEmergency) action = numbered;
  else if (numbered !== action && fits()) {
    const bare = action;
    action = numbered;
    if (!fits()) action = bare;
  }
  // A resolved incident's closing text: its first sentence and the whole sentences after it that fit, as in the SMS. A
  // lifted boil-water advice's post said "Laat uw kranen 2 minuten lopen, …" but not that the advice is lifted or the
  // ice cubes, with 129 of its 280 characters to spare.
  if (view?.resolved && view.summary && fits()) {
    for (const s of answeredSentences((view.known[0] ?? '').slice(view.summary.length).trim())) {
      const before = summary;
      summary = `${summary} ${s}`;
      if (!fits()) {
        summary = before;
        break;
      }
    }
  }
  // An incident going on: the news since the previous update and the next sentences, whole, while they fit (known-room.ts).
  else if (view?.summary && fits()) summary = knownWithRoom(incident!, lang, view, (k) => ((summary = k), fits()));
  // The news since the previous update when none went in: when the title or the first sentence says the action the reader
  // got before, in its room, measured without the next update, which comes back below when it fits (social-news.ts, trial Y:
  // the 6 p.m. post said again what it said at 6 a.m., and "The broken main … was repaired at 5:15 p.m." was in no post).
  const news = view && !view.resolved && view.summary && !fraud ? newsAfterFirst(incident!, lang, view) : [];
  const carried = () => news.some((s) => summary.includes(s));
  let made: string[] = [];
  if (news.length && !carried() && !byEmergency && actionGivesWay(incident!, lang, view!, summary)) {
    const [bareAction, bareSummary] = [action, summary];
    [action, next] = ['', ''];
    summary = knownWithRoom(incident!, lang, view!, (k) => ((summary = k), fits()));
    if (carried()) made = [...(promised ? ['next'] : []), 'action-said'];
    else [action, summary, next] = [bareAction, bareSummary, promised];
  }
  const shortened: string[] = made;
  const cut = (key: string, get: () => string, set: (s: string) => void) => {
    if (fits() || !get()) return;
    const whole = get();
    // Not to a fragment: "Rond 02:00 is een…" went out as a heat company's post (trial N); the whole sentences before it, or none.
    const short = meaningfulCut(whole, shortenWords(whole, (s) => (set(s), fits())));
    set(short ?? '');
    shortened.push(short ? `${key}-shortened` : key);
  };
  if (!fits() && next) {
    next = '';
    shortened.push('next');
  }
  // Beside a warning against fake messages what we know goes whole, never to a fragment (social-fraud.ts).
  if (fraud && !fits() && summary) {
    summary = '';
    shortened.push('summary');
  }
  cut('summary', () => summary, (s) => (summary = s));
  // The number never costs a word of the action or the title: then the post is as it was without it.
  if (byEmergency && !fits()) {
    const without = post(payload, opts, lang, incident, others, { ...extra, noEmergency: true });
    return { ...without, shortened: [...without.shortened, 'number'] };
  }
  cut('action', () => action, (s) => (action = s));
  cut('title', () => title, (s) => (title = s));
  // The next update comes back when what we know made room for it: it went first, before anything was measured without it.
  if (shortened.includes('next') && !shortened.includes('title')) {
    next = promised;
    if (fits()) shortened.splice(shortened.indexOf('next'), 1);
    else next = '';
  }
  const text = compose();
  const length = socialLength(text);
  return { lang, text, length, limit: SOCIAL_LIMIT, fits: length <= SOCIAL_LIMIT && !shortened.includes('title'), shortened };
}

/** One post per language of the feed, or only `opts.lang`. */
export function exportSocial(payload: StatusPayload, opts: ExportOptions = {}): SocialResult {
  const langs = opts.lang ? [opts.lang] : feedLanguages(payload);
  const now = opts.now ?? Date.now();
  const incident = chooseIncident(payload, opts.incident, now);
  const others = otherOpenIncidents(payload, incident, now);
  // Beside another open incident's warning against fake messages in our name, its urgent action when it fits (social-fraud.ts).
  const resolved = incident?.phase === 'resolved';
  const { posts, fraudLine } = withFraudPosts(langs, feedLanguages(payload), incident ? others : [], resolved, (lang, fraud) => post(payload, opts, lang, incident, others, { fraud }));
  const result: SocialResult = { posts, incident: incident?.id, others: others.map((i) => i.id), ...(fraudLine ? { fraudLine } : {}) };
  // The words as the first post's language says them; and what the export could not take out: an address in the
  // publisher's own sentences, which the platforms turn into a link.
  const warning = incident && linksLeftOut([incident, ...others], context(payload, { ...opts, lang: langs[0] }))?.linkLeftOut;
  if (!warning) return result;
  const kept = webAddresses(posts.map((p) => p.text).join('\n'));
  return { ...result, linkLeftOut: kept.length ? { ...warning, kept } : warning };
}
