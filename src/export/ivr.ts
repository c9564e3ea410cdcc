/**
 * The phone line's waiting message (`ivr`: plain text to record or read out; `ssml`: the same
 * message for a text-to-speech engine). One sentence of what is going on, an emergency line when
 * there is one, the expected wait on this line and why, what callers can do instead, and when the
 * next update comes. At most 45 seconds at 150 words a minute; shortened by rule, never cut.
 *
 * The SSML uses only what Amazon Polly, Twilio <Say> and Google Text-to-Speech all accept:
 * speak, break, say-as (time, telephone), prosody rate and lang.
 */
import type { StatusPayload } from '../feed/schema.js';
import { chooseIncident, context, ExportError, shortAddress, channelViews, incidentView, type ExportOptions } from './text.js';
import { xmlAttr, xmlText } from './xml.js';

export const IVR_LIMITS = { seconds: 45, wordsPerMinute: 150, pauseMs: 400 } as const;

export interface IvrOptions extends ExportOptions {
  /** The id of the line the caller waits on; default: the first ordinary phone channel. */
  channel?: string;
}

/** A piece of the message: text, or a time / phone number that SSML marks up. */
type Piece = string | { time: string } | { tel: string } | { slow: string };
type Sentence = Piece[];

export interface IvrResult {
  /** The message as plain text. */
  text: string;
  /** The same message as SSML. */
  ssml: string;
  /** Words as a listener hears them (a phone number counts its digits). */
  words: number;
  /** Estimated length in seconds at 150 words a minute, pauses included. */
  seconds: number;
  /** Within the 45-second budget. */
  fits: boolean;
  /** Which optional sentences were left out to fit, in the order they were dropped. */
  dropped: string[];
  lang: string;
  channel: string;
}

const pieceText = (p: Piece) => (typeof p === 'string' ? p : 'time' in p ? p.time : 'tel' in p ? p.tel : p.slow);

/** Spoken words: "10:20" is about three, a phone number one per digit, an address one per part and separator. */
export function spokenWords(pieces: Piece[]): number {
  let n = 0;
  for (const p of pieces) {
    if (typeof p === 'object' && 'tel' in p) n += p.tel.replace(/\D/g, '').length;
    else if (typeof p === 'object' && 'time' in p) n += p.time.split(/\s+/).length + 2;
    else if (typeof p === 'object' && 'slow' in p) n += p.slow.split(/[./-]/).length * 2 - 1;
    else n += pieceText(p).split(/\s+/).filter((w) => /\w/.test(w)).length;
  }
  return n;
}

function measure(sentences: Sentence[]) {
  const words = sentences.reduce((n, s) => n + spokenWords(s), 0);
  const seconds = (words / IVR_LIMITS.wordsPerMinute) * 60 + (Math.max(0, sentences.length - 1) * IVR_LIMITS.pauseMs) / 1000;
  return { words, seconds: Math.round(seconds * 10) / 10 };
}

/** BCP 47 with a region, as TTS engines want it ("nl" -> "nl-NL"). */
export function voiceLang(lang: string): string {
  if (lang.includes('-')) return lang;
  return { nl: 'nl-NL', en: 'en-GB', de: 'de-DE', fr: 'fr-FR' }[lang.toLowerCase()] ?? lang;
}

export function exportIvr(payload: StatusPayload, opts: IvrOptions = {}): IvrResult {
  const ctx = context(payload, opts);
  const { t, x } = ctx;
  const channels = channelViews(ctx);
  const line = opts.channel
    ? channels.find((c) => c.id === opts.channel)
    : channels.find((c) => c.kind === 'phone' && !c.emergency) ?? channels.find((c) => c.kind === 'phone');
  if (!line) {
    throw new ExportError('no-channel', opts.channel ? `there is no channel "${opts.channel}" (the feed has: ${channels.map((c) => c.id).join(', ')})` : 'the feed has no phone channel; give --channel ID');
  }
  const incident = chooseIncident(payload, opts.incident);
  const view = incident ? incidentView(ctx, incident) : undefined;

  // Each sentence with a key, so the shortening rule can name what it left out.
  const parts: { key: string; sentence: Sentence; optional: number }[] = [];
  const add = (key: string, sentence: Sentence, optional = 0) => parts.push({ key, sentence, optional });
  add('hello', [x.ivrHello(ctx.publisher)], 5);
  if (view) add('what', [`${view.title}.`, view.summary ? ` ${view.summary}` : ''], 0);
  else add('what', [`${t.allClear}.`], 0);
  for (const e of channels.filter((c) => c.emergency && c.id !== line.id)) {
    add('emergency', [x.ivrEmergency(e.label), e.number ? { tel: e.number } : { slow: shortAddress(e.href) }, '.'], 0);
  }
  if (line.waitMinutes !== undefined) add('wait', [`${line.wait}.`], 0);
  else if (!line.emergency) add('wait', [x.ivrNoWait], 0);
  const urgentWeb = view?.actions.find((a) => a.urgent && a.href?.startsWith('https:'));
  // Call-back and self-service, each address said once (an urgent action may point to the same page).
  const instead = channels.filter((c) => !c.emergency && c.id !== line.id && (c.kind === 'callback' || c.kind === 'web') && c.href !== urgentWeb?.href);
  if ((line.waitMinutes ?? 0) > 0 && (instead.length || urgentWeb)) {
    add('instead', [x.ivrInstead], 2);
    if (urgentWeb) add('action', [`${urgentWeb.label}: `, { slow: shortAddress(urgentWeb.href!) }, '.'], 3);
    for (const [i, c] of instead.entries()) add(`instead-${c.id}`, [`${c.label}: `, { slow: shortAddress(c.href) }, '.'], 4 + i);
  }
  if (view && view.next) {
    const [before, after] = view.nextTime ? splitAround(view.next, view.nextTime) : [view.next, ''];
    add('next', view.nextTime ? [before, { time: view.nextTime }, after] : [view.next], 0);
  }
  add('thanks', [x.ivrThanks], 1);

  // Shorten by rule: drop optional sentences, least needed first (highest number), until it fits.
  const dropped: string[] = [];
  let kept = parts;
  let m = measure(kept.map((p) => p.sentence));
  const order = [...parts].filter((p) => p.optional > 0).sort((a, b) => b.optional - a.optional);
  for (const p of order) {
    if (m.seconds <= IVR_LIMITS.seconds) break;
    kept = kept.filter((k) => k !== p);
    dropped.push(p.key);
    m = measure(kept.map((k) => k.sentence));
  }
  // Without the "instead" items the lead-in sentence says nothing.
  if (kept.some((k) => k.key === 'instead') && !kept.some((k) => k.key === 'action' || k.key.startsWith('instead-'))) {
    kept = kept.filter((k) => k.key !== 'instead');
    dropped.push('instead');
    m = measure(kept.map((k) => k.sentence));
  }
  const sentences = kept.map((k) => k.sentence);
  const text = sentences.map((s) => s.map(pieceText).join('')).join(' ');
  const vl = voiceLang(ctx.lang);
  const ssml = `<speak><lang xml:lang="${xmlAttr(vl)}">${sentences.map(ssmlSentence).join(`<break time="${IVR_LIMITS.pauseMs}ms"/>`)}</lang></speak>`;
  return { text, ssml, ...m, fits: m.seconds <= IVR_LIMITS.seconds, dropped, lang: ctx.lang, channel: line.id };
}

function splitAround(sentence: string, part: string): [string, string] {
  const i = sentence.indexOf(part);
  return i < 0 ? [sentence, ''] : [sentence.slice(0, i), sentence.slice(i + part.length)];
}

function ssmlSentence(s: Sentence): string {
  return s
    .map((p) => {
      if (typeof p === 'string') return xmlText(p);
      if ('tel' in p) return `<prosody rate="90%"><say-as interpret-as="telephone">${xmlText(p.tel)}</say-as></prosody>`;
      if ('time' in p) {
        // A date before the clock time stays plain text; only "HH:MM" is marked as a time.
        const m = /^(.*?)(\d{2}:\d{2})(.*)$/.exec(p.time);
        return m ? `${xmlText(m[1]!)}<say-as interpret-as="time" format="hms24">${m[2]}</say-as>${xmlText(m[3]!)}` : xmlText(p.time);
      }
      return `<prosody rate="90%">${xmlText(p.slow)}</prosody>`;
    })
    .join('');
}
