/**
 * What `clearline update` says to the desk, in English and Dutch: one table, chosen by
 * deskLanguage (desk-lang.ts), so a Dutch feed's update speaks Dutch as its lint does with --lang nl
 * and an English feed's stays English. Option names, ids and phase/severity values stay as typed.
 */
import { TERMS, type UiLanguage } from '../i18n/terms.js';
import type { Phase, Severity } from '../feed/schema.js';
import type { CorrectionRule } from '../feed/update.js';
import { shellArg } from '../lint/shell.js';

/** update-from.ts: what is wrong with an `--from update.md` file (`n` is its line number). */
export interface FromTerms {
  notPart: (file: string, n: number, heading: string) => string;
  headingFirst: (file: string, n: number, eg: string, heading: string) => string;
  notLanguageHeading: (file: string, n: number, line: string) => string;
  startWithHeading: (file: string, n: number, eg: string) => string;
  noText: (file: string, eg: string) => string;
}

export interface UpdateTerms {
  texts: string;
  corrected: string;
  resolved: string;
  title: string;
  nextUpdate: (time: string, zone: string) => string;
  severity: (s: Severity) => string;
  affects: string;
  /** What changed, with --faq-outdated (trial Q). */
  faqOutdated: string;
  starts: (time: string | undefined) => string;
  actions: string;
  /** Actions changed with --correct: no new update for readers. */
  actionsCorrected: string;
  channel: (id: string, wait?: number) => string;
  noNextUpdate: string;
  updated: (id: string, file: string, changes: string[], phase: Phase, when: string) => string;
  /** `command` sets a cleared phone line's wait again, for its phone message. */
  /** `open`: another incident is still open, so the phone message needs a wait (export lint ivr-no-wait); else it says none. */
  cleared: (ids: string[], command?: string, open?: boolean) => string;
  askClosing: (lang: string) => string;
  giveIncident: (file: string, ids: string[], channelOnly: boolean) => string;
  noIncident: (file: string, id: string, ids: string[]) => string;
  notStatusFeed: (file: string) => string;
  resolvedHasNoNext: string;
  waitNeedsChannel: string;
  needsClosing: string;
  /** After `--resolve` without `--title`: what readers now read as the title (after `resolved`, "Resolved at 18:00", as the banner says it), and the command that gives a closing one. */
  closingTitle: (resolved: string, title: string, command: string) => string;
  /**
   * After `--resolve` of an incident with actions: readers no longer see them (the status page and every export leave a resolved
   * incident's actions out, since most no longer hold), so what still holds (a scam warning) goes in the closing text.
   */
  actionsGone: (labels: string[], command: string) => string;
  /** After --correct in one language, another still names the number the correction took out. */
  staleNumber: (corrected: string, stale: string, numbers: string[], command: string) => string;
  /** A resolved incident given --unknown (or ### unknown): readers show no "What we don't know yet" for it. */
  unknownAtResolve: (command: string) => string;
  /** A resolved incident whose action warns against links: readers show no actions for it. */
  warningAtResolve: (phrase: string, command: string) => string;
  /** The history was full (`kept` earlier updates at most): the oldest, published `at` ("at 09:43" / "op do 3 dec 09:43", when.ts shownAt), was dropped from `file`. */
  historyFull: (kept: number, at: string, zone: string, file: string) => string;
  correct: (problem: string) => string;
  nothingToChange: string;
  notChanged: (file: string) => string;
  /** No feed file given. */
  giveFile: string;
  conflict: (file: string) => string;
  /** update-edit.ts: a text given in fewer languages than it is written in. */
  writtenIn: (part: string, langs: string[]) => string;
  alsoWrittenIn: (part: string, missing: string[]) => string;
  severalNeedLang: (part: string) => string;
  langCount: (part: string, langs: number, texts: number) => string;
  noAction: (which: string, listing: string) => string;
  urgent: string;
  noChannel: (id: string, ids: string[]) => string;
  badWait: (wait: string) => string;
  oneOf: (option: string, values: readonly string[]) => string;
  /** `--correct` with a change that makes it a new update (feed/update.ts correctionRule). */
  correction: Record<CorrectionRule, string>;
  linkNeedsAction: string;
  linkActionNeedsLink: string;
  linkActionAlone: string;
  rewordNeedsLabel: string;
  labelNeedsReword: string;
  /** `--who` without an action to go with. */
  whoNeedsAction: string;
  /** What `--from` names, in "there is no file update.md (the update text)". */
  updateText: string;
  from: FromTerms;
}

const list = (ids: string[], none: string) => ids.join(', ') || none;

/** The parts `--from update.md` gives (update-from.ts): only for them is it a way out. */
const FROM = new Set(['known', 'unknown']);

export const UPDATE_TERMS: Record<UiLanguage, UpdateTerms> = {
  en: {
    texts: 'texts',
    corrected: 'corrected texts (no new update)',
    resolved: 'resolved',
    title: 'title',
    nextUpdate: (time, zone) => `next update ${time} (${zone})`,
    severity: (s) => `severity ${s}`,
    affects: 'affects',
    faqOutdated: 'FAQ answers that do not hold now',
    starts: (time) => (time ? `begins ${time} (announced ahead)` : 'no longer announced ahead: going on now'),
    actions: 'actions',
    actionsCorrected: 'corrected actions (no new update)',
    channel: (id, wait) => `channel ${id}${wait !== undefined ? ` wait ${wait} min` : ''}`,
    noNextUpdate: 'no next update',
    updated: (id, file, changes, phase, when) => `Updated "${id}" in ${file}: ${changes.join(', ')}; phase ${phase}${when ? `, ${when}` : ''}. Sign it to publish.`,
    cleared: (ids, command, open) =>
      `Cleared the expected waits of ${ids.join(', ')}: they were about this incident.${command ? (open ? `\nThe phone message (clearline export --to ivr) needs a wait again: ${command} when there is no queue, or the minutes with --reason "…".` : `\nThe phone message (clearline export --to ivr) says no wait now; to say one: ${command} when there is no queue, or the minutes with --reason "…".`) : ''}`,
    askClosing: (l) => `Closing text (what we know now) in ${l}: `,
    giveIncident: (file, ids, channelOnly) =>
      `give --incident ID${ids.length ? ` (in ${file}: ${ids.join(', ')})` : ''}${channelOnly ? `; to change only a channel's wait or reason: clearline edit channel${file === 'feed.json' ? '' : ` --feed ${shellArg(file)}`} --id ID --wait MIN --reason TEXT` : ''}`,
    noIncident: (file, id, ids) => `${file} has no incident "${id}"; its incidents: ${list(ids, 'none')}`,
    notStatusFeed: (file) => `${file} is not a status feed`,
    resolvedHasNoNext: 'a resolved incident has no next update; leave out --next-update',
    waitNeedsChannel: '--wait and --reason need --channel ID (the channel they are for)',
    closingTitle: (resolved, title, command) => `Readers see "${resolved}: ${title}". Is that title no longer true? Give a closing title: ${command}`,
    actionsGone: (labels, command) =>
      `Readers no longer see this incident's actions (the status page, SMS and e-mail leave them out once it is resolved): ${labels.map((l) => `"${l}"`).join(', ')}. Does one still hold, such as a warning about fake texts or calls ("We never ask for your PIN")? Say it first in the closing text (the SMS keeps only its first sentence): ${command}`,
    staleNumber: (corrected, stale, numbers, command) =>
      `Note: you corrected only the ${corrected} text; the ${stale} text still says ${numbers.map((n) => `"${n}"`).join(', ')}, which the ${corrected} text no longer does. Wrong there too? ${command}`,
    unknownAtResolve: (command) =>
      `Note: readers see no "What we don't know yet" for a resolved incident, so the unknown you gave is not shown. Say what is still unknown in the closing text (known), e.g. "We do not know yet whether personal data was stolen; the investigation continues.": ${command}`,
    historyFull: (kept, at, zone, file) =>
      `Note: an incident keeps at most ${kept} earlier updates, so the oldest, published ${at} (${zone}), is no longer in ${file} and readers no longer see it. Need it on record? Take it from a copy made before this update`,
    warningAtResolve: (phrase, command) =>
      `Note: readers see no actions for a resolved incident, so the warning "${phrase}" is no longer shown. Are the fake messages still going round? Put the warning in the closing text (known): ${command}`,
    needsClosing: 'resolving needs a closing text that says what happened and that it is over: give --known (one per --lang language) or --from closing.md',
    correct: (problem) => `--correct: ${problem}; leave out --correct to publish it as a new update`,
    nothingToChange: 'nothing to change: give --title, --known/--unknown/--from, --next-update, --severity, --phase, --affects, an action option, --channel, --faq-outdated or --resolve',
    notChanged: (file) => `not changed; ${file} is unchanged:`,
    giveFile: 'no feed given: give the file to update first, e.g. clearline update feed.json --incident storm --known "…"',
    conflict: (file) => `${file} changed while this update was being made (someone else updated it?); nothing was written. Run the same command again: it starts from the new version`,
    writtenIn: (part, langs) => `${part === 'add-action' ? 'this incident' : part} is written in ${langs.join(', ')}; give --lang ${langs.join(',')} and one --${part} per language${FROM.has(part) ? ' (or use --from update.md)' : ''}`,
    alsoWrittenIn: (part, missing) => `${part} is also written in ${missing.join(', ')}; give text for every language so no reader gets an old message`,
    // Trial V: an English-only desk gave two actions in one command and was told about Dutch.
    severalNeedLang: (part) => `several --${part} texts are one text per language and need --lang, e.g. --lang nl,en --${part} "…" --${part} "…"${part === 'add-action' ? '. To add two actions, run clearline update once per action' : ''}`,
    langCount: (part, langs, texts) => `--lang names ${langs} language(s) but --${part} was given ${texts} time(s); give one --${part} per language, in the same order`,
    noAction: (which, listing) => `no action "${which}"; give its number or its label. The actions:\n${listing || '  (none)'}`,
    urgent: 'urgent',
    noChannel: (id, ids) => `there is no channel "${id}"; the channels: ${list(ids, 'none')}`,
    badWait: (wait) => `--wait ${wait}: give whole minutes (0 to 10080), or "none" to remove the wait`,
    oneOf: (option, values) => `${option} must be one of ${values.join(', ')}`,
    correction: {
      phase: 'a correction keeps the phase; a new phase is a new update',
      resolve: 'a correction cannot resolve the incident; resolving is a new update',
      note: 'a correction has no note; a note belongs to a new update',
    },
    linkNeedsAction: '--link is for the action added with --add-action, or the one named by --reword-action or --link-action',
    linkActionNeedsLink: 'give --link with what readers tap, e.g. --link-action 1 --link 0800-1234 (a phone number, a web or e-mail address)',
    linkActionAlone: '--link-action links an action that is there already; to add a new one with a link, give --add-action … --link … without --link-action',
    rewordNeedsLabel: 'give the new words with --label, one per language, e.g. --reword-action 1 --label "…" --label "…"',
    labelNeedsReword: '--label gives new words to an action that is there already: name it with --reword-action (its number or its words); a new action is --add-action',
    whoNeedsAction: '--who says who an action is for: with --add-action for a new one, or with --reword-action (its number or its words) for one that is there, e.g. --reword-action 1 --who "…" --who "…"',
    updateText: 'the update text',
    from: {
      notPart: (file, n, h) => `${file} line ${n}: "### ${h}" is not a part; use ### known, ### unknown or ### note`,
      headingFirst: (file, n, eg, h) => `${file} line ${n}: put a language heading such as "${eg}" before "### ${h}"`,
      notLanguageHeading: (file, n, line) => `${file} line ${n}: "${line}" is not a language heading; use "## nl", "## en", …`,
      startWithHeading: (file, n, eg) => `${file} line ${n}: start with a language heading such as "${eg}"`,
      noText: (file, eg) => `${file} has no text; write "${eg}" (or another language) and the text under it`,
    },
  },
  nl: {
    texts: 'teksten',
    corrected: 'teksten verbeterd (geen nieuwe update)',
    resolved: 'opgelost',
    title: 'titel',
    nextUpdate: (time, zone) => `volgende update ${time} (${zone})`,
    // The words readers see, with the value --severity and --phase take.
    severity: (s) => `ernst "${TERMS.nl.severity[s]}" (${s})`,
    affects: 'gevolgen',
    faqOutdated: 'FAQ-antwoorden die nu niet kloppen',
    starts: (time) => (time ? `begint ${time} (vooraf aangekondigd)` : 'niet meer vooraf aangekondigd: nu aan de gang'),
    actions: 'acties',
    actionsCorrected: 'acties verbeterd (geen nieuwe update)',
    channel: (id, wait) => `kanaal ${id}${wait !== undefined ? ` wachttijd ${wait} min` : ''}`,
    noNextUpdate: 'geen volgende update',
    updated: (id, file, changes, phase, when) => `"${id}" bijgewerkt in ${file}: ${changes.join(', ')}; fase "${TERMS.nl.phase[phase]}" (${phase})${when ? `, ${when}` : ''}. Onderteken het bestand om te publiceren.`,
    cleared: (ids, command, open) =>
      `De wachttijden van ${ids.join(', ')} zijn gewist: die gingen over dit incident.${command ? (open ? `\nHet wachtbericht van de telefoonlijn (clearline export --to ivr) heeft weer een wachttijd nodig: ${command} als er geen wachtrij is, of het aantal minuten met --reason "…".` : `\nHet wachtbericht van de telefoonlijn (clearline export --to ivr) noemt nu geen wachttijd; om er een te noemen: ${command} als er geen wachtrij is, of het aantal minuten met --reason "…".`) : ''}`,
    askClosing: (l) => `Slottekst (wat we nu weten), taal ${l}: `,
    giveIncident: (file, ids, channelOnly) =>
      `geef --incident ID${ids.length ? ` (in ${file}: ${ids.join(', ')})` : ''}${channelOnly ? `; alleen de wachttijd of reden van een kanaal wijzigen: clearline edit channel${file === 'feed.json' ? '' : ` --feed ${shellArg(file)}`} --id ID --wait MIN --reason TEKST` : ''}`,
    noIncident: (file, id, ids) => `${file} heeft geen incident "${id}"; de incidenten: ${list(ids, 'geen')}`,
    notStatusFeed: (file) => `${file} is geen statusfeed`,
    resolvedHasNoNext: 'een opgelost incident heeft geen volgende update; laat --next-update weg',
    waitNeedsChannel: '--wait en --reason hebben --channel ID nodig (het kanaal waar ze bij horen)',
    closingTitle: (resolved, title, command) => `Lezers zien "${resolved}: ${title}". Klopt die titel niet meer? Geef een afsluitende titel: ${command}`,
    actionsGone: (labels, command) =>
      `Lezers zien de acties van dit incident niet meer (de statuspagina, sms en e-mail laten ze weg zodra het is opgelost): ${labels.map((l) => `"${l}"`).join(', ')}. Geldt er een nog, zoals een waarschuwing voor nepberichten of nepbellers ("Wij vragen nooit om uw pincode")? Zeg het dan als eerste in de slottekst (de sms houdt alleen de eerste zin): ${command}`,
    staleNumber: (corrected, stale, numbers, command) =>
      `Let op: u verbeterde alleen de ${corrected}-tekst; de ${stale}-tekst noemt nog ${numbers.map((n) => `"${n}"`).join(', ')}, ${numbers.length > 1 ? 'die' : 'dat'} in de ${corrected}-tekst niet meer ${numbers.length > 1 ? 'staan' : 'staat'}. Klopt het daar ook niet? ${command}`,
    unknownAtResolve: (command) =>
      `Let op: bij een opgelost incident zien lezers geen "Wat we nog niet weten", dus wat u bij unknown gaf, zien zij niet. Zeg wat nog onbekend is in de slottekst (known), bijvoorbeeld "We weten nog niet of persoonsgegevens zijn gestolen; het onderzoek loopt.": ${command}`,
    historyFull: (kept, at, zone, file) =>
      `Let op: een incident bewaart hooguit ${kept} eerdere updates, dus de oudste, gepubliceerd ${at} (${zone}), staat niet meer in ${file} en lezers zien hem niet meer. Moet u hem bewaren? Haal hem uit een kopie van vóór deze update`,
    warningAtResolve: (phrase, command) =>
      `Let op: bij een opgelost incident zien lezers geen acties meer, dus de waarschuwing "${phrase}" staat er niet meer. Gaan de nepberichten door? Zet de waarschuwing in de slottekst (known): ${command}`,
    needsClosing: 'voor oplossen is een slottekst nodig die zegt wat er gebeurde en dat het voorbij is: geef --known (één per --lang-taal) of --from slottekst.md',
    correct: (problem) => `--correct: ${problem}; laat --correct weg om het als nieuwe update te publiceren`,
    nothingToChange: 'niets te wijzigen: geef --title, --known/--unknown/--from, --next-update, --severity, --phase, --affects, een actie-optie, --channel, --faq-outdated of --resolve',
    notChanged: (file) => `niet gewijzigd; ${file} is niet veranderd:`,
    giveFile: 'geen feed opgegeven: geef eerst het bestand dat u bijwerkt, bijvoorbeeld clearline update feed.json --incident storm --known "…"',
    conflict: (file) => `${file} is veranderd terwijl deze update werd gemaakt (heeft een collega hem bijgewerkt?); er is niets opgeslagen. Geef dezelfde opdracht opnieuw: die begint bij de nieuwe versie`,
    writtenIn: (part, langs) => `${part === 'add-action' ? 'dit incident' : part} staat in ${langs.join(', ')}; geef --lang ${langs.join(',')} en één --${part} per taal${FROM.has(part) ? ' (of gebruik --from update.md)' : ''}`,
    alsoWrittenIn: (part, missing) => `${part} staat ook in ${missing.join(', ')}; geef tekst voor elke taal, zodat geen lezer een oud bericht krijgt`,
    severalNeedLang: (part) => `meerdere --${part}-teksten zijn één tekst per taal en hebben --lang nodig, bijv. --lang nl,en --${part} "…" --${part} "…"${part === 'add-action' ? '. Twee acties toevoegen? Geef clearline update één keer per actie' : ''}`,
    langCount: (part, langs, texts) => `--lang noemt ${langs} ${langs === 1 ? 'taal' : 'talen'}, maar --${part} staat er ${texts} keer; geef één --${part} per taal, in dezelfde volgorde`,
    noAction: (which, listing) => `geen actie "${which}"; geef het nummer of de tekst van de actie. De acties:\n${listing || '  (geen)'}`,
    urgent: 'dringend',
    noChannel: (id, ids) => `er is geen kanaal "${id}"; de kanalen: ${list(ids, 'geen')}`,
    badWait: (wait) => `--wait ${wait}: geef hele minuten (0 tot 10080), of "geen" om de wachttijd weg te halen`,
    oneOf: (option, values) => `${option} moet een van deze zijn: ${values.join(', ')}`,
    correction: {
      phase: 'een verbetering houdt dezelfde fase; een nieuwe fase is een nieuwe update',
      resolve: 'een verbetering kan het incident niet oplossen; oplossen is een nieuwe update',
      note: 'een verbetering heeft geen notitie; een notitie hoort bij een nieuwe update',
    },
    linkNeedsAction: '--link hoort bij de actie die u toevoegt met --add-action, of die u noemt met --reword-action of --link-action',
    linkActionNeedsLink: 'geef met --link waar lezers op tikken, bijvoorbeeld --link-action 1 --link 0800-1234 (een telefoonnummer, een web- of e-mailadres)',
    linkActionAlone: '--link-action geeft een actie die er al staat een link; voor een nieuwe actie met link geeft u --add-action … --link … zonder --link-action',
    rewordNeedsLabel: 'geef de nieuwe tekst met --label, één per taal, bijvoorbeeld --reword-action 1 --label "…" --label "…"',
    labelNeedsReword: '--label geeft een actie die er al staat een nieuwe tekst: noem die met --reword-action (het nummer of de tekst); een nieuwe actie is --add-action',
    whoNeedsAction: '--who zegt voor wie een actie geldt: met --add-action bij een nieuwe, of met --reword-action (het nummer of de tekst) bij een die er al staat, bijvoorbeeld --reword-action 1 --who "…" --who "…"',
    updateText: 'de updatetekst',
    from: {
      notPart: (file, n, h) => `${file} regel ${n}: "### ${h}" is geen onderdeel; gebruik ### wat we weten, ### wat we nog niet weten of ### notitie (of ### known, ### unknown, ### note)`,
      headingFirst: (file, n, eg, h) => `${file} regel ${n}: zet een taalkop zoals "${eg}" boven "### ${h}"`,
      notLanguageHeading: (file, n, line) => `${file} regel ${n}: "${line}" is geen taalkop; gebruik "## nl", "## en", …`,
      startWithHeading: (file, n, eg) => `${file} regel ${n}: begin met een taalkop zoals "${eg}"`,
      noText: (file, eg) => `${file} bevat geen tekst; schrijf "${eg}" (of een andere taal) met de tekst eronder`,
    },
  },
};
