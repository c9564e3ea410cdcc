import { feedLanguages } from '../feed/languages.js';
import { feedIdProblem, newFeed, suggestFeedId, timeZoneProblem } from '../feed/new-feed.js';
import { SEVERITIES, type Severity } from '../feed/schema.js';
import type { FeedDraft } from '../feed/update.js';
import { contactReasonsFromTemplate, incidentFromTemplate, missingContactReasons, TEMPLATE_LANGUAGES, TEMPLATE_NAMES, TEMPLATES, templateLanguage } from '../templates/index.js';
import { templateOption } from './template-option.js';
import { TEMPLATE_LABELS } from '../templates/labels.js';
import { CliError, json, parseLangs, str, type Command, type Obj } from './command.js';
import { exists, ownLanguage, writeText } from './io.js';
import { readStatusFeed } from './channel-file.js';
import { feedZone, lintNow, namedIn, ownWords } from './lint-report.js';
import { FAQ_OUTDATED_OPTIONS, faqOutdatedIds, refuseFaqOutdated } from './faq-outdated-option.js';
import { formatFinding } from '../lint/index.js';
import { nextUpdateOption, shownAt } from './when.js';
import { CADENCE_OPTIONS } from './cadence-option.js';
import { deskLanguage, emptyFeedLanguages, zoneLanguage } from './desk-lang.js';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { emergencyServicesHint } from './emergency-services.js';
import { pickText, uiLanguage } from '../i18n/lang.js';
import type { TextValue } from '../feed/schema.js';
import type { UiLanguage } from '../i18n/terms.js';
import { shellArg } from '../lint/shell.js';
import { sameTextLanguages } from '../lint/rules/same-text.js';
import { languageNames } from '../lint/rules/language.js';
import { zoneOption } from './doc-zone.js';
import { choosePrepared, PREPARED_SAID, preparedLangs, readPrepared } from './prepared-option.js';
import { incidentFromPrepared } from '../templates/prepared.js';

/** What `new incident` says, in the desk's language (desk-lang.ts): the feed's first language. */
const SAID = {
  en: {
    done: (created: boolean, file: string, id: string, template: string, langs: string[]) => `${created ? 'Created' : 'Updated'} ${file}: incident "${id}" from the ${template} template (${langs.join(', ')}).`,
    first: (at: string, zone: string) => `First update promised ${at} (${zone}).`,
    daily: 'Updated daily (--daily): its next update may be up to 26 hours ahead; re-confirm it each day with clearline update --next-update.',
    notice: 'A notice (severity info): no next update promised; sign keeps it as it is, and clearline heartbeat keeps it fresh. Promise one with --next-update when you plan one.',
    utc: (zone: string, file: string) => `Note: the feed's time zone is ${zone}, this computer's clock, so every time readers see is on it (in summer an hour off for London), and clearline new channel cannot read a number written as 0800…. If your readers live elsewhere, change "time_zone": "${zone}" in ${file} to theirs, e.g. "Europe/London", before you go on.`,
    replace: (n: number, rest: number, file: string) => `Replace the ${n} [[TODO: …]] placeholder(s) below${rest ? ` (and ${rest} in other incidents, which clearline lint lists)` : ''}, then run: clearline lint ${shellArg(file)}`,
    reasons: (own: string[], missing: string[], template: string, file: string) =>
      `The feed keeps its own contact reasons (the topics readers choose under Help: ${own.join(', ')}). Typical for the ${template} template, and not in it: ${missing.join(', ')}. Add those that fit now (Contact reasons in clearline studio, or "contact_reasons" in ${file}), and remove those that no longer do.`,
    added: (reasons: string[], file: string) =>
      `Added the template's contact reasons, which readers choose from under Help as they are: ${reasons.join(', ')}. Change or remove one with clearline edit reason${file === 'feed.json' ? '' : ` --feed ${shellArg(file)}`} --id ID, or in clearline studio.`,
    reasonCommands: (file: string) => `Or with these commands (change the names as you like; remove one that no longer fits with clearline edit reason${file === 'feed.json' ? '' : ` --feed ${shellArg(file)}`} --id ID --remove):`,
    severity: (list: string) => `--severity must be one of ${list}`,
    noId: 'give the incident an --id, e.g. --id storm-2026-11-23',
    badId: (id: string, like: string) => `--id "${id}": an incident id is letters, digits, ".", "_" and "-" only (no spaces), at most 64, e.g. --id ${like}; readers never see it`,
    noFeed: (file: string) => `${file} does not exist; give --feed-id ID (the id your embed pins) to create it`,
    languages: (have: string, missing: string) => `the templates are written in ${have}; no text for ${missing}`,
    taken: (file: string, id: string) => `${file} already has an incident "${id}"; pick another --id or use clearline update`,
    notAdded: (file: string, created: boolean) => `not added; ${file} ${created ? 'was not created' : 'is unchanged'}:`,
    titles: (langs: number, titles: number) => `--lang names ${langs} language(s) but --title was given ${titles} time(s); give one per language, or one for all`,
    sameTitle: (title: string, langs: string[], others: string, command: string) =>
      `Note: one --title for ${langs.join(', ')}, so every language has "${title}" as its title (its page, SMS, e-mail and CAP alert too). Give the title in ${others}: ${command}`,
  },
  nl: {
    done: (created: boolean, file: string, id: string, template: string, langs: string[]) => `${file} ${created ? 'gemaakt' : 'bijgewerkt'}: incident "${id}" uit het sjabloon ${template}; talen ${langs.join(', ')}.`,
    first: (at: string, zone: string) => `Eerste update beloofd ${at} (${zone}).`,
    daily: 'Eén update per dag (--daily): de volgende update mag tot 26 uur vooruit liggen; bevestig hem elke dag met clearline update --next-update.',
    notice: 'Een mededeling (ernst info): geen volgende update beloofd; sign laat dat zo en clearline heartbeat houdt hem vers. Belooft u er toch een, geef dan --next-update.',
    utc: (zone: string, file: string) => `Let op: de tijdzone van de feed is ${zone}, de klok van deze computer, dus elke tijd die lezers zien staat daarop (in Nederland een of twee uur verschil), en clearline new channel kan een nummer geschreven als 0800… niet lezen. Wonen uw lezers elders, zet dan "time_zone": "${zone}" in ${file} op die van hen, bijv. "Europe/Amsterdam", voor u verder gaat.`,
    replace: (n: number, rest: number, file: string) => `Vervang de ${n} [[TODO: …]]-voorbeeldteksten hieronder${rest ? ` (en ${rest} in andere incidenten; clearline lint noemt ze)` : ''} en voer dan uit: clearline lint ${shellArg(file)}`,
    reasons: (own: string[], missing: string[], template: string, file: string) =>
      `De feed houdt zijn eigen contactredenen (de onderwerpen die lezers onder Hulp kiezen: ${own.join(', ')}). Gebruikelijk bij het sjabloon ${template}, en er nog niet bij: ${missing.join(', ')}. Voeg nu toe wat past (Contactredenen in clearline studio, of "contact_reasons" in ${file}), en haal weg wat niet meer past.`,
    added: (reasons: string[], file: string) =>
      `Contactredenen uit het sjabloon toegevoegd, waaruit lezers onder Hulp kiezen zoals ze er staan: ${reasons.join(', ')}. Wijzig of verwijder er een met clearline edit reason${file === 'feed.json' ? '' : ` --feed ${shellArg(file)}`} --id ID, of in clearline studio.`,
    reasonCommands: (file: string) => `Of met deze opdrachten (pas de namen gerust aan; een reden die niet meer past, haalt u weg met clearline edit reason${file === 'feed.json' ? '' : ` --feed ${shellArg(file)}`} --id ID --remove):`,
    severity: (list: string) => `--severity moet een van deze zijn: ${list}`,
    noId: 'geef het incident een --id, bijvoorbeeld --id storm-2026-11-23',
    badId: (id: string, like: string) => `--id "${id}": een id bestaat alleen uit letters, cijfers, ".", "_" en "-" (geen spaties), hoogstens 64 tekens, bijvoorbeeld --id ${like}; lezers zien het nooit`,
    noFeed: (file: string) => `${file} bestaat nog niet; geef --feed-id ID (de id die uw embed vastzet) om het te maken`,
    languages: (have: string, missing: string) => `de sjablonen zijn geschreven in ${have}; er is geen tekst in ${missing}`,
    taken: (file: string, id: string) => `${file} heeft al een incident "${id}"; kies een andere --id of gebruik clearline update`,
    notAdded: (file: string, created: boolean) => `niet toegevoegd; ${file} is ${created ? 'niet gemaakt' : 'niet veranderd'}:`,
    titles: (langs: number, titles: number) => `--lang noemt ${langs} ${langs === 1 ? 'taal' : 'talen'}, maar --title kwam ${titles} keer; geef er één per taal, of één voor alle`,
    sameTitle: (title: string, langs: string[], others: string, command: string) =>
      `Let op: één --title voor ${langs.join(', ')}, dus elke taal heeft "${title}" als titel (ook op de pagina, in sms, e-mail en CAP-melding). Geef de titel in het ${others}: ${command}`,
  },
} as const;

/** A feed made on a server or in a container takes its UTC clock unasked: readers in London or Amsterdam would see times off by an hour or two (also `new feed`). */
export function warnUtc(zone: string, file: string, lang: UiLanguage): void {
  if (/^(UTC|GMT|Etc\/.*)$/i.test(zone)) console.error(SAID[lang].utc(zone, file));
}

/** The time_zone of a feed file, undefined when it is not JSON or has none. */
const fileZone = (file: string): Promise<unknown> => readFile(file, 'utf8').then((t) => (JSON.parse(t) as { time_zone?: unknown } | null)?.time_zone, () => undefined);

export const newIncident: Command = {
  name: 'new incident',
  summary: 'add an incident skeleton from a template, or from one of your own prepared texts, to a feed (creating the feed when absent)',
  usage: `clearline new incident --template NAME (or --prepared prepared.json [--like ID]) --id ID [--title TEXT] [--severity S] [--next-update +30m|HH:MM|ISO] [--daily] [--starts WHEN] [--faq-outdated ID,... [--faq-file faq.json]] [--lang nl,en] [--feed feed.json] [--feed-id ID --publisher NAME --publisher-url URL --time-zone Europe/Amsterdam]`,
  positionals: 0,
  options: {
    template: { type: 'string', help: `one of: ${TEMPLATE_NAMES.map((n) => `${n} (${TEMPLATES[n].summary})`).join(', ')}` },
    prepared: { type: 'string', help: "your own prepared texts (prepared.json: made beforehand with these same commands, never published): the new incident copies one's texts instead of a template's, with a new id and times of now" },
    like: { type: 'string', help: 'with --prepared: the id (or title) of the prepared text to copy; not needed when the file holds only one' },
    title: { type: 'string', multiple: true, help: 'the title (one per --lang language, or one for all); replaces the placeholder' },
    severity: { type: 'string', help: `${SEVERITIES.join(', ')} (default: the template's, or the prepared text's)` },
    'next-update': { type: 'string', help: "when the first update comes, within 4 hours (as update: signing refuses a later one): +30m (default), +1h, 10:30 (in the feed's time zone; late in the evening also 'tomorrow 00:30') or an ISO time; with --daily within 26 hours, and a clock time passed today is tomorrow's; with --severity info (a notice, such as a phishing warning) none by default, and any time ahead" },
    daily: CADENCE_OPTIONS.daily,
    starts: { type: 'string', help: "announced ahead (a strike, planned works): when it begins, e.g. '10 Dec 00:01' (a month name reads the same on every clock; '10-12' is October 12 on a US or Canadian clock) or an ISO time; until then readers see \"From …\" and an update a day is enough" },
    'time-zone': { type: 'string', help: 'time_zone for a new feed, e.g. Europe/Amsterdam, Europe/London or America/Chicago (default: this computer\'s)' },
    id: { type: 'string', help: 'the incident id, e.g. storm-2026-11-23' },
    lang: { type: 'string', help: "languages, comma-separated (default: the feed's languages; for a feed without texts yet en on a British, Irish, North American or Australian clock, else nl,en; with --prepared: those of the feed that the prepared text is written in)" },
    feed: { type: 'string', help: 'the feed file to add to (default feed.json); made when absent' },
    'feed-id': { type: 'string', help: 'feed_id for a new feed (required when the feed file does not exist)' },
    publisher: { type: 'string', help: 'publisher name for a new feed' },
    'publisher-url': { type: 'string', help: 'publisher https: URL for a new feed' },
    ...FAQ_OUTDATED_OPTIONS,
    json: { type: 'boolean', help: 'print {feed, incident, created, placeholders} as JSON' },
  },
  async run(v) {
    // Said in the desk's language before the feed is read: the feed.json's if there is one, else the first
    // language the new feed gets (--lang, or nl,en): a Dutch desk read these in English.
    const file = str(v.feed) ?? 'feed.json';
    // A feed without texts yet (just made by `new feed`) says none: then --lang's, as for a new feed (a Flemish desk was
    // refused in English), else English as before.
    const first = parseLangs(v.lang)[0];
    // A feed without texts on Dutch or Belgian time (just made by `new feed` there) is a Dutch desk's: "er is geen sjabloon",
    // as the incident it then writes is said in Dutch (a mobile operator's desk was refused in English, then answered in Dutch).
    const desk = (await exists(file)) ? ((await ownLanguage(file)) ?? (first ? uiLanguage(first) : (zoneLanguage(await fileZone(file)) ?? 'en'))) : uiLanguage(first ?? emptyFeedLanguages({ time_zone: zoneOption(v) ?? feedZone(undefined) })[0]);
    const e = SAID[desk];
    // The organisation's own prepared text (prepared-option.ts), instead of a template: read and chosen first, so a wrong
    // file or name is said before anything else, and nothing is written.
    const preparedFile = str(v.prepared);
    if (preparedFile && v.template !== undefined) throw new CliError(PREPARED_SAID[desk].both);
    if (!preparedFile && v.like !== undefined) throw new CliError(PREPARED_SAID[desk].likeAlone);
    if (preparedFile && resolve(preparedFile) === resolve(file)) throw new CliError(PREPARED_SAID[desk].same(preparedFile));
    const prepared = preparedFile ? choosePrepared(await readPrepared(preparedFile, desk), str(v.like), preparedFile, desk) : undefined;
    const template = prepared ? 'generic' : templateOption(str(v.template), desk);
    const severity = str(v.severity) as Severity | undefined;
    if (severity !== undefined && !(SEVERITIES as readonly string[]).includes(severity)) throw new CliError(e.severity(SEVERITIES.join(', ')));
    const id = str(v.id);
    if (!id) throw new CliError(prepared ? PREPARED_SAID[desk].noId(`${prepared.id}-${new Date().toISOString().slice(0, 10)}`.slice(0, 64)) : e.noId);
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(id)) {
      const like = suggestFeedId(id) || 'outage-2026-11-23';
      throw new CliError(e.badId(id, like));
    }
    const created = !(await exists(file));
    let feed: Obj;
    if (created) {
      const feedId = str(v['feed-id']);
      if (!feedId) throw new CliError(e.noFeed(file));
      const badId = feedIdProblem(feedId, desk);
      if (badId) throw new CliError(`--feed-id: ${badId}`);
      const zone = zoneOption(v) ?? feedZone(undefined);
      const badZone = timeZoneProblem(zone, desk);
      if (badZone) throw new CliError(`--time-zone ${badZone}`);
      feed = newFeed({ feedId, publisher: str(v.publisher), publisherUrl: str(v['publisher-url']), timeZone: zone }) as unknown as Obj;
    } else {
      feed = (await readStatusFeed(file, desk)).feed;
    }
    // Without --lang: the languages the feed is already written in (as `new channel` does), so a
    // second incident in an English-only feed is English only; before, it was always nl and en, and
    // the Dutch placeholders made every English text of the feed a "language missing" error.
    // A regional tag (nl-BE) is written from its language's template (templateLanguage), keyed as the feed writes it.
    const written = created ? [] : feedLanguages(feed as unknown as FeedDraft, []).filter((l) => templateLanguage(l));
    // A prepared text keeps the languages it is written in that the feed (or --lang) asks for; a template's are all it has.
    const langs = prepared ? preparedLangs(prepared, v.lang === undefined ? undefined : parseLangs(v.lang), created ? [] : feedLanguages(feed as unknown as FeedDraft, []), desk) : parseLangs(v.lang, written.length ? written : emptyFeedLanguages(feed));
    const unsupported = prepared ? [] : langs.filter((l) => !templateLanguage(l));
    if (unsupported.length) throw new CliError(e.languages(TEMPLATE_LANGUAGES.join(', '), unsupported.join(', ')));
    const incidents = Array.isArray(feed.incidents) ? (feed.incidents as Obj[]) : [];
    if (incidents.some((i) => i.id === id)) throw new CliError(e.taken(file, id));
    const now = Date.now();
    // A refused time is said in the desk's language: the first language this incident is written in.
    const next = v['next-update'] === undefined ? undefined : nextUpdateOption(String(v['next-update']), feed, now, deskLanguage(feed, langs[0]), undefined, v.daily === true);
    const starts = v.starts === undefined ? undefined : nextUpdateOption(String(v.starts), feed, now, deskLanguage(feed, langs[0]), '--starts');
    const titles = Array.isArray(v.title) ? (v.title as string[]) : [];
    if (titles.length > 1 && titles.length !== langs.length) throw new CliError(e.titles(langs.length, titles.length));
    const title = titles.length === 0 ? undefined : titles.length === 1 ? titles[0]! : Object.fromEntries(langs.map((l, i) => [l, titles[i]!]));
    const incident = prepared ? incidentFromPrepared(prepared.incident, { id, langs: langs.length ? langs : undefined, now, nextUpdateAt: next?.iso, severity, title }) : incidentFromTemplate(template, { id, langs, now, nextUpdateAt: next?.iso, severity, title, timeZone: feedZone(feed) });
    if (starts) (incident as Obj).starts_at = starts.iso;
    // A boil water notice updated once a day (feed/cadence.ts): marked before lint reads its next update (26 hours, not 4).
    if (v.daily === true) (incident as Obj).cadence = 'daily';
    // The FAQ answers that do not hold while it goes on (trial Q: "Gaat mijn afspraak door? Ja, …" during an IT outage).
    if (faqOutdatedIds(v)?.length) (incident as Obj).faq_outdated = faqOutdatedIds(v);
    feed.incidents = [incident, ...incidents];
    // The sector's typical contact reasons, only when the feed has none (never mixed into the publisher's own).
    const ownReasons = Array.isArray(feed.contact_reasons) ? (feed.contact_reasons as Obj[]) : [];
    if (!ownReasons.length && !prepared) feed.contact_reasons = contactReasonsFromTemplate(template, langs, feedZone(feed));
    // A next update that signing refuses (more than 4 hours ahead: lint's next-update-too-far) is refused before writing,
    // in the words `clearline update --next-update` refuses it with: before, new incident wrote "morgen 9:00" and only
    // lint and sign said no, after the desk had written every text.
    if (next) {
      const said = deskLanguage(feed, langs[0]);
      const refused = ownWords(lintNow(feed, now, { lang: said }).filter((f) => f.severity === 'error' && f.path === 'incidents/0/next_update_at'));
      if (refused.length) throw new CliError(`${SAID[said].notAdded(file, created)}\n${refused.map((f) => namedIn(formatFinding(f, said, feed), file)).join('\n')}`, 1, 'invalid');
    }
    await refuseFaqOutdated(v, feed, 0, file, deskLanguage(feed, langs[0]), SAID[deskLanguage(feed, langs[0])].notAdded(file, created));
    for (const k of ['issued_at', 'expires_at', 'seq']) delete feed[k];
    await writeText(file, json(feed) + '\n', undefined, deskLanguage(feed));
    const findings = lintNow(feed);
    const placeholders = findings.filter((f) => f.rule === 'placeholder').map((f) => f.path);
    if (v.json) return console.log(json({ feed: file, incident: id, ...(prepared ? { prepared: prepared.id } : { template }), created, placeholders }));
    const lang = deskLanguage(feed);
    const t = SAID[lang];
    // A Dutch desk read "uit het sjabloon cyberattack": the English name, with its Dutch word beside it as the list has it.
    const templateName = lang === 'nl' ? `“${TEMPLATE_LABELS.nl[template]}” (${template})` : template;
    console.log(prepared ? PREPARED_SAID[lang].done(created, file, id, pickText(prepared.title, lang), `${preparedFile}, ${prepared.id}`, langs) : t.done(created, file, id, templateName, langs));
    console.log(incident.next_update_at === null ? t.notice : t.first(next?.tomorrow ? next.shown : shownAt(incident.next_update_at, feed, now, lang), feedZone(feed)));
    if (v.daily === true) console.log(t.daily);
    if (created && !v['time-zone']) warnUtc(feedZone(feed), file, lang);
    // One --title is copied into every language, as the help says; a title of words (not a name such as "NS") then reads in
    // the desk's language everywhere: a municipality's English readers, its English SMS and CAP block got Dutch, unsaid.
    // Said, not refused (the update must go out), with the command that gives the other languages theirs (lint warns too).
    if (titles.length === 1 && findings.some((f) => f.rule === 'text-same-in-languages' && f.path === 'incidents/0/title')) {
      const same = sameTextLanguages(incident.title)[0] ?? langs;
      const first = same[0]!.split('-')[0];
      const others = same.filter((l) => l.split('-')[0] !== first);
      const command = `clearline update ${shellArg(file)} --incident ${id} --correct --lang ${others.join(',')} ${others.map(() => '--title "…"').join(' ')}`;
      console.error(t.sameTitle(titles[0]!.trim(), same, languageNames(others, lang), command));
    }
    // This incident's placeholders (it is first) and the feed's own; other incidents' are counted, not listed again.
    const own = placeholders.filter((p) => p.startsWith('incidents/0/') || !p.startsWith('incidents/'));
    const rest = placeholders.length - own.length;
    console.log(t.replace(own.length, rest, file));
    for (const p of own) console.log(`  ${p}`);
    // Last week's outage reasons ("I cannot log in") stay as they are for a data breach; say which topics the new
    // template would have offered ("A suspicious message or call"), so Help is not left with the old ones unasked.
    const quoted = (r: { label?: unknown }) => `"${pickText(r.label as TextValue, lang)}"`;
    // Added unasked to a feed without reasons, unmarked (topics, no claims): say which, since readers get them as they are.
    const urgent = { en: 'urgent', nl: 'dringend' }[lang];
    const soon = { en: 'time-critical', nl: 'haast' }[lang];
    const level = (r: Obj) => (r.urgent ? `, ${urgent}` : r.time_critical ? `, ${soon}` : '');
    if (!ownReasons.length && !prepared) console.log(t.added((feed.contact_reasons as Obj[]).map((r) => `${quoted(r)} (${r.id}${level(r)})`), file));
    for (const line of emergencyServicesHint(feed, feedZone(feed), lang, feedLanguages(feed as unknown as FeedDraft, langs), file)) console.log(line);
    // A prepared text names no template, so no template's contact reasons are offered: the feed keeps its own.
    if (prepared) return;
    const missing = missingContactReasons(template, [templateLanguage(lang) ?? 'en'], ownReasons, feedZone(feed));
    if (!ownReasons.length || !missing.length) return;
    console.log(t.reasons(ownReasons.map(quoted), missing.map(quoted), templateName, file));
    // The commands that add them, names in the feed's languages and the template's ids (so the next template does not
    // offer them again): a bus company's desk that had made its own reasons with new reason was sent to the studio or the JSON.
    const named = feedLanguages(feed as unknown as FeedDraft, langs);
    if (!named.every((l) => templateLanguage(l))) return;
    const q = (text: string) => `"${text.replace(/(["\\$`])/g, '\\$1')}"`;
    console.log(t.reasonCommands(file));
    for (const r of missingContactReasons(template, named, ownReasons, feedZone(feed))) {
      const names = named.map((l) => `--name ${q(pickText(r.label, l))}`).join(' ');
      console.log(`  clearline new reason ${names}${r.urgent ? ' --urgent' : r.time_critical ? ' --time-critical' : ''} --id ${r.id}${file === 'feed.json' ? '' : ` --feed ${shellArg(file)}`}`);
    }
  },
};
