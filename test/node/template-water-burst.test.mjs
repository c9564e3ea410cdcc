// A Dutch water company's night desk (trial B, a burst main in Tiel) found the water template's first suggestion to be
// "Kook kraanwater 1 minuut voordat u het drinkt", as "act now": for a burst where boiling was not needed, a tired desk
// would have sent a boil-water advice by SMS. It had no "run the tap when the water comes back", and "Haal gratis flessen
// water bij het uitdeelpunt" could be published without saying where. A boil-water advice is the water-quality template.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { incidentFromTemplate } = await importTs('src/templates/index.ts');
const { lintDocument } = await importTs('src/lint/index.ts');
const NOW = Date.parse('2026-12-05T01:30:00Z');

test('the water template (no water): run the tap first, as act now; water at an address to fill in; no boil advice, in Dutch and English on every clock', () => {
  for (const [langs, zone] of [[['nl', 'en'], 'Europe/Amsterdam'], [['nl-BE'], 'Europe/Brussels'], [['en'], 'Europe/London'], [['en'], 'America/Chicago']]) {
    const inc = incidentFromTemplate('water', { id: 'x', langs, now: NOW, timeZone: zone });
    const first = inc.actions[0];
    assert.equal(first.urgent, true, zone);
    assert.match(first.label[langs[0]], /Laat de koude kraan lopen tot het water helder is|run the cold kitchen tap until it runs clear/, zone);
    const all = JSON.stringify(inc);
    assert.doesNotMatch(all, /[Bb]oil|[Kk]ook/, zone);
    const bottled = inc.actions.find((a) => /flessen water|bottled water/.test(a.label[langs[0]]));
    assert.match(bottled.label[langs[0]], /\[\[TODO: (?:adres|address), open /, zone);
  }
});

test('an action of the water template whose address was left as it came is refused by lint, naming the address to fill in', () => {
  const inc = incidentFromTemplate('water', { id: 'x', langs: ['nl'], now: NOW, timeZone: 'Europe/Amsterdam' });
  const bottled = inc.actions.findIndex((a) => /flessen water/.test(a.label.nl));
  // The desk takes the check mark away and says who it is for, as the other marks ask; the address is still to fill in.
  inc.actions[bottled].label.nl = inc.actions[bottled].label.nl.replace('[[TODO: controleer en haal deze markering weg]] ', '');
  inc.actions[bottled].who = { nl: 'U woont in Tiel' };
  const doc = { type: 'status', version: 1, feed_id: 'w', time_zone: 'Europe/Amsterdam', publisher: { name: 'W', url: 'https://w.example' }, channels: [], incidents: [inc], issued_at: new Date(NOW).toISOString(), expires_at: new Date(NOW + 3_600_000).toISOString(), seq: 1 };
  const found = lintDocument(doc, { now: NOW }).filter((f) => f.severity === 'error' && f.path.startsWith(`incidents/0/actions/${bottled}/`));
  assert.ok(found.some((f) => /adres, open van hoe laat tot hoe laat/.test(f.message)), JSON.stringify(found));
});
