/**
 * What `clearline new channel` and `edit channel` say to the desk once the feed is read, in English
 * and Dutch: one table, chosen by deskLanguage (desk-lang.ts), as `update` and `new incident` do, so
 * a Dutch desk adding its phone line at 2 a.m. is answered in Dutch. Ids, kinds and links stay as typed.
 */
import type { UiLanguage } from '../i18n/terms.js';
import { nlCount } from './lint-report.js';
import { shellArg } from '../lint/shell.js';
import { isNanpZone } from '../feed/dialling.js';
import { twelveHourTimes } from '../feed/hours-clock.js';

export interface ChannelTerms {
  added: (id: string, file: string, kind: string, link: string, emergency: boolean, wait?: number) => string;
  changed: (id: string, file: string, link: string, emergency: boolean) => string;
  removed: (id: string, link: string, file: string, reasons: string[]) => string;
  elsewhere: (file: string, errors: number, warnings: number) => string;
  /** The change was refused: `done` is what would have happened to the channel. */
  refused: (done: 'added' | 'changed' | 'removed', file: string) => string;
  /** The channel's name or reason says it does not work, yet readers still get its link (as the studio's note). */
  down: (id: string, file: string) => string;
  /** A phone line given a wait without a reason: the phone message (export --to ivr) refuses it; said when the wait is set, not at export. */
  noReason: (id: string, file: string, wait: number) => string;
  /** `edit channel` without --id: the channels, one a line, then how to change one. */
  list: (file: string) => string;
  none: (file: string) => string;
  line: (id: string, kind: string, name: string, link: string, emergency: boolean, wait?: number) => string;
  howToChange: (file: string) => string;
  giveId: (file: string, list: string) => string;
  noSuchId: (file: string, id: string, list: string) => string;
  bothEmergency: string;
  bothRestricted: string;
  removeAlone: (changes: string) => string;
  whatToChange: string;
  /** `--move` with another word than up or down. */
  moveHow: (given: string) => string;
  /** After `--move`: where the channel is now. */
  moved: (id: string, file: string, n: number, of: number) => string;
  giveKind: (kinds: string, given?: string) => string;
  /** `--kind counter`, `balie`, …: a place people come to is no channel; where it goes instead. */
  inPerson: (kind: string, file: string) => string;
  /** `--kind alerts`, `meldingen`, …: a sign-up for status texts is no way to reach you; where it goes instead. */
  signUp: (kind: string, file: string) => string;
  giveLink: string;
  /** --keyword on a channel that is no text line (trial T). */
  keywordNotSms: string;
  sameLink: (file: string, link: string, id: string) => string;
  idTaken: (file: string, id: string) => string;
  /** `edit channel --link` with a link another channel has. */
  linkTaken: (file: string, link: string, id: string) => string;
  giveName: (langs: string[]) => string;
  /** After `--opening-hours` (or `--hours` written as the widget reads them): when readers see the line as closed. */
  openingHours: (name: string, hours: string, zone: string) => string;
  /** Hours in words only: the widget cannot tell when the line is closed; how to say it so that it can. */
  /** On a US or Canadian clock (`zone`) the example is in its 12-hour form, which the CLI reads (feed/hours-clock.ts). */
  noOpeningHours: (id: string, file: string, zone: string) => string;
  /** An ordinary line's --reason that says who the line is for (purpose-reason.ts): read as why people wait. A note; kept. */
  purposeReason: (id: string, name: string, file: string) => string;
}

export const CHANNEL_TERMS: Record<UiLanguage, ChannelTerms> = {
  en: {
    added: (id, file, kind, link, emergency, wait) =>
      `Added channel "${id}" to ${file}: ${kind}, ${link}${emergency ? ', emergency line (listed first)' : ''}${wait === undefined ? '' : `, wait ${wait} min`}. Sign it to publish.`,
    changed: (id, file, link, emergency) => `Changed channel "${id}" in ${file}: ${link}${emergency ? ', emergency line (listed first)' : ''}. Sign it to publish.`,
    removed: (id, link, file, reasons) =>
      `Removed channel "${id}" (${link}) from ${file}${reasons.length ? `; the contact reason(s) ${reasons.join(', ')} no longer offer it` : ''}. Sign it to publish.`,
    elsewhere: (file, errors, warnings) => `Elsewhere in ${file}: ${errors} error(s), ${warnings} warning(s); run clearline lint ${shellArg(file)} to see them.`,
    refused: (done, file) => `the channel was not ${done}; ${file} is unchanged:`,
    down: (id, file) =>
      `Its name or reason says it does not work, but readers still get it to call or open: a channel cannot be marked as down. Is it down? Remove it (clearline edit channel --feed ${shellArg(file)} --id ${id} --remove) and say under What we know ("known") that it does not work and what to use instead.`,
    noReason: (id, file, wait) =>
      `Callers on this line hear its wait (${wait} min) but not why: the phone message (clearline export --to ivr) says the wait without a reason, and lint says so. Give one: clearline edit channel${file === 'feed.json' ? '' : ` --feed ${shellArg(file)}`} --id ${id} --reason "…" (one per language), e.g. "many calls about the outage".`,
    list: (file) => `Channels in ${file}:`,
    none: (file) => `${file} has no channels yet; add one with clearline new channel --feed ${shellArg(file)} --kind phone --link … --name "…"`,
    line: (id, kind, name, link, emergency, wait) => `  ${id}: ${name} (${kind}, ${link}${emergency ? ', emergency line' : ''}${wait === undefined ? '' : `, wait ${wait} min`})`,
    howToChange: (file) => `Change one with clearline edit channel --feed ${shellArg(file)} --id ID and what to change (--link, --name, --hours, --opening-hours, --emergency, --wait, --reason, --move up|down), or --remove it.`,
    giveId: (file, list) => `give --id with the channel to change; the channels in ${file}: ${list}`,
    noSuchId: (file, id, list) => `${file} has no channel "${id}"; the channels: ${list}`,
    bothEmergency: 'give --emergency or --not-emergency, not both',
    bothRestricted: 'give --restricted or --not-restricted, not both',
    removeAlone: (changes) => `--remove removes the whole channel; give it without ${changes}`,
    whatToChange: 'say what to change (--link, --name, --hours, --emergency, --not-emergency, --wait, --reason, --move) or give --remove',
    moveHow: (given) => `--move takes up or down (one place in the order readers get), not "${given}"`,
    moved: (id, file, n, of) => `"${id}" is now channel ${n} of ${of} in ${file}; readers get emergency lines first, in this order.`,
    giveKind: (kinds, given) => `${given ? `--kind ${given} is not a kind of channel; ` : ''}give --kind with one of: ${kinds} (a web form or any page is web)`,
    inPerson: (kind, file) =>
      `--kind ${kind}: a place people come to, such as a counter, is not a channel (a channel is phone, chat, email, web, callback or sms: something readers tap). Say where it is and when it is open in an action, with who it is for: clearline update ${shellArg(file)} --incident ID --add-action "Come to the temporary counter in …, open from … to …" --who "You need to register a death" --urgent (one text per language), and in what we know. Has it a phone number or web page of its own? Add that with --kind phone or --kind web`,
    signUp: (kind, file) =>
      `--kind ${kind}: a sign-up for status texts or e-mails is not a way to reach you (readers would find it under "How to reach us" and "Long wait? You may not need to call"). Offer it as an action that can wait: clearline update ${shellArg(file)} --incident ID --add-action "Get a text when it is fixed: sign up on our website" --link www.example.com/alerts (one text per language), or on your own page`,
    giveLink: 'give --link: the phone number, e-mail address or web address, e.g. --link 0800-1234',
    keywordNotSms: '--keyword is the word people text, for a text message channel (--kind sms) only; on a phone line, say what to choose in its name',
    sameLink: (file, link, id) => `${file} already has a channel with ${link}: "${id}"; change it with clearline edit channel --id ${id}`,
    idTaken: (file, id) => `${file} already has a channel "${id}"; pick another --id`,
    linkTaken: (file, link, id) => `the channel "${id}" already has ${link}; ${file} is unchanged`,
    giveName: (langs) => `give --name: the name people see, e.g. --name "Servicedesk"${langs.length > 1 ? ` (one per language: ${langs.join(', ')}, or one for all)` : ''}`,
    openingHours: (name, hours, zone) => `Outside ${isNanpZone(zone) ? twelveHourTimes(hours) : hours} (${zone} time) readers see "${name}" as "Closed now, opens at …", without its wait, after the lines that are open.`,
    noOpeningHours: (id, file, zone) =>
      `Its hours are words for readers: the widget cannot tell when the line is closed, so at night readers still see it offered. Say them as the widget reads them: clearline edit channel${file === 'feed.json' ? '' : ` --feed ${shellArg(file)}`} --id ${id} --opening-hours ${isNanpZone(zone) ? '"Mon-Fri 8:00 AM-8:00 PM" (or "8:00 AM-10:00 PM" for every day, "24/7")' : '"Mo-Fr 08:00-20:00" (or "08:00-22:00" for every day, "24/7")'}.`,
    purposeReason: (id, name, file) =>
      `Readers see a line's reason after its wait, as why people wait ("Expected wait about 10 minutes: many calls about the strike"), not as who the line is for, and the all-clear removes it with the wait. Who "${name}" is for goes in --purpose, which readers see under the name, also after the all-clear: clearline edit channel${file === 'feed.json' ? '' : ` --feed ${shellArg(file)}`} --id ${id} --purpose "For …" --reason "" (the reason removed). The reason is kept as given.`,
  },
  nl: {
    added: (id, file, kind, link, emergency, wait) =>
      `Kanaal "${id}" toegevoegd aan ${file}: ${kind}, ${link}${emergency ? ', noodnummer (staat bovenaan)' : ''}${wait === undefined ? '' : `, wachttijd ${wait} min`}. Onderteken het bestand om te publiceren.`,
    changed: (id, file, link, emergency) => `Kanaal "${id}" gewijzigd in ${file}: ${link}${emergency ? ', noodnummer (staat bovenaan)' : ''}. Onderteken het bestand om te publiceren.`,
    removed: (id, link, file, reasons) =>
      `Kanaal "${id}" (${link}) verwijderd uit ${file}${reasons.length ? `; ${reasons.length === 1 ? 'de contactreden' : 'de contactredenen'} ${reasons.join(', ')} ${reasons.length === 1 ? 'biedt' : 'bieden'} het niet meer aan` : ''}. Onderteken het bestand om te publiceren.`,
    elsewhere: (file, errors, warnings) =>
      `Elders in ${file}: ${nlCount(errors, 'fout', 'fouten')}, ${nlCount(warnings, 'waarschuwing', 'waarschuwingen')}; zie ze met clearline lint ${shellArg(file)}.`,
    refused: (done, file) => `het kanaal is niet ${{ added: 'toegevoegd', changed: 'gewijzigd', removed: 'verwijderd' }[done]}; ${file} is niet gewijzigd:`,
    down: (id, file) =>
      `De naam of reden zegt dat het niet werkt, maar lezers krijgen het nog om te bellen of te openen: een kanaal kan niet als buiten gebruik worden gemarkeerd. Werkt het niet? Haal het weg (clearline edit channel --feed ${shellArg(file)} --id ${id} --remove) en zeg bij Wat we weten ("known") dat het niet werkt en wat mensen in plaats daarvan kunnen gebruiken.`,
    noReason: (id, file, wait) =>
      `Bellers op deze lijn horen de wachttijd (${wait} min) maar niet waarom: het wachtbericht (clearline export --to ivr) noemt de wachttijd zonder reden, en lint zegt het. Geef er een: clearline edit channel${file === 'feed.json' ? '' : ` --feed ${shellArg(file)}`} --id ${id} --reason "…" (één per taal), bijvoorbeeld "veel telefoontjes over de storing".`,
    list: (file) => `Kanalen in ${file}:`,
    none: (file) => `${file} heeft nog geen kanalen; voeg er een toe met clearline new channel --feed ${shellArg(file)} --kind phone --link … --name "…"`,
    line: (id, kind, name, link, emergency, wait) => `  ${id}: ${name} (${kind}, ${link}${emergency ? ', noodnummer' : ''}${wait === undefined ? '' : `, wachttijd ${wait} min`})`,
    openingHours: (name, hours, zone) => `Buiten ${hours} (tijd in ${zone}) zien lezers "${name}" als "Nu gesloten, weer open om …", zonder wachttijd, na de kanalen die open zijn.`,
    noOpeningHours: (id, file) =>
      `De openingstijden zijn woorden voor lezers: de widget kan niet zien wanneer de lijn dicht is, dus 's nachts zien lezers hem nog aangeboden. Geef ze zoals de widget ze leest: clearline edit channel${file === 'feed.json' ? '' : ` --feed ${shellArg(file)}`} --id ${id} --opening-hours "ma-vr 08:00-20:00" (of "08:00-22:00" voor elke dag, "24/7").`,
    howToChange: (file) => `Wijzig er een met clearline edit channel --feed ${shellArg(file)} --id ID en wat er verandert (--link, --name, --hours, --opening-hours, --emergency, --wait, --reason, --move up|down), of haal het weg met --remove.`,
    giveId: (file, list) => `geef met --id het kanaal dat u wilt wijzigen; de kanalen in ${file}: ${list}`,
    noSuchId: (file, id, list) => `${file} heeft geen kanaal "${id}"; de kanalen: ${list}`,
    bothEmergency: 'geef --emergency of --not-emergency, niet allebei',
    bothRestricted: 'geef --restricted of --not-restricted, niet allebei',
    removeAlone: (changes) => `--remove haalt het hele kanaal weg; geef het zonder ${changes}`,
    whatToChange: 'zeg wat er verandert (--link, --name, --hours, --emergency, --not-emergency, --wait, --reason, --move) of geef --remove',
    moveHow: (given) => `--move neemt up of down (één plaats in de volgorde die lezers krijgen), niet "${given}"`,
    moved: (id, file, n, of) => `"${id}" is nu kanaal ${n} van ${of} in ${file}; lezers krijgen noodnummers eerst, in deze volgorde.`,
    giveKind: (kinds, given) => `${given ? `--kind ${given} is geen soort kanaal; ` : ''}geef --kind met een van: ${kinds} (een webformulier of andere pagina is web)`,
    signUp: (kind, file) =>
      `--kind ${kind}: aanmelden voor sms'jes of e-mails over de status is geen manier om u te bereiken (lezers zouden het vinden onder "Zo bereikt u ons" en "Lange wachttijd? Misschien hoeft u niet te bellen"). Bied het aan als actie die kan wachten: clearline update ${shellArg(file)} --incident ID --add-action "Krijg een sms als het is opgelost: meld u aan op onze website" --link www.example.nl/sms (één tekst per taal), of op uw eigen pagina`,
    inPerson: (kind, file) =>
      `--kind ${kind}: een plek waar mensen langskomen, zoals een balie, is geen kanaal (een kanaal is phone, chat, email, web, callback of sms: iets waar lezers op tikken). Zet waar het is en wanneer het open is in een actie, met voor wie die is: clearline update ${shellArg(file)} --incident ID --add-action "Kom naar de tijdelijke balie in …, open van … tot …" --who "U moet een overlijden aangeven" --urgent (één tekst per taal), en bij Wat we weten. Heeft het een eigen telefoonnummer of webpagina? Voeg die toe met --kind phone of --kind web`,
    giveLink: 'geef --link: het telefoonnummer, e-mailadres of webadres, bijvoorbeeld --link 0800-1234',
    keywordNotSms: '--keyword is het woord dat mensen sms\'en, alleen voor een sms-kanaal (--kind sms); zet bij een telefoonlijn in de naam wat bellers kiezen',
    sameLink: (file, link, id) => `${file} heeft al een kanaal met ${link}: "${id}"; wijzig het met clearline edit channel --id ${id}`,
    idTaken: (file, id) => `${file} heeft al een kanaal "${id}"; kies een andere --id`,
    linkTaken: (file, link, id) => `het kanaal "${id}" heeft al ${link}; ${file} is niet gewijzigd`,
    purposeReason: (id, name, file) =>
      `Lezers zien de reden van een lijn na de wachttijd, als waarom mensen wachten ("Verwachte wachttijd ongeveer 10 minuten: veel telefoontjes over de staking"), niet als voor wie de lijn is, en bij Opgelost gaat hij weg met de wachttijd. Voor wie "${name}" is, hoort in --purpose, dat lezers onder de naam zien, ook na Opgelost: clearline edit channel${file === 'feed.json' ? '' : ` --feed ${shellArg(file)}`} --id ${id} --purpose "Voor …" --reason "" (de reden weggehaald). De reden is bewaard zoals gegeven.`,
    giveName: (langs) => `geef --name: de naam die mensen zien, bijvoorbeeld --name "Servicedesk"${langs.length > 1 ? ` (één per taal: ${langs.join(', ')}, of één voor alle)` : ''}`,
  },
};
