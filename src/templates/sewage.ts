/**
 * Sewer flooding: a blocked or collapsed sewer, a failed pumping station or a storm overflow puts sewage into homes,
 * gardens and streets. A UK water company's desk typed `--template sewage` and was told there is no template (trial V);
 * neither `water` (no water) nor `flood` (a council's roads and rest centre) says what people must do about sewage.
 * Act now: keep away from it, children and pets too; with sewage inside, do not use the toilet, sinks or washing
 * machine (every flush adds to it) and call the 24-hour line; water near sockets, the electricity off. Can wait: the
 * clean-up (who does it) and the insurer. Sewage in a home is urgent but no danger to life, so its reason is
 * time-critical, not urgent: an urgent reason sends readers to 999/112 first (lint reason-urgent-emergency-services).
 */
import { action, known, reason, soonReason, title, todo, unknown, type Template } from './parts.js';

const AREA = ['U woont of werkt in het getroffen gebied', 'You live or work in the affected area'] as const;
const INSIDE = ['Er staat rioolwater in uw huis', 'Sewage is coming into your home'] as const;
const DAMAGE = ['Er was rioolwater in uw huis of tuin', 'Sewage got into your home or garden'] as const;

export const sewage: Template = {
  summary: 'sewer flooding (sewage in homes, gardens or streets)',
  severity: 'major',
  title: title('Rioolwater op straat en in huizen in Zeist', 'Sewer flooding in Zeist'),
  known: known(
    'welke straten, en welke wijken of postcodes, sinds hoe laat, of het rioolwater in huizen, tuinen of op straat staat, de oorzaak als die vaststaat (bijv. een verstopping, een kapot gemaal of zware regen), en dat onze ploegen onderweg of aan het werk zijn.',
    'which streets, and which areas or postcodes, since what time, whether sewage is in homes, gardens or on the street, the cause if it is certain (e.g. a blockage, a failed pumping station or heavy rain), and that our crews are on their way or at work.',
  ),
  unknown: unknown(
    'hoe lang het duurt voordat het riool weer normaal werkt, en wanneer het opruimen klaar is. Noem geen tijd die u niet zeker weet.',
    'how long until the sewer works normally again, and when the clean-up is done. Give no time you are not sure of.',
  ),
  actions: [
    // One short sentence first: the SMS keeps it whole beside the title.
    action('Blijf uit de buurt van rioolwater en houd kinderen en huisdieren erbij weg. Was uw handen goed als u het heeft aangeraakt', 'Keep away from sewage water, and keep children and pets away from it. Wash your hands well if you touched it', ...AREA, true),
    // Every flush, shower or wash adds to the water that comes up inside.
    action('Gebruik geen toilet, gootsteen, douche of wasmachine tot wij zeggen dat het weer kan, en bel onze 24-uurslijn', 'Do not use the toilet, sinks, shower or washing machine until we say you can, and call our 24-hour line', ...INSIDE, true),
    action('Komt het water bij stopcontacten of apparaten? Zet de stroom uit in de meterkast als u daar veilig bij kunt', 'Is the water near sockets or appliances? Switch off the electricity at the fuse box if you can reach it safely', ...INSIDE, true),
    action(
      `Ruim nog niet zelf op: ${todo('wie ruimt op en wanneer, bijv. wij sturen een schoonmaakbedrijf')}. Gooi eten weg dat met rioolwater in aanraking kwam`,
      `Do not start cleaning up yourself yet: ${todo('who cleans up and when, e.g. we send a specialist cleaning company')}. Throw away food that sewage water has touched`,
      ...DAMAGE,
    ),
    action(
      'Maak foto\'s van de schade voordat er iets wordt weggegooid, meld het bij uw verzekeraar en bewaar de bonnen van wat u vervangt',
      'Take photos of the damage before anything is thrown away, tell your home insurer, and keep the receipts for anything you replace',
      ...DAMAGE,
    ),
    // Only for the area named, as in the outage templates (catalog.ts): whoever sees sewage elsewhere should still report it.
    action('Als uw adres in het gebied ligt dat we hier noemen, hoeft u het niet te melden; we weten ervan. Ziet u ergens anders rioolwater, meld het dan wel', 'If your address is in the area named here, you do not need to report it; we know about it. If you see sewage anywhere else, please report it', ...AREA),
  ],
  reasons: [
    soonReason('sewage-inside', 'Rioolwater in mijn huis', 'Sewage in my home'),
    reason('sewage-outside', 'Rioolwater op straat of in mijn tuin', 'Sewage in the street or my garden'),
    reason('blocked-drain', 'Mijn toilet of afvoer is verstopt', 'My toilet or drains are blocked'),
    reason('clean-up', 'Opruimen, schade of verzekering', 'Clean-up, damage or insurance'),
  ],
};
