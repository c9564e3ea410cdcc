// Trial P (an insurer during a ransomware attack, no emergency line): the urgent reason "Ik heb deze week een behandeling
// en heb een machtiging nodig" offered only the web form meant for care providers; the member line it ticked (45 minutes)
// was left out ("bij een dringende reden … niets waarop ze moeten wachten"), while the reasons that can wait got every
// line. Without an emergency line a long wait still comes, after the quick ways; with one, nothing to wait on, as before.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { reasonChannels } = await importTs('src/feed/reasons.ts');
const channels = [
  { id: 'leden', kind: 'phone', label: { nl: 'Klantenservice' }, href: 'tel:+31302345678', wait_minutes: 45, reason: { nl: 'heel veel telefoontjes' } },
  { id: 'form', kind: 'web', label: { nl: 'Spoedaanvraag machtiging' }, href: 'https://www.zekerheid.example/spoed' },
];
const open = [{ id: 'cyber', phase: 'identified', severity: 'major', title: { nl: 'Cyberaanval' } }];
const reason = (ids) => ({ id: 'machtiging', label: { nl: 'Ik heb deze week een behandeling' }, urgent: true, ...(ids ? { channels: ids } : {}) });
const ids = (payload, r) => reasonChannels(payload, r).map((c) => c.id);

test('no emergency line: the urgent reason gets its quick way first, then the member line with its long wait', () => {
  assert.deepEqual(ids({ channels, incidents: open }, reason(['form', 'leden'])), ['form', 'leden']);
  assert.deepEqual(ids({ channels, incidents: open }, reason()), ['leden']);
});

test('with an emergency line: it leads and nothing to wait on follows, as before', () => {
  const withEmergency = [...channels, { id: '112', kind: 'phone', label: { nl: 'Alarmnummer' }, href: 'tel:112', emergency: true }];
  assert.deepEqual(ids({ channels: withEmergency, incidents: open }, reason(['form', 'leden'])), ['112', 'form']);
});
