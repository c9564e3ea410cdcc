// "Andere verstoring" (`generic`) is the template for whatever no other template fits: a pension paid late, a recall
// before there was a recall template (recall.test.mjs), a closed office. Its Dutch contact reason said "Ik heb last van
// de storing" and its "who" example "U heeft nu last van de storing", published as they stand, while nobody knows it is
// an outage. Now they say "Ik heb er last van" / "U heeft er nu last van", as the studio and the CLI say "incident".
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { contactReasonsFromTemplate, incidentFromTemplate } = await importTs('src/templates/index.ts');
/** "storing" or "storingen" as a word of its own. */
const STORING = /(?<!\p{L})storing(?:en)?(?!\p{L})/iu;

test('Other disruption (generic): no "storing" in its Dutch contact reasons or its actions', () => {
  const reasons = contactReasonsFromTemplate('generic', ['nl']).map((r) => r.label.nl);
  assert.ok(reasons.includes('Ik heb er last van'), reasons.join(' | '));
  const inc = incidentFromTemplate('generic', { id: 'x', langs: ['nl'], now: Date.parse('2026-12-07T10:00:00Z') });
  const actions = (inc.actions ?? []).flatMap((a) => [a.label.nl, a.who?.nl ?? '']);
  for (const words of [...reasons, ...actions]) assert.doesNotMatch(words, STORING, words);
});
