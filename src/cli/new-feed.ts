/**
 * `clearline new feed`: an empty status feed (who publishes it, the id the embed pins, its time zone), so a desk
 * can prepare before anything happens (its phone lines with `new channel`, what people contact it about with
 * `new reason`) without first making an incident to delete. Before, `new channel` in a new folder said only
 * "feed.json does not exist; make it first with clearline new incident". Same checks as `new incident --feed-id`.
 */
import { feedIdProblem, newFeed, publisherUrl, timeZoneProblem } from '../feed/new-feed.js';
import { uiLanguage } from '../i18n/lang.js';
import type { UiLanguage } from '../i18n/terms.js';
import { CliError, json, parseLangs, str, type Command, type Obj } from './command.js';
import { exists, folderLanguage, writeText } from './io.js';
import { feedZone } from './lint-report.js';
import { warnUtc } from './new-incident.js';
import { defaultLanguages, zoneLanguage } from './desk-lang.js';
import { shellArg } from '../lint/shell.js';
import { zoneOption } from './doc-zone.js';
import { embedWithKeyHere } from './keygen.js';

const SAID = {
  en: {
    noId: (like: string) => `give --feed-id: the id your embed pins with feed-id, e.g. --feed-id ${like}`,
    exists: (file: string) => `${file} already exists; nothing was written. Change it with clearline new channel, new reason or new incident, or give another --feed`,
    made: (file: string, id: string, zone: string) => `Made ${file}: feed "${id}", time zone ${zone}, no incidents yet.`,
    todo: (file: string) => `Your organisation's name and website are still [[TODO: …]]: fill in "publisher" in ${file}, or open it with clearline studio; sign refuses the feed until then.`,
    badStatusUrl: (url: string) => `--status-url "${url}": give your status page's web address, starting with https://, e.g. --status-url https://www.example.com/status; nothing was written`,
    statusUrl: (file: string, site?: string) => `Do you have a status page? Add it with clearline edit feed --status-url ${site ? `${site.replace(/\/+$/, '')}/status` : 'https://www.example.com/status'}${file === 'feed.json' ? '' : ` --feed ${shellArg(file)}`}, so the SMS, e-mail and social posts link to it, not to ${site ?? 'your website'}.`,
    next: 'Next, before anything happens:',
    channel: 'how people reach you, once per line',
    reason: 'what people contact you about',
    incident: 'when something happens: the templates are in clearline new incident --help',
    studio: 'or all of it in your browser',
    heartbeat: 'once it is on your website, from a scheduled job, e.g. every 20 minutes: a signed feed is valid for 1 hour, and with nothing open nobody signs it again, so readers would see "Status unknown"',
  },
  nl: {
    noId: (like: string) => `geef --feed-id: de id die uw embed vastzet met feed-id, bijvoorbeeld --feed-id ${like}`,
    exists: (file: string) => `${file} bestaat al; er is niets geschreven. Wijzig het met clearline new channel, new reason of new incident, of geef een andere --feed`,
    made: (file: string, id: string, zone: string) => `${file} gemaakt: feed "${id}", tijdzone ${zone}, nog geen incidenten.`,
    todo: (file: string) => `De naam en website van uw organisatie staan nog op [[TODO: …]]: vul "publisher" in ${file} in, of open het met clearline studio; sign weigert de feed tot dan.`,
    badStatusUrl: (url: string) => `--status-url "${url}": geef het webadres van uw statuspagina, beginnend met https://, bijvoorbeeld --status-url https://www.voorbeeld.nl/storingen; er is niets geschreven`,
    statusUrl: (file: string, site?: string) => `Heeft u een statuspagina? Zet het adres erin met clearline edit feed --status-url ${site ? `${site.replace(/\/+$/, '')}/storingen` : 'https://www.voorbeeld.nl/storingen'}${file === 'feed.json' ? '' : ` --feed ${shellArg(file)}`}, dan linken de sms, e-mail en berichten op sociale media daarheen en niet naar ${site ?? 'uw website'}.`,
    next: 'Daarna, voor er iets gebeurt:',
    channel: 'hoe mensen u bereiken, één keer per lijn',
    reason: 'waarover mensen contact opnemen',
    incident: 'als er iets gebeurt: de sjablonen staan in clearline new incident --help',
    studio: 'of dit alles in uw browser',
    heartbeat: 'zodra hij op uw website staat, vanuit een geplande taak, bijvoorbeeld elke 20 minuten: een ondertekende feed is 1 uur geldig, en als er niets openstaat, ondertekent niemand hem opnieuw, dus dan zien lezers "Status onbekend"',
  },
} as const;

/**
 * The desk's language: --lang's first, else Dutch on Dutch or Belgian time (--time-zone, else this computer's clock, the
 * zone the feed gets), else the folder's feed's (English). A municipality's desk on an Amsterdam clock ran `new feed`
 * without --time-zone: its feed got Europe/Amsterdam, but it was answered in English and told `clearline studio --lang en`.
 */
async function deskOf(langs: string[], zone: string | undefined): Promise<UiLanguage> {
  if (langs[0]) return uiLanguage(langs[0]);
  return zoneLanguage(zone ?? feedZone(undefined)) ?? folderLanguage();
}

export const newFeedCommand: Command = {
  name: 'new feed',
  summary: 'make an empty status feed (no incidents yet), to add your channels and contact reasons before anything happens',
  usage: 'clearline new feed --feed-id ID [--publisher NAME] [--publisher-url URL] [--status-url URL] [--time-zone Europe/Amsterdam] [--lang nl,en] [--feed feed.json]',
  positionals: 0,
  deskOf: (v) => deskOf(parseLangs(v.lang), zoneOption(v)),
  options: {
    'feed-id': { type: 'string', help: 'the id your embed pins with feed-id, e.g. example-water' },
    publisher: { type: 'string', help: 'your organisation\'s name, as readers see it' },
    'publisher-url': { type: 'string', help: 'your website (www.example.com becomes https://www.example.com)' },
    'status-url': { type: 'string', help: 'your status page, if you have one: the SMS, e-mail and social posts link to it (default: your website)' },
    'time-zone': { type: 'string', help: "the zone readers' times are shown in, e.g. Europe/Amsterdam, Europe/London or America/Chicago (default: this computer's); new channel reads a number such as 0800-1234 in its country" },
    lang: { type: 'string', help: 'the languages you will write in, comma-separated (default: nl,en, or en on a British, Irish, North American or Australian clock): the commands suggested next name them' },
    feed: { type: 'string', help: 'the file to make (default feed.json); refused when it exists' },
    json: { type: 'boolean', help: 'print {feed, feed_id, time_zone} as JSON' },
  },
  async run(v) {
    const file = str(v.feed) ?? 'feed.json';
    const langs = parseLangs(v.lang);
    const desk = await deskOf(langs, zoneOption(v));
    const t = SAID[desk];
    if (await exists(file)) throw new CliError(t.exists(file));
    const feedId = str(v['feed-id'])?.trim();
    if (!feedId) throw new CliError(t.noId(desk === 'nl' ? 'gemeente-voorbeeld' : 'example-water'));
    const badId = feedIdProblem(feedId, desk);
    if (badId) throw new CliError(`--feed-id: ${badId}`);
    const zone = zoneOption(v) ?? feedZone(undefined);
    const badZone = timeZoneProblem(zone, desk);
    if (badZone) throw new CliError(`--time-zone ${badZone}`);
    const statusUrl = str(v['status-url'])?.trim();
    if (statusUrl !== undefined && !/^https:\/\/[^\s/]+\.\S*$/.test(publisherUrl(statusUrl))) throw new CliError(t.badStatusUrl(statusUrl));
    const feed = newFeed({ feedId, publisher: str(v.publisher), publisherUrl: str(v['publisher-url']), statusUrl, timeZone: zone, lang: desk, languages: langs });
    await writeText(file, json(feed) + '\n', undefined, desk);
    if (v.json) return console.log(json({ feed: file, feed_id: feedId, time_zone: zone }));
    console.log(t.made(file, feedId, zone));
    if (!v['time-zone']) warnUtc(zone, file, desk);
    if (/\[\[TODO/.test(JSON.stringify(feed.publisher))) console.log(t.todo(file));
    // Without a status page a bus company's strike SMS linked to its home page: asked for when not given.
    if (!feed.status_url) console.log(t.statusUrl(file, /\[\[TODO/.test(feed.publisher.url) ? undefined : feed.publisher.url));
    // The next commands as the desk would type them: its file and languages when they are not the defaults.
    const opts = `${file === 'feed.json' ? '' : ` --feed ${shellArg(file)}`}${langs.length && langs.join(',') !== 'nl,en' ? ` --lang ${langs.join(',')}` : ''}`;
    console.log(t.next);
    console.log(`  clearline new channel --kind phone --link … --name "…"${opts}   (${t.channel})`);
    // A reason's name is words, one per language (new reason refuses one name for two languages): printed so, to run as printed.
    const names = ' --name "…"'.repeat(Math.max(1, (langs.length ? langs : defaultLanguages(feed)).length));
    console.log(`  clearline new reason${names}${opts}   (${t.reason})`);
    // new incident too: run as printed after `new feed --lang nl`, it made a Dutch and an English incident (nl,en for a feed without texts).
    console.log(`  clearline new incident --template … --id …${opts}   (${t.incident})`);
    // The studio speaks a feed without texts in English unless told: the desk's language with it.
    console.log(`  clearline studio${file === 'feed.json' ? '' : ` ${shellArg(file)}`} --lang ${desk}   (${t.studio})`);
    // A bus company's IT colleague followed these steps; the heartbeat was not among them, and readers saw "Status
    // unknown" an hour after the strike's all-clear.
    const signed = shellArg(file.replace(/(\.json)?$/, '.jws.json'));
    console.log(`  clearline heartbeat --key private.jwk.json ${signed} --out ${signed}   (${t.heartbeat})`);
    // keygen ran first (the README's order) and printed no embed code without a feed id: here it is, with its key (trial W).
    const embed = await embedWithKeyHere(feed as unknown as Obj, desk);
    if (embed) console.log(`\n${embed.embed}`);
    if (embed) console.error(embed.check);
  },
};
