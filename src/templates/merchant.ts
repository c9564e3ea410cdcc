/**
 * The template for a payment service provider or acquirer whose card terminals or online checkout
 * fail: its readers are the shops, cafés and web shops that TAKE payments, not the people who pay.
 * A UK provider's walkthrough found the `payments` template telling a café owner with a queue at the
 * till to "Bring cash or pay later", and offering "Fraud, or my card was stolen" as the urgent
 * contact reason. A merchant asks something else: is it you or me, should I restart the terminal
 * (no: it is out of use for longer and does not help), what do I do at the till, will I be paid out,
 * is the data safe; and one with a big event today needs the urgent line, not the long queue.
 */
import { action, known, reason, title, unknown, type Template } from './parts.js';

const TILL = ['U neemt nu betalingen aan', 'You are taking payments now'] as const;

export const MERCHANT_PAYMENTS: Template = {
  summary: 'card terminals or online checkout, for the businesses that take payments (PSP, acquirer)',
  severity: 'critical',
  title: title('Pinbetalingen mislukken op betaalautomaten en in webshops', 'Card payments failing on terminals and online checkout'),
  known: known(
    'welke manieren van betalingen ontvangen niet werken (betaalautomaat, online afrekenen, betaallinks), ongeveer welk deel van de betalingen, sinds hoe laat, dat de storing bij ons ligt en niet aan de apparatuur van de ondernemer, of offline betalen mag en voor wiens risico, en dat gelukte betalingen gewoon worden uitbetaald als dat zo is.',
    "which ways of taking payment fail (card terminals, online checkout, payment links), roughly what share of payments, since what time, that the fault is ours and not the merchant's equipment, whether offline or fallback payments are allowed and at whose risk, and that approved payments are paid out as usual if that is so.",
  ),
  unknown: unknown('de oorzaak, wanneer alles weer werkt, en of uitbetalingen later komen. Noem geen tijd die u niet zeker weet.', 'the cause, when everything works again, and whether payouts will be late. Give no time you are not sure of.'),
  actions: [
    action('Herstart of reset uw betaalautomaat niet: de storing ligt bij ons, en na een herstart kan hij langer buiten gebruik zijn', 'Do not restart or reset your card terminal: the fault is ours, and after a restart it can be out of use for longer', 'U ontvangt betalingen met onze betaalautomaat', 'You take payments on our card terminal', true),
    action('Wordt een betaling geweigerd? Probeer het één keer opnieuw en vraag dan om een andere manier van betalen, zoals contant', 'Payment declined? Try once more, then ask for another way to pay, such as cash', ...TILL, true),
    action('Gelukte betalingen worden gewoon aan u uitbetaald', 'Payments that went through are paid out to you as usual', 'U wacht op een uitbetaling', 'You are waiting for a payout'),
    // Callers posing as the provider's support ("we need to update your terminal") thrive on an outage.
    action('Wij vragen nooit om de code van uw betaalautomaat, toegang op afstand of kaartgegevens; twijfelt u, hang op en bel ons zelf', "We never ask for your terminal's passcode, remote access or card details; in doubt, hang up and call us yourself", 'U wordt gebeld of gemaild over deze storing', 'You get a call or e-mail about this outage'),
  ],
  reasons: [
    reason('event-today', 'Vandaag een evenement of grote drukte, en betalingen mislukken', 'A big event or busy day today, and payments are failing', true),
    reason('declined', 'Betalingen worden geweigerd', 'Payments are being declined'),
    reason('terminal', 'Mijn betaalautomaat of kassa geeft een foutmelding', 'My terminal or checkout shows an error'),
    reason('payout', 'Mijn uitbetaling', 'My payout'),
    reason('card-data', 'Zijn de kaartgegevens van mijn klanten veilig?', "Is my customers' card data safe?"),
  ],
};
