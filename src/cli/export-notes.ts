/**
 * What `clearline export` says on standard error (measurements, what it left out, why it refused),
 * in the desk's language (desk-lang.ts): the export's `--lang` when given, else the feed's first
 * language. A Dutch export or feed hears Dutch, an English one English. One table, both languages.
 */
import { openIncidents } from '../feed/incidents.js';
import type { Incident, StatusPayload } from '../feed/schema.js';
import type { UiLanguage } from '../i18n/terms.js';
import type { EmailOutage } from '../export/email-outage.js';
import { incidentName } from '../feed/incident-name.js';
import { LINK_LEFT_OUT_NOTE, type LinkWarning } from '../export/link-warning.js';
import { shortenedInWords } from '../export/shortened.js';
import { TWO_PARTS } from '../export/sms-advice.js';
import type { FraudLine } from '../export/sms-fraud.js';
import { ALSO_LINE_NOTE, FRAUD_LINE_LEFT_OUT, URGENT_LEFT_OUT } from '../export/sms-left-out.js';
import type { AlsoLine } from '../export/sms-also.js';
import { SMS_CUT_NOTE, type SmsCut } from '../export/sms-cut-note.js';
import { EXPORT_TERMS } from '../export/terms.js';
import { deskLanguage } from './desk-lang.js';
import { shellArg } from '../lint/shell.js';

export const ONE_INCIDENT_FORMATS = ['sms', 'social'] as const;
export type OneIncidentFormat = (typeof ONE_INCIDENT_FORMATS)[number];

/** The exporter's own account of what it covered: `incident` and the open `others` it left out. */
export interface Coverage {
  incident?: string;
  others: readonly string[];
}

export interface ExportNotes {
  leftOut: (format: OneIncidentFormat, open: number, incident: string, others: string) => string;
  ivr: (format: string, seconds: number, words: number, line: string, incidents: number, dropped: string[]) => string;
  sms: (characters: number, limit: number, encoding: string, parts: number, shortened: string[]) => string;
  /** Why the SMS has no link (the same words the studio shows under it); `incidents` name the incident by its title. */
  smsLinkLeftOut: (w: LinkWarning, incidents: readonly Incident[]) => string;
  /** Why the e-mail has no links. */
  emailLinkLeftOut: (w: LinkWarning & { kept?: string[] }, incidents: readonly Incident[]) => string;
  /** Why the social posts have no link; `kept`: addresses the publisher's own text still names. */
  socialLinkLeftOut: (w: LinkWarning & { kept?: string[] }, incidents: readonly Incident[]) => string;
  /** An open incident is about e-mail itself: the e-mail may not reach the people it is about. A warning, not a refusal. */
  emailOutage: (o: EmailOutage, incidents: readonly Incident[]) => string;
  /** An open incident is about the mobile network or SMS: the SMS may not reach the people it is about. A warning. */
  smsOutage: (o: EmailOutage, incidents: readonly Incident[]) => string;
  /** Another open incident warns against fake messages in the publisher's name: its words went in (`said`), or did not fit (sms-fraud.ts, trial U). */
  smsFraudLine: (f: FraudLine, incidents: readonly Incident[]) => string;
  /** Another incident going on: what the SMS said of it, or that it could not (sms-also.ts, trial X). */
  smsAlsoLine: (a: AlsoLine, incidents: readonly Incident[]) => string;
  /** The same for the social posts (social-fraud.ts). */
  socialFraudLine: (f: FraudLine, incidents: readonly Incident[]) => string;
  /** During that outage the e-mail marks the feed's own e-mail channel; the status page shows it unmarked. */
  emailChannelMarked: (label: string, id: string) => string;
  social: (lang: string, length: number, limit: number, shortened: string[]) => string;
  atom: (lang: string, entries: number, added: number, corrected: number) => string;
  /** `named`: a folder made for a path given without "/" and without an extension (cap-out.ts). */
  capWritten: (n: number, out: string, named?: boolean) => string;
  /** One alert written (about `lead`); the other incidents whose latest alert still holds, each with its --incident. */
  capLeftOut: (lead: string, others: string[]) => string;
  /** CAP without --category: Infra, said with the others a desk may mean (a storm exported as a service disruption). */
  capCategory: (all: string) => string;
  capHealth: (incidents: string[]) => string;
  /** CAP without --category: Security for incidents from the cyberattack or phishing template (export/cap-security.ts). */
  capSecurity: (incidents: string[]) => string;
  /** CAP without --category: Other, event "Strike", for incidents from the strike template (export/cap-strike.ts). */
  capStrike: (incidents: string[]) => string;
  badCategory: (given: string, all: string) => string;
  capOne: (msgType: string, identifier: string, n: number) => string;
  /** No CAP alert for an incident published already resolved (`name`: its title, quoted), and why. */
  capPublishedResolved: (name: string) => string;
  /** No --to, or one that is none of the exports (`asked`): each named by what it is. */
  noFormat: (asked: string | undefined, formats: string) => string;
  noFile: string;
  /** Before the budget message of an export that does not fit. */
  /** `file`: the feed to lint (the one exported, or the feed.json a signed file was made from). */
  shorten: (what: string, file: string) => string;
  ivrTooLong: (seconds: number) => string;
  /** After ivrTooLong when the message was not written (no --force). */
  ivrNotWritten: string;
  smsTooLong: string;
  /** One SMS lost words of the title or the urgent action, and two parts would carry them (sms-advice.ts, trial Q). */
  smsTwoParts: string;
  smsUrgentLeftOut: (start: string) => string;
  /** What the SMS lost that `shortened` does not name: the title's places, where an urgent action was cut, the news (sms-cut-note.ts, trial Y). */
  smsCut: (cut: SmsCut) => string[];
  socialTooLong: string;
  /** Lint errors in the feed (a placeholder, a passed promise): not "export anyway with --force", which sends them to people. */
  refusedLint: string;
  /** The phone line's own error (no wait): --force is offered, its message then says nothing of a wait. */
  refusedLine: string;
}

export const EXPORT_NOTES: Record<UiLanguage, ExportNotes> = {
  en: {
    leftOut: (format, open, incident, others) =>
      `${open} open incident${open === 1 ? '' : 's'}; ${format === 'sms' ? 'this SMS is' : 'these posts are'} about ${incident} only. Give --incident ID for another: ${others}`,
    ivr: (format, seconds, words, line, incidents, dropped) =>
      `${format}: ${seconds} s of 45 s at 150 words a minute (${words} words), line "${line}"${incidents > 1 ? `, names ${incidents} incidents` : ''}${dropped.length ? `; left out: ${dropped.join(', ')}` : ''}`,
    sms: (characters, limit, encoding, parts, shortened) => `sms: ${characters} of ${limit} characters (${encoding}), ${parts} part(s)${shortened.length ? `; ${shortenedInWords(shortened, 'en')}` : ''}`,
    smsLinkLeftOut: (w, incidents) => LINK_LEFT_OUT_NOTE.en(w, 'sms', incidents),
    emailLinkLeftOut: (w, incidents) => LINK_LEFT_OUT_NOTE.en(w, 'email', incidents),
    socialLinkLeftOut: (w, incidents) =>
      `link left out: incident ${incidentName(w.incident, incidents, 'en')} says "${w.phrase}", so a post from you with a link would contradict it; the posts tell people to look on your website themselves${w.kept?.length ? `. But your own text still names ${w.kept.join(', ')}, which the platforms turn into a link: say it in words or leave it out` : ''}`,
    emailOutage: (o, incidents) =>
      `warning: incident ${incidentName(o.incident, incidents, 'en')} is still open and is about e-mail${saidIn(o, incidents, 'en')}, so the people it affects may not get this e-mail, or not read it. Tell them another way too: SMS (--to sms), the phone message (--to ivr), social posts (--to social) or your status page`,
    smsOutage: (o, incidents) =>
      `warning: incident ${incidentName(o.incident, incidents, 'en')} is still open and is about the mobile network or SMS${saidIn(o, incidents, 'en')}, so the people it affects may not get this SMS until it works again. Tell them another way too: e-mail (--to email), social posts (--to social) or your status page`,
    smsFraudLine: (f, incidents) =>
      f.added
        ? `added from incident ${incidentName(f.incident, incidents, 'en')}, a warning against fake messages in your name, because this SMS goes to everyone by the very channel the scam uses: "${f.said}"`
        : `${FRAUD_LINE_LEFT_OUT.en(incidentName(f.incident, incidents, 'en'))} (--incident ${f.incident}) or add --parts 2`,
    smsAlsoLine: (a, incidents) => ALSO_LINE_NOTE.en(incidentName(a.incident, incidents, 'en'), a.incident, a.kind, a.said),
    socialFraudLine: (f, incidents) =>
      f.added
        ? `added from incident ${incidentName(f.incident, incidents, 'en')}, a warning against fake messages in your name: "${f.said}"`
        : `incident ${incidentName(f.incident, incidents, 'en')} warns against fake messages in your name, but its urgent action does not fit in these posts: post about it too (--incident ${f.incident})`,
    emailChannelMarked: (label, id) =>
      `the e-mail still offers "${label}" (channel ${id}), marked "${EXPORT_TERMS.en.emailChannelDown}"; your status page offers it as usual. If that address does not work now, take it out until the outage is over: clearline edit channel --id ${id} --remove`,
    social: (lang, length, limit, shortened) => `social (${lang}): ${length} of ${limit} characters${shortened.length ? `; ${shortenedInWords(shortened, 'en')}` : ''}`,
    atom: (lang, entries, added, corrected) => `atom (${lang}): ${entries} entries, ${added} new${corrected ? `, ${corrected} sent again with changed text (a correction or a new next-update time)` : ''}`,
    capWritten: (n, out, named) =>
      `cap: ${n} alert(s) written to ${out}${named ? ' (a new folder, one file per alert: a name without an extension is taken as a folder; for one alert in a file give a name ending in .xml)' : ''}`,
    capLeftOut: (lead, others) =>
      `cap: this alert is about ${lead} only; ${others.length === 1 ? 'the latest alert of another incident still holds and was' : `the latest alerts of ${others.length} other incidents still hold and were`} not written: ${others.join('; ')}. For every alert at once, one file each: --out DIR/ (e.g. --out alerts/)`,
    capHealth: (incidents) => `cap: category Health (event "Boil water notice" or "Drinking water advice") for ${incidents.join(', ')}: a warning about drinking water; give --category to choose another`,
    capSecurity: (incidents) => `cap: category Security (event "Security incident") for ${incidents.join(', ')}: made from the cyberattack or phishing template; give --category to choose another`,
    capStrike: (incidents) => `cap: category Other (event "Strike") for ${incidents.join(', ')}: made from the strike template; give --category to choose another, such as Health for a hospital`,
    capCategory: (all) => `cap: category Infra (utilities, telecom, IT: event "Service disruption"); for another kind of event give --category, e.g. Met for a storm, Health for a boil-water advice, Transport for public transport, Security for a cyberattack, phishing or fraud (all: ${all})`,
    badCategory: (given, all) => `--category "${given}" is not a CAP category; give one of: ${all}`,
    // One alert is all there is: "(give --out DIR/ for all 1 alerts)" asked for what was written.
    capOne: (msgType, identifier, n) => `cap: ${msgType} ${identifier}${n > 1 ? ` (give --out DIR/ for all ${n} alerts)` : ''}`,
    capPublishedResolved: (name) =>
      `no CAP alert for incident ${name}: it was published already resolved, so no warning went out before it. CAP receivers (alert apps, Google Public Alerts) show or push every first alert as a new warning, and an all-clear has no earlier alert to clear. Your status page, Atom feed and e-mail still say it happened`,
    noFormat: (asked, formats) => `${asked ? `there is no export "${asked}"; give` : 'give'} --to with one of: ${formats}`,
    noFile: 'give the feed, e.g. clearline export feed.json --to sms',
    shorten: (what, file) => `${what}; run clearline lint ${shellArg(file)} --for sms,ivr,social for what to shorten`,
    ivrTooLong: (seconds) => `the message takes ${seconds} s, more than 45 s`,
    ivrNotWritten: ' even shortened, so it was not written (give --force to write it anyway)',
    smsTooLong: 'the SMS does not fit even shortened',
    smsTwoParts: `note: ${TWO_PARTS.en}: add --parts 2`,
    smsUrgentLeftOut: (start) => `note: ${URGENT_LEFT_OUT.en(start)}: add --parts 2`,
    smsCut: (cut) => SMS_CUT_NOTE.en(cut, 'add --parts 2').map((s) => `note: ${s}`),
    socialTooLong: 'a post does not fit even shortened',
    refusedLint: 'not exported: fix the lint errors above first, then export again',
    refusedLine: 'not exported: fix the error above in the feed first (or export anyway with --force)',
  },
  nl: {
    leftOut: (format, open, incident, others) =>
      `${open} open ${open === 1 ? 'incident' : 'incidenten'}; ${format === 'sms' ? 'deze sms gaat' : 'deze berichten gaan'} alleen over ${incident}. Geef --incident ID voor een andere: ${others}`,
    ivr: (format, seconds, words, line, incidents, dropped) =>
      `${format}: ${String(seconds).replace('.', ',')} s van 45 s bij 150 woorden per minuut (${words} woorden), lijn "${line}"${incidents > 1 ? `, noemt ${incidents} incidenten` : ''}${dropped.length ? `; weggelaten: ${dropped.join(', ')}` : ''}`,
    sms: (characters, limit, encoding, parts, shortened) => `sms: ${characters} van ${limit} tekens (${encoding}), ${parts} ${parts === 1 ? 'bericht' : 'berichten'}${shortened.length ? `; ${shortenedInWords(shortened, 'nl')}` : ''}`,
    smsLinkLeftOut: (w, incidents) => LINK_LEFT_OUT_NOTE.nl(w, 'sms', incidents),
    emailLinkLeftOut: (w, incidents) => LINK_LEFT_OUT_NOTE.nl(w, 'email', incidents),
    socialLinkLeftOut: (w, incidents) =>
      `link weggelaten: incident ${incidentName(w.incident, incidents, 'nl')} zegt "${w.phrase}", dus een bericht van u met een link zou dat tegenspreken; de berichten zeggen dat mensen zelf op uw website kijken${w.kept?.length ? `. Maar uw eigen tekst noemt nog ${w.kept.join(', ')}, en sociale media maken daar een link van: zeg het in woorden of laat het weg` : ''}`,
    emailOutage: (o, incidents) =>
      `let op: storing ${incidentName(o.incident, incidents, 'nl')} is nog open en gaat over e-mail${saidIn(o, incidents, 'nl')}, dus wie er last van heeft, krijgt deze e-mail misschien niet of kan hem niet lezen. Bereik hen ook op een andere manier: per sms (--to sms), in het telefoonbericht (--to ivr), op sociale media (--to social) of op uw statuspagina`,
    smsOutage: (o, incidents) =>
      `let op: storing ${incidentName(o.incident, incidents, 'nl')} is nog open en gaat over het mobiele netwerk of sms${saidIn(o, incidents, 'nl')}, dus wie er last van heeft, krijgt deze sms misschien pas als het weer werkt. Bereik hen ook op een andere manier: per e-mail (--to email), op sociale media (--to social) of op uw statuspagina`,
    smsFraudLine: (f, incidents) =>
      f.added
        ? `toegevoegd uit incident ${incidentName(f.incident, incidents, 'nl')}, een waarschuwing voor valse berichten uit uw naam, omdat deze sms naar iedereen gaat via hetzelfde kanaal als de oplichting: "${f.said}"`
        : `${FRAUD_LINE_LEFT_OUT.nl(incidentName(f.incident, incidents, 'nl'))} (--incident ${f.incident}) of voeg --parts 2 toe`,
    smsAlsoLine: (a, incidents) => ALSO_LINE_NOTE.nl(incidentName(a.incident, incidents, 'nl'), a.incident, a.kind, a.said),
    socialFraudLine: (f, incidents) =>
      f.added
        ? `toegevoegd uit incident ${incidentName(f.incident, incidents, 'nl')}, een waarschuwing voor valse berichten uit uw naam: "${f.said}"`
        : `incident ${incidentName(f.incident, incidents, 'nl')} waarschuwt voor valse berichten uit uw naam, maar de dringende actie daarvan past niet in deze berichten: plaats er ook een eigen bericht over (--incident ${f.incident})`,
    emailChannelMarked: (label, id) =>
      `de e-mail noemt "${label}" (kanaal ${id}) nog, met "${EXPORT_TERMS.nl.emailChannelDown}"; uw statuspagina biedt het gewoon aan. Werkt dat adres nu niet, haal het dan weg tot de storing voorbij is: clearline edit channel --id ${id} --remove`,
    social: (lang, length, limit, shortened) => `sociale media (${lang}): ${length} van ${limit} tekens${shortened.length ? `; ${shortenedInWords(shortened, 'nl')}` : ''}`,
    atom: (lang, entries, added, corrected) => `atom (${lang}): ${entries} berichten, ${added} nieuw${corrected ? `, ${corrected} opnieuw verstuurd met gewijzigde tekst (een correctie of een nieuwe tijd voor de volgende update)` : ''}`,
    capWritten: (n, out, named) =>
      `cap: ${n} ${n === 1 ? 'melding' : 'meldingen'} geschreven naar ${out}${named ? ' (een nieuwe map, één bestand per melding: een naam zonder extensie wordt een map; voor één melding in een bestand geeft u een naam die op .xml eindigt)' : ''}`,
    capLeftOut: (lead, others) =>
      `cap: deze melding gaat alleen over ${lead}; ${others.length === 1 ? 'de laatste melding van een ander incident geldt nog en is' : `de laatste meldingen van ${others.length} andere incidenten gelden nog en zijn`} niet geschreven: ${others.join('; ')}. Alle meldingen tegelijk, elk in een eigen bestand: --out MAP/ (bijv. --out meldingen/)`,
    capHealth: (incidents) => `cap: categorie Health (gebeurtenis "Kookadvies" of "Drinkwateradvies") voor ${incidents.join(', ')}: een waarschuwing over drinkwater; geef --category voor een andere`,
    capSecurity: (incidents) => `cap: categorie Security (gebeurtenis "Beveiligingsincident") voor ${incidents.join(', ')}: gemaakt uit het sjabloon cyberaanval of phishing; geef --category voor een andere`,
    capStrike: (incidents) => `cap: categorie Other (gebeurtenis "Staking") voor ${incidents.join(', ')}: gemaakt uit het sjabloon staking; geef --category voor een andere, zoals Health bij een ziekenhuis`,
    capCategory: (all) => `cap: categorie Infra (nutsvoorzieningen, telecom, IT: gebeurtenis "Storing in de dienstverlening"); voor een ander soort gebeurtenis geeft u --category, bijvoorbeeld Met bij storm, Health bij een kookadvies, Transport bij openbaar vervoer, Security bij een cyberaanval, phishing of fraude (alle: ${all})`,
    badCategory: (given, all) => `--category "${given}" is geen CAP-categorie; geef een van: ${all}`,
    capOne: (msgType, identifier, n) => `cap: ${msgType} ${identifier}${n > 1 ? ` (geef --out MAP/ voor alle ${n} meldingen)` : ''}`,
    capPublishedResolved: (name) =>
      `geen CAP-melding voor incident ${name}: dat is meteen als opgelost gepubliceerd, dus er ging geen waarschuwing aan vooraf. CAP-ontvangers (alert-apps, Google Public Alerts) tonen of pushen elke eerste melding als nieuwe waarschuwing, en een sein veilig heeft geen eerdere melding om op te heffen. Uw statuspagina, Atom-feed en e-mail melden het wel`,
    noFormat: (asked, formats) => `${asked ? `er is geen export "${asked}"; geef` : 'geef'} --to met een van: ${formats}`,
    noFile: 'geef de feed, bijv. clearline export feed.json --to sms',
    shorten: (what, file) => `${what}; clearline lint ${shellArg(file)} --for sms,ivr,social zegt wat korter moet`,
    ivrTooLong: (seconds) => `het bericht duurt ${String(seconds).replace('.', ',')} s, langer dan 45 s`,
    ivrNotWritten: ', ook ingekort, dus het is niet geschreven (met --force schrijft u het toch)',
    smsTooLong: 'de sms past ook ingekort niet',
    smsTwoParts: `let op: ${TWO_PARTS.nl}: voeg --parts 2 toe`,
    smsUrgentLeftOut: (start) => `let op: ${URGENT_LEFT_OUT.nl(start)}: voeg --parts 2 toe`,
    smsCut: (cut) => SMS_CUT_NOTE.nl(cut, 'voeg --parts 2 toe').map((s) => `let op: ${s}`),
    socialTooLong: 'een bericht past ook ingekort niet',
    refusedLint: 'niet geëxporteerd: los eerst de fouten hierboven op en exporteer dan opnieuw',
    refusedLine: 'niet geëxporteerd: los eerst de fout hierboven op in de feed (of exporteer toch met --force)',
  },
};

/** The notes for this export: `lang` is the export's --lang, else the feed's first language decides. */
/** The words that made it an e-mail outage, when they are not its title: ' ("Webmail")'. */
function saidIn(o: EmailOutage, incidents: readonly Incident[], lang: string): string {
  return incidentName(o.incident, incidents, lang) === `"${o.words}"` ? '' : ` ("${o.words}")`;
}

export const exportNotes = (payload: StatusPayload, lang?: string): ExportNotes => EXPORT_NOTES[deskLanguage(payload, lang)];

/** "3 open incidents; this SMS is about X only. Give --incident ID for another: Y, Z", or undefined when nothing was left out. */
export function leftOutNote(format: OneIncidentFormat, payload: StatusPayload, r: Coverage, lang?: string): string | undefined {
  if (!r.incident || !r.others.length) return undefined;
  return exportNotes(payload, lang).leftOut(format, openIncidents(payload).length, r.incident, r.others.join(', '));
}
