/**
 * A mobile network outage: calls, texts and mobile data fail, home internet (fibre, DSL) mostly still works. A mobile
 * operator's night desk found only `telecom`, written for a cut at home: its act-now said to call 112 "from a mobile (it
 * works on any network)" and to keep a charged mobile within reach, to the very people whose mobile does not work, and
 * nothing said how to reach the operator when calling it is what fails. Here the emergency number comes first with what
 * to do when the mobile cannot reach it (a landline or someone else's phone), and the
 * desk is reached by chat or this page over Wi-Fi. The English names no number ("the emergency number"): american.ts.
 */
import { action, BILL_COMPENSATION, known, lifeInDanger, reason, title, unknown, type Template } from './parts.js';

export const mobile: Template = {
  summary: 'mobile network outage (calls, texts, mobile data)',
  severity: 'major',
  title: title('Storing mobiel netwerk: bellen en mobiel internet werken niet', 'Mobile network outage: calls and mobile data do not work'),
  known: known(
    'wat niet werkt (bellen, sms, mobiel internet), in welke regio of in heel het land, sinds hoe laat, wat nog wel werkt (internet thuis, bellen via wifi), en of 112 bereikbaar is.',
    'what does not work (calls, texts, mobile data), in which region or across the country, since what time, what still works (home internet, Wi-Fi calling), and whether the emergency number can be reached.',
  ),
  unknown: unknown('de oorzaak en hoe lang het duurt.', 'the cause and how long it will take.'),
  actions: [
    // Nothing about Wi-Fi calling: whether it reaches the emergency number differs by country and operator (in the US it
    // must reach 911; a US operator's trial found "Wi-Fi calling does not work for this" here, wrong there).
    // What to do when the mobile fails comes first, and its last sentence names no number: an SMS keeps the first two
    // sentences whole (export/sms-emergency.ts), not "Moet u 112 bellen? Probeer het met uw mobiel, dat gaat via elk...".
    action(
      'Lukt 112 niet met uw mobiel? Bel 112 met een vaste telefoon of de telefoon van iemand anders. Uw mobiel probeert daarvoor al elk netwerk dat er is',
      'Emergency number not working on your mobile? Call it from a landline or someone else\'s phone. Your mobile already tries every network there is for it',
      'U heeft nu hulp nodig',
      'You need help now',
      true,
    ),
    action(
      'Werkt uw personenalarmering met een simkaart? Dan werkt die nu misschien niet: zorg dat iemand bij u is of dat u een vaste telefoon kunt gebruiken',
      'If your personal alarm uses a SIM card, it may not work now: make sure someone is with you or that you can use a landline',
      'U of iemand bij u thuis heeft personenalarmering',
      'You or someone at home has a personal alarm (telecare)',
      true,
    ),
    action(
      'Ons bellen met uw mobiel lukt nu niet: gebruik de chat of deze pagina via wifi, of bel met een vaste telefoon',
      'Calling us from your mobile does not work now: use the chat or this page over Wi-Fi, or call from a landline',
      'U heeft een vraag aan ons',
      'You have a question for us',
    ),
    action(
      'Werkt uw mobiel nog niet als wij melden dat het is opgelost? Zet hem dan één keer uit en weer aan',
      'If your mobile still does not work after we say it is fixed, switch it off and on again once',
      'Uw mobiel werkt niet',
      'Your mobile does not work',
    ),
  ],
  reasons: [
    // The emergency number first, the one urgent reason: by the reason rules it offers the emergency lines, and lint
    // (emergency-services-missing) and `new incident` ask for 112 among them (lint/emergency-services.ts). A personal
    // alarm on a SIM card has its urgent act-now above.
    lifeInDanger('emergency', 'Ik moet 112 bellen', 'I need to call the emergency number'),
    reason('cannot-call', 'Ik kan niet bellen of mobiel internetten', 'I cannot make calls or use mobile data'),
    BILL_COMPENSATION,
  ],
};
