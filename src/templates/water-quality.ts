/**
 * A boil-water or do-not-drink advice ("kookadvies", "niet drinken"): a drinking-water company found
 * bacteria such as E. coli in a routine test. The water still runs, so the `water` template (no water,
 * low pressure) is the wrong one: a desk that published its advice with it had "Geen water of weinig
 * druk" and "U hoeft de storing niet te melden" to undo. What customers need: to boil the water they
 * drink or put in their mouth (teeth, baby feeds, ice cubes, raw vegetables), that showering is fine,
 * whether their address is in the area, and, for who becomes ill, their own doctor first (the GP, when
 * closed the out-of-hours service; the emergency number only in an emergency), not the water company's
 * line. The boiling comes first, one short sentence, so an SMS keeps it whole beside the title. Medical
 * words are careful and every one of them is marked to check. No emergency number in the
 * English text: it differs by country (see flood). The all-clear (run the taps, throw away ice cubes)
 * is the closing text: docs/publishing.md, "A boil-water advice".
 */
import { action, known, reason, title, todo, unknown, type Template } from './parts.js';

const AREA = ['U woont of werkt in het gebied van het kookadvies', 'You live or work in the boil-water area'] as const;

export const waterQuality: Template = {
  summary: 'boil-water or do-not-drink advice (the water runs, but is not safe to drink unboiled)',
  severity: 'major',
  title: title('Kookadvies in Zeist', 'Boil-water advice in Zeist'),
  known: known(
    'dat er een kookadvies geldt, voor welke wijken of postcodes (en waar mensen hun adres kunnen opzoeken), sinds wanneer, wat er in het water is gevonden (bijv. E. coli-bacteriën bij een controle), en dat u de leidingen spoelt en opnieuw meet. Zeg dat het water wel stroomt en dat douchen gewoon kan. Helpt koken niet (bijv. bij een chemische stof)? Schrijf dan "Drink het kraanwater niet, ook niet gekookt" en pas de acties aan.',
    'that a boil-water advice applies, for which areas or postcodes (and where people can look up their address), since when, what was found in the water (e.g. E. coli bacteria in a routine test), and that you are flushing the pipes and testing again. Say that the water still runs and that showering is fine. If boiling does not help (e.g. a chemical), write "Do not drink the tap water, not even boiled" and change the actions.',
  ),
  unknown: unknown(
    'hoe de bacteriën in het water kwamen, en hoe lang het kookadvies duurt: het wordt pas opgeheven als het water bij herhaalde metingen schoon is, vaak na enkele dagen. Noem geen dag die u niet zeker weet.',
    'how the bacteria got into the water, and how long the advice lasts: it is lifted only when repeated tests are clean, often after a few days. Give no day you are not sure of.',
  ),
  actions: [
    // One short sentence, what to do: the SMS keeps it whole beside the title, and the phone message says it right after
    // what we know. What else to boil water for is an action of its own, after the GP: a caller hears the GP first.
    action('Kook kraanwater minstens 1 minuut en laat het afkoelen voordat u het drinkt', 'Boil tap water for at least 1 minute and let it cool before you drink it', ...AREA, true),
    // The GP first, not the water company's line. A question, then one short sentence with the emergency number: an SMS
    // with room carries both after the boiling (sms-emergency.ts laterEmergencyLine); "Bel uw huisarts als …. Bij
    // levensgevaar: 112" gave only "Bij levensgevaar: 112", and a longer one cut the boiling short.
    action(
      'Heeft u of uw kind diarree, buikpijn of koorts? Bel uw huisarts, of de huisartsenpost als die dicht is; bij levensgevaar 112',
      'Do you or your child have diarrhoea, stomach pain or a fever? Call your GP (family doctor), or their out-of-hours number when they are closed; in an emergency, the emergency number',
      'Iemand in huis wordt ziek, vooral een baby, een oudere of iemand met een zwakke afweer',
      'Someone at home becomes ill, especially a baby, an older person or someone with a weakened immune system',
      true,
    ),
    action(
      'Gebruik ook gekookt water of flessenwater voor tandenpoetsen, ijsblokjes, koffie uit een apparaat, en om groente en fruit te wassen die u rauw eet',
      'Use boiled or bottled water for brushing teeth, ice cubes, coffee from a machine, and washing fruit or vegetables you eat raw too',
      ...AREA,
      true,
    ),
    action(
      'Maak flesvoeding met kraanwater dat u eerst heeft gekookt, of met flessenwater dat geschikt is voor zuigelingenvoeding',
      'Make up baby feeds with tap water you have boiled first, or with bottled water that is suitable for baby feeds',
      'Er is een baby in huis',
      'There is a baby at home',
      true,
    ),
    action(
      'Douchen, in bad gaan, wassen en het toilet doorspoelen kan gewoon. Let op dat kleine kinderen geen badwater drinken',
      'You can shower, bathe, do the washing and flush the toilet as usual. Make sure young children do not drink the bath water',
      'U wilt weten waarvoor u het water gewoon kunt gebruiken',
      'You want to know what you can still use the water for',
    ),
    // "Is my address in it?" is the question the night desk hears most: where to look goes in the action itself, as a
    // placeholder of its own, so lint refuses it until it is filled in (as the recall's batch code).
    action(
      `Kijk op ${todo('waar: een kaart of een zoekvak voor uw adres')} of uw adres in het gebied ligt. Ligt het erbuiten, dan kunt u uw kraanwater gewoon drinken en hoeft u ons niet te bellen`,
      `Check ${todo('where: a map or a search by address')} whether your address is in the area. If it is not, you can drink your tap water as usual and do not need to call us`,
      'U weet niet of het kookadvies voor uw adres geldt',
      'You are not sure whether the advice applies to your address',
    ),
    action(
      'U hoeft ons niet te bellen om te vragen of het kookadvies voorbij is; wij melden het zodra het zo is, met wat u daarna moet doen',
      'You do not need to call us to ask whether the advice is over; we will say so as soon as it is, with what to do afterwards',
      'U wilt weten wanneer u het water weer gewoon kunt drinken',
      'You want to know when you can drink the water as usual again',
    ),
  ],
  reasons: [
    reason('ill', 'Iemand is ziek na het drinken van kraanwater', 'Someone is ill after drinking tap water', true),
    reason('in-area', 'Geldt het kookadvies voor mijn adres?', 'Does the advice apply to my address?'),
    reason('what-to-boil', 'Waarvoor moet ik het water koken?', 'What do I need to boil the water for?'),
    reason('when-over', 'Wanneer kan ik het water weer drinken?', 'When can I drink the water again?'),
  ],
};
