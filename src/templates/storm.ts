/**
 * Storm or severe weather. It closes places as often as it cuts services: a school group, a municipality
 * or a bank closes buildings for a day, moves exams or collections and keeps childcare or a desk open
 * somewhere. Before, the guidance spoke only of "outages and delays" (a Flemish school group found no
 * word for "which campuses are closed, is there childcare, are the exams moved"). The reasons go to
 * readers as they are, so they fit every sector: no "outage", no "school". The Dutch text keeps the
 * code oranje/rood that Dutch and Flemish readers know (KNMI, KMI); the English names no colour.
 */
import { action, known, lifeInDanger, reason, title, unknown, type Template } from './parts.js';

const AREA = ['U woont of werkt in het getroffen gebied', 'You live or work in the affected area'] as const;

export const storm: Template = {
  summary: 'storm or severe weather',
  severity: 'major',
  phase: 'identified',
  title: title('Storm: onze locaties zijn morgen dicht', 'Storm: our sites are closed tomorrow'),
  known: known(
    'de weerwaarschuwing (code oranje/rood), welke gebieden, diensten of gebouwen (zoals scholen, kantoren of loketten) dicht of geraakt zijn en op welke dagen, wat wel doorgaat (zoals opvang, of een andere plek of ander vervoer), wat verplaatst wordt en naar wanneer (zoals examens), en tot wanneer het voorlopig duurt.',
    'the official weather warning and its level (its colour or name where you are), which areas, services or buildings (such as schools, offices or service desks) are closed or affected and on which days, what still goes ahead (such as childcare, or another place or means of transport), what is moved and to when (such as exams), and until when for now.',
  ),
  unknown: unknown(
    'hoe lang de storm aanhoudt, of er schade is, wanneer alles weer open is en normaal werkt, en of morgen ook geraakt wordt.',
    'how long the storm lasts, whether there is damage, when everything is open and works normally again, and whether tomorrow is affected too.',
  ),
  actions: [
    action('Blijf binnen en ga niet onnodig de weg op', 'Stay indoors and avoid the roads unless you must', ...AREA, true),
    action('Kijk hier voordat u vertrekt of de plek waar u heen moet open is', 'Check here before you set off whether the place you are going to is open', 'U moet morgen naar een van onze locaties', 'You are due at one of our sites tomorrow'),
    action('Meld schade pas na de storm; dat kan online', 'Report damage after the storm; you can do so online', 'U heeft schade', 'You have damage'),
  ],
  reasons: [
    lifeInDanger('danger', 'Een gevaarlijke situatie', 'A dangerous situation'),
    reason('disrupted', 'Wat is dicht, uitgevallen of vertraagd?', 'What is closed, cancelled or delayed?'),
    reason('damage', 'Stormschade melden', 'Reporting storm damage'),
  ],
};
