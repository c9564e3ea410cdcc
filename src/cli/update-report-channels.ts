/**
 * What the SMS, the phone message and the social post start with after an update, made by the functions `clearline export`
 * uses (update-report.ts says it under the question whether the title still holds), and whether the SMS says what is new.
 * Trial Y: after every update the CLI said "The SMS, the phone message and the social post start with both: "Boil water
 * advisory for ZIP codes 60617, 60619, 60633", then "Do not drink tap water …"", while the SMS carried neither whole
 * ("Boil water advisory for ZIP codes 60617... Boil tap water …"); and at 6 p.m. the SMS was the 6 a.m. one byte for byte,
 * with the repaired main in no short channel, and nothing told the desk.
 */
import type { UiLanguage } from '../i18n/terms.js';
import { validatePayload, type Incident, type StatusPayload } from '../feed/schema.js';
import { stampPayload } from '../feed/sign.js';
import { exportIvr } from '../export/ivr.js';
import { exportSms } from '../export/sms.js';
import { exportSocial } from '../export/social.js';
import { newSincePrevious } from '../export/known-news.js';
import { answeredSentences, plainParagraphs } from '../export/plain.js';
import { feedLanguages } from '../export/text.js';
import { textIn } from '../lint/walk.js';
import { shellArg } from '../lint/shell.js';
import type { Obj } from './command.js';

type Channel = 'sms' | 'ivr' | 'social';

export interface ChannelReport {
  /** What each channel starts with, as exported now (a channel the feed cannot make, such as a phone message without a phone line, is absent). */
  starts: Partial<Record<Channel, string>>;
  /** The sentences of what we know that are new since the previous update, and the channels that say one of them. */
  news: string[];
  carries: Partial<Record<Channel, boolean>>;
  /** The SMS says no news and is word for word the one the feed before the update gave. */
  smsSame: boolean;
  /** Two SMS parts say the news where one does not. */
  twoParts: boolean;
}

/** Letters and digits only, lower case: the SMS writes quotes and dashes its own way. */
const loose = (s: string) => (s.toLowerCase().match(/[\p{L}\d]+/gu) ?? []).join(' ');
const says = (text: string | undefined, news: readonly string[]) => !!text && news.some((s) => loose(text).includes(loose(s)));

/** The start of a channel's text on one line, without the status link at its end, cut after a word at 120 characters. */
export function startOf(text: string, link?: string): string {
  let s = text.replace(/\s+/g, ' ').trim();
  if (link && s.endsWith(link)) s = s.slice(0, -link.length).trim();
  if (s.length <= 120) return s;
  return `${s.slice(0, 120).replace(/\s+\S*$/, '')} …`;
}

/** The payload a plain feed gives, as `clearline export` stamps and checks it; null when it is not valid. */
function payloadOf(doc: Obj, now: number): StatusPayload | null {
  const r = validatePayload('status', stampPayload(doc, 3_600_000, now));
  return r.ok ? r.value : null;
}

/** The news: what we know's sentences after the first that the previous update lacked, else the first when it is new. */
function newsOf(incident: Incident, lang: string): string[] {
  const sentences = plainParagraphs(textIn(incident.known, lang)).flatMap((p) => answeredSentences(p));
  const fresh = newSincePrevious(incident, lang, sentences);
  const later = sentences.filter((_, i) => i > 0 && fresh[i]);
  return later.length ? later : fresh[0] ? sentences.slice(0, 1) : [];
}

/** The channels as `clearline export` makes them for incident `id` at `now`, from the feed after the update (`doc`) and before it (`before`). */
export function channelReport(doc: Obj, before: Obj, id: string, desk: UiLanguage, now: number): ChannelReport | null {
  const payload = payloadOf(doc, now);
  const incident = payload?.incidents.find((i) => i.id === id);
  if (!payload || !incident) return null;
  const langs = feedLanguages(payload);
  const lang = langs.find((l) => l.split('-')[0] === desk) ?? langs[0];
  const opts = { incident: id, lang, now };
  const link = payload.status_url ?? (typeof payload.publisher.url === 'string' ? payload.publisher.url : undefined);
  const tried = <T>(f: () => T) => {
    try {
      return f();
    } catch {
      return undefined;
    }
  };
  const texts: Partial<Record<Channel, string>> = {
    sms: tried(() => exportSms(payload, opts).text),
    ivr: tried(() => exportIvr(payload, opts).text),
    social: tried(() => exportSocial(payload, opts).posts[0]?.text),
  };
  const news = lang ? newsOf(incident, lang) : [];
  const starts: Partial<Record<Channel, string>> = {};
  const carries: Partial<Record<Channel, boolean>> = {};
  for (const c of ['sms', 'ivr', 'social'] as const) {
    const text = texts[c];
    if (text === undefined) continue;
    starts[c] = startOf(text, link);
    carries[c] = says(text, news);
  }
  const quiet = news.length > 0 && texts.sms !== undefined && !carries.sms;
  const old = quiet ? payloadOf(before, now) : null;
  const smsSame = !!old && tried(() => exportSms(old, opts).text) === texts.sms;
  const twoParts = quiet && says(tried(() => exportSms(payload, { ...opts, parts: 2 }).text), news);
  return { starts, news, carries, smsSame, twoParts };
}

const NAMES = {
  en: { sms: 'the SMS', ivr: 'the phone message', social: 'the social post' },
  nl: { sms: 'de sms', ivr: 'het telefoonbericht', social: 'het bericht op sociale media' },
} as const;

const listed = (items: string[], lang: UiLanguage) => new Intl.ListFormat(lang === 'en' ? 'en-GB' : 'nl', { type: 'conjunction' }).format(items);

/** "Each channel now starts: the SMS "…"; the phone message "…"; …" ('' when none could be made). */
export function startsSaid(r: ChannelReport, lang: UiLanguage): string {
  const parts = (['sms', 'ivr', 'social'] as const).filter((c) => r.starts[c] !== undefined).map((c) => `${NAMES[lang][c]} "${r.starts[c]}"`);
  if (!parts.length) return '';
  return lang === 'en' ? `As exported now, ${parts.join('; ')}.` : `Zoals ze nu worden geëxporteerd: ${parts.join('; ')}.`;
}

/** When the update has news and the SMS does not say it: so, plainly, with `--parts 2` when two parts say it, else where it is. */
export function smsNewsSaid(r: ChannelReport, file: string, lang: UiLanguage): string | null {
  if (!r.news.length || r.starts.sms === undefined || r.carries.sms) return null;
  const news = r.news[0]!;
  const where = [lang === 'en' ? 'on the website' : 'op de website', ...(['ivr', 'social'] as const).filter((c) => r.carries[c]).map((c) => `in ${NAMES[lang][c]}`)];
  const command = `clearline export ${shellArg(file)} --to sms --parts 2`;
  if (lang === 'en') {
    const head = r.smsSame ? `The SMS repeats the previous one word for word: it says nothing of what is new ("${news}").` : `The SMS says nothing of what is new ("${news}").`;
    return `${head} ${r.twoParts ? `Two SMS parts do: ${command}` : `What is new is only ${listed(where, lang)}.`}`;
  }
  const head = r.smsSame ? `De sms herhaalt de vorige woord voor woord: hij zegt niets van wat nieuw is ("${news}").` : `De sms zegt niets van wat nieuw is ("${news}").`;
  return `${head} ${r.twoParts ? `Twee sms-delen wel: ${command}` : `Wat nieuw is, staat alleen ${listed(where, lang)}.`}`;
}
