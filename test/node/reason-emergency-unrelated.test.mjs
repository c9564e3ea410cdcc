// Trial H: a grid operator's one emergency line is the gas line ("Ruikt u gas? Bel direct 0800-9009, kies 1"); its urgent
// reason "Ik heb medische apparatuur thuis (thuisbeademing)" named only the power line, and its readers were told first to
// call the gas line. Lint said nothing. Now it says so, at the desk in the studio's words and for the CLI with the command.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { lintDocument } = await importTs('src/lint/index.ts');
const NOW = Date.parse('2026-12-13T01:35:00Z');
const iso = (min) => new Date(NOW + min * 60_000).toISOString();
function oostland(reasons) {
  return {
    type: 'status', version: 1, feed_id: 'oostland', time_zone: 'Europe/Amsterdam',
    publisher: { name: 'Netbeheer Oostland', url: 'https://www.example.com' },
    channels: [
      { id: 'gaslucht', kind: 'phone', label: { nl: 'Ruikt u gas? Bel direct 0800-9009, kies 1' }, reason: { nl: 'Gaslucht, binnen of buiten: bel direct, ga naar buiten' }, href: 'tel:+318009009', emergency: true },
      { id: 'stroom', kind: 'phone', label: { nl: 'Storingsnummer stroom' }, href: 'tel:+318009010', wait_minutes: 5, reason: { nl: 'storm' } },
    ],
    contact_reasons: reasons,
    incidents: [{ id: 'storm', title: { nl: 'Stroomstoring' }, severity: 'major', phase: 'identified', started_at: iso(-60), updated_at: iso(-10), known: { nl: 'Storm.' }, unknown: { nl: 'Hoe lang.' }, next_update_at: iso(30) }],
  };
}
const found = (doc, o = {}) => lintDocument(doc, { now: NOW, lang: 'nl', ...o }).filter((f) => f.rule === 'reason-emergency-unrelated');

test('an urgent reason about something else, naming the power line or nothing: said, with the tick or the command', () => {
  const medisch = { id: 'medisch', label: { nl: 'Ik heb medische apparatuur thuis (thuisbeademing)' }, urgent: true, channels: ['stroom'] };
  const [desk] = found(oostland([medisch]), { audience: 'desk' });
  assert.equal(desk.path, 'contact_reasons/0/channels');
  assert.equal(desk.message, 'wie de dringende contactreden “Ik heb medische apparatuur thuis (thuisbeademing)” kiest, krijgt onder “Bel nu” “Ruikt u gas? Bel direct 0800-9009, kies 1”, uw enige noodnummer, dat deze reden niet noemt');
  assert.match(desk.fix, /^Hoort die lijn erbij, zeg dat dan: vink “Ruikt u gas\? Bel direct 0800-9009, kies 1” aan onder “Kanalen voor Ik heb medische apparatuur thuis \(thuisbeademing\)”\. Zo niet, voeg het noodnummer toe/);
  const [cli] = found(oostland([medisch]));
  assert.match(cli.fix, /clearline edit reason --id medisch --channel gaslucht,stroom --feed feed\.json/);
  const none = { ...medisch, channels: undefined };
  assert.equal(found(oostland([none]))[0].path, 'contact_reasons/0');
});

test('silent for "Ik ruik gas" (its words are the line\'s), a reason naming an emergency line (112 too), one that is not urgent', () => {
  assert.deepEqual(found(oostland([{ id: 'gas', label: { nl: 'Ik ruik gas' }, urgent: true }])), []);
  const withAlarm = oostland([{ id: 'medisch', label: { nl: 'Ik heb medische apparatuur thuis' }, urgent: true, channels: ['alarm', 'stroom'] }]);
  withAlarm.channels.push({ id: 'alarm', kind: 'phone', label: { nl: 'Alarmnummer' }, href: 'tel:112', emergency: true });
  assert.deepEqual(found(withAlarm), []);
  assert.deepEqual(found(oostland([{ id: 'rekening', label: { nl: 'Vraag over mijn rekening' } }])), []);
  const two = oostland([{ id: 'medisch', label: { nl: 'Ik heb medische apparatuur thuis' }, urgent: true, channels: ['stroom'] }]);
  two.channels.push({ id: 'fraude', kind: 'phone', label: { nl: 'Fraudelijn' }, href: 'tel:+318000247', emergency: true });
  assert.deepEqual(found(two), [], 'two lines of its own: reason-emergency-unnamed');
});
