/** An energy network operator during a power cut, with its gas-leak and outage emergency line. */
import type { Sector } from './types.js';
import { t } from './types.js';

export const energy: Sector = {
  id: 'energy',
  name: 'Example Energy',
  label: t('Energienetbeheerder', 'Energy network operator'),
  url: 'https://www.example-energy.example/',
  channels: [
    {
      id: 'emergency',
      kind: 'phone',
      emergency: true,
      label: t('Gaslucht of gevaar? Storingslijn 24/7', 'Smell gas or see danger? Emergency line 24/7'),
      href: 'tel:+31800900900',
      wait_minutes: 0,
      reason: t('wordt altijd als eerste opgenomen', 'always answered first'),
    },
    {
      id: 'phone',
      kind: 'phone',
      label: t('Klantenservice', 'Customer service'),
      href: 'tel:+31302345678',
      wait_minutes: 35,
      reason: t('veel vragen over de stroomstoring', 'many calls about the power cut'),
      hours: t('Vandaag tot 22:00', 'Today until 22:00'),
    },
    {
      id: 'outage-map',
      kind: 'web',
      label: t('Storingskaart: ligt uw adres in het gebied?', 'Outage map: is your address affected?'),
      href: 'https://www.example-energy.example/storingen',
      wait_minutes: 0,
    },
    { id: 'chat', kind: 'chat', label: t('Chat met ons', 'Chat with us'), href: 'https://www.example-energy.example/chat', wait_minutes: 10 },
  ],
  incident: (at) => ({
    id: 'power-utrecht-east',
    title: t('Stroomstoring in Utrecht-Oost en Bunnik', 'Power cut in Utrecht-Oost and Bunnik'),
    severity: 'major',
    phase: 'identified',
    started_at: at(-95),
    updated_at: at(-15),
    next_update_at: at(30),
    affects: [t('Utrecht-Oost, postcodes 3581 tot 3585', 'Utrecht-Oost, postcodes 3581 to 3585'), t('Bunnik en Odijk', 'Bunnik and Odijk')],
    known: t(
      'Sinds 07:40 hebben ongeveer **12.000 huishoudens en bedrijven** geen stroom. Bij graafwerk aan de Laan van Maarschalkerweerd is een hoofdkabel geraakt. Onze monteurs zijn ter plaatse en schakelen de stroom zoveel mogelijk om via andere kabels. In delen van Bunnik is de stroom sinds 09:00 terug.',
      'Since 07:40 about **12,000 homes and businesses** have had no electricity. A main cable was hit during excavation work on Laan van Maarschalkerweerd. Our engineers are on site and are rerouting power through other cables where they can. Parts of Bunnik have had power again since 09:00.',
    ),
    unknown: t(
      '- Hoe laat elke straat weer stroom heeft. We verwachten het grootste deel rond 14:00, maar kunnen dat nog niet beloven.\n- Of de kabel helemaal vervangen moet worden.',
      '- When each street will have power again. We expect most of it by about 14:00, but cannot promise that yet.\n- Whether the cable has to be replaced completely.',
    ),
    actions: [
      {
        who: t('U ruikt gas', 'You smell gas'),
        urgent: true,
        label: t('Ga naar buiten en bel de storingslijn', 'Go outside and call the emergency line'),
        href: 'tel:+31800900900',
        detail: t('Gebruik **geen** lichtknoppen, deurbel of open vuur. Laat deuren en ramen open.', 'Do **not** use light switches, the doorbell or open flames. Leave doors and windows open.'),
      },
      {
        who: t('U gebruikt thuis medische apparatuur', 'You use medical equipment at home'),
        urgent: true,
        label: t('Bel de storingslijn, ook als de accu nog werkt', 'Call the emergency line, even if the battery still works'),
        href: 'tel:+31800900900',
      },
      {
        who: t('U hebt geen stroom', 'You have no power'),
        label: t('Zet gevoelige apparaten uit en houd de koelkast dicht', 'Switch off sensitive devices and keep the fridge closed'),
        detail: t('Een dichte vriezer blijft ongeveer 24 uur koud. Meld de storing niet opnieuw: we weten ervan.', 'A closed freezer stays cold for about 24 hours. No need to report the outage again: we know about it.'),
      },
    ],
  }),
  faq: [
    ['power-back', 'Wanneer heb ik weer stroom?', 'When will my power be back?', 'Op de [storingskaart](https://www.example-energy.example/storingen) ziet u per postcode de verwachte tijd. We werken die elk half uur bij.', 'The [outage map](https://www.example-energy.example/storingen) shows the expected time for each postcode. We update it every half hour.', ['storing', 'outage'], true],
    ['compensation', 'Krijg ik een vergoeding voor de stroomstoring?', 'Do I get compensation for the power cut?', 'Duurt de storing langer dan 4 uur, dan krijgt u een wettelijke vergoeding. U hoeft daar niets voor te doen: we maken het bedrag binnen 6 maanden over.', 'If the outage lasts longer than 4 hours you get statutory compensation. You do not need to do anything: we pay it within 6 months.', ['vergoeding', 'compensation'], true],
    ['food', 'Kan ik het eten uit mijn vriezer nog eten?', 'Is the food in my freezer still safe?', 'Een dichte vriezer blijft ongeveer 24 uur koud. Is het eten ontdooid, vries het dan niet opnieuw in.', 'A closed freezer stays cold for about 24 hours. If food has thawed, do not freeze it again.', ['vriezer', 'freezer'], true],
    ['gas-smell', 'Ik ruik gas. Wat moet ik doen?', 'I smell gas. What should I do?', 'Ga direct naar buiten, laat deuren open en bel de storingslijn 0800 900 900. Gebruik geen schakelaars of telefoon binnen.', 'Go outside at once, leave doors open and call the emergency line 0800 900 900. Do not use switches or a phone indoors.', ['gaslek', 'gas leak'], false],
    ['meter', 'Hoe geef ik mijn meterstanden door?', 'How do I submit my meter readings?', 'In *Mijn omgeving* onder **Meterstanden**.', 'In *My account* under **Meter readings**.', ['meterstand', 'meter'], false],
  ],
};
