/**
 * A wave of fake messages or calls in the publisher's name: texts that say "because of the outage,
 * call this number", e-mails with a log-in link, callers posing as the help desk. Nothing of the
 * publisher's is broken or attacked, so neither `cyberattack` ("Our systems were attacked", "change
 * your password") nor an outage template fits: a Dutch bank's night desk, with its app down and
 * such texts going round, found none. What readers need: what the fake messages look like and ask,
 * not to react (and that you never ask for codes), where your real number is, and, for whoever
 * already called, gave codes or paid, to call your real number (a bank's fraud line) at once. Any sector: a bank, an
 * energy company, a parcel service, a municipality. A fake address quoted in the texts is written as lint's `scam-link`
 * asks, `verify-help[.]com`: without https:// and www, and with `[.]` for its dots. "Without https:// and www" alone gave
 * "scheldebank-verificatie.be" (trial U's desk), which mail and message apps still make a link (feed/placeholder.ts reads
 * the `[.]` inside `[[TODO: …]]`). No emergency number in the English (see flood).
 */
import { action, known, reason, title, todo, unknown, type Template } from './parts.js';

export const phishing: Template = {
  summary: 'fake messages or calls in your name (phishing, a scam wave)',
  severity: 'major',
  // The cause is known from the first message: "We're looking for the cause" above it would read as if nobody knows what goes on.
  phase: 'identified',
  title: title('Nep-sms uit naam van ons: bel het nummer niet', 'Fake text messages in our name: do not call the number'),
  known: known(
    'hoe de nepberichten eruitzien (sms, e-mail, WhatsApp of telefoon, en van welke afzender), wat ze vragen (een nummer bellen, op een link tikken, codes geven, geld overmaken), sinds wanneer, en dat ze niet van u komen. Schrijf een nepadres zonder https:// en www, met [.] in plaats van elke punt (bijv. verificatie-hulp[.]com), zodat niemand erop kan tikken.',
    'what the fake messages look like (text, e-mail, WhatsApp or phone, and from which sender), what they ask (to call a number, tap a link, give codes, transfer money), since when, and that they do not come from you. Write a fake address without https:// and www, with [.] in place of each dot (e.g. verify-help[.]com), so nobody can tap it.',
  ),
  unknown: unknown(
    'wie erachter zit, hoe zij aan telefoonnummers of e-mailadressen komen, en hoe lang het doorgaat. Zeg niet dat er geen gegevens bij u zijn gelekt als u dat niet zeker weet.',
    'who is behind it, how they got phone numbers or e-mail addresses, and how long it goes on. Do not say no data leaked from you unless you are sure.',
  ),
  actions: [
    // Its first sentence is what an SMS keeps after the title (export --to sms cuts the first action at a sentence).
    action(
      'Bel het nummer niet, tik niet op de link en geef niemand uw codes. Wij vragen nooit om uw pincode, wachtwoord of inlogcodes',
      'Do not call the number, tap the link or give anyone your codes. We never ask for your PIN, password or login codes',
      'U krijgt een sms, WhatsApp-bericht, e-mail of telefoontje dat van ons lijkt te komen',
      'You get a text, WhatsApp message, e-mail or call that seems to come from us',
      true,
    ),
    // Minutes count (a bank can still stop a transfer or block a card): the real number, not the one in the message. Said
    // for any sector, as doorstep.ts does: "our fraud line" made a university's desk (trial X), which has none, reword it in
    // both languages; a bank names its fraud line in the mark it fills in.
    action(
      `Bel ons direct op ${todo('ons nummer, bijv. de servicedesk, of bij een bank het fraudenummer')}, niet op een nummer uit het bericht`,
      `Call us at once on ${todo('our number, e.g. the service desk, or at a bank the fraud line')}, not on a number from the message`,
      'U heeft gebeld, op de link getikt, codes gegeven of geld overgemaakt',
      'You called, tapped the link, gave codes or transferred money',
      true,
    ),
    action(
      'Reageer niet en neem zelf contact met ons op, via een nummer of adres dat u al van ons had',
      'Do not reply; contact us yourself, on a number or at an address you already had from us',
      'U weet niet of een bericht echt van ons komt',
      'You are not sure whether a message really comes from us',
    ),
    action('Meld het nepbericht bij ons en verwijder het daarna', 'Report the fake message to us, then delete it', 'U heeft zo’n bericht gekregen', 'You got such a message'),
  ],
  reasons: [
    reason('responded', 'Ik heb gereageerd: gebeld, codes gegeven of geld overgemaakt', 'I responded: I called, gave codes or transferred money', true),
    // The same ids and words as the cyberattack template, so a feed that has them is not offered them twice.
    reason('suspicious', 'Een verdacht bericht of telefoontje', 'A suspicious message or call'),
    reason('report', 'Een nepbericht melden', 'Reporting a fake message'),
    reason('my-data', 'Zijn mijn gegevens gestolen?', 'Was my data stolen?'),
  ],
};
