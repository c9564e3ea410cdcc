/**
 * Once no incident is open, a channel whose name, hours, "when to use it" or who it is for (`purpose`, which the all-clear
 * keeps) still speaks of the disruption ("24 uur per dag tijdens de storing", "Temporarily by chat only") tells readers of
 * the all-clear something that no longer holds.
 * A mobile operator's desk wrote "Klantenservice: alleen met een vaste telefoon", hours "24 uur per dag tijdens de
 * storing", for want of a field that says a line does not work for the affected; `update --resolve` cleared the waits
 * and nothing reminded them of the rest (trial L). Found by words that tie a text to the disruption or say it is for now;
 * not "Storingsnummer" or "Report an outage", which name what a line is for on any day. A warning: the words may still hold.
 */
import { defineRule, feedOr } from '../rule.js';
import { eachObject, isObj, openIncidentsOf, textIn } from '../walk.js';

const EVENT = String.raw`(?:storing|storingen|uitval|calamiteit|crisis|staking|aanval|cyberaanval|hack|overstroming|outage|disruption|incident|strike|attack|cyberattack|emergency|flood)`;
const DURING = new RegExp(
  String.raw`(?<!\p{L})(?:(?:tijdens|door|vanwege|wegens|zolang|tot het einde van) (?:de|het|deze|dit) ${EVENT}|(?:during|because of|due to|while|until the end of) (?:the|this) ${EVENT}|tijdelijke?|voorlopig|temporar(?:y|ily)|for now)(?!\p{L})`,
  'iu',
);
const FIELDS = ['label', 'purpose', 'hours', 'reason'] as const;

/** The words in `text` that tie it to the disruption, or undefined. */
export const disruptionWords = (text: string): string | undefined => DURING.exec(text)?.[0];

export const channelOutageWords = defineRule('channel-outage-words', 'warning', function* ({ doc }) {
  if (openIncidentsOf(doc).length) return;
  const found: { path: string; id: string; name: { en: string; nl: string }; said: string; field: (typeof FIELDS)[number] }[] = [];
  eachObject(doc.channels, 'channels', (c, path) => {
    for (const field of FIELDS) {
      const texts = isObj(c[field]) ? Object.entries(c[field] as Record<string, unknown>) : [['', c[field]]];
      const hit = texts.find(([, t]) => typeof t === 'string' && disruptionWords(t));
      if (!hit) continue;
      const at = hit[0] ? `${path}/${field}/${hit[0]}` : `${path}/${field}`;
      const name = { en: textIn(c.label, 'en').trim() || String(c.id), nl: textIn(c.label, 'nl').trim() || String(c.id) };
      found.push({ path: at, id: String(c.id), name, said: disruptionWords(hit[1] as string)!, field });
    }
  });
  const what = { label: { en: 'name', nl: 'naam' }, purpose: { en: 'purpose (who it is for)', nl: 'tekst ‘voor wie’' }, hours: { en: 'hours', nl: 'openingstijden' }, reason: { en: 'when to use it', nl: 'wanneer te gebruiken' } } as const;
  const option = { label: '--name', purpose: '--purpose', hours: '--hours', reason: '--reason' } as const;
  const also = { label: { en: 'its hours', nl: 'de openingstijden' }, purpose: { en: 'its name and hours', nl: 'de naam en de openingstijden' }, hours: { en: 'its name', nl: 'de naam' }, reason: { en: 'its name and hours', nl: 'de naam en de openingstijden' } } as const;
  for (const f of found) {
    const command = `clearline edit channel --id ${f.id} ${option[f.field]} "…"`;
    yield {
      path: f.path,
      message: {
        en: `no disruption is open, but the ${what[f.field].en} of “${f.name.en}” still says “${f.said}”: readers see it when all is well again`,
        nl: `er is geen incident meer open, maar bij de ${what[f.field].nl} van ‘${f.name.nl}’ staat nog “${f.said}”: lezers zien dat ook als alles weer werkt`,
      },
      fix: {
        en: `Write what holds on a normal day${feedOr(`: ${command}`, ' under Contact channels')}; check ${also[f.field].en} too. If it still holds, it can stay.`,
        nl: `Schrijf wat op een gewone dag geldt${feedOr(`: ${command}`, ' bij Contactkanalen')}; kijk ook naar ${also[f.field].nl}. Klopt het nog, dan kan het blijven.`,
      },
    };
  }
});
