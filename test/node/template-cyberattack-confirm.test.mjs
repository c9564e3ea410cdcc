// A municipality hit by ransomware: within hours fake e-mails "from the municipality" asked residents to "confirm their
// details" through a link. The cyberattack template said "do not click links" and "we never ask for" a password, login
// code or bank details, but never that nobody should confirm their details through a link, the lure itself. Its second
// action now says so, in both languages, under the same "we never ask for them"; and those words are a warning against
// links too, so no SMS of ours carries one beside them.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { incidentFromTemplate } = await importTs('src/templates/index.ts');
const { linkWarning } = await importTs('src/export/link-warning.ts');

test('cyberattack template: "bevestig uw gegevens niet via een link" / "do not confirm your details through a link"', () => {
  const inc = incidentFromTemplate('cyberattack', { id: 'aanval', langs: ['nl', 'en'], now: Date.parse('2026-12-07T07:00:00Z') });
  const a = inc.actions[1];
  assert.match(a.label.nl, /en bevestig uw gegevens niet via een link; daar vragen wij nooit om\./);
  assert.match(a.label.en, /and do not confirm your details through a link; we never ask for them\./);
  assert.match(a.who.nl, /om uw gegevens te bevestigen/);
  assert.match(a.who.en, /to confirm your details/);
  assert.equal(a.urgent, true);
  const only = (lang) => [{ id: 'aanval', title: 'x', actions: [{ label: { [lang]: a.label[lang].replace(/^\[\[TODO: [^\]]*\]\]\s*/, '') } }] }];
  assert.equal(linkWarning(only('nl'), 'nl')?.phrase, 'niet via een link');
  assert.equal(linkWarning(only('en'), 'en')?.phrase, 'not confirm your details through a link');
});
