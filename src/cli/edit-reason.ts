/**
 * `clearline edit reason`: renames a contact reason, marks it urgent, time-critical or neither, points it at other channels
 * or FAQ answers, or removes it, from the terminal; without --id it lists the reasons. The reason id
 * never changes: reports count by it (the studio keeps a published id too: publishedReasons). The same
 * checks as signing: a change that brings a new error is refused with the error named, feed.json unchanged.
 */
import { sameNamedReason } from '../feed/reason-edit.js';
import type { ContactReason, TextValue } from '../feed/schema.js';
import type { UiLanguage } from '../i18n/terms.js';
import { readStatusFeed, textFor, textLanguages, withTexts } from './channel-file.js';
import { CliError, isObj, list, str, type Command, type Obj } from './command.js';
import { defaultLanguages, deskLanguage } from './desk-lang.js';
import { commitReason, idsOption, questionOf, readFaqFile, reasonLine, reasonList, type FaqDocument } from './reason-file.js';
import { REASON_TERMS } from './reason-terms.js';

const CHANGES = ['name', 'urgent', 'not-urgent', 'time-critical', 'not-time-critical', 'channel', 'faq'] as const;

export const editReason: Command = {
  name: 'edit reason',
  summary: 'change, link or remove a contact reason of a feed (without --id: list them)',
  usage: 'clearline edit reason [--id ID] [--name TEXT...] [--lang nl,en] [--urgent | --time-critical | --not-urgent | --not-time-critical] [--channel ID...] [--faq ID... [--faq-file faq.json]] [--remove] [--feed feed.json]',
  positionals: 0,
  options: {
    id: { type: 'string', help: 'which contact reason (its id; run without --id to see them); the id itself never changes' },
    name: { type: 'string', multiple: true, help: 'a new name people choose (one per language of the feed, in its order, or per --lang language: --lang en for the English alone)' },
    lang: { type: 'string', help: "languages of --name, comma-separated (default: the feed's languages)" },
    urgent: { type: 'boolean', help: 'make it urgent: listed first, with the emergency line and nothing that makes people wait' },
    'not-urgent': { type: 'boolean', help: 'it is not urgent (any more)' },
    'time-critical': { type: 'boolean', help: 'needed soon, but no danger: listed after the urgent reasons, with the channels it names and their waits, no emergency line on top (it is then no longer urgent)' },
    'not-time-critical': { type: 'boolean', help: 'it is not time-critical (any more)' },
    channel: { type: 'string', multiple: true, help: 'the channels it offers, by id (repeat, or comma-separated; replaces the list); "none": the ordinary channels' },
    faq: { type: 'string', multiple: true, help: 'the FAQ answers it shows, by entry id (repeat, or comma-separated; replaces the list); "none" removes them' },
    'faq-file': { type: 'string', help: 'the FAQ document (or its .jws.json), as lint --faq: the --faq ids must be in it, and its questions are shown' },
    remove: { type: 'boolean', help: 'remove the contact reason' },
    feed: { type: 'string', help: 'the feed file (default feed.json)' },
    json: { type: 'boolean', help: 'print {feed, reason, removed, findings} as JSON' },
  },
  async run(v) {
    const file = str(v.feed) ?? 'feed.json';
    const { original, feed } = await readStatusFeed(file);
    // A feed without texts yet (just made by new feed) speaks the language it is about to be written in, as new reason does:
    // a Dutch desk's empty feed was listed in English (feedDeskLanguage).
    const lang = deskLanguage(feed);
    const t = REASON_TERMS[lang];
    const reasons = Array.isArray(feed.contact_reasons) ? (feed.contact_reasons as Obj[]).filter(isObj) : [];
    const changes = CHANGES.filter((k) => v[k] !== undefined);
    const id = str(v.id);
    if (!id && !changes.length && v.remove !== true) return listReasons(file, reasons, lang, await readFaqFile(v, lang), defaultLanguages(feed));
    if (!id) throw new CliError(t.giveId(file, reasonList(reasons, lang)));
    const index = reasons.findIndex((r) => r.id === id);
    if (index < 0) throw new CliError(t.noSuchId(file, id, reasonList(reasons, lang)));
    // One level at a time: urgent (danger), time-critical (needed soon, no danger, trial S), or neither.
    for (const [a, b] of [['urgent', 'not-urgent'], ['time-critical', 'not-time-critical'], ['urgent', 'time-critical']] as const) {
      if (v[a] === true && v[b] === true) throw new CliError(t.both(a, b));
    }
    if (v.remove === true && changes.length) throw new CliError(t.removeAlone(changes));
    if (v.remove !== true && !changes.length) throw new CliError(t.sayWhat);
    const faq = await readFaqFile(v, lang);

    if (v.remove === true) {
      const updated: Obj = { ...feed, contact_reasons: reasons.filter((_, i) => i !== index) };
      if (!(updated.contact_reasons as Obj[]).length) delete updated.contact_reasons;
      return commitReason({ file, original, feed, updated, done: 'removed', reason: reasons[index]!, faq, json: v.json === true });
    }
    const updated = structuredClone(feed);
    const reason = (updated.contact_reasons as Obj[]).filter(isObj)[index]!;
    const langs = textLanguages(v.lang, feed, lang);
    const name = textFor(list(v.name), langs, 'name', lang, false) as TextValue | undefined;
    if (name) {
      // A name for some languages keeps the others (--lang en --name "No internet" leaves the Dutch name).
      reason.label = withTexts(reason.label, name, defaultLanguages(feed));
      const same = sameNamedReason(name, reasons.filter((_, i) => i !== index) as unknown as ContactReason[]);
      if (same) throw new CliError(t.sameName(file, same.id, reasonLine(same as unknown as Obj, lang).name));
    }
    // The levels exclude each other: --time-critical makes an urgent reason time-critical (what lint's
    // reason-urgent-emergency-services offers), --urgent a time-critical one urgent.
    if (v['not-urgent'] === true || v['time-critical'] === true) delete reason.urgent;
    if (v['not-time-critical'] === true || v.urgent === true) delete reason.time_critical;
    if (v.urgent === true) reason.urgent = true;
    if (v['time-critical'] === true) reason.time_critical = true;
    for (const [option, key] of [['channel', 'channels'], ['faq', 'faq']] as const) {
      const ids = await idsOption(v, option, t);
      if (ids?.length) reason[key] = ids;
      else if (ids) delete reason[key];
    }
    await commitReason({ file, original, feed, updated, done: 'changed', reason, at: (updated.contact_reasons as Obj[]).indexOf(reason), faq, json: v.json === true });
  },
};

/** The reasons, one a line, with their channels and FAQ answers (their questions, given the FAQ). */
function listReasons(file: string, reasons: readonly Obj[], lang: UiLanguage, faq: FaqDocument | undefined, langs: readonly string[]): void {
  const t = REASON_TERMS[lang];
  if (!reasons.length) return console.log(t.none(file, langs));
  console.log(t.list(file));
  for (const r of reasons) {
    const line = reasonLine(r, lang);
    console.log(t.line(line));
    if (faq) for (const id of line.faq) console.log(`      ${id}: ${questionOf(faq, id, lang) ?? t.notInFaq(faq.file)}`);
  }
  console.log(t.howToChange);
}
