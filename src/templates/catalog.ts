/**
 * The incident templates, per sector, in Dutch and English: the four parts as guidance for the
 * first half hour. Everything a publisher must check is marked `[[TODO: …]]`, which lint (and so
 * `sign`) refuses until it is edited: titles, texts, who an action is for, and the ready-made
 * actions themselves.
 */
import { action, BILL_COMPENSATION, known, lifeInDanger, reason, soonReason, title, todo, unknown, type Pair, type Template, type TemplateAction, type TemplateReason } from './parts.js';
import { lift } from './lift.js';
import { MERCHANT_PAYMENTS } from './merchant.js';
import { PAYMENTS } from './payments.js';
import { mobile } from './mobile.js';
import { phishing } from './phishing.js';
import { dataBreach } from './data-breach.js';
import { doorstep } from './doorstep.js';
import { recall } from './recall.js';
import { storm } from './storm.js';
import { waterQuality } from './water-quality.js';
import { sewage } from './sewage.js';

export { TEMPLATE_LANGUAGES } from './parts.js';
export type { Pair, Template, TemplateAction, TemplateLanguage, TemplateReason } from './parts.js';
import type { TemplateName } from './names.js';
export { TEMPLATE_ALIASES, TEMPLATE_NAMES, type TemplateName } from './names.js';

/**
 * Money after the outage, in the sector's words (the id stays `compensation`). All templates said "Schade of vergoeding" /
 * "Damage or compensation": a broadband desk's customers, who ask for money off their bill, read it as if something
 * had been broken. Only a power cut (a surge when it comes back) damages what people own.
 */
const POWER_COMPENSATION = reason('compensation', 'Een vergoeding, of schade aan mijn apparaten', 'Compensation, or damage to my appliances');
const OUTAGE_COMPENSATION = reason('compensation', 'Een vergoeding voor de storing', 'Compensation for the outage');
const AREA = ['U woont of werkt in het getroffen gebied', 'You live or work in the affected area'] as const;

const utility = (what: Pair, titles: Pair, extra: TemplateAction[], reasons: TemplateReason[], usually?: Pair): Template => ({
  summary: `${what.en} outage (utility)`,
  severity: 'major',
  title: title(titles.nl, titles.en),
  known: usually
    ? known(usually.nl, usually.en)
    : known(`welke wijken of postcodes geen ${what.nl} hebben, sinds hoe laat, hoeveel huishoudens, en of monteurs onderweg zijn.`, `which areas or postcodes have no ${what.en}, since what time, how many households, and whether engineers are on their way.`),
  // An expected time, once there is one, goes in what we know: the SMS and the phone message say that, not this field. A
  // grid operator wrote "We verwachten … tussen 10:00 en 14:00" here, as asked, and neither channel ever said it (trial R).
  unknown: unknown(
    `de oorzaak en wanneer iedereen weer ${what.nl} heeft. Noem geen tijd die u niet zeker weet; is er een verwachting, zet die dan bij Wat we weten (de sms en de telefoonlijn zeggen die).`,
    `the cause, and when everyone has ${what.en} again. Give no time you are not sure of; once there is an expected time, put it in What we know (the SMS and the phone line say that).`,
  ),
  actions: [
    ...extra,
    // Only for the area named: "U hoeft de storing niet te melden" for all kept a grid operator's readers outside it, and
    // whoever sees a downed line, from calling (trial T). Danger has its own act-now (power, gas).
    action('Als uw adres in het gebied ligt dat we hier noemen, hoeft u de storing niet te melden; we weten ervan. Ligt uw adres erbuiten, meld het dan wel', 'If your address is in the area named here, you do not need to report the outage; we know about it. If it is not, please report it', ...AREA),
  ],
  reasons,
});

export const TEMPLATES: Record<TemplateName, Template> = {
  power: utility({ nl: 'stroom', en: 'power' }, { nl: 'Stroomstoring in Utrecht-Oost', en: 'Power cut in Utrecht-Oost' }, [
    action('Zet apparaten uit die vanzelf weer aangaan, zoals een kookplaat', 'Switch off appliances that come back on by themselves, such as a hob', ...AREA, true),
    // For who uses medical equipment at home, not "call 112" for all of them: 112 is for a life in danger, the rest
    // is the supplier's (a GP practice's walkthrough: the old text sent everyone with home equipment to 999).
    action('Bel de leverancier van het apparaat; bel 112 als er levensgevaar is', 'Call the supplier of the equipment; call the emergency number if a life is in danger', 'Iemand gebruikt thuis medische apparatuur', 'Someone uses medical equipment at home', true),
    action('Blijf ver weg van een losse kabel, vonken of brand en bel 112', 'Keep well away from a loose cable, sparks or fire, and call the emergency number', 'U ziet een losse kabel, vonken of brand', 'You see a loose cable, sparks or fire', true),
  ], [
    reason('danger', 'Gevaar: een kabel ligt los, vonken of brand', 'Danger: a loose cable, sparks or fire', true),
    reason('no-power', 'Ik heb geen stroom', 'I have no power'),
    POWER_COMPENSATION,
    reason('bill', 'Mijn rekening of meterstand', 'My bill or meter reading'),
  ]),
  gas: utility({ nl: 'gas', en: 'gas' }, { nl: 'Geen gas in Utrecht-Oost', en: 'No gas in Utrecht-Oost' }, [
    action('Ruikt u gas? Ga naar buiten en bel direct het storingsnummer', 'Smell gas? Go outside and call the emergency line at once', 'U ruikt gas', 'You smell gas', true),
    action('Draai de gaskraan bij de meter dicht tot wij het gas weer aansluiten', 'Close the gas tap at the meter until we reconnect the gas', ...AREA),
  ], [
    reason('smell-gas', 'Ik ruik gas', 'I smell gas', true),
    reason('no-gas', 'Geen gas of verwarming', 'No gas or heating'),
    reason('reconnect', 'Het gas weer aansluiten', 'Getting the gas back on'),
    OUTAGE_COMPENSATION,
  ]),
  // No water or low pressure; a boil-water advice, while the water runs, is `water-quality` (water-quality.ts). A Dutch
  // water company's night desk (trial B) found the precautionary boil advice first, as "act now": for a burst main where
  // boiling was not needed it would have gone out by SMS. What every burst needs instead: run the tap when the water
  // comes back (it may be brown or cloudy), and where to get water, with the address and hours to fill in.
  water: utility({ nl: 'water', en: 'water' }, { nl: 'Geen kraanwater in Zeist', en: 'No tap water in Zeist' }, [
    action('Komt het water terug? Laat de koude kraan lopen tot het water helder is', 'When your water comes back, run the cold kitchen tap until it runs clear', ...AREA, true),
    action(`Haal gratis flessen water bij het uitdeelpunt: ${todo('adres, open van hoe laat tot hoe laat')}`, `Collect free bottled water at the distribution point: ${todo('address, open from when to when')}`, ...AREA),
  ], [
    reason('medical', 'Ik heb water nodig voor medische zorg', 'I need water for medical care', true),
    reason('no-water', 'Geen water of weinig druk', 'No water or low pressure'),
    reason('water-quality', 'Kleur, geur of smaak van het water', 'Colour, smell or taste of the water'),
    reason('bottled-water', 'Flessen water ophalen', 'Collecting bottled water'),
  ]),
  'water-quality': waterQuality,
  sewage,
  // District heating or a block's central boiler: on a cold night the danger is the cold itself, for
  // the old, the ill and babies; a warm room and a heater handed out are the "act now", and neighbours look in.
  // Often published by a housing association, not the heat supplier: "who fixes it" is part of what is known.
  // Each action starts with what to do (a question first went out in the SMS as "Is het thuis te koud?", the warm
  // room cut off), the warm room first: the SMS carries the first action, and the 112 of the second after it.
  heating: utility(
    { nl: 'verwarming of warm water', en: 'heating or hot water' },
    { nl: 'Geen verwarming en warm water in Amersfoort-Noord', en: 'No heating or hot water in Amersfoort-Noord' },
    [
      action(`Kom naar de warme ruimte in ${todo('gebouw en adres')}, open ${todo('van hoe laat tot hoe laat')}`, `Come to the warm room at ${todo('building and address')}, open ${todo('from when to when')}`, 'Het is bij u thuis te koud', 'Your home is too cold', true),
      action('Bel 112 als iemand door de kou onwel, suf of verward raakt', 'Call the emergency number if someone becomes unwell, drowsy or confused from the cold', 'Er woont iemand bij u die slecht tegen kou kan (ouder, ziek, een baby)', 'Someone in your home copes badly with cold (elderly, ill, a baby)', true),
      action('Haal een elektrische kachel bij het uitdeelpunt; kunt u niet komen, bel ons dan. Steek hem direct in het stopcontact, niet in een verlengsnoer', 'Collect an electric heater at the distribution point; if you cannot come, call us. Plug it straight into a wall socket, not an extension lead', ...AREA, true),
      // Improvised heating is the known killer of a cold outage: a gas cooker, barbecue or generator indoors gives carbon
      // monoxide. Act now, not "can wait" (it is tonight's danger); after the heater, so the SMS keeps the warm room first.
      action('Verwarm binnen nooit met het gasfornuis, de oven, een barbecue, aggregaat, terrasheater of open vuur: dat geeft koolmonoxide, dat u niet ruikt en dat dodelijk kan zijn', 'Never heat indoors with a gas hob or oven, a barbecue, generator, patio heater or open fire: they give off carbon monoxide, which you cannot smell and which can kill', ...AREA, true),
      action('Trek warme kleren aan, in laagjes, en kijk even bij oudere buren of alles goed gaat', 'Wear warm clothes in layers, and check on elderly neighbours', ...AREA),
    ],
    [
      reason('cold-danger', 'Gevaar door kou: iemand wordt ziek of te koud', 'Danger from the cold: someone is getting ill or too cold', true),
      reason('no-heating', 'Geen verwarming', 'No heating'),
      reason('no-hot-water', 'Geen warm water', 'No hot water'),
      reason('heater', 'Een kachel ophalen of laten brengen', 'Collecting or getting a heater'),
      OUTAGE_COMPENSATION,
    ],
    {
      nl: 'welke wijken, straten of complexen geen verwarming of warm water hebben, sinds hoe laat, hoeveel woningen, wie het oplost (uw eigen monteurs of die van het warmtebedrijf) en of die aan het werk zijn.',
      en: "which areas, streets or buildings have no heating or hot water, since what time, how many homes, who is fixing it (your own engineers or the heat supplier's) and whether they are at work.",
    },
  ),
  lift,
  telecom: {
    summary: 'internet, TV or landline outage at a provider (the mobile network: mobile)',
    severity: 'major',
    title: title('Storing in internet en tv in Noord-Holland', 'Internet and TV outage in Noord-Holland'),
    known: known('welke diensten (internet, tv, bellen, mobiel), in welke regio, sinds hoe laat, en of 112 bereikbaar is.', 'which services (internet, TV, calls, mobile), in which region, since what time, and whether the emergency number can be reached.'),
    unknown: unknown('de oorzaak en hoe lang het duurt.', 'the cause and how long it will take.'),
    actions: [
      action('Bel 112 in nood met een mobiele telefoon (dat werkt via elk netwerk); uw vaste telefoon werkt nu misschien niet', 'In an emergency call the emergency number from a mobile (it works on any network); your home phone may not work now', 'U heeft nu hulp nodig', 'You need help now', true),
      // The urgent contact reason below is a personal alarm: those readers need an act-now of their own, not only a reason to call.
      action('Uw personenalarmering werkt misschien niet als die via internet of de vaste lijn gaat: houd een opgeladen mobiele telefoon bij de hand', 'Your personal alarm may not work if it uses your internet or landline: keep a charged mobile phone within reach', 'U of iemand bij u thuis heeft personenalarmering', 'You or someone at home has a personal alarm (telecare)', true),
      action('Herstart uw modem pas nadat wij melden dat het is opgelost', 'Restart your router or modem only after we say it is fixed', 'U heeft geen internet', 'You have no internet'),
    ],
    reasons: [
      reason('alarm', 'Mijn personenalarmering werkt niet', 'My personal alarm does not work', true),
      reason('no-internet', 'Geen internet of tv', 'No internet or TV'),
      reason('mobile', 'Mobiel bellen of internet werkt niet', 'Mobile calls or data do not work'),
      BILL_COMPENSATION,
    ],
  },
  mobile,
  'public-transport': {
    summary: 'public transport disruption',
    severity: 'minor',
    title: title('Geen treinen tussen Utrecht en Arnhem', 'No trains between Utrecht and Arnhem'),
    known: known('welke lijn of locatie, sinds hoe laat, wat uitvalt, en of er vervangend vervoer is.', 'which line or location, since what time, what is cancelled, and whether there is replacement transport.'),
    unknown: unknown('hoe lang het duurt en of aansluitingen gehaald worden.', 'how long it lasts and whether connections will be made.'),
    actions: [
      action('Plan uw reis opnieuw vlak voor vertrek', 'Plan your journey again just before you leave', 'U reist vandaag op deze lijn', 'You use this line today', true),
      action('Houd rekening met extra reistijd', 'Allow extra time', 'U reist later deze week', 'You travel later this week'),
    ],
    reasons: [
      reason('stuck', 'Ik sta vast of heb hulp nodig', 'I am stuck or need assistance', true),
      // Needed soon, no danger: after "stuck", before refunds, with the desk's own lines even when busy (trial S).
      soonReason('journey', 'Mijn reis van vandaag', 'My journey today'),
      reason('refund', 'Geld terug of vertragingsvergoeding', 'Refund or delay compensation'),
    ],
  },
  payments: PAYMENTS,
  'merchant-payments': MERCHANT_PAYMENTS,
  cyberattack: {
    summary: 'cyberattack: systems attacked or shut down (data stolen, systems working: data-breach)',
    severity: 'critical',
    title: title('Onze systemen zijn aangevallen', 'Our systems were attacked'),
    known: known('sinds wanneer welke diensten niet werken, dat u systemen uit voorzorg hebt afgesloten, en dat u de politie/toezichthouder hebt ingelicht. Noem geen technische details die aanvallers helpen.', 'since when which services are down, that you shut systems down as a precaution, and that you told the police/regulator. Leave out detail that helps attackers.'),
    // Whose data depends on the publisher: customers, residents, students, patients, staff. Not "customer data" at a university,
    // nor at a municipality, whose ransomware guidance named customers, students and patients but not its residents.
    unknown: unknown('of persoonsgegevens (van klanten, inwoners, studenten, patiënten of medewerkers) zijn gestolen, wie erachter zit, en wanneer de diensten weer werken. Beloof niets wat u niet weet.', "whether personal data (of customers, residents, students, patients or staff) was stolen, who is behind it, and when services work again. Promise nothing you don't know."),
    // Who an action is for completes "Act now if…" ("Nu doen als…"): a condition, not "Everyone" (an
    // action for everyone leaves it empty, and readers then say "Do this now").
    actions: [
      action('Klik niet op links in e-mails of sms-berichten die van ons lijken te komen', 'Do not click links in e-mails or text messages that seem to come from us', 'U krijgt een e-mail of sms van ons', 'You get an e-mail or text message from us', true),
      // Attackers call too, as the helpdesk, the bank or the hospital, with the data they stole. Not "call
      // us": the phone line may be down, and a number the caller gives is the scammer's own.
      // "Bevestig uw gegevens" is the lure that rides on an attack in the news (a municipality, 2026): fake e-mails in its
      // name asking residents to confirm their details through a link. Said here, so "we never ask" covers it too. And money:
      // callers posing as the bank after an attack ask people to move their money to a "safe account" (a London bank's
      // walkthrough, fraudsters phoning its customers while its cards and app were down); no publisher asks that.
      action('Geef niemand die belt, mailt of appt namens ons uw wachtwoord, inlogcode of bankgegevens, en bevestig uw gegevens niet via een link; daar vragen wij nooit om. Wij vragen u ook nooit om geld over te maken. Twijfelt u? Hang op en neem zelf contact met ons op, via een nummer of adres dat u al van ons had', 'Do not give your password, login code or bank details to anyone who calls, e-mails or texts on our behalf, and do not confirm your details through a link; we never ask for them. We never ask you to move money either. If in doubt, hang up and contact us yourself, on a number or at an address you already had from us', 'Iemand vraagt u om uw wachtwoord of bankgegevens, om uw gegevens te bevestigen of om geld over te maken', 'Someone asks you for your password or bank details, to confirm your details, or to move money', true),
      // Not "Change your password if you use it elsewhere too": read as "change your password with us",
      // whose log-in is often what is down. What protects people is changing the same password elsewhere.
      action('Wijzig uw wachtwoord op andere websites en apps waar u hetzelfde wachtwoord gebruikt', 'Change your password on other websites and apps where you use the same one', 'U heeft een account bij ons', 'You have an account with us'),
      // Ransomware gangs also write to the people whose data they took (the Finnish therapy centre
      // Vastaamo's patients, 2020), asking each for money to keep it secret or to "unlock" files.
      action('Betaal niet en reageer niet als iemand u geld vraagt om bestanden vrij te geven of uw gegevens geheim te houden; doe aangifte bij de politie', 'Do not pay or reply if someone asks you for money to unlock files or to keep your data secret; report it to the police', 'Iemand vraagt u om geld na de aanval', 'Someone asks you for money after the attack', true),
    ],
    // A suspicious message is a question, not a danger: marked urgent it sent a hospital's patients
    // with a phishing e-mail to 112. The urgent reason is the sector's own emergency, whatever it is.
    reasons: [
      reason('urgent-help', 'Ik heb nu dringend hulp nodig', 'I need urgent help now', true),
      reason('suspicious', 'Een verdacht bericht of telefoontje', 'A suspicious message or call'),
      reason('my-data', 'Zijn mijn gegevens gestolen?', 'Was my data stolen?'),
      reason('account', 'Inloggen of mijn account', 'Logging in or my account'),
    ],
  },
  'data-breach': dataBreach,
  phishing,
  doorstep,
  // A strike is announced ahead, with a start and an end, and hits a hospital, a school, a municipality or a
  // water company as much as a shop: people need when, what stops, what still goes ahead, that what they hear
  // nothing about goes ahead as planned, the emergency line, and where to read updates. Trial Z (a hospital
  // trust): "Move it yourself online to another day" (patients cannot rebook) and an act-now "Check whether
  // what you need goes ahead" sent every patient to call; "you can read it here" pointed nowhere in an e-mail.
  // The reasons go to readers as they are (topics, not marked), so they stand alone in a list, days before the
  // strike and during it: no "that day", no "today", no transport words.
  strike: {
    summary: 'strike (announced ahead, with a start and an end)',
    severity: 'major',
    phase: 'identified',
    title: title('Staking: minder service op dinsdag', 'Strike: reduced service on Tuesday'),
    known: known(
      'wie staakt, wanneer de staking begint en wanneer hij eindigt (dag en tijd), welke diensten of locaties uitvallen, wat wel doorgaat (zoals spoedhulp), hoe mensen horen of wat ze met u hebben afgesproken doorgaat, en wat er gebeurt met wat in die tijd blijft liggen.',
      'who is on strike, when the strike starts and when it ends (day and time), which services or locations stop, what still goes ahead (such as urgent or emergency help), how people hear whether what they arranged with you goes ahead, and what happens to what is held up meanwhile.',
    ),
    unknown: unknown(
      'of de staking doorgaat, of er meer acties komen, hoe druk de overgebleven diensten worden, en hoe lang het na de staking duurt voordat alles weer normaal is.',
      'whether the strike goes ahead, whether more actions follow, how busy the remaining services will be, and how long it takes after the strike until everything is back to normal.',
    ),
    // The one act-now: the emergency line ("the emergency number": 999 on a British clock, 911 on a US one). Nothing
    // that sends everyone to check or call first: that is what "if you have not heard from us" spares them.
    actions: [
      action('Bel in een noodgeval 112, of onze spoedlijn als u tijdens de staking dringend hulp van ons nodig heeft', 'In an emergency call the emergency number, or our emergency line if you need urgent help from us during the strike', 'U heeft dringend hulp nodig', 'You need urgent help', true),
      action('Heeft u niets van ons gehoord, dan gaat wat u met ons heeft afgesproken gewoon door', 'If you have not heard from us, what you arranged with us goes ahead as planned', 'U heeft voor de dagen van de staking iets met ons afgesproken', 'You arranged something with us for the days of the strike'),
      action('U hoeft ons niet te bellen om te vragen of de staking doorgaat: elke wijziging zetten wij op onze website', 'You do not need to call us to ask whether the strike goes ahead: we post every change on our website', 'U wilt weten of de staking doorgaat', 'You want to know whether the strike goes ahead'),
    ],
    reasons: [
      reason('urgent-help', 'Ik heb tijdens de staking dringend hulp nodig', 'I need urgent help during the strike', true),
      reason('what-changes', 'Wat de staking voor mij betekent', 'What the strike means for me'),
      reason('what-runs', 'Wat gaat er wel door?', 'What still goes ahead?'),
    ],
  },
  storm,
  // A municipality, council or water board in a flood: closed roads, suspended services such as
  // bin collections, a rest centre. No emergency number in the English text: it differs by country
  // (999, 112, 911); the publisher adds its own, and lint knows the public ones.
  flood: {
    summary: 'flooding (river, sea or heavy rain)',
    severity: 'major',
    phase: 'identified',
    title: title('Wateroverlast: wegen afgesloten en opvang open', 'Flooding: roads closed and a rest centre open'),
    known: known('waar het water staat, welke wegen afgesloten zijn, welke diensten stilliggen (zoals het ophalen van afval), en waar de opvang is.', 'where the water is, which roads are closed, which services are suspended (such as bin collections), and where the rest centre is.'),
    unknown: unknown('hoe hoog het water nog komt, wanneer het zakt, en wanneer wegen en diensten weer open zijn.', 'how high the water will rise, when it will go down, and when roads and services reopen.'),
    actions: [
      action('Loop of rijd niet door het water; bel 112 als iemand in gevaar is', 'Do not walk or drive through flood water; call the emergency number if anyone is in danger', ...AREA, true),
      // Act now: under "Can wait … you do not need to call" a council's evacuated residents read that the rest centre could wait.
      action('Moet u uw huis uit? Ga naar de opvanglocatie', 'If you have to leave your home, go to the rest centre', 'U moet uw huis verlaten', 'You have to leave your home', true),
      action('Meld water in uw huis of straat online', 'Report flooding in your home or street online', 'Er staat water in of bij uw huis', 'There is water in or near your home'),
    ],
    reasons: [
      // The emergency services first, not the council's own line (lint/emergency-services.ts).
      lifeInDanger('danger', 'Iemand is in gevaar door het water', 'Someone is in danger from the water'),
      reason('water-home', 'Water in of bij mijn huis', 'Water in or near my home'),
      reason('leave-home', 'Ik moet mijn huis uit', 'I have to leave my home'),
      reason('roads-services', 'Afgesloten wegen en diensten, zoals afval', 'Road closures and services, such as bins'),
    ],
  },
  recall,
  outage: {
    summary: 'your own website, app, IT or phone system down',
    severity: 'major',
    title: title('Inloggen in de app werkt niet', 'Logging in to the app does not work'),
    known: known('welke dienst niet (goed) werkt, sinds hoe laat, voor wie (iedereen of een deel), en wat nog wel werkt.', 'which service does not work (well), since what time, for whom (everyone or some), and what still works.'),
    unknown: unknown('de oorzaak en hoe lang het duurt voordat het is opgelost.', 'the cause and how long it will take to fix.'),
    // The act-now is for whoever must get something done today: at a tax or month-end deadline, proof of the outage.
    actions: [
      action('Maak een schermafbeelding van onze statuspagina als bewijs wanneer u door deze storing een deadline mist', 'Keep a screenshot of our status page as proof if this outage makes you miss a deadline', 'U heeft vandaag een deadline', 'You have a deadline today', true),
      // Not "your data is safe": at the start nobody knows, and a hospital's failed update of its patient records said it (trial Q).
      action('U hoeft niets te doen', 'You do not need to do anything', 'U gebruikt de app', 'You use the app'),
      action('Gebruik zolang de website', 'Use the website meanwhile', 'U moet vandaag iets regelen', 'You need to get something done today'),
    ],
    reasons: [
      // As in the cyberattack template: a deadline is not a danger. Marked urgent, "I must arrange something
      // today" led a bank's app users to its fraud line (urgent reasons lead with the emergency lines).
      reason('urgent-help', 'Ik heb nu dringend hulp nodig', 'I need urgent help now', true),
      // "I must arrange something today" was the Dutch word for word. Time-critical, not urgent (trial S): listed after
      // the urgent reason with the desk's own lines and their waits, never the fraud line.
      soonReason('today', 'Ik moet vandaag iets regelen', 'I need to get something done today'),
      reason('log-in', 'Ik kan niet inloggen', 'I cannot log in'),
      reason('my-data', 'Zijn mijn gegevens veilig?', 'Is my data safe?'),
    ],
  },
  generic: {
    summary: 'any other disruption',
    severity: 'major',
    title: title('Storing in onze dienstverlening', 'Disruption to our service'),
    known: known('wat er aan de hand is, sinds wanneer, wie er last van heeft, en wat nog wel werkt.', 'what is happening, since when, who is affected, and what still works.'),
    unknown: unknown('de oorzaak en hoe lang het duurt.', 'the cause and how long it lasts.'),
    actions: [
      action('Wat moet iemand nu meteen doen?', 'What must someone do right now?', 'U heeft er nu last van', 'You are affected right now', true),
      action('U hoeft ons niet te bellen; de volgende update staat hier', 'You do not need to call us; the next update appears here', 'Het is voor u niet dringend', 'It is not urgent for you'),
    ],
    reasons: [
      reason('urgent-help', 'Ik heb nu dringend hulp nodig', 'I need urgent help now', true),
      reason('affected', 'Ik heb er last van', 'I am affected by the disruption'),
      reason('other', 'Iets anders', 'Something else'),
    ],
  },
};
