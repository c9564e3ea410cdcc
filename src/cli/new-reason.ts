/**
 * `clearline new reason`: adds a contact reason ("Mijn pensioen is niet op mijn rekening", "No internet")
 * to a feed from the terminal, as the studio's "Add contact reason" does, with the same pure logic
 * (feed/reason-edit.ts: the id from the name) and the same checks as signing (lint, with the FAQ when
 * given): a reason naming a channel or FAQ answer that does not exist is refused with the ones that
 * do, and the feed file is left as it was. Before, only `new incident --template` and the studio made reasons.
 */
import { reasonIdFor, sameNamedReason } from '../feed/reason-edit.js';
import { LIMITS, type ContactReason, type TextValue } from '../feed/schema.js';
import { readStatusFeed, textFor, textLanguages } from './channel-file.js';
import { CliError, isObj, list, parseLangs, str, type Command, type Obj } from './command.js';
import { emptyFeedLanguages, writerLanguage } from './desk-lang.js';
import { commitReason, idsOption, readFaqFile, reasonLine, reasonList } from './reason-file.js';
import { REASON_TERMS } from './reason-terms.js';

export const newReasonCommand: Command = {
  name: 'new reason',
  summary: 'add a contact reason (what people contact you about) to a feed, with its channels and FAQ answers',
  usage: 'clearline new reason --name TEXT... [--lang nl,en] [--urgent | --time-critical] [--channel ID...] [--faq ID... [--faq-file faq.json]] [--id ID] [--feed feed.json]',
  positionals: 0,
  options: {
    name: { type: 'string', multiple: true, help: 'what people choose, e.g. "My payment has not arrived" (one per language of the feed, in its order, or per --lang language)' },
    lang: { type: 'string', help: "languages of --name, comma-separated (default: the feed's languages)" },
    urgent: { type: 'boolean', help: 'an emergency ("I need urgent medical help", "I smell gas", "I think I was defrauded"): listed first, with the emergency line and nothing that makes people wait' },
    // Trial S: an airline's "My flight leaves within 6 hours" marked --urgent sent travellers to 112 and hid customer service.
    'time-critical': { type: 'boolean', help: 'needed soon, but no danger ("My card is blocked and I am at the till", "A legal deadline today"): listed after the urgent reasons and before the others, with the channels it names in their order, long waits included, and no emergency line on top' },
    channel: { type: 'string', multiple: true, help: 'a channel it offers, by id (repeat, or comma-separated; default: the ordinary channels); see them with clearline edit channel' },
    faq: { type: 'string', multiple: true, help: 'an FAQ answer it shows, by entry id (repeat, or comma-separated), e.g. --faq when-paid' },
    'faq-file': { type: 'string', help: 'the FAQ document (or its .jws.json), as lint --faq: the --faq ids must be in it, and its questions are shown' },
    id: { type: 'string', help: 'the reason id that reports count by (default: from the name, e.g. my-payment-has-not-arrived); it never changes once published' },
    feed: { type: 'string', help: 'the feed file (default feed.json)' },
    json: { type: 'boolean', help: 'print {feed, reason, findings} as JSON' },
  },
  async run(v) {
    const file = str(v.feed) ?? 'feed.json';
    const { original, feed } = await readStatusFeed(file, parseLangs(v.lang)[0]);
    const lang = writerLanguage(feed, parseLangs(v.lang, emptyFeedLanguages(feed)));
    const t = REASON_TERMS[lang];
    const reasons = Array.isArray(feed.contact_reasons) ? (feed.contact_reasons as Obj[]) : [];
    if (reasons.length >= LIMITS.reasons) throw new CliError(t.full(file, LIMITS.reasons, reasonList(reasons, lang)));
    const langs = textLanguages(v.lang, feed, lang);
    const label = textFor(list(v.name), langs, 'name', lang, false) as TextValue | undefined;
    if (!label) throw new CliError(t.giveName(langs));
    const same = sameNamedReason(label, reasons.filter(isObj) as unknown as ContactReason[]);
    if (same) throw new CliError(t.sameName(file, same.id, reasonLine(same as unknown as Obj, lang).name));
    const wanted = str(v.id);
    if (wanted && reasons.some((r) => isObj(r) && r.id === wanted)) throw new CliError(t.idTaken(file, wanted));
    if (v.urgent === true && v['time-critical'] === true) throw new CliError(t.both('urgent', 'time-critical'));
    const channels = await idsOption(v, 'channel', t);
    const faqIds = await idsOption(v, 'faq', t);
    const faq = await readFaqFile(v, lang);

    const reason: Obj = { id: wanted ?? reasonIdFor(label, reasons as unknown as ContactReason[], langs), label };
    if (v.urgent === true) reason.urgent = true;
    if (v['time-critical'] === true) reason.time_critical = true;
    if (faqIds?.length) reason.faq = faqIds;
    if (channels?.length) reason.channels = channels;
    const updated: Obj = { ...feed, contact_reasons: [...reasons, reason] };
    await commitReason({ file, original, feed, updated, done: 'added', reason, at: reasons.length, faq, json: v.json === true });
  },
};
