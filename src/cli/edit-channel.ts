/**
 * `clearline edit channel`: changes or removes a contact channel from the terminal (a line that
 * moved to another number, a chat that closed, an emergency line marked by mistake). The same pure
 * logic as the studio (feed/channel-edit.ts) and the same checks as signing: a change that brings a
 * new problem is refused with the problem named, and the feed file is left as it was.
 */
import { channelIdFor } from '../feed/channel-pick.js';
import { CHANNEL_KINDS, channelLink, linkForKind, listedFirst, moveChannel, removeChannel, saysDown } from '../feed/channel-edit.js';
import { keywordRefusal } from '../feed/sms-keyword.js';
import { kindNamed } from './new-channel.js';
import { callingCodeForZone } from '../feed/dialling.js';
import { smsParts } from '../content/links.js';
import type { Channel } from '../feed/schema.js';
import { formatFinding } from '../lint/index.js';
import { linkRead, linkSaid, oneForAllLanguages, readStatusFeed, textFor, textLanguages, waitWithoutReason, withTexts, writeIfUnchanged } from './channel-file.js';
import { CliError, isObj, json, list, str, type Command, type Obj } from './command.js';
import { feedZone, lintNow, namedIn, newErrors, ownWords, reportFindings } from './lint-report.js';
import { setChannel } from './update-edit.js';
import { UPDATE_TERMS } from './update-terms.js';
import { CHANNEL_TERMS, type ChannelTerms } from './channel-terms.js';
import { applyOpeningHours, openingHoursSaid } from './opening-hours-option.js';
import { purposeReasonSaid } from './purpose-reason.js';
import { defaultLanguages, deskLanguage } from './desk-lang.js';

/** "phone (Klantenservice), chat (Chat)": what to give --id, in the words of the feed. */
function channelList(channels: readonly Obj[]): string {
  const name = (c: Obj) => (typeof c.label === 'string' ? c.label : isObj(c.label) ? String(Object.values(c.label)[0] ?? '') : '');
  return channels.filter(isObj).map((c) => `${String(c.id)} (${name(c)})`).join(', ');
}

/**
 * The channels, one a line, in the order readers get them listed by the feed; each link as people read it (linkRead): a text
 * line "Sms STORING naar 0800 9009", not its raw sms:+318009009?body=STORING (trial T), a number as the desk dials it.
 */
function listChannels(file: string, channels: readonly Obj[], t: ChannelTerms, zone: string | undefined, lang: string): void {
  const name = (c: Obj) => (typeof c.label === 'string' ? c.label : isObj(c.label) ? String(Object.values(c.label)[0] ?? '') : '');
  const real = channels.filter(isObj);
  if (!real.length) return console.log(t.none(file));
  console.log(t.list(file));
  for (const c of real) console.log(t.line(String(c.id), String(c.kind), name(c), linkRead(String(c.href ?? ''), zone, lang), c.emergency === true, typeof c.wait_minutes === 'number' ? c.wait_minutes : undefined));
  console.log(t.howToChange(file));
}

export const editChannel: Command = {
  name: 'edit channel',
  summary: 'change or remove a contact channel of a feed (without --id: list them)',
  usage: 'clearline edit channel --id ID [--kind KIND] [--link 0800-1234] [--keyword WORD|none] [--name TEXT...] [--purpose TEXT...|none] [--hours TEXT...] [--opening-hours "Mo-Fr 08:00-20:00"|none] [--emergency | --not-emergency] [--restricted | --not-restricted] [--wait MIN] [--reason TEXT...] [--lang nl,en] [--move up|down] [--remove] [--feed feed.json]',
  positionals: 0,
  options: {
    id: { type: 'string', help: 'which channel (its id or name; run without --id to see them)' },
    kind: { type: 'string', help: 'another kind: phone, chat, email, web, callback or sms; e.g. sms for a phone line named "Text OUT to …" (its number becomes a text link; the id stays)' },
    link: { type: 'string', help: 'a new number, e-mail address or web address, as you would write it' },
    keyword: { type: 'string', help: 'a text message channel only: the word people send, e.g. OUT; "none" removes it' },
    name: { type: 'string', multiple: true, help: 'a new name people see (one per --lang language, or one for all)' },
    purpose: { type: 'string', multiple: true, help: 'who or what the line is for, in one short line ("For disabled people and anyone who needs extra help"): readers see it under the name, also after the all-clear (one per --lang language, or one for all); "none" removes it' },
    hours: { type: 'string', multiple: true, help: 'new opening hours (one per --lang language; one for all only without words, e.g. "24/7"); "none" removes them' },
    'opening-hours': { type: 'string', help: 'when the line is open, on the feed\'s clock, as the widget reads it: "Mo-Fr 08:00-20:00; Sa 09:00-13:00", "08:00-22:00" (every day) or "24/7"; outside them readers see "Closed now, opens at 08:00" instead of the wait (default: --hours, when written that way); "none" removes them' },
    emergency: { type: 'boolean', help: 'make this the emergency line (listed first)' },
    'not-emergency': { type: 'boolean', help: 'this is not an emergency line (any more)' },
    restricted: { type: 'boolean', help: 'only for the people its purpose names (care providers, partners): readers see "Only for …" and get it after the lines for everyone, never instead of them' },
    'not-restricted': { type: 'boolean', help: 'the line is for everyone (again)' },
    wait: { type: 'string', help: 'the expected wait in minutes, or "none"' },
    reason: { type: 'string', multiple: true, help: 'why the wait is what it is, after the wait and a colon, so in lower case ("many calls about the outage"); on an emergency line, when to use it ("Did someone phone you saying they are from us?"): readers see it under the number (one per --lang language)' },
    lang: { type: 'string', help: "languages of --name, --purpose, --hours and --reason, comma-separated (default: the feed's languages)" },
    move: { type: 'string', help: 'up or down: one place in the order readers get (emergency lines first, in this order), as the studio\'s Up / Down; e.g. 112 above your own out-of-hours line' },
    remove: { type: 'boolean', help: 'remove the channel (and the contact reasons\' links to it)' },
    feed: { type: 'string', help: 'the feed file (default feed.json)' },
    json: { type: 'boolean', help: 'print {feed, channel, removed, findings} as JSON' },
  },
  async run(v) {
    const file = str(v.feed) ?? 'feed.json';
    const { original, feed } = await readStatusFeed(file);
    const lang = deskLanguage(feed);
    const t = CHANNEL_TERMS[lang];
    const channels = Array.isArray(feed.channels) ? (feed.channels as Obj[]) : [];
    // By id or by the name readers see ("Storingslijn"): new channel numbers them phone, phone-2, … (trial N).
    const id = str(v.id) && (channelIdFor(channels, str(v.id)!) ?? str(v.id));
    const changes = ['kind', 'link', 'keyword', 'name', 'purpose', 'hours', 'opening-hours', 'emergency', 'not-emergency', 'restricted', 'not-restricted', 'wait', 'reason', 'move'].filter((k) => v[k] !== undefined);
    // Without --id and nothing to change: the channels, as edit reason lists its reasons (publishing.md says so).
    if (!id && !changes.length && v.remove !== true) return listChannels(file, channels, t, feedZone(feed), lang);
    // A feed without channels yet says how to add one (it said "the channels: none", in English to a Dutch desk too).
    if (!channels.some(isObj)) throw new CliError(t.none(file));
    if (!id) throw new CliError(t.giveId(file, channelList(channels)));
    const index = channels.findIndex((c) => isObj(c) && c.id === id);
    if (index < 0) throw new CliError(t.noSuchId(file, id, channelList(channels)));
    if (v.emergency === true && v['not-emergency'] === true) throw new CliError(t.bothEmergency);
    if (v.restricted === true && v['not-restricted'] === true) throw new CliError(t.bothRestricted);
    if (v.remove === true && changes.length) throw new CliError(t.removeAlone(`--${changes.join(', --')}`));
    if (v.remove !== true && !changes.length) throw new CliError(t.whatToChange);
    const move = str(v.move)?.trim().toLowerCase();
    if (move !== undefined && move !== 'up' && move !== 'down') throw new CliError(t.moveHow(str(v.move)!));

    const now = Date.now();
    // In the desk's language, as the rest of what this command says (a Dutch desk read English findings under Dutch words).
    const before = lintNow(feed, now, { lang });
    let updated: Obj;
    let channel: Obj | undefined;
    let reasons: string[] = [];
    if (v.remove === true) {
      ({ feed: updated, reasons } = removeChannel(feed as Obj & { channels: { id: string }[] }, id));
    } else {
      updated = structuredClone(feed);
      channel = (updated.channels as Obj[])[index]!;
      const written = defaultLanguages(feed);
      const langs = textLanguages(v.lang, feed, lang);
      // A text line (trial T) keeps an sms: link and its word to send unless --keyword changes it.
      // A phone line named "Text OUT to …" made a text line (lint's text-on-phone-channel says this command, trial T); the id stays.
      const kind = kindNamed(str(v.kind));
      if (kind !== undefined && !(CHANNEL_KINDS as readonly string[]).includes(kind)) throw new CliError(t.giveKind(CHANNEL_KINDS.join(', '), str(v.kind)));
      if (kind) channel.kind = kind;
      if (str(v.keyword) !== undefined && channel.kind !== 'sms') throw new CliError(t.keywordNotSms);
      const keyword = str(v.keyword) === undefined ? undefined : /^(none|-|geen)$/i.test(str(v.keyword)!.trim()) ? '' : str(v.keyword);
      const badWord = keywordRefusal(keyword, lang);
      if (badWord) throw new CliError(badWord);
      if (str(v.link) !== undefined || keyword !== undefined || kind !== undefined) {
        const link = linkForKind(str(v.link) === undefined ? String(channel.href) : channelLink(str(v.link)!, callingCodeForZone(feedZone(feed))), String(channel.kind), keyword ?? smsParts(channel.href)?.body);
        const same = channels.find((c, i) => i !== index && isObj(c) && c.href === link);
        if (same) throw new CliError(t.linkTaken(file, linkSaid(link, feedZone(feed), lang), String(same.id)));
        channel.href = link;
      }
      // A text for some languages (--lang en --name …) changes those and keeps the others: it replaced the whole name.
      const name = textFor(list(v.name), langs, 'name', lang);
      if (name) channel.label = withTexts(channel.label, name, written);
      const purpose = list(v.purpose);
      if (purpose.length === 1 && /^(none|-|geen)$/i.test(purpose[0]!.trim())) delete channel.purpose;
      else if (purpose.length) channel.purpose = withTexts(channel.purpose, textFor(purpose, langs, 'purpose', lang, oneForAllLanguages(purpose)), written);
      const hours = list(v.hours);
      if (hours.length === 1 && /^(none|-|geen)$/i.test(hours[0]!.trim())) delete channel.hours;
      else if (hours.length) channel.hours = withTexts(channel.hours, textFor(hours, langs, 'hours', lang, oneForAllLanguages(hours)), written);
      applyOpeningHours(channel, str(v['opening-hours']), hours);
      if (v.emergency === true) channel.emergency = true;
      if (v['not-emergency'] === true) delete channel.emergency;
      if (v.restricted === true) channel.restricted = true;
      if (v['not-restricted'] === true) delete channel.restricted;
      // --lang en --reason … changes the English and keeps the Dutch, as --name and --hours: it replaced the whole reason, and the
      // Dutch desk was refused with "this text is missing in Dutch" for the Dutch its own command had dropped.
      const given = v.reason === undefined ? undefined : textFor(list(v.reason), langs, 'reason', lang, oneForAllLanguages(list(v.reason)));
      const reason = given === undefined ? undefined : withTexts(channel.reason, given, written);
      if (str(v.wait) !== undefined || reason !== undefined) setChannel(updated, id, str(v.wait), reason, UPDATE_TERMS[lang]);
      // Made an emergency line, the emergency services (999, 112, 911) go before the feed's own lines (listedFirst), as new channel puts
      // them: readers see emergency lines in the feed's order, and a hospital's 999, marked after NHS 111, came second.
      if (index > 0 && v.emergency === true && listedFirst(channel, feedZone(feed))) {
        const list = updated.channels as Obj[];
        list.unshift(...list.splice(index, 1));
      }
      // The same move as the studio's Up / Down (feed/channel-edit.ts).
      if (move) updated.channels = moveChannel(updated.channels as Obj[], (updated.channels as Obj[]).indexOf(channel), move);
    }

    // The same checks as signing: a problem this change brings is refused before anything is written.
    const findings = lintNow(updated, now, { lang });
    const at = `channels/${(updated.channels as Obj[]).findIndex((c) => isObj(c) && c.id === id)}`;
    const brought = newErrors(before, findings);
    const own = ownWords(brought);
    if (own.length) throw new CliError(`${t.refused(v.remove ? 'removed' : 'changed', file)}\n${own.map((f) => namedIn(formatFinding(f, lang, updated), file)).join('\n')}`, 1, 'invalid');

    await writeIfUnchanged(file, original, updated, 'channel', v.remove ? 'removed' : 'changed', lang);
    if (v.json) return console.log(json({ feed: file, channel: channel ?? null, removed: v.remove === true ? id : null, reasons, findings }));
    if (v.remove === true) {
      console.log(t.removed(id, linkSaid(String(channels[index]!.href), feedZone(feed), lang), file, reasons));
    } else {
      if (changes.some((c) => c !== 'move')) console.log(t.changed(id, file, linkSaid(String(channel!.href), feedZone(feed), lang), channel!.emergency === true));
      if (move) console.log(t.moved(id, file, (updated.channels as Obj[]).indexOf(channel!) + 1, (updated.channels as Obj[]).length));
      if (saysDown(channel as unknown as Channel)) console.log(t.down(id, file));
      if (waitWithoutReason(channel!)) console.log(t.noReason(id, file, channel!.wait_minutes as number));
      const forWhom = purposeReasonSaid(channel!, v.reason !== undefined, file, t, lang);
      if (forWhom) console.log(forWhom);
      const open = changes.some((c) => c === 'hours' || c === 'opening-hours') ? openingHoursSaid(channel!, file, feedZone(feed), t, lang) : undefined;
      if (open) console.log(open);
      reportFindings(findings.filter((f) => f.path === at || f.path.startsWith(`${at}/`)), file, undefined, lang, updated);
    }
  },
};
