// A grid operator wrote its estimate ("We verwachten dat Etten-Leur en Zundert tussen 10:00 en 14:00 weer stroom hebben")
// under "what we don't know yet", as the power template asked, and neither the SMS nor the phone message ever said it
// (trial R): they say what we know. The utility templates' guidance now says where an expected time goes.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { incidentFromTemplate } = await importTs('src/templates/index.ts');

test('the power, gas, water and heating templates say an expected time goes in what we know', () => {
  for (const name of ['power', 'gas', 'water', 'heating']) {
    const inc = incidentFromTemplate(name, { id: 'x', langs: ['nl', 'en'], now: Date.parse('2026-12-12T01:10:00Z') });
    assert.match(inc.unknown.nl, /is er een verwachting, zet die dan bij Wat we weten \(de sms en de telefoonlijn zeggen die\)/, name);
    assert.match(inc.unknown.en, /once there is an expected time, put it in What we know \(the SMS and the phone line say that\)/, name);
  }
});
