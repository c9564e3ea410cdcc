/** A municipality after a cloudburst: flooded streets, a 24-hour flooding line, 112 for danger. */
import type { Sector } from './types.js';
import { t } from './types.js';

export const municipality: Sector = {
  id: 'municipality',
  name: 'Gemeente Voorbeeld',
  label: t('Gemeente', 'Municipality'),
  url: 'https://www.voorbeeld.example/',
  channels: [
    {
      id: 'flooding-line',
      kind: 'phone',
      emergency: true,
      label: t('Meldpunt wateroverlast, 24 uur', 'Flooding line, 24 hours'),
      href: 'tel:+31401234000',
      wait_minutes: 5,
      reason: t('water in huis gaat voor', 'water inside homes comes first'),
    },
    { id: 'phone', kind: 'phone', label: t('Gemeente, 14 040', 'Town hall, 14 040'), href: 'tel:14040', wait_minutes: 25, reason: t('veel meldingen na de hoosbui', 'many reports after the cloudburst'), hours: t('Vandaag tot 20:00', 'Today until 20:00') },
    { id: 'report', kind: 'web', label: t('Melding openbare ruimte (omgevallen boom, verstopte put)', 'Report a public space problem (fallen tree, blocked drain)'), href: 'https://www.voorbeeld.example/melding', wait_minutes: 0 },
  ],
  incident: (at) => ({
    id: 'cloudburst',
    title: t('Wateroverlast na hoosbui: straten in het centrum dicht', 'Flooding after cloudburst: city-centre streets closed'),
    severity: 'major',
    phase: 'monitoring',
    started_at: at(-180),
    updated_at: at(-20),
    next_update_at: at(40),
    affects: [t('Binnenstad en Stationskwartier', 'City centre and Station quarter'), t('Afvalinzameling vandaag', 'Waste collection today')],
    known: t(
      'Door de hoosbui van vanochtend staan delen van de binnenstad onder water. De Markt, de Kerkstraat en de tunnel onder het spoor zijn **afgesloten**. De brandweer pompt kelders leeg, eerst bij kwetsbare bewoners. Het afval wordt vandaag niet opgehaald; we halen het zaterdag op.',
      'After this morning’s cloudburst parts of the city centre are flooded. The Markt, the Kerkstraat and the railway underpass are **closed**. The fire service is pumping out cellars, vulnerable residents first. Waste is not collected today; we will collect it on Saturday.',
    ),
    unknown: t('- Wanneer de tunnel weer open gaat.\n- Of er vanavond nog meer regen valt; het KNMI geeft om 16:00 een nieuwe verwachting.', '- When the underpass will reopen.\n- Whether more rain will fall tonight; the weather service updates its forecast at 16:00.'),
    actions: [
      {
        who: t('Er staat water in uw huis', 'Water is inside your home'),
        urgent: true,
        label: t('Zet de stroom uit in natte ruimtes en bel het meldpunt', 'Switch off power in wet rooms and call the flooding line'),
        href: 'tel:+31401234000',
        detail: t('Is er gevaar voor mensen, bel **112**.', 'If people are in danger, call **112**.'),
      },
      { who: t('U woont in de binnenstad', 'You live in the city centre'), label: t('Haal gratis zandzakken bij de gemeentewerf', 'Collect free sandbags at the council depot'), detail: t('Gemeentewerf, Havenweg 4, tot 20:00.', 'Council depot, Havenweg 4, until 20:00.') },
    ],
  }),
  faq: [
    ['sandbags', 'Waar haal ik zandzakken?', 'Where can I get sandbags?', 'Gratis bij de gemeentewerf, Havenweg 4, vandaag tot 20:00. Neem een auto of bakfiets mee.', 'Free at the council depot, Havenweg 4, until 20:00 today. Bring a car or cargo bike.', ['zandzak', 'sandbag'], true],
    ['damage', 'Wie betaalt de schade aan mijn huis?', 'Who pays for the damage to my home?', 'Meld schade eerst bij uw opstal- of inboedelverzekeraar. Maak foto’s voordat u opruimt.', 'Report damage to your home or contents insurer first. Take photos before you clear up.', ['schade', 'damage'], true],
    ['waste', 'Wanneer wordt mijn afval opgehaald?', 'When will my waste be collected?', 'Het afval van vandaag halen we zaterdag op. Zet de container vrijdagavond buiten.', 'Today’s waste will be collected on Saturday. Put your bin out on Friday evening.', ['afval', 'waste'], true],
    ['passport', 'Hoe vraag ik een paspoort aan?', 'How do I apply for a passport?', 'Maak een afspraak op de website; neem een pasfoto mee.', 'Make an appointment on the website; bring a passport photo.', ['paspoort', 'passport'], false],
    ['parking', 'Hoe vraag ik een parkeervergunning aan?', 'How do I apply for a parking permit?', 'Via *Mijn gemeente* met DigiD.', 'Through *My municipality* with DigiD.', ['parkeren', 'parking'], false],
  ],
};
