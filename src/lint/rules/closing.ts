/** The closing text of a resolved incident. */
import { defineRule, feedOr } from '../rule.js';
import { perLanguage } from './document.js';
import { eachObject, isBlank, isObj } from '../walk.js';

/** A text as compared: each language's words, trimmed; a plain string as itself. */
const words = (t: unknown): string => (isObj(t) ? JSON.stringify(Object.keys(t).sort().map((l) => [l, String(t[l] ?? '').trim()])) : String(t ?? '').trim());

/**
 * A resolved incident whose "what we know" is still the text of the update before (`updates[0]`, where resolving puts it):
 * the studio resolves with the text in the field, so a bank's desk that chose "Opgelost" at 4 a.m. published "Sinds 01:40
 * werken pinnen en de app niet" under "Opgelost". `clearline update --resolve` asks for a closing text, but may be given
 * the same. A warning: a monitoring update that already said "alles werkt weer" may stand as the closing text.
 */
export const closingTextUnchanged = defineRule('closing-text-unchanged', 'warning', function* ({ doc }) {
  const found: { path: string; id: string; langs: string[] }[] = [];
  eachObject(doc.incidents, 'incidents', (inc, path) => {
    const before = Array.isArray(inc.updates) && isObj(inc.updates[0]) ? inc.updates[0].known : undefined;
    if (inc.phase === 'resolved' && !isBlank(inc.known) && before !== undefined && words(before) === words(inc.known)) found.push({ path: `${path}/known`, id: typeof inc.id === 'string' ? inc.id : '…', langs: isObj(inc.known) ? Object.keys(inc.known) : [] });
  });
  for (const { path, id, langs } of found) {
    const command = perLanguage(`clearline update feed.json --incident ${id} --correct --known "…"`, langs);
    yield {
      path,
      message: {
        en: 'this resolved incident still says what the previous update said: readers see it under “Resolved” as the closing text',
        nl: 'bij dit opgeloste incident staat nog de tekst van de vorige update: lezers zien die onder “Opgelost” als slottekst',
      },
      fix: {
        en: `Does it still say something is not working? Write what happened and that it is over${feedOr(`: ${command}`, '')}. If it already says so, it can stay.`,
        nl: `Staat er nog dat iets niet werkt? Schrijf wat er gebeurde en dat het voorbij is${feedOr(`: ${command}`, '')}. Zegt de tekst dat al, dan kan hij blijven.`,
      },
    };
  }
});
