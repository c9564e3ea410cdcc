/** The editor's own words, in the UI languages clearline speaks. The accessible names tests use are here. */
import type { ChannelKind } from '../../feed/schema.js';
import { exampleClock, exampleWhen } from '../../feed/times.js';
import type { UiLanguage } from '../../i18n/terms.js';
import type { TemplateName } from '../../templates/index.js';
import { KEY_FILE_TERMS, type KeyFileProblem } from './key-file.js';
import { TEMPLATE_LABELS } from './template-labels.js';

export interface EditorTerms {
  heading: string;
  openIncidents: string;
  noOpenIncidents: string;
  nextIn: (time: string, relative: string) => string;
  late: (time: string, relative: string) => string;
  template: string;
  templates: Record<TemplateName, string>;
  newIncident: string;
  postUpdate: string;
  postUpdateOn: (title: string) => string;
  editingNew: string;
  editingUpdate: (title: string) => string;
  title: string;
  known: string;
  unknown: string;
  nextUpdate: string;
  nextUpdateHint: (zone: string) => string;
  nextChosen: (time: string) => string;
  quick: (label: string) => string;
  passed: (clock: string, suggestion: string) => string;
  useSuggestion: (suggestion: string) => string;
  unreadable: (input: string, zone: string, now: number) => string;
  phase: string;
  severity: string;
  affects: string;
  affectsHint: string;
  actions: string;
  actionLabel: string;
  actionWho: string;
  actNow: string;
  removeAction: string;
  addAction: string;
  suggestions: string;
  channels: string;
  channelWait: string;
  channelReason: string;
  channelEmergency: string;
  channel: string;
  channelKind: string;
  channelKinds: Record<ChannelKind, string>;
  channelName: string;
  channelLink: string;
  addChannel: string;
  removeChannel: string;
  newFeed: string;
  newFeedHint: string;
  publisherName: string;
  publisherUrl: string;
  feedId: string;
  feedIdHint: string;
  timeZone: string;
  timeZoneHint: string;
  preview: string;
  previewLanguage: string;
  previewWidth: string;
  phone: string;
  desktop: string;
  /** Above the preview while no next update is chosen: the time it shows is only an example. */
  previewExample: (time: string) => string;
  signingKey: string;
  signingKeyHint: string;
  keyFile: Record<KeyFileProblem, string>;
  rememberKey: string;
  forgetKey: string;
  keyReady: (kid: string, alg: string, remembered: boolean) => string;
  keyOnServer: string;
  keyNotPinned: string;
  sign: string;
  download: string;
  publish: string;
  blocked: (n: number, atFields: boolean) => string;
  /** problems: how many "Not signed" names above it (then it must not say signing is allowed, trial W). */
  warnings: (n: number, problems: number) => string;
  elsewhere: string;
  /** when: the signing time. No version number: a desk read "version 1796217343830" as meaningless. */
  signed: (when: string, until: string, quiet?: boolean | 'notice') => string; // quiet: nothing open (or only a notice without a next update), so it must be re-signed (heartbeat)
  /** The files the studio wrote, and the folder they are in when the studio says. */
  saved: (files: readonly string[], folder?: string) => string;
  commandRan: (code: number) => string;
  /** Saved, but the studio has no publish command: nothing went to the website. */
  /** The edit cannot be made into a feed (after Apply my edit on top of a newer feed). */
  cannotApply: (reason: string) => string;
  incidentGone: string;
  live: (time: string) => string;
  /** older: the public feed shows an earlier version; otherwise it could not be read or shows another. */
  notLive: (older: boolean) => string;
  conflict: string;
  conflictChanged: (what: string) => string;
  applyOnTop: string;
  needKey: string;
  resign: string;
  expiresSoon: (time: string, passed?: boolean, dated?: boolean) => string; // passed: it has expired already; dated: `time` carries a date ("op", not "om")
  fix: string;
  working: string;
  error: string;
}

/** "feed.json and feed.jws.json", "feed.json en feed.jws.json". */
const listOf = (items: readonly string[], lang: string) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);

export const EDITOR_TERMS: Record<UiLanguage, EditorTerms> = {
  en: {
    heading: 'Status update',
    openIncidents: 'Open incidents',
    noOpenIncidents: 'No open incidents.',
    nextIn: (t, r) => `Next update ${t} (${r})`,
    late: (t, r) => `Late: the update promised for ${t} (${r}) has not been posted`,
    template: 'Template',
    templates: TEMPLATE_LABELS.en,
    newIncident: 'New incident',
    postUpdate: 'Post update',
    postUpdateOn: (t) => `on “${t}”`,
    editingNew: 'New incident',
    editingUpdate: (t) => (t ? `Update: ${t}` : 'Update'),
    title: 'Title',
    known: 'What we know',
    unknown: "What we don't know yet",
    nextUpdate: 'Next update',
    nextUpdateHint: (z) => `+30m, +1h, a time such as ${exampleClock(z)} (${z}) or a date and time`,
    nextChosen: (t) => `Promised: ${t}`,
    quick: (l) => `Next update ${l}`,
    passed: (c, s) => `${c} has passed; did you mean ${s}?`,
    useSuggestion: (s) => `Use ${s}`,
    unreadable: (i, z, n) => `${i.trim() ? `“${i}” is not a time` : 'Say when the next update comes'}: type +30m, +1h, a time such as ${exampleClock(z)} or a date and time such as ${exampleWhen(n, z, 'en')}`,
    phase: 'Phase',
    severity: 'Severity',
    affects: 'Affects',
    affectsHint: 'Comma-separated, e.g. Amsterdam, Utrecht',
    actions: 'What readers can do',
    actionLabel: 'Action',
    actionWho: 'Who is this for',
    actNow: 'Act now',
    removeAction: 'Remove action',
    addAction: 'Add an action',
    suggestions: 'Suggested by the template',
    channels: 'Contact channels',
    channelWait: 'Wait in minutes',
    channelReason: 'Reason for the wait',
    channelEmergency: 'Emergency line (always listed first)',
    channel: 'Channel',
    channelKind: 'Kind',
    channelKinds: { phone: 'Phone line', callback: 'Call-back', chat: 'Chat', email: 'E-mail', web: 'Website', sms: 'Text message (SMS)' },
    channelName: 'Name',
    channelLink: 'Link',
    addChannel: 'Add channel',
    removeChannel: 'Remove channel',
    newFeed: 'New feed',
    newFeedHint: 'Say once who publishes this feed. The feed id is what your site’s embed code pins (feed-id).',
    publisherName: 'Publisher name',
    publisherUrl: 'Publisher website',
    feedId: 'Feed id',
    feedIdHint: 'Suggested from the name; letters, digits and dashes.',
    timeZone: 'Time zone',
    timeZoneHint: 'Clock times such as 14:30 are read and shown in this zone.',
    preview: 'Preview',
    previewLanguage: 'Preview language',
    previewWidth: 'Preview width',
    phone: 'Phone',
    desktop: 'Desktop',
    previewExample: (t) => `The next update has not been chosen yet. The preview shows ${t} only as an example.`,
    signingKey: 'Signing key',
    signingKeyHint: 'Your private key file (e.g. private.jwk.json). It stays on this computer: it is never uploaded.',
    keyFile: KEY_FILE_TERMS.en,
    rememberKey: 'Remember the key in this browser (stored so that it cannot be read back)',
    forgetKey: 'Forget the key',
    keyReady: (k, a, r) => `Key ${k.slice(0, 8)}… (${a}) ready${r ? ', remembered in this browser' : ''}`,
    keyOnServer: 'The studio signs with the key file it was started with; the key never reaches this page.',
    keyNotPinned: 'This key is not one your site trusts: readers would refuse this update. Choose the key that belongs to your site.',
    sign: 'Sign',
    download: 'Download',
    publish: 'Publish',
    blocked: (n, f) => `Not signed: ${n} problem${n === 1 ? '' : 's'} to fix first${f ? ' (also shown at their fields)' : ''}:`,
    warnings: (n, p) => (p ? `Also ${n} suggestion${n === 1 ? '' : 's'}: check ${n === 1 ? 'it' : 'them'} after the problem${p === 1 ? '' : 's'} above` : `${n} suggestion${n === 1 ? '' : 's'} (signing is allowed)`),
    elsewhere: 'Elsewhere in the feed',
    signed: (s, u, quiet) => `Signed at ${s}, valid until ${u}.${quiet === 'notice' ? ' Only a notice is open, with no next update, so sign again before then, or ask whoever set up the studio to have it signed again on a schedule: after that readers see it marked "Not confirmed since …".' : quiet ? ' Nothing is open, so sign again before then, or ask whoever set up the studio to have it signed again on a schedule: after that readers see "Status unknown".' : ''}`,
    saved: (f, dir) => `Saved ${listOf(f, 'en')}${dir ? ` in ${dir}` : ''}.`,
    commandRan: (c) => (c === 0 ? 'The publish command finished: it ran without an error, so this update should now be on the website.' : `The publish command failed (exit ${c}): this update is probably not on the website, and readers may still see the previous version. The files are saved on this computer. Fix the problem or ask for help, then press Publish again.`),
    cannotApply: (r) => `Your edit cannot be applied to this feed: ${r}. Start again from the list above (New incident or Post update).`,
    incidentGone: 'the incident is no longer in the feed',
    live: (t) => `Live since ${t}.`,
    notLive: (older) => `Not live yet: the public feed ${older ? 'still shows an earlier version' : 'does not show this version'}. Check again in a minute.`,
    conflict: 'Someone else changed the feed after you opened it. Nothing was saved.',
    conflictChanged: (w) => `Changed: ${w}`,
    applyOnTop: 'Apply my edit on top of the newer feed',
    needKey: 'Choose your signing key first.',
    resign: 'Re-sign now',
    expiresSoon: (t, passed, dated) => (passed ? `The published feed expired ${dated ? 'on' : 'at'} ${t}: readers now see it as out of date. Re-sign it.` : `The published feed expires ${dated ? 'on' : 'at'} ${t}. Re-sign it so readers do not see it as out of date.`),
    fix: 'Fix',
    working: 'Working…',
    error: 'Problem',
  },
  nl: {
    heading: 'Statusupdate',
    openIncidents: 'Open incidenten',
    noOpenIncidents: 'Geen open incidenten.',
    nextIn: (t, r) => `Volgende update ${t} (${r})`,
    late: (t, r) => `Te laat: de update die voor ${t} beloofd was (${r}), is niet geplaatst`,
    template: 'Sjabloon',
    templates: TEMPLATE_LABELS.nl,
    newIncident: 'Nieuw incident',
    postUpdate: 'Update plaatsen',
    postUpdateOn: (t) => `bij “${t}”`,
    editingNew: 'Nieuw incident',
    editingUpdate: (t) => (t ? `Update: ${t}` : 'Update'),
    title: 'Titel',
    known: 'Wat we weten',
    unknown: 'Wat we nog niet weten',
    nextUpdate: 'Volgende update',
    nextUpdateHint: (z) => `+30m, +1u, een tijd zoals 14:30 (${z}) of een datum en tijd`,
    nextChosen: (t) => `Beloofd: ${t}`,
    quick: (l) => `Volgende update ${l}`,
    passed: (c, s) => `${c} is al voorbij; bedoelt u ${s}?`,
    useSuggestion: (s) => `${s} gebruiken`,
    unreadable: (i, z, n) => `${i.trim() ? `“${i}” is geen tijd` : 'Zeg wanneer de volgende update komt'}: typ +30m, +1u, een tijd zoals 14:30 of een datum en tijd zoals ${exampleWhen(n, z, 'nl')}`,
    phase: 'Fase',
    severity: 'Ernst',
    affects: 'Gevolgen voor',
    affectsHint: 'Gescheiden door komma’s, bijv. Amsterdam, Utrecht',
    actions: 'Wat lezers kunnen doen',
    actionLabel: 'Actie',
    actionWho: 'Voor wie',
    actNow: 'Nu doen',
    removeAction: 'Actie verwijderen',
    addAction: 'Actie toevoegen',
    suggestions: 'Voorgesteld door het sjabloon',
    channels: 'Contactkanalen',
    channelWait: 'Wachttijd in minuten',
    channelReason: 'Reden van de wachttijd',
    channelEmergency: 'Noodnummer (altijd bovenaan)',
    channel: 'Kanaal',
    channelKind: 'Soort',
    channelKinds: { phone: 'Telefoonlijn', callback: 'Terugbellen', chat: 'Chat', email: 'E-mail', web: 'Website', sms: 'Sms' },
    channelName: 'Naam',
    channelLink: 'Link',
    addChannel: 'Kanaal toevoegen',
    removeChannel: 'Kanaal verwijderen',
    newFeed: 'Nieuwe feed',
    newFeedHint: 'Zeg één keer wie deze feed publiceert. Het feed-id is wat de insluitcode van uw site vastlegt (feed-id).',
    publisherName: 'Naam van de afzender',
    publisherUrl: 'Website van de afzender',
    feedId: 'Feed-id',
    feedIdHint: 'Voorgesteld op basis van de naam; letters, cijfers en streepjes.',
    timeZone: 'Tijdzone',
    timeZoneHint: 'Tijden zoals 14:30 worden in deze zone gelezen en getoond.',
    preview: 'Voorbeeld',
    previewLanguage: 'Taal van het voorbeeld',
    previewWidth: 'Breedte van het voorbeeld',
    phone: 'Telefoon',
    desktop: 'Computer',
    previewExample: (t) => `De volgende update is nog niet gekozen. In het voorbeeld staat ${t} alleen ter illustratie.`,
    signingKey: 'Ondertekeningssleutel',
    signingKeyHint: 'Uw privésleutelbestand (bijv. private.jwk.json). Het blijft op deze computer: het wordt nooit verstuurd.',
    keyFile: KEY_FILE_TERMS.nl,
    rememberKey: 'Sleutel onthouden in deze browser (zo opgeslagen dat hij niet uit te lezen is)',
    forgetKey: 'Sleutel vergeten',
    keyReady: (k, a, r) => `Sleutel ${k.slice(0, 8)}… (${a}) klaar${r ? ', onthouden in deze browser' : ''}`,
    keyOnServer: 'De studio ondertekent met het sleutelbestand waarmee hij is gestart; de sleutel komt nooit op deze pagina.',
    keyNotPinned: 'Deze sleutel vertrouwt uw site niet: lezers zouden deze update weigeren. Kies de sleutel van uw site.',
    sign: 'Ondertekenen',
    download: 'Downloaden',
    publish: 'Publiceren',
    blocked: (n, f) => `Niet ondertekend: eerst ${n} ${n === 1 ? 'probleem' : 'problemen'} oplossen${f ? ' (ook te zien bij hun velden)' : ''}:`,
    warnings: (n, p) => (p ? `Ook ${n} ${n === 1 ? 'suggestie' : 'suggesties'}: bekijk ${n === 1 ? 'die' : 'ze'} na ${p === 1 ? 'het probleem' : 'de problemen'} hierboven` : `${n} ${n === 1 ? 'suggestie' : 'suggesties'} (ondertekenen mag)`),
    elsewhere: 'Elders in de feed',
    signed: (s, u, quiet) => `Ondertekend om ${s}, geldig tot ${u}.${quiet === 'notice' ? ' Er staat alleen een mededeling open, zonder volgende update, dus onderteken vóór die tijd opnieuw, of vraag wie de studio heeft ingericht om hem volgens schema opnieuw te laten ondertekenen: daarna zien lezers hem als "Niet meer bevestigd sinds …".' : quiet ? ' Er staat niets open, dus onderteken vóór die tijd opnieuw, of vraag wie de studio heeft ingericht om hem volgens schema opnieuw te laten ondertekenen: daarna zien lezers "Status onbekend".' : ''}`,
    saved: (f, dir) => `${listOf(f, 'nl')} opgeslagen${dir ? ` in ${dir}` : ''}.`,
    commandRan: (c) => (c === 0 ? 'De publicatieopdracht is klaar: hij is zonder fout uitgevoerd, dus deze update staat nu normaal gesproken op de website.' : `De publicatieopdracht is mislukt (code ${c}): deze update staat waarschijnlijk niet op de website, en lezers zien mogelijk nog de vorige versie. De bestanden zijn wel op deze computer opgeslagen. Los het probleem op of vraag om hulp, en druk dan opnieuw op Publiceren.`),
    cannotApply: (r) => `Uw wijziging past niet op deze feed: ${r}. Begin opnieuw vanuit de lijst hierboven (Nieuw incident of Update plaatsen).`,
    incidentGone: 'het incident staat niet meer in de feed',
    live: (t) => `Live sinds ${t}.`,
    notLive: (older) => `Nog niet live: de openbare feed toont ${older ? 'nog een eerdere versie' : 'deze versie niet'}. Kijk over een minuut opnieuw.`,
    conflict: 'Iemand anders heeft de feed gewijzigd nadat u hem opende. Er is niets opgeslagen.',
    conflictChanged: (w) => `Gewijzigd: ${w}`,
    applyOnTop: 'Mijn wijziging toepassen op de nieuwere feed',
    needKey: 'Kies eerst uw ondertekeningssleutel.',
    resign: 'Nu opnieuw ondertekenen',
    expiresSoon: (t, passed, dated) => (passed ? `De gepubliceerde feed is verlopen ${dated ? 'op' : 'om'} ${t}: lezers zien hem nu als verouderd. Onderteken opnieuw.` : `De gepubliceerde feed verloopt ${dated ? 'op' : 'om'} ${t}. Onderteken opnieuw, zodat lezers hem niet als verouderd zien.`),
    fix: 'Oplossen',
    working: 'Bezig…',
    error: 'Probleem',
  },
};
