/** A bank whose card and app payments fail; its card-blocking line stays first. */
import type { Sector } from './types.js';
import { t } from './types.js';

export const bank: Sector = {
  id: 'bank',
  name: 'Example Bank',
  label: t('Bank', 'Bank'),
  url: 'https://www.example-bank.example/',
  channels: [
    {
      id: 'block',
      kind: 'phone',
      emergency: true,
      label: t('Pas blokkeren of fraude melden, 24/7', 'Block your card or report fraud, 24/7'),
      href: 'tel:+31201112222',
      wait_minutes: 0,
      reason: t('fraude en blokkeren gaan altijd voor', 'fraud and blocking always come first'),
    },
    { id: 'app-chat', kind: 'chat', label: t('Chat in de app', 'Chat in the app'), href: 'https://www.example-bank.example/chat', wait_minutes: 15 },
    {
      id: 'phone',
      kind: 'phone',
      label: t('Klantenservice', 'Customer service'),
      href: 'tel:+31203334444',
      wait_minutes: 40,
      reason: t('veel vragen over de betaalstoring', 'many calls about the payment problem'),
      hours: t('Vandaag tot 21:00', 'Today until 21:00'),
    },
  ],
  incident: (at) => ({
    id: 'card-payments',
    title: t('Pinnen en betalen met de app lukt niet altijd', 'Card and app payments are failing for some customers'),
    severity: 'major',
    phase: 'identified',
    started_at: at(-35),
    updated_at: at(-5),
    next_update_at: at(25),
    affects: [t('Pinnen in winkels en contactloos betalen', 'Card payments in shops and contactless'), t('Overboekingen in de app', 'Transfers in the app')],
    known: t(
      'Sinds 11:05 mislukt ongeveer **1 op de 3 betalingen** met de pas of de app. Een systeem dat betalingen controleert is overbelast. **Uw geld is veilig**: er verdwijnt niets van uw rekening. Geld opnemen bij de automaat en iDEAL werken wel.',
      'Since 11:05 about **1 in 3 card or app payments** has failed. A system that checks payments is overloaded. **Your money is safe**: nothing disappears from your account. Cash machines and iDEAL are working.',
    ),
    unknown: t('- Hoe lang het nog duurt. We hebben extra capaciteit bijgeschakeld en zien de eerste verbetering.', '- How long it will take. We have added capacity and see the first improvement.'),
    actions: [
      {
        who: t('U vertrouwt een bericht of telefoontje niet', 'You do not trust a message or call'),
        urgent: true,
        label: t('Hang op en bel de blokkeerlijn', 'Hang up and call the blocking line'),
        href: 'tel:+31201112222',
        detail: t('Oplichters misbruiken storingen. Wij vragen **nooit** om uw pincode of om geld over te maken naar een "veilige rekening".', 'Fraudsters exploit outages. We **never** ask for your PIN or to move money to a "safe account".'),
      },
      { who: t('U staat bij de kassa', 'You are at the checkout'), urgent: true, label: t('Probeer het nog een keer of betaal contant', 'Try once more or pay in cash'), detail: t('Een mislukte betaling wordt niet afgeschreven.', 'A failed payment is not taken from your account.') },
      { who: t('Er is twee keer afgeschreven', 'You were charged twice'), label: t('Wacht tot morgen', 'Wait until tomorrow'), detail: t('Dubbele afschrijvingen zetten we automatisch terug.', 'We reverse double charges automatically.') },
    ],
  }),
  faq: [
    ['double-charge', 'Er is twee keer afgeschreven. Krijg ik het terug?', 'I was charged twice. Do I get it back?', 'Ja, automatisch en uiterlijk de volgende werkdag. U hoeft niets te doen.', 'Yes, automatically and by the next working day at the latest. You do not need to do anything.', ['dubbel', 'double'], true],
    ['safe-account', 'Iemand van de bank belt over een veilige rekening. Klopt dat?', 'Someone from the bank calls about a safe account. Is that right?', 'Nee, dat is altijd oplichting. Hang op en bel de blokkeerlijn.', 'No, that is always fraud. Hang up and call the blocking line.', ['fraude', 'fraud'], true],
    ['cash', 'Kan ik nog geld opnemen?', 'Can I still withdraw cash?', 'Ja, alle geldautomaten werken.', 'Yes, all cash machines are working.', ['pinautomaat', 'atm'], true],
    ['lost-card', 'Ik ben mijn pas kwijt.', 'I have lost my card.', 'Blokkeer uw pas direct in de app of via de blokkeerlijn, 24 uur per dag.', 'Block your card at once in the app or on the blocking line, 24 hours a day.', ['kwijt', 'lost'], false],
    ['limit', 'Hoe verander ik mijn daglimiet?', 'How do I change my daily limit?', 'In de app onder **Pas > Limieten**.', 'In the app under **Card > Limits**.', ['limiet', 'limit'], false],
  ],
};
