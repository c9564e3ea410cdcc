/**
 * `clearline new channel`: adds a contact channel (a phone line, chat, e-mail address, web page or
 * call-back) to a feed from the terminal, as the studio's "Add channel" does, with the same pure
 * logic (feed/channel-edit.ts: id, link from what was typed) and the same checks (schema and lint):
 * a channel with a problem is refused with the problem named, and the feed file is left as it was.
 */
import { CHANNEL_KINDS, channelLink, linkForKind, listedFirst, newChannel, saysDown, withChannel } from '../feed/channel-edit.js';
import { callingCodeForZone } from '../feed/dialling.js';
import type { Channel, ChannelKind } from '../feed/schema.js';
import { formatFinding, summarize } from '../lint/index.js';
import { linkSaid, oneForAllLanguages, readStatusFeed, textFor, textLanguages, waitWithoutReason, writeIfUnchanged } from './channel-file.js';
import { CliError, isObj, json, list, parseLangs, str, type Command, type Obj } from './command.js';
import { feedZone, lintNow, namedIn, ownWords, reportFindings } from './lint-report.js';
import { setChannel } from './update-edit.js';
import { UPDATE_TERMS } from './update-terms.js';
import { applyOpeningHours, openingHoursSaid } from './opening-hours-option.js';
import { purposeReasonSaid } from './purpose-reason.js';
import { CHANNEL_TERMS } from './channel-terms.js';
import { defaultLanguages, writerLanguage } from './desk-lang.js';
import { keywordRefusal } from '../feed/sms-keyword.js';

/** Kinds that name a place people come to, in Dutch or English. */
/**
 * Other words desks type for a kind: a borough council's desk typed --kind form for its flood report form and was told to
 * "give --kind" with the five kinds, as if it had given none. A form, like any page, is a web channel.
 */
const KIND_WORDS: Readonly<Record<string, ChannelKind>> = {
  form: 'web', 'web-form': 'web', webform: 'web', 'online-form': 'web', formulier: 'web', website: 'web', page: 'web', webpage: 'web',
  'call-back': 'callback', 'call-me-back': 'callback', terugbellen: 'callback', 'terugbel-verzoek': 'callback',
  // A number people text (trial T): the desk's own words for it.
  text: 'sms', texting: 'sms', 'text-message': 'sms', 'text-line': 'sms', tekst: 'sms', 'sms-lijn': 'sms', 'sms-nummer': 'sms',
  telephone: 'phone', tel: 'phone', telefoon: 'phone', 'e-mail': 'email', mail: 'email', webchat: 'chat', 'live-chat': 'chat', livechat: 'chat',
};
export const kindNamed = (kind: string | undefined): ChannelKind | undefined => (kind === undefined ? undefined : (KIND_WORDS[kind.toLowerCase()] ?? (kind as ChannelKind)));

const IN_PERSON = /^(?:balie|noodbalie|loket|servicepunt|locatie|adres|bezoek|inloop|spreekuur|kantoor|gemeentehuis|stadhuis|bibliotheek|counter|desk|front-?desk|office|walk-?in|in-?person|visit|location|address|branch|library|town-?hall)$/i;

/** A sign-up for status texts or e-mails: no way to reach you (a telecom's "Get service status texts" was listed under "How to reach us", trial G). */
const SIGN_UP = /^(?:alerts?|text-?alerts?|sms-?alerts?|status-?(?:texts?|sms|updates?|alerts?)|updates|notifications?|subscribe|subscription|sign-?up|newsletter|meldingen|sms-?meldingen|notificaties?|aanmelden|abonneren|nieuwsbrief)$/i;

export const newChannelCommand: Command = {
  name: 'new channel',
  summary: 'add a contact channel (phone line, chat, e-mail, web page, call-back, text message) to a feed',
  usage: `clearline new channel --kind ${CHANNEL_KINDS.join('|')} --link 0800-1234 --name TEXT... [--keyword WORD] [--purpose TEXT...] [--restricted] [--lang nl,en] [--emergency] [--hours TEXT...] [--opening-hours "Mo-Fr 08:00-20:00"] [--wait MIN] [--reason TEXT...] [--id ID] [--feed feed.json]`,
  positionals: 0,
  options: {
    kind: { type: 'string', help: `what kind of channel: ${CHANNEL_KINDS.join(', ')} (a web form or any page is web; sms: a number people text)` },
    keyword: { type: 'string', help: 'with --kind sms only: the word people send, e.g. OUT; their phone puts it in the message, and readers see "Text OUT to …"' },
    link: { type: 'string', help: "the number, e-mail address or web address, as you would write it (0800-1234 becomes tel:+31800… in a feed with time zone Europe/Amsterdam, tel:+44800… with Europe/London; (312) 555-0142 becomes tel:+13125550142 and 1-888-PRAIRIE tel:+18887724743 with America/Chicago or another US or Canadian zone)" },
    name: { type: 'string', multiple: true, help: 'the name people see, e.g. "Servicedesk" (one per --lang language, or one for all)' },
    purpose: { type: 'string', multiple: true, help: 'who or what the line is for, in one short line ("For disabled people and anyone who needs extra help"): readers see it under the name, also after the all-clear (one per --lang language, or one for all)' },
    restricted: { type: 'boolean', help: 'only for the people --purpose names (care providers, partners, companies): readers see "Only for …" and get it after the lines for everyone, never instead of them; a contact reason offers it only when it names it' },
    lang: { type: 'string', help: "languages of --name, --purpose, --hours and --reason, comma-separated (default: the feed's languages)" },
    emergency: { type: 'boolean', help: 'this is an emergency line (999 or NHS 111, 112, a gas leak or fraud line): always listed first; mark the public numbers too' },
    hours: { type: 'string', multiple: true, help: 'when it is open, e.g. "24 hours a day" (one per --lang language; one for all only without words, e.g. "24/7")' },
    'opening-hours': { type: 'string', help: 'when the line is open, on the feed\'s clock, as the widget reads it: "Mo-Fr 08:00-20:00; Sa 09:00-13:00", "08:00-22:00" (every day) or "24/7"; outside them readers see "Closed now, opens at 08:00" instead of the wait (default: --hours, when written that way)' },
    wait: { type: 'string', help: 'the expected wait in minutes' },
    reason: { type: 'string', multiple: true, help: 'why the wait is what it is, after the wait and a colon, so in lower case ("many calls about the outage"); on an emergency line, when to use it ("Did someone phone you saying they are from us?"): readers see it under the number (one per --lang language)' },
    id: { type: 'string', help: 'the channel id (default: the kind, e.g. phone, phone-2)' },
    feed: { type: 'string', help: 'the feed file (default feed.json)' },
    json: { type: 'boolean', help: 'print {feed, channel, findings} as JSON' },
  },
  async run(v) {
    const file = str(v.feed) ?? 'feed.json';
    const { original, feed } = await readStatusFeed(file, parseLangs(v.lang)[0]);
    const lang = writerLanguage(feed, parseLangs(v.lang, defaultLanguages(feed)));
    const langs = textLanguages(v.lang, feed, lang);
    const t = CHANNEL_TERMS[lang];
    const kind = kindNamed(str(v.kind));
    // A municipality's desk tried --kind balie for its temporary counter in the library and heard only the five kinds.
    if (kind && IN_PERSON.test(kind)) throw new CliError(t.inPerson(kind, file));
    if (kind && SIGN_UP.test(kind)) throw new CliError(t.signUp(kind, file));
    if (!kind || !(CHANNEL_KINDS as readonly string[]).includes(kind)) throw new CliError(t.giveKind(CHANNEL_KINDS.join(', '), str(v.kind)));
    if (!str(v.link)?.trim()) throw new CliError(t.giveLink);
    // A national number (0800-1234) is read in the feed's country, from its time zone (feed/dialling.ts).
    // A text line's number becomes an sms: link, with the word people send (trial T: "Text OUT to (316) 555-0142").
    if (str(v.keyword) !== undefined && kind !== 'sms') throw new CliError(t.keywordNotSms);
    // The word checked as the studio's "Word to text" is (feed/sms-keyword.ts), in the same words.
    const badWord = keywordRefusal(str(v.keyword), lang);
    if (badWord) throw new CliError(badWord);
    const link = linkForKind(channelLink(str(v.link)!, callingCodeForZone(feedZone(feed))), kind, str(v.keyword));
    const channels = Array.isArray(feed.channels) ? (feed.channels as Obj[]) : [];
    const same = channels.find((c) => isObj(c) && c.href === link);
    if (same) throw new CliError(t.sameLink(file, linkSaid(link, feedZone(feed), lang), String(same.id)));
    const id = str(v.id);
    if (id && channels.some((c) => isObj(c) && c.id === id)) throw new CliError(t.idTaken(file, id));
    const label = textFor(list(v.name), langs, 'name', lang);
    if (!label) throw new CliError(t.giveName(langs));
    const channel: Obj = { ...newChannel(kind, channels as Pick<Channel, 'id'>[], langs), ...(id ? { id } : {}), label, href: link };
    const purpose = textFor(list(v.purpose), langs, 'purpose', lang, oneForAllLanguages(list(v.purpose)));
    if (purpose) channel.purpose = purpose;
    const hours = textFor(list(v.hours), langs, 'hours', lang, oneForAllLanguages(list(v.hours)));
    if (hours) channel.hours = hours;
    applyOpeningHours(channel, str(v['opening-hours']), list(v.hours));
    if (v.emergency === true) channel.emergency = true;
    // Only for the people its purpose names; lint refuses it on an emergency line and asks for a purpose without one.
    if (v.restricted === true) channel.restricted = true;
    // The emergency services (999, 112, 911) go before the feed's own lines (feed/channel-edit.ts listedFirst), as in the studio.
    const first = listedFirst(channel, feedZone(feed));
    const updated: Obj = { ...feed, channels: withChannel(channels, channel, feedZone(feed)) };
    const reason = v.reason === undefined ? undefined : textFor(list(v.reason), langs, 'reason', lang, oneForAllLanguages(list(v.reason)));
    if (str(v.wait) !== undefined || reason !== undefined) setChannel(updated, String(channel.id), str(v.wait), reason, UPDATE_TERMS[lang]);

    // The same checks as signing: a problem in this channel is refused before anything is written.
    const now = Date.now();
    const findings = lintNow(updated, now, { lang });
    const at = `channels/${first ? 0 : channels.length}`;
    const here = findings.filter((f) => f.path === at || f.path.startsWith(`${at}/`));
    const mine = here.filter((f) => f.severity === 'error');
    const own = ownWords(mine);
    if (own.length) throw new CliError(`${t.refused('added', file)}\n${own.map((f) => namedIn(formatFinding(f, lang, updated), file)).join('\n')}`, 1, 'invalid');

    await writeIfUnchanged(file, original, updated, 'channel', 'added', lang);
    if (v.json) return console.log(json({ feed: file, channel, findings }));
    const wait = typeof channel.wait_minutes === 'number' ? channel.wait_minutes : undefined;
    console.log(t.added(String(channel.id), file, kind, linkSaid(link, feedZone(feed), lang), channel.emergency === true, wait));
    if (saysDown(channel as unknown as Channel)) console.log(t.down(String(channel.id), file));
    if (waitWithoutReason(channel)) console.log(t.noReason(String(channel.id), file, channel.wait_minutes as number));
    const forWhom = purposeReasonSaid(channel, reason !== undefined, file, t, lang);
    if (forWhom) console.log(forWhom);
    const open = openingHoursSaid(channel, file, feedZone(feed), t, lang);
    if (open) console.log(open);
    // This channel's own findings in full; the rest of the feed (often a new feed's placeholders) as one line.
    reportFindings(here, file, undefined, lang, updated);
    const others = summarize(findings.filter((f) => !here.includes(f)));
    if (others.errors + others.warnings) console.error(t.elsewhere(file, others.errors, others.warnings));
  },
};
