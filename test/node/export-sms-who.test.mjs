// A municipality's SMS went to every resident as "Kom vandaag naar het Stadhuis, Markt 1 …" without who it was for
// ("Uw uitkering is niet binnen en u heeft vandaag geen geld voor eten"), while the phone message asked it first
// (trial F). The SMS now asks it too; since trial R always, or it leaves the action out (sms-who.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { exportSms } = await importTs('src/export/sms.ts');

const NOW = Date.parse('2026-12-08T07:20:00Z');
const feed = (label, who) => ({
  type: 'status', version: 1, feed_id: 'zuiderhaven', time_zone: 'Europe/Amsterdam', seq: 2, issued_at: '2026-12-08T07:16:00Z', expires_at: '2026-12-08T08:16:00Z',
  publisher: { name: 'Gemeente Zuiderhaven', url: 'https://www.zuiderhaven.example/' }, status_url: 'https://www.zuiderhaven.example/storing',
  channels: [],
  incidents: [{
    id: 'cyber', title: { nl: 'Cyberaanval: uitkeringen later' }, severity: 'major', phase: 'identified', started_at: '2026-12-08T06:30:00Z', updated_at: '2026-12-08T07:15:00Z',
    known: { nl: 'De uitkeringen van vandaag komen later.' }, unknown: { nl: 'Wanneer.' }, next_update_at: '2026-12-08T10:00:00Z',
    actions: [{ label: { nl: label }, who: { nl: who }, urgent: true }],
  }],
});

test('the SMS asks who the first action is for, as the phone message does, when it fits', () => {
  const r = exportSms(feed('Kom vandaag naar het Stadhuis voor een noodbetaling', 'U heeft vandaag geen geld voor eten'), { now: NOW, lang: 'nl', parts: 2 });
  assert.equal(r.text, 'Cyberaanval: uitkeringen later. U heeft vandaag geen geld voor eten? Kom vandaag naar het Stadhuis voor een noodbetaling. Volgende update 11:00. https://www.zuiderhaven.example/storing');
});

// Trial R changed this test: without room for both, the label went alone ("Kom vandaag naar het Stadhuis …" to every
// resident). Now the who goes before the next update does, and an action that cannot keep it is left out, and said.
test('without room for the who, the action is left out, never said to every reader', () => {
  const long = 'Kom vandaag naar het Stadhuis, Markt 1, balie Inkomen, voor een noodbetaling en neem uw ID-kaart mee';
  const r = exportSms(feed(long, 'Uw uitkering is niet binnen en u heeft vandaag geen geld voor eten'), { now: NOW, lang: 'nl', parts: 1 });
  assert.ok(!r.text.includes('Kom vandaag') || r.text.includes('geen geld voor eten? Kom vandaag'), r.text);
  assert.ok(!r.shortened.includes('who'), `${r.shortened}`);
  assert.match(r.text, /^Cyberaanval: uitkeringen later\. /);
});
