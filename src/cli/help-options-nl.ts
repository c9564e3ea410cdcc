/**
 * The Dutch descriptions of the options in `clearline <command> --help` (help-terms.ts), per command,
 * for the commands a desk uses during an incident (and, from help-options-setup-nl.ts, to set up its feed). Option names stay English (they are what is
 * typed); a test checks that every option of these commands has a Dutch description here.
 */
import { PHASES, SEVERITIES } from '../feed/schema.js';
import { CAP_CATEGORIES, EXPORT_FORMATS } from '../export/index.js';
import { TERMS } from '../i18n/terms.js';
import { TEMPLATE_NAMES, type TemplateName } from '../templates/index.js';
import { SETUP_OPTIONS_NL } from './help-options-setup-nl.js';
import { FAQ_OUTDATED_OPTIONS_NL } from './faq-outdated-option.js';
import { CADENCE_OPTIONS_NL } from './cadence-option.js';

/** What each template is for, in Dutch (catalog.ts has the English `summary`). */
export const TEMPLATE_SUMMARIES_NL: Record<TemplateName, string> = {
  power: 'stroomstoring (energiebedrijf)',
  gas: 'gasstoring (energiebedrijf)',
  water: 'waterstoring (waterbedrijf)',
  'water-quality': 'kookadvies of drinkwateradvies (er komt water, maar het is niet veilig om ongekookt te drinken)',
  sewage: 'rioolwater in huizen, tuinen of op straat (riool loopt over of is verstopt)',
  heating: 'storing in verwarming of warm water (warmtenet)',
  lift: 'een lift buiten gebruik in een gebouw (flat, station, ziekenhuis)',
  telecom: 'storing in internet, tv of vaste telefoon bij een provider (het mobiele netwerk: mobile)',
  mobile: 'storing in het mobiele netwerk (bellen, sms, mobiel internet)',
  'public-transport': 'verstoring in het openbaar vervoer',
  payments: 'storing bij bank, betalen of pinnen, voor wie betaalt',
  'merchant-payments': 'pinautomaten of online afrekenen, voor bedrijven die betalingen ontvangen (PSP, acquirer)',
  cyberattack: 'cyberaanval: systemen aangevallen of uit voorzorg uit (gegevens gestolen terwijl alles werkt: data-breach)',
  'data-breach': 'datalek: persoonsgegevens gestolen of gelekt terwijl uw systemen werken',
  phishing: 'nepberichten of nepbellers uit uw naam (phishing, een golf van oplichting)',
  doorstep: 'mensen aan de deur die zich voordoen als uw monteur of medewerker (nepmonteurs, babbeltrucs)',
  strike: 'staking (vooraf aangekondigd, met een begin en een eind)',
  storm: 'storm of zwaar weer',
  flood: 'overstroming (rivier, zee of hevige regen)',
  recall: 'terugroepactie (een partij voedsel of een ander product)',
  outage: 'uw eigen website, app, IT of telefooncentrale ligt eruit',
  generic: 'elke andere verstoring',
};

const TEMPLATE_LIST = TEMPLATE_NAMES.map((n) => `${n} (${TEMPLATE_SUMMARIES_NL[n]})`).join(', ');
/** `major (grote hinder)`: each value with the words readers see for it (i18n/terms.ts). */
const SEVERITY_LIST = SEVERITIES.map((s) => `${s} (${TERMS.nl.severity[s].toLowerCase()})`).join(', ');
const PHASE_LIST = PHASES.map((p) => `${p} (${TERMS.nl.phase[p].toLowerCase()})`).join(', ');
const NEXT_UPDATE = "binnen 4 uur (ondertekenen weigert een latere): +15m, +1u, 'over 2 uur', 10:30 (in de tijdzone van de feed; 's avonds laat ook 'morgen 00:30') of een ISO-tijd met tijdzone";

/** Option name (without --) to its Dutch description, per command name. */
export const HELP_OPTIONS_NL: Record<string, Record<string, string>> = {
  ...SETUP_OPTIONS_NL,
  update: {
    incident: 'het id van het incident dat u bijwerkt',
    from: 'lees de teksten uit een Markdown-bestand: kopjes "## nl" / "## en" met "### known" en "### unknown"',
    lang: 'talen van de teksten op de opdrachtregel, gescheiden door komma\'s, in de volgorde van de opties (standaard bij één tekst per taal: de talen van de feed)',
    title: 'een nieuwe titel, als de oude niet meer klopt (één per --lang-taal)',
    known: 'wat we nu weten (één per --lang-taal)',
    unknown: 'wat we nog niet weten (één per --lang-taal)',
    starts: "vooraf aangekondigd (een staking, gepland onderhoud): wanneer het begint, bijv. '10 dec 00:01' (een maandnaam leest op elke klok hetzelfde; '10-12' is op een Amerikaanse of Canadese klok 12 oktober); tot dan is een update per dag genoeg; 'none' haalt het weg",
    ...CADENCE_OPTIONS_NL,
    'next-update': `wanneer de volgende update komt, ${NEXT_UPDATE} (met --daily binnen 26 uur, en een kloktijd die vandaag al voorbij is geldt voor morgen); 'none' voor een mededeling (ernst info: een blijvende waarschuwing, zoals voor phishing), die er geen nodig heeft`,
    severity: `de ernst: ${SEVERITY_LIST}`,
    phase: `de fase: ${PHASE_LIST}`,
    affects: 'wat getroffen is; vervangt de lijst: één --affects per punt; met --lang elk punt één keer per --lang-taal, in die volgorde (--lang nl,en --affects App --affects App --affects "Online bankieren" --affects "Online banking"); zonder --lang één tekst voor alle talen alleen bij een naam of een nummer; "" maakt hem leeg',
    'add-action': 'voeg een actie toe (één tekst per --lang-taal)',
    who: 'voor wie de actie is die u toevoegt met --add-action of noemt met --reword-action (één per --lang-taal)',
    link: 'waar de toegevoegde actie (of die van --reword-action of --link-action) heen leidt, zodat lezers erop kunnen tikken: een webadres, e-mailadres of telefoonnummer (0800-1234 wordt gelezen in het land van de feed)',
    urgent: 'de toegevoegde actie is dringend (nu doen)',
    'remove-action': 'verwijder een actie: haar nummer (1 = eerste) of haar tekst',
    'reword-action': 'geef een bestaande actie nieuwe woorden (haar nummer of tekst): met --label één per --lang-taal; met --correct één taal apart',
    label: 'de nieuwe woorden van de actie die --reword-action noemt (één per --lang-taal)',
    'link-action': 'geef een bestaande actie de --link waarop lezers tikken (haar nummer of tekst), bijv. het nummer bij "bel de fraudelijn" uit het sjabloon',
    'mark-urgent': 'maak een actie dringend: haar nummer of tekst',
    'unmark-urgent': 'maak een actie "kan wachten": haar nummer of tekst',
    channel: 'het contactkanaal waarvan --wait of --reason verandert, met id of naam ("Storingslijn")',
    wait: 'de verwachte wachttijd in minuten voor --channel, of "none"',
    reason: 'waarom de wachttijd is wat hij is, voor --channel (één per --lang-taal); "" maakt hem leeg',
    resolve: 'sluit het incident af: vraagt een slottekst (--known of --from; in een terminal wordt erom gevraagd); wist unknown en verouderde wachttijden',
    ...FAQ_OUTDATED_OPTIONS_NL,
    correct: 'herstel een fout in de gepubliceerde teksten (een typfout, een verkeerd nummer): geen nieuwe update voor lezers, niets in de geschiedenis, "Bijgewerkt" houdt zijn tijd',
    json: 'toon het bijgewerkte incident en de lint-meldingen als JSON',
  },
  'new incident': {
    template: `een van: ${TEMPLATE_LIST}`,
    prepared: 'uw eigen voorbereide teksten (prepared.json: vooraf gemaakt met dezelfde opdrachten, nooit gepubliceerd): het nieuwe incident neemt de teksten van een ervan over in plaats van die van een sjabloon, met een nieuw id en tijden van nu',
    like: 'met --prepared: het id (of de titel) van de voorbereide tekst die u overneemt; niet nodig als het bestand er maar één heeft',
    title: 'de titel (één per --lang-taal, of één voor alle); vervangt de plaatshouder',
    severity: `de ernst: ${SEVERITY_LIST} (standaard: die van het sjabloon, of van de voorbereide tekst)`,
    starts: "vooraf aangekondigd (een staking, gepland onderhoud): wanneer het begint, bijv. '10 dec 00:01' (een maandnaam leest op elke klok hetzelfde; '10-12' is op een Amerikaanse of Canadese klok 12 oktober) of een ISO-tijd; tot dan zien lezers „Vanaf …” en is een update per dag genoeg",
    'next-update': "wanneer de eerste update komt, binnen 4 uur (net als bij update weigert ondertekenen een latere): +30m (standaard), +1h, 10:30 (in de tijdzone van de feed; 's avonds laat ook 'tomorrow 00:30') of een ISO-tijd; met --daily binnen 26 uur, en een kloktijd die vandaag al voorbij is geldt voor morgen; met --severity info (een mededeling, zoals een waarschuwing voor phishing) standaard geen, en elke tijd die nog komt",
    daily: CADENCE_OPTIONS_NL.daily,
    'time-zone': 'time_zone voor een nieuwe feed, bijv. Europe/Amsterdam (standaard: die van deze computer)',
    id: 'het id van het incident, bijv. storm-2026-11-23',
    lang: 'talen, gescheiden door komma\'s (standaard: de talen van de feed; voor een feed nog zonder teksten: en op een Britse, Ierse, Noord-Amerikaanse of Australische klok, anders nl,en; met --prepared: die van de feed waarin de voorbereide tekst geschreven is)',
    feed: 'het feedbestand waaraan u toevoegt (standaard feed.json); wordt gemaakt als het er niet is',
    'feed-id': 'feed_id voor een nieuwe feed (verplicht als het feedbestand er niet is)',
    publisher: 'naam van de organisatie voor een nieuwe feed',
    'publisher-url': 'https:-adres van de organisatie voor een nieuwe feed',
    ...FAQ_OUTDATED_OPTIONS_NL,
    json: 'toon {feed, incident, created, placeholders} als JSON',
  },
  sign: {
    'number-ok': 'een nummer in de teksten dat één cijfer of een omwisseling van uw eigen lijn verschilt en met opzet zo is (het nummer van oplichters waarvoor u waarschuwt): toch ondertekenen; elke andere fout houdt het ondertekenen nog tegen; herhaal voor meer nummers',
    force: 'voor scripts, in het uiterste geval: onderteken langs elke controle, lint-fouten (ze worden wel getoond), een feed groter dan lezers aannemen (zij weigeren hem dan), een issued_at meer dan 5 minuten voor op de klok van deze computer; voor een nummer dat met opzet zo is: --number-ok',
    key: 'een bestand met een privésleutel (JWK); herhaal om met meer sleutels te ondertekenen (bij het wisselen van sleutels)',
    valid: 'hoe lang het document geldig blijft als het geen expires_at heeft: 30m, 1h, 30d (standaard: een statusfeed 1h, of tot een uur na de beloofde volgende update als dat later is; een FAQ 30d)',
    out: 'waar de ondertekende envelop heen gaat (standaard: het scherm)',
    json: 'toon een samenvatting als JSON',
    lang: 'de taal van de lint-meldingen: en of nl (standaard: de eerste taal van het document), zoals clearline lint --lang',
  },
  lint: {
    strict: 'stop met status 1 bij waarschuwingen (fouten geven altijd status 2)',
    json: 'toon {ok, errors, warnings, findings} als JSON',
    lang: 'de taal van de meldingen: en of nl (standaard: de eerste taal van het document, zoals update en verify spreken); --json houdt zijn sleutels en regelnamen',
    faq: 'het FAQ-document (of de .jws.json ervan): de FAQ-antwoorden die contactredenen noemen, en die open incidenten als nu niet kloppend noemen (faq_outdated), moeten erin staan; een kanaalnummer dat één cijfer of een omwisseling verschilt van een nummer in de antwoorden, wordt genoemd',
    for: 'controleer ook of elke tekst past in deze kanalen: sms, ivr, social (gescheiden door komma\'s)',
    parts: 'met --for sms: hoeveel aaneengeschakelde berichten er mogen zijn (standaard 1)',
    'number-ok': 'een nummer dat één cijfer of een omwisseling van uw eigen lijn verschilt en met opzet zo is (het nummer van oplichters waarvoor u waarschuwt): een waarschuwing, geen fout, zoals sign --number-ok het ondertekent',
    prepared: 'het bestand bevat uw voorbereide teksten (prepared.json, nooit gepubliceerd): controleer de teksten zoals de studio met --prepare doet; een [[TODO: …]] wordt genoemd maar is geen fout, en volgende update, begintijden en contactkanalen worden niet gecontroleerd (die komen bij het kopiëren)',
  },
  studio: {
    key: 'onderteken op deze computer met dit privésleutelbestand (de pagina krijgt het nooit); zonder deze optie kiest u het sleutelbestand in de pagina',
    'public-key': 'de publieke sleutel die uw site vastlegt (public.jwk.json): de pagina waarschuwt als een gekozen sleutel niet de goede is, en controleert er de vervaltijd van de gepubliceerde feed mee (standaard: de publieke helft van --key)',
    port: 'poort op 127.0.0.1 (standaard: een vrije)',
    'publish-cmd': 'wordt na elke keer opslaan uitgevoerd, in de map van de feed, bijv. "rsync feed.jws.json web:/var/www/status/"',
    'public-url': 'de gepubliceerde feed.jws.json; na het publiceren gecontroleerd om te bevestigen dat de nieuwe versie online staat',
    lang: 'taal van de editor: en of nl (standaard: de eerste taal van de feed; voor een nieuwe feed nl op een Nederlandse of Belgische klok, anders en)',
    faq: 'het FAQ-document (faq.json of de .jws.json ervan), zoals lint --faq: elke contactreden krijgt per vraag een vinkje, om dat antwoord te tonen aan wie die reden kiest, en elk incident een om de antwoorden te markeren die nu niet kloppen',
    prepared: 'uw eigen voorbereide teksten (prepared.json, vooraf gemaakt als een feed met new incident en update, nooit gepubliceerd): Nieuw incident noemt ze eerst, elk met zijn titel, en neemt de gekozen tekst over zoals new incident --prepared dat doet',
    prepare: 'schrijf hier in plaats daarvan uw voorbereide teksten (het opgegeven bestand, standaard prepared.json, gemaakt bij de eerste keer opslaan): hetzelfde formulier, [[TODO: …]] mag blijven staan, opgeslagen zoals het is; er wordt niets ondertekend of gepubliceerd, geen sleutel nodig. new incident --prepared en studio --prepared nemen ze over',
    template: 'het sjabloon waarmee Nieuw incident begint, zoals new incident --template het neemt (water, warmtenet, storm, …); standaard: het sjabloon waar de contactredenen van de feed vandaan komen (bij een bank: payments), anders generic (andere verstoring)',
  },
  export: {
    to: `het kanaal: ${EXPORT_FORMATS.join(', ')} (html is de pagina zonder script; ook page, phone, mail)`,
    lang: 'de taal (standaard: de eerste van de feed); social en cap schrijven zonder deze optie elke taal',
    incident: 'het incident (standaard: het ernstigste open incident, anders het incident dat in de laatste 24 uur is opgelost); ivr, ssml en email beginnen ermee en noemen ook elk ander open incident',
    channel: 'ivr/ssml: de telefoonlijn waarop bellers wachten, met id of naam ("Storingslijn"; standaard: de eerste gewone telefoonlijn)',
    parts: 'sms: hoeveel aaneengeschakelde berichten er mogen zijn (standaard 1)',
    out: 'waar het heen gaat (standaard: het scherm); cap: een map (eindigt op /, of een nieuwe naam zonder extensie) krijgt elke melding, elk in een eigen bestand; atom: een bestaand bestand houdt zijn berichten',
    base: 'atom: het adres waaronder de bestanden gepubliceerd worden (standaard: de status_url)',
    category: `cap: de CAP-categorie (standaard Infra; Health bij een kookadvies of niet-drinkenadvies; Security bij een incident uit het sjabloon cyberaanval of phishing): ${CAP_CATEGORIES.join(', ')}`,
    'public-key': 'de vastgelegde publieke sleutel; verplicht voor een ondertekende feed',
    'feed-id': 'een ondertekende feed moet deze feed_id hebben',
    force: 'exporteer ook als lint fouten vindt (in een gewone feed, of voor ivr en ssml in de telefoonlijn), en schrijf een telefoonbericht dat ook ingekort langer dan 45 s duurt',
    json: 'toon het resultaat met zijn metingen als JSON',
  },
};
