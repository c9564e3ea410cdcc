/**
 * An incident's `faq_outdated` (FAQ answers that do not hold while it goes on; trial Q, finding 8) names answers by id,
 * typed by a night desk: an id the FAQ does not have marks nothing, and the standing answer ("Gaat mijn afspraak door?
 * Ja, …") goes on being shown. Checked only when lint is given the FAQ (`lint --faq`, the studio's `--faq`), and only for
 * open incidents: a resolved one's list does nothing. The fix names the FAQ's ids that look alike.
 */
import { defineRule, feedOr } from '../rule.js';
import { openIncidentsOf, textIn } from '../walk.js';
import { editDistance } from '../edit-distance.js';

const words = (id: string) => id.toLowerCase().split(/[._-]+/).filter((w) => w.length > 2);

/** The FAQ's ids that look like `id`: a slip or two away, one inside the other, or sharing a word ("afspraak"); closest first, at most 3. */
export function alikeIds(id: string, known: Iterable<string>): string[] {
  const low = id.toLowerCase();
  const own = words(id);
  return [...known]
    .map((k) => ({ k, d: editDistance(low, k.toLowerCase()) }))
    .filter(({ k, d }) => d <= Math.max(2, Math.floor(low.length / 4)) || k.toLowerCase().includes(low) || low.includes(k.toLowerCase()) || words(k).some((w) => own.includes(w)))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map(({ k }) => k);
}

export const faqOutdatedUnknown = defineRule('faq-outdated-unknown', 'error', function* ({ doc, faqIds }) {
  if (!faqIds) return;
  for (const { inc, path } of openIncidentsOf(doc)) {
    const ids = Array.isArray(inc.faq_outdated) ? inc.faq_outdated : [];
    for (const [i, id] of ids.entries()) {
      if (typeof id !== 'string' || faqIds.has(id)) continue;
      const title = (lang: string) => textIn(inc.title, lang) || String(inc.id);
      const alike = alikeIds(id, faqIds);
      const some = alike.map((a) => `"${a}"`).join(', ');
      yield {
        path: `${path}/faq_outdated/${i}`,
        message: {
          en: `the incident “${title('en')}” says the FAQ answer "${id}" does not hold now, but the FAQ has no answer "${id}", so nothing is marked`,
          nl: `het incident “${title('nl')}” zegt dat het FAQ-antwoord "${id}" nu niet klopt, maar dat antwoord staat niet in de veelgestelde vragen, dus er wordt niets gemarkeerd`,
        },
        fix: {
          en: `${alike.length ? `Did you mean ${some}? ` : ''}${feedOr(`Use the id of an entry in the FAQ${alike.length ? '' : ` (${[...faqIds].slice(0, 5).join(', ')}${faqIds.size > 5 ? ', …' : ''})`}, or take "${id}" out of faq_outdated.`, 'Tick the right question under “FAQ answers that do not hold now”, and untick this one.')}`,
          nl: `${alike.length ? `Bedoelt u ${some}? ` : ''}${feedOr(`Gebruik het id van een antwoord in de veelgestelde vragen${alike.length ? '' : ` (${[...faqIds].slice(0, 5).join(', ')}${faqIds.size > 5 ? ', …' : ''})`}, of haal "${id}" weg uit faq_outdated.`, 'Vink de juiste vraag aan onder “FAQ-antwoorden die nu niet kloppen”, en haal dit vinkje weg.')}`,
        },
      };
    }
  }
});
