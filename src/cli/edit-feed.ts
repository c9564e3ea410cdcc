/**
 * `clearline edit feed`: the status page, the organisation's name and website of a feed that exists; without options
 * it shows them. Before, `new feed` said to type `"status_url"` into feed.json by hand, and the studio asks for it only
 * for a feed without an id: a bus company's strike SMS linked to its home page. The feed id and time zone stay (the
 * embed pins the id; every time in the feed was written on the zone). Refusals in the desk's language, nothing written.
 */
import { publisherUrl } from '../feed/new-feed.js';
import { pickText } from '../i18n/lang.js';
import type { UiLanguage } from '../i18n/terms.js';
import { readStatusFeed, textFor, textLanguages, withTexts, writeIfUnchanged } from './channel-file.js';
import { CliError, isObj, json, list, parseLangs, str, type Command, type Obj } from './command.js';
import { defaultLanguages, deskLanguage } from './desk-lang.js';
import { shellArg } from '../lint/shell.js';

const SAID = {
  en: {
    shown: (file: string, name: string, site: string, status?: string) =>
      `${file}: published by ${name}, website ${site}, status page ${status ?? 'none (the SMS, e-mail and social posts link to the website)'}.\nChange them with clearline edit feed${file === 'feed.json' ? '' : ` --feed ${shellArg(file)}`} --status-url … | --publisher "…" | --publisher-url …`,
    badUrl: (option: string, url: string, like: string) => `${option} "${url}": give a web address starting with https://, e.g. ${option} ${like}; nothing was written`,
    changed: (file: string, what: string[]) => `Changed in ${file}: ${what.join(', ')}. Sign the file to publish.`,
    status: (url?: string) => (url ? `status page ${url}` : 'no status page (the SMS, e-mail and social posts link to your website)'),
    name: (name: string) => `name "${name}"`,
    site: (url: string) => `website ${url}`,
    like: { status: 'https://www.example.com/status', site: 'https://www.example.com' },
  },
  nl: {
    shown: (file: string, name: string, site: string, status?: string) =>
      `${file}: gepubliceerd door ${name}, website ${site}, statuspagina ${status ?? 'geen (de sms, e-mail en berichten op sociale media linken naar de website)'}.\nWijzig ze met clearline edit feed${file === 'feed.json' ? '' : ` --feed ${shellArg(file)}`} --status-url … | --publisher "…" | --publisher-url …`,
    badUrl: (option: string, url: string, like: string) => `${option} "${url}": geef een webadres dat begint met https://, bijvoorbeeld ${option} ${like}; er is niets geschreven`,
    changed: (file: string, what: string[]) => `Gewijzigd in ${file}: ${what.join(', ')}. Onderteken het bestand om te publiceren.`,
    status: (url?: string) => (url ? `statuspagina ${url}` : 'geen statuspagina (de sms, e-mail en berichten op sociale media linken naar uw website)'),
    name: (name: string) => `naam "${name}"`,
    site: (url: string) => `website ${url}`,
    like: { status: 'https://www.voorbeeld.nl/storingen', site: 'https://www.voorbeeld.nl' },
  },
} as const;

/** A web address as people type it ("www.example.nl/status") as https:, or a refusal naming the option. */
function webAddress(option: string, typed: string, like: string, lang: UiLanguage): string {
  const url = publisherUrl(typed);
  if (!/^https:\/\/[^\s/]+\.\S*$/.test(url)) throw new CliError(SAID[lang].badUrl(option, typed.trim(), like));
  return url;
}

export const editFeed: Command = {
  name: 'edit feed',
  summary: "change the feed's status page, your organisation's name or website (without options: show them); the feed id stays",
  usage: 'clearline edit feed [--status-url URL|none] [--publisher NAME... [--lang nl,en]] [--publisher-url URL] [--feed feed.json]',
  positionals: 0,
  options: {
    'status-url': { type: 'string', help: 'your status page, which the SMS, e-mail and social posts link to; "none" removes it (they link to your website)' },
    publisher: { type: 'string', multiple: true, help: "your organisation's name as readers see it (one for all languages, or one per --lang language)" },
    lang: { type: 'string', help: 'languages of --publisher, comma-separated' },
    'publisher-url': { type: 'string', help: 'your website (www.example.com becomes https://www.example.com)' },
    feed: { type: 'string', help: 'the feed file (default feed.json)' },
    json: { type: 'boolean', help: 'print {feed, publisher, status_url} as JSON' },
  },
  async run(v) {
    const file = str(v.feed) ?? 'feed.json';
    const { original, feed } = await readStatusFeed(file);
    // The feed's language; a feed without texts yet (just made by new feed): the one it is about to be written in (feedDeskLanguage).
    const lang = deskLanguage(feed);
    const t = SAID[lang];
    const publisher: Obj = isObj(feed.publisher) ? { ...feed.publisher } : {};
    const updated: Obj = { ...feed, publisher };
    const what: string[] = [];
    const status = str(v['status-url']);
    if (status !== undefined) {
      if (/^(none|geen|-)$/i.test(status.trim())) delete updated.status_url;
      else updated.status_url = webAddress('--status-url', status, t.like.status, lang);
      what.push(t.status(updated.status_url as string | undefined));
    }
    const names = list(v.publisher).map((n) => n.trim()).filter(Boolean);
    if (names.length) {
      const langs = parseLangs(v.lang).length ? textLanguages(v.lang, feed, lang) : [];
      const name = langs.length ? textFor(names, langs, 'publisher', lang) : names.length === 1 && !isObj(publisher.name) ? names[0] : textFor(names, Object.keys(isObj(publisher.name) ? publisher.name : {}), 'publisher', lang);
      publisher.name = withTexts(publisher.name, name, defaultLanguages(feed));
      // The name given, not the Dutch one kept beside it: `--lang en --publisher …` was confirmed with the Dutch name.
      what.push(t.name(pickText(name as string, lang)));
    }
    const site = str(v['publisher-url']);
    if (site !== undefined) what.push(t.site((publisher.url = webAddress('--publisher-url', site, t.like.site, lang))));
    if (!what.length) {
      if (v.json) return console.log(json({ feed: file, publisher: feed.publisher, status_url: feed.status_url ?? null }));
      return console.log(t.shown(file, pickText(publisher.name as string, lang), String(publisher.url), feed.status_url as string | undefined));
    }
    await writeIfUnchanged(file, original, updated, 'feed', 'changed', lang);
    if (v.json) return console.log(json({ feed: file, publisher, status_url: updated.status_url ?? null }));
    console.log(t.changed(file, what));
  },
};
