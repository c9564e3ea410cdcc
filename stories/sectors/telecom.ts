/** A mobile network during a core-network fault: 112 still works through other networks. */
import type { Sector } from './types.js';
import { t } from './types.js';

export const telecom: Sector = {
  id: 'telecom',
  name: 'Example Mobile',
  label: t('Telecomaanbieder', 'Telecom provider'),
  url: 'https://www.example-mobile.example/',
  channels: [
    { id: 'chat', kind: 'chat', label: t('Chat in de app of op de site', 'Chat in the app or on the website'), href: 'https://www.example-mobile.example/chat', wait_minutes: 20, reason: t('veel vragen over de storing', 'many questions about the outage') },
    {
      id: 'phone',
      kind: 'phone',
      label: t('Klantenservice (bel via wifi of een vaste lijn)', 'Customer service (call over wifi or a landline)'),
      href: 'tel:+31881234567',
      wait_minutes: 50,
      reason: t('de storing; de chat is sneller', 'the outage; chat is faster'),
      hours: t('Vandaag tot 23:00', 'Today until 23:00'),
    },
    { id: 'status-map', kind: 'web', label: t('Storingskaart per postcode', 'Outage map by postcode'), href: 'https://www.example-mobile.example/storingen', wait_minutes: 0 },
  ],
  incident: (at) => ({
    id: 'mobile-core',
    title: t('Bellen en mobiel internet werken niet overal', 'Calls and mobile data not working everywhere'),
    severity: 'major',
    phase: 'investigating',
    started_at: at(-50),
    updated_at: at(-8),
    next_update_at: at(22),
    affects: [t('Bellen, sms en mobiel internet in heel Nederland', 'Calls, texts and mobile data across the Netherlands'), t('Zakelijke abonnementen', 'Business plans')],
    known: t(
      'Sinds 09:10 kunnen veel klanten niet bellen, sms’en of mobiel internetten; het gaat met tussenpozen. De oorzaak is een storing in ons centrale netwerk na onderhoud vannacht. Wifi-bellen en vaste internetaansluitingen werken wel.\n\n**112 werkt**: uw telefoon kiest dan automatisch een ander netwerk.',
      'Since 09:10 many customers cannot call, text or use mobile data; it comes and goes. The cause is a fault in our core network after maintenance last night. Wifi calling and home broadband are working.\n\n**112 works**: your phone automatically uses another network.',
    ),
    unknown: t('- Wanneer alles weer werkt. Onze technici draaien het onderhoud terug; dat kan enkele uren duren.\n- Of sms’jes van vanochtend nog aankomen.', '- When everything will work again. Our engineers are rolling the maintenance back; that may take a few hours.\n- Whether text messages sent this morning will still arrive.'),
    actions: [
      {
        who: t('U hebt dringend hulp nodig', 'You need emergency help'),
        urgent: true,
        label: t('Bel 112, ook zonder bereik', 'Call 112, even without signal'),
        href: 'tel:112',
        detail: t('Uw telefoon gebruikt dan een ander netwerk. Lukt het niet, gebruik een vaste lijn of de telefoon van iemand anders.', 'Your phone then uses another network. If it fails, use a landline or someone else’s phone.'),
      },
      { who: t('U moet iemand bereiken', 'You need to reach someone'), label: t('Zet wifi-bellen aan', 'Turn on wifi calling'), href: 'https://www.example-mobile.example/wifi-bellen' },
      { who: t('Uw telefoon blijft zoeken naar netwerk', 'Your phone keeps searching for a network'), label: t('Zet de telefoon één keer uit en aan', 'Switch your phone off and on once'), detail: t('Vaker herstarten helpt niet.', 'Restarting more often does not help.') },
    ],
  }),
  faq: [
    ['wifi-calling', 'Hoe zet ik wifi-bellen aan?', 'How do I turn on wifi calling?', 'iPhone: *Instellingen > Telefoon > Bellen via wifi*. Android: *Instellingen > Verbindingen > Wifi-bellen*.', 'iPhone: *Settings > Phone > Wi-Fi Calling*. Android: *Settings > Connections > Wi-Fi calling*.', ['wifi', 'bellen', 'calling'], true],
    ['112', 'Kan ik 112 bellen tijdens de storing?', 'Can I call 112 during the outage?', 'Ja. Uw telefoon kiest voor 112 automatisch een ander netwerk, ook zonder simkaart.', 'Yes. For 112 your phone automatically picks another network, even without a SIM card.', ['noodnummer', 'emergency'], true],
    ['refund', 'Krijg ik geld terug voor de storing?', 'Will I get money back for the outage?', 'Duurt de storing langer dan 12 uur, dan verrekenen we een dag abonnementskosten op uw volgende rekening.', 'If the outage lasts longer than 12 hours, we credit one day of your plan on your next bill.', ['vergoeding', 'refund'], true],
    ['roaming', 'Wat kost bellen in het buitenland?', 'What do calls abroad cost?', 'Binnen de EU belt u tegen hetzelfde tarief als thuis.', 'Within the EU you pay the same rates as at home.', ['roaming'], false],
    ['esim', 'Hoe zet ik een eSIM over naar een nieuwe telefoon?', 'How do I move an eSIM to a new phone?', 'Vraag in de app een nieuwe QR-code aan onder **Mijn sim**.', 'Request a new QR code in the app under **My SIM**.', ['esim'], false],
  ],
};
