/** A resolved incident that still promises a next update. */
import { defineRule, feedOr } from '../rule.js';
import { eachObject } from '../walk.js';

/**
 * A resolved incident with a `next_update_at` left in it: readers no longer show it, but the CLI and some exports may
 * still say "next update at …" after the all-clear. `update --resolve` and the studio clear it; a feed edited by hand
 * keeps it (trial V, a water company's desk).
 */
export const resolvedNextUpdate = defineRule('resolved-next-update', 'warning', function* ({ doc }) {
  const found: { path: string; id: string }[] = [];
  eachObject(doc.incidents, 'incidents', (inc, path) => {
    if (inc.phase === 'resolved' && typeof inc.next_update_at === 'string' && inc.next_update_at.trim()) found.push({ path: `${path}/next_update_at`, id: typeof inc.id === 'string' ? inc.id : '…' });
  });
  for (const { path, id } of found) {
    const command = `clearline update feed.json --incident ${id} --correct --next-update none`;
    yield {
      path,
      message: {
        en: 'this incident is resolved but still promises a next update: some exports may still tell people to wait for one',
        nl: 'dit incident is opgelost maar belooft nog een volgende update: sommige exports zeggen mensen dan nog dat er een komt',
      },
      fix: {
        en: `Remove the next update time${feedOr(`: ${command}`, '')}.`,
        nl: `Haal de tijd van de volgende update weg${feedOr(`: ${command}`, '')}.`,
      },
    };
  }
});
