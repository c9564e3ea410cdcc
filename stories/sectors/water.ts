/** A drinking-water company after a burst main: boil-water advice for a district, a 24-hour fault line, long Dutch words. */
import type { Sector } from './types.js';
import { t } from './types.js';

export const water: Sector = {
  id: 'water',
  name: 'Waterbedrijf Voorbeeld',
  label: t('Drinkwaterbedrijf', 'Drinking-water company'),
  url: 'https://www.waterbedrijf-voorbeeld.example/',
  channels: [
    {
      id: 'fault-line',
      kind: 'phone',
      emergency: true,
      label: t('Storingsnummer drinkwater, 24 uur', 'Water fault line, 24 hours'),
      href: 'tel:+31800023456',
      wait_minutes: 2,
      reason: t('water op straat of geen water gaat voor', 'water in the street or no water comes first'),
    },
    {
      id: 'phone',
      kind: 'phone',
      label: t('Klantenservice', 'Customer service'),
      href: 'tel:+31384567890',
      wait_minutes: 30,
      reason: t('veel vragen over het kookadvies', 'many calls about the boil-water advice'),
      hours: t('Vandaag tot 21:00', 'Today until 21:00'),
    },
    {
      id: 'postcode-check',
      kind: 'web',
      label: t('Postcodecheck: geldt het kookadvies voor uw adres?', 'Postcode check: does the boil-water advice apply to your address?'),
      href: 'https://www.waterbedrijf-voorbeeld.example/kookadvies',
      wait_minutes: 0,
    },
  ],
  incident: (at) => ({
    id: 'boil-water-zwolle-zuid',
    title: t('Kookadvies voor Zwolle-Zuid na leidingbreuk', 'Boil-water advice for Zwolle-Zuid after a burst main'),
    severity: 'major',
    phase: 'identified',
    started_at: at(-240),
    updated_at: at(-25),
    next_update_at: at(35),
    affects: [t('Zwolle-Zuid, postcodes 8024 tot 8026', 'Zwolle-Zuid, postcodes 8024 to 8026'), t('Drinkwatervoorzieningsgebied Ittersum', 'Ittersum supply area')],
    known: t(
      'Vannacht is een hoofdtransportleiding gebroken. Door het drukverlies kan er vuil in het leidingnet zijn gekomen. Het water is niet zeker veilig om zo te drinken: **kook het eerst**. Douchen, wassen en het toilet doortrekken kan gewoon. We spoelen de leidingen door en nemen watermonsters; de uitslag duurt minstens 24 uur.',
      'A main transport pipe burst last night. The loss of pressure may have let dirt into the pipes. The water is not certainly safe to drink as it comes: **boil it first**. Showering, washing and flushing the toilet are fine. We are flushing the pipes and taking water samples; results take at least 24 hours.',
    ),
    unknown: t(
      '- Wanneer het kookadvies stopt. Dat kan pas na twee goede watermonsters op rij.\n- Of ook Ittersum-Oost moet koken; dat weten we na de watermonsters van vanmiddag.',
      '- When the boil-water advice ends. That needs two good water samples in a row.\n- Whether Ittersum-Oost has to boil its water too; we will know after this afternoon’s samples.',
    ),
    actions: [
      {
        who: t('U woont in Zwolle-Zuid', 'You live in Zwolle-Zuid'),
        urgent: true,
        label: t('Kook kraanwater 1 minuut voordat u het drinkt', 'Boil tap water for 1 minute before you drink it'),
        detail: t('Ook voor flesvoeding, tandenpoetsen, ijsblokjes en het wassen van groente. Laat het afkoelen met een deksel op de pan.', 'Also for baby formula, brushing teeth, ice cubes and washing vegetables. Let it cool with a lid on the pan.'),
      },
      {
        who: t('Er staat water op straat of u hebt geen water', 'There is water in the street or you have no water'),
        urgent: true,
        label: t('Bel het storingsnummer', 'Call the fault line'),
        href: 'tel:+31800023456',
      },
      {
        who: t('U hebt een zwakke gezondheid of een baby', 'Your health is fragile or you have a baby'),
        label: t('Haal gratis flessen water bij het uitgiftepunt', 'Collect free bottled water at the distribution point'),
        detail: t('Sporthal De Pelikaan, Pelikaanweg 2, vandaag tot 20:00.', 'Sports hall De Pelikaan, Pelikaanweg 2, until 20:00 today.'),
      },
    ],
  }),
  faq: [
    ['boil-how', 'Hoe lang moet ik het water koken?', 'How long should I boil the water?', 'Laat het water **1 minuut** flink doorkoken. Een waterkoker die vanzelf uitslaat is genoeg.', 'Let the water boil properly for **1 minute**. A kettle that switches itself off is enough.', ['kookadvies', 'boil'], true],
    ['shower', 'Mag ik douchen en de was doen?', 'Can I shower and do the laundry?', 'Ja. Douchen, wassen en het toilet doortrekken kan gewoon. Slik geen water bij het douchen.', 'Yes. Showering, washing and flushing the toilet are fine. Do not swallow water while showering.', ['douchen', 'shower'], true],
    ['compensation', 'Krijg ik een vergoeding voor het kookadvies?', 'Do I get compensation for the boil-water advice?', 'Duurt het kookadvies langer dan 3 dagen, dan krijgt u een vergoeding op uw volgende jaarafrekening.', 'If the advice lasts longer than 3 days you get compensation on your next annual bill.', ['vergoeding', 'compensation'], true],
    ['meter', 'Hoe geef ik mijn watermeterstand door?', 'How do I submit my water meter reading?', 'In *Mijn Waterbedrijf* onder **Meterstand**.', 'In *My Water* under **Meter reading**.', ['meterstand', 'meter'], false],
  ],
};
