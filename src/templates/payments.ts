/**
 * The template for a bank, payment or card outage, for the people who pay (a bank's customers; the businesses that take
 * payments have merchant.ts). Moved here from catalog.ts, which had no room left.
 */
import { action, known, reason, title, unknown, type Template } from './parts.js';

// An outage draws fake texts ("because of the outage, call this number"): "if in doubt call the fraud line" sent readers to
// the number they had, the criminals' too. The act-now says where the real one is; who already gave codes or money has its own.
export const PAYMENTS: Template = {
  summary: 'bank, payment or card outage, for the people who pay',
  severity: 'critical',
  title: title('Pinnen en betalen met de app werkt niet', 'Card payments and app payments do not work'),
  known: known('welke diensten niet werken (de app, internetbankieren, iDEAL, pinnen, overboekingen), sinds hoe laat, wat nog wel werkt, of salaris, pensioen en uitkeringen gewoon binnenkomen, en dat uw geld veilig is als dat zo is.', 'which services fail (the app, online banking, iDEAL, cards, transfers), since what time, what still works, whether salaries, pensions and benefits still arrive, and that money is safe if that is so.'),
  unknown: unknown('de oorzaak, wanneer alles weer werkt, en of betalingen dubbel zijn afgeschreven.', 'the cause, when everything works again, and whether payments were taken twice.'),
  actions: [
    action(
      // The first sentence is what an SMS keeps (export --to sms cuts the first action at a sentence).
      'Wij vragen nooit om uw pincode of inlogcodes, of om geld over te maken. Twijfelt u? Bel zelf het nummer op de achterkant van uw pas, nooit een nummer uit een bericht',
      'We never ask for your PIN or login codes, or to transfer money. In doubt? Call the number on the back of your card yourself, never a number from a message',
      'U krijgt een telefoontje, sms, WhatsApp-bericht of e-mail over deze storing',
      'You get a call, text, WhatsApp message or e-mail about this outage',
      true,
    ),
    // Not "Bring cash or pay later": read at a supermarket till, card just declined, cash is not there to bring. A card
    // from another bank works (a phone's wallet pays with the same card, so it does not). An act-now, second: whoever
    // stands at the checkout is the largest group in a card outage, and was put under "can wait" (trial E, a bank).
    action('Betaal op een andere manier (contant, of met een pas van een andere bank), of betaal later', 'Pay another way (cash, or a card from another bank), or pay later', 'U staat nu bij de kassa of moet vandaag betalen', 'You are at the checkout now, or need to pay today', true),
    action('Bel direct ons fraudenummer en laat uw pas blokkeren', 'Call our fraud line at once and have your card blocked', 'U heeft na een telefoontje, sms of e-mail uw codes gegeven of geld overgemaakt, of uw pas is kwijt', 'You gave your codes or transferred money after a call, text or e-mail, or your card is lost', true),
  ],
  reasons: [
    reason('fraud', 'Fraude of oplichting, of mijn pas is kwijt of gestolen', 'Fraud or a scam, or my card is lost or stolen', true),
    // Not urgent (see cyberattack): a message not acted on is a question; who acted on it chooses fraud.
    reason('suspicious', 'Een verdacht bericht of telefoontje', 'A suspicious message or call'),
    reason('log-in', 'Ik kan niet inloggen', 'I cannot log in'),
    reason('payment-failed', 'Een betaling is mislukt', 'A payment failed'),
    // An outage before a weekend or a payday: "will my salary arrive on Monday?" (a London bank's walkthrough, cards and the
    // app down on a Friday evening). Neither the guidance under what we know nor a contact reason asked it, so the desk's
    // page said nothing of it and the question went to the phone line.
    reason('incoming', 'Komt mijn salaris of uitkering binnen?', 'Will my salary or benefits arrive?'),
    reason('charged-twice', 'Dubbel afgeschreven', 'Charged twice'),
  ],
};
