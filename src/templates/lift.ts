/**
 * A lift out of order in a building: a housing association's block of flats, a station, a hospital, a town hall.
 * For those who cannot use the stairs (a wheelchair, a walking frame, on the 12th floor) it shuts them in or out; that
 * is the "act now", the call for help, before the trapped (who have the lift's own alarm button). A housing
 * association's night desk typed `--template lift` and `liftstoring`, was refused, and wrote its lift outage on Other
 * disruption: "What must someone do right now?", "I am affected by the disruption". The reasons go to readers as they are.
 */
import { action, known, reason, title, unknown, type Template } from './parts.js';

const BUILDING = ['U woont in of bezoekt het gebouw', 'You live in or visit the building'] as const;

export const lift: Template = {
  summary: 'a lift out of order in a building (flats, a station, a hospital)',
  severity: 'major',
  title: title('Lift buiten werking in flat De Horst', 'Lift out of order at De Horst flats'),
  known: known(
    'welk gebouw en welke lift, sinds hoe laat, of er iemand vastzat en of die eruit is, wie het oplost (het liftbedrijf) en of de monteur onderweg is, en welke andere lift, ingang of hulp er is.',
    'which building and which lift, since what time, whether anyone was trapped and is out, who is fixing it (the lift company) and whether their engineer is on the way, and which other lift, entrance or help there is.',
  ),
  unknown: unknown('wat er kapot is en wanneer de lift het weer doet. Noem geen tijd die u niet zeker weet.', 'what is broken and when the lift works again. Give no time you are not sure of.'),
  // Each action starts with what to do (the SMS keeps the first action, cut at a sentence): the call for help first.
  actions: [
    action(
      // Short, so that a text message keeps it whole with the number it calls (export/sms.ts): "…, zoals bij medicijnen,
      // boodschappen of een afspraak bij de dokter" went out as "… zoals bij... https://…", without the number to call.
      'Bel ons als u hulp nodig heeft omdat u de trap niet kunt nemen',
      'Call us if you need help because you cannot use the stairs',
      'U kunt de trap niet nemen (rolstoel, rollator, slecht ter been)',
      'You cannot use the stairs (a wheelchair, a walking frame, difficulty walking)',
      true,
    ),
    action(
      'Druk op de alarmknop in de lift en blijf in de lift tot er hulp is; bel 112 als iemand onwel wordt',
      'Press the alarm button in the lift and stay inside until help comes; call the emergency number if someone becomes unwell',
      'U of iemand anders zit vast in een lift',
      'You or someone else is stuck in a lift',
      true,
    ),
    action('Vraag buren die de trap niet kunnen nemen of ze iets nodig hebben', 'Ask neighbours who cannot use the stairs whether they need anything', ...BUILDING),
    // Only for the building named, as the utilities say it for the area named (catalog.ts): "U hoeft de kapotte lift niet te
    // melden" for all kept readers with another broken lift from calling. Whoever is stuck reads the alarm button here too.
    action(
      'Als de lift in het gebouw dat we hier noemen buiten werking is, hoeft u het niet te melden; we weten ervan. Doet een andere lift het niet, meld het dan wel. Zit iemand vast in een lift? Druk op de alarmknop in de lift; bel 112 als iemand onwel wordt',
      'If the lift in the building named here is out of order, you do not need to report it; we know about it. If another lift is not working, please report it. Someone stuck in a lift? Press the alarm button in the lift; call the emergency number if someone becomes unwell',
      'U wilt melden dat een lift het niet doet',
      'You want to report a lift that is not working',
    ),
  ],
  reasons: [
    // Urgent: the lift company's emergency line (behind the alarm button) and 112 lead; not a life in danger by itself.
    reason('stuck', 'Iemand zit vast in de lift', 'Someone is stuck in the lift', true),
    // Not urgent, so the emergency lines do not lead; the urgent action above ("Call us if …") is shown with it first.
    reason('stairs', 'Ik kan de trap niet nemen en heb hulp nodig', 'I cannot use the stairs and need help'),
    reason('when-fixed', 'Wanneer doet de lift het weer?', 'When will the lift work again?'),
  ],
};
