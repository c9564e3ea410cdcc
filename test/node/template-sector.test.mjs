// The template a feed's contact reasons came from (templates/sector.ts), which the studio starts New incident on and
// takes Who is affected examples from. A bank's reasons are the payments template's; one shared id (suspicious,
// compensation, danger) decides nothing, and neither does a tie.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { templateForReasons, contactReasonsFromTemplate, TEMPLATE_NAMES } = await importTs('src/templates/index.ts');
const ids = (...xs) => xs.map((id) => ({ id }));

test('each template’s own reasons name that template (Other disruption excepted)', () => {
  for (const name of TEMPLATE_NAMES.filter((n) => n !== 'generic')) assert.equal(templateForReasons(contactReasonsFromTemplate(name, ['nl'])), name, name);
});

test('a bank that later added a data breach’s reasons is still a bank; one shared id, a tie or none: no template', () => {
  assert.equal(templateForReasons(ids('fraud', 'suspicious', 'log-in', 'payment-failed', 'charged-twice', 'urgent-help', 'my-data', 'account')), 'payments');
  assert.equal(templateForReasons(ids('suspicious')), undefined);
  assert.equal(templateForReasons(ids('suspicious', 'my-data')), undefined); // cyberattack and phishing both have them
  assert.equal(templateForReasons(ids('opening-hours', 'my-bill')), undefined);
  assert.equal(templateForReasons(ids('urgent-help', 'affected', 'other')), undefined);
  assert.equal(templateForReasons([]), undefined);
  assert.equal(templateForReasons(undefined), undefined);
});

// Trial Q, a hospital whose patient record system failed after an update: the IT outage template told patients "U hoeft niets
// te doen; uw gegevens zijn veilig". At the start nobody knows that; a template must not promise it for the desk.
test('no template promises that people\'s data is safe', async () => {
  const { incidentFromTemplate } = await importTs('src/templates/index.ts');
  for (const name of TEMPLATE_NAMES) {
    const inc = incidentFromTemplate(name, { id: 'x', langs: ['nl', 'en'], now: Date.parse('2026-12-15T01:10:00Z') });
    const said = JSON.stringify([inc.known, inc.actions ?? []]);
    assert.doesNotMatch(said, /gegevens zijn veilig|data is safe/i, name);
  }
});
