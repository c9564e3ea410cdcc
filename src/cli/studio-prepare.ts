/**
 * `clearline studio prepared.json --prepare`: the studio on the organisation's file of prepared texts (templates/prepared.ts),
 * so a comms officer can write and change them on a quiet day without an engineer; before, only `new incident --feed
 * prepared.json` and `update` could, and the studio (which signs every save) could not keep their [[TODO: …]]s. A thin
 * adapter: the page is the usual <clearline-editor> with `prepare` (components/editor/prepare-mode.ts), the checks are
 * lint's for prepared texts (lint/prepared.ts), and a save writes only the file, atomically: no envelope, no signing, no
 * key, no --publish-cmd.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { feedLanguages, unwrittenLanguages } from '../feed/languages.js';
import { newFeed } from '../feed/new-feed.js';
import type { FeedDraft } from '../feed/update.js';
import type { UiLanguage } from '../i18n/terms.js';
import { lintPrepared } from '../lint/prepared.js';
import { placeOf } from '../lint/place.js';
import { preparedTexts } from '../templates/prepared.js';
import { exists } from './io.js';
import { writeFileAtomic } from './atomic.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const SAID = {
  en: {
    pageTitle: (file: string) => `Prepared texts: ${file} (clearline studio)`,
    started: (url: string, file: string) => `clearline studio: ${url} (prepared texts in ${file}: nothing here is signed or published; press Ctrl+C to stop)`,
    signing: (option: string) => `${option}: prepared texts are never signed or published, so the studio needs no ${option} for them. Leave it out; to publish, start the studio on your feed as usual (clearline studio feed.json ${option} …)`,
    prepared: '--prepared lists your prepared texts in the studio of your feed (clearline studio feed.json --prepared prepared.json); with --prepare the studio opens that file itself: leave --prepared out',
    faq: '--faq marks FAQ answers that do not hold during an incident in your feed; a prepared text keeps none: leave --faq out',
    published: (file: string, signed: string) => `${file} is your published feed (${signed} is beside it). Prepared texts go in a file of their own, which is never published: clearline studio prepared.json --prepare`,
    noFeedText: 'nothing to save: the page sent no texts; reload the page and try again',
    notJson: (why: string) => `the page sent something that is not JSON (${why}); reload the page and try again`,
    notPrepared: 'each prepared text needs a name of its own and a title; reload the page and try again',
    problems: (list: string) => `fix these first (a [[TODO: …]] may stay): ${list}`,
    conflict: (file: string) => `${file} changed since you opened it (someone else saved, or a command ran). Reload the page: your edit is offered back, then save again`,
    notWritten: (file: string, why: string) => `cannot write ${file} (${why}); check that the folder is there and that you may write in it, then save again`,
  },
  nl: {
    pageTitle: (file: string) => `Voorbereide teksten: ${file} (clearline studio)`,
    started: (url: string, file: string) => `clearline studio: ${url} (voorbereide teksten in ${file}: hier wordt niets ondertekend of gepubliceerd; stoppen met Ctrl+C)`,
    signing: (option: string) => `${option}: voorbereide teksten worden nooit ondertekend of gepubliceerd, dus de studio heeft er geen ${option} voor nodig. Laat het weg; om te publiceren start u de studio zoals altijd op uw feed (clearline studio feed.json ${option} …)`,
    prepared: '--prepared toont uw voorbereide teksten in de studio van uw feed (clearline studio feed.json --prepared prepared.json); met --prepare opent de studio dat bestand zelf: laat --prepared weg',
    faq: '--faq markeert FAQ-antwoorden die tijdens een incident in uw feed niet kloppen; een voorbereide tekst houdt die niet bij: laat --faq weg',
    published: (file: string, signed: string) => `${file} is uw gepubliceerde feed (${signed} staat ernaast). Voorbereide teksten horen in een eigen bestand, dat nooit gepubliceerd wordt: clearline studio prepared.json --prepare`,
    noFeedText: 'niets op te slaan: de pagina stuurde geen teksten; laad de pagina opnieuw en probeer het nog eens',
    notJson: (why: string) => `de pagina stuurde iets wat geen JSON is (${why}); laad de pagina opnieuw en probeer het nog eens`,
    notPrepared: 'elke voorbereide tekst heeft een eigen naam en een titel nodig; laad de pagina opnieuw en probeer het nog eens',
    problems: (list: string) => `los eerst dit op (een [[TODO: …]] mag blijven staan): ${list}`,
    conflict: (file: string) => `${file} is gewijzigd sinds u hem opende (iemand anders sloeg op, of er liep een opdracht). Laad de pagina opnieuw: uw wijziging wordt teruggeboden, sla dan opnieuw op`,
    notWritten: (file: string, why: string) => `kan ${file} niet schrijven (${why}); controleer of de map er is en of u erin mag schrijven, en sla dan opnieuw op`,
  },
} as const;

export const PREPARE_SAID = SAID;

/** The page's attributes in prepare mode: no signing, no public feed, no FAQ, no list of prepared texts (this is their file). */
export const PREPARE_ATTRS = { 'sign-url': '', src: '', 'public-key': '', 'faq-src': '', 'prepared-src': '', 'publish-mode': '', prepare: 'prepare' } as const;

/**
 * Why `--prepare` cannot start with these options or on this file, or undefined: no key, no publishing, no FAQ, no
 * --prepared (the file is open itself), and not a feed that has a signed feed beside it (the real, published feed.json).
 */
export async function prepareRefusal(v: Record<string, unknown>, file: string, lang: UiLanguage): Promise<string | undefined> {
  const e = SAID[lang];
  for (const option of ['key', 'public-key', 'publish-cmd', 'public-url']) if (v[option] !== undefined) return e.signing(`--${option}`);
  if (v.prepared !== undefined) return e.prepared;
  if (v.faq !== undefined) return e.faq;
  const signed = join(dirname(file), `${basename(file, extname(file))}.jws.json`);
  return (await exists(signed)) ? e.published(basename(file), basename(signed)) : undefined;
}

/**
 * What a file of prepared texts not made yet starts as (the first save creates it, as `new incident --feed prepared.json`
 * does): the publisher, time zone and languages of the feed.json beside it, so nobody is asked anything; else this
 * computer's zone and its languages (nl,en, or en on an English-speaking clock), with placeholders for the publisher,
 * which nobody sees. Its feed id is "prepared", only its own name.
 */
export async function preparedStart(path: string, lang: UiLanguage): Promise<string> {
  const beside = join(dirname(path), 'feed.json');
  const feed = resolve(beside) === resolve(path) ? undefined : ((await readFile(beside, 'utf8').then(JSON.parse, () => undefined).catch(() => undefined)) as unknown);
  let start: FeedDraft = newFeed({ feedId: 'prepared', lang });
  if (isObj(feed) && feed.type === 'status' && isObj(feed.publisher)) {
    const langs = feedLanguages(feed as unknown as FeedDraft, unwrittenLanguages(feed));
    const name = feed.publisher.name;
    const say = (l: string) => (typeof name === 'string' ? name : isObj(name) ? String(name[l] ?? Object.values(name)[0] ?? '') : '');
    const named = langs.length === 1 && langs[0] === '' ? say('') : Object.fromEntries(langs.map((l) => [l, say(l)]));
    start = { ...start, ...(typeof feed.time_zone === 'string' ? { time_zone: feed.time_zone } : {}), publisher: { ...(feed.publisher as FeedDraft['publisher']), name: named } };
  }
  return JSON.stringify(start, null, 2) + '\n';
}

/**
 * Saves the prepared texts the page sent ({feed, version}): refused when they are not a file of prepared texts, when lint
 * finds a problem in them other than a placeholder (lint/prepared.ts), or when the file changed since the page opened it.
 * Returns the HTTP status and the answer.
 */
export async function savePrepared(b: { feed?: unknown; version?: unknown }, path: string, current: string | undefined, lang: UiLanguage, versionOf: (text: string | undefined) => string): Promise<[number, Obj]> {
  const e = SAID[lang];
  if (typeof b.feed !== 'string') return [400, { message: e.noFeedText }];
  let doc: unknown;
  try {
    doc = JSON.parse(b.feed);
  } catch (x) {
    return [400, { message: e.notJson((x as Error).message) }];
  }
  const texts = preparedTexts(doc);
  if (!texts || texts.length !== (doc as { incidents: unknown[] }).incidents.length) return [422, { message: e.notPrepared }];
  const zone = (doc as Obj).time_zone;
  const problems = lintPrepared(doc, { now: Date.now(), timeZone: typeof zone === 'string' ? zone : undefined, lang, audience: 'desk' }).filter((f) => f.severity === 'error');
  const incidents = (doc as { incidents: { id: string; title?: unknown }[] }).incidents;
  if (problems.length) return [422, { message: e.problems(problems.map((f) => `${placeOf(f.path, lang, incidents)}: ${f.message}`).join('; ')) }];
  if (b.version !== versionOf(current)) return [409, { message: e.conflict(basename(path)), text: current ?? '{}', version: versionOf(current) }];
  const failed = await writeFileAtomic(path, b.feed).then(() => undefined, (x: NodeJS.ErrnoException) => x.code ?? x.message);
  if (failed) return [400, { message: e.notWritten(basename(path), failed) }];
  return [200, { files: [basename(path)], folder: dirname(path), version: versionOf(b.feed) }];
}
