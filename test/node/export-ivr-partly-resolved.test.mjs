// Trial H, 10:00: the power cut was resolved and the gas leak in Zutphen still open. The phone message made for the update
// that resolved the power cut began "Opgelost: Stroomstoring door storm opgelost: iedereen heeft weer stroom." and only then
// said the gas leak. A phone line serves every caller: the open incident leads, the all-clear follows, and "Opgelost:" is
// not put before a title that says it already. Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';

const x = await exporters();
const NOW = Date.parse('2026-12-13T09:00:30Z');
const iso = (m) => new Date(NOW + m * 60000).toISOString();
const feed = (powerTitle) => ({
  type: 'status', version: 1, feed_id: 'oostland', time_zone: 'Europe/Amsterdam', status_url: 'https://www.netbeheer-oostland.example/storingen',
  publisher: { name: 'Netbeheer Oostland', url: 'https://www.netbeheer-oostland.example' },
  channels: [{ id: 'stroom', kind: 'phone', label: 'Storingsnummer', href: 'tel:+318009010', wait_minutes: 10, reason: 'veel meldingen' }],
  incidents: [
    { id: 'power', title: powerTitle, severity: 'major', phase: 'resolved', started_at: iso(-500), updated_at: iso(0), resolved_at: iso(0), next_update_at: null, known: 'Iedereen heeft weer stroom.', unknown: '' },
    { id: 'gas', title: 'Gaslek in Zutphen: Berkenlaan ontruimd', severity: 'critical', phase: 'identified', started_at: iso(-300), updated_at: iso(-1), next_update_at: iso(60), known: 'Een boom beschadigde een gasleiding.', unknown: 'Wanneer de bewoners terug kunnen.' },
  ],
});

test('the open gas leak leads the phone message made for the power cut\'s all-clear; the all-clear follows', () => {
  const ivr = x.exportIvr(feed('Stroomstoring door storm in Deventer'), { lang: 'nl', now: NOW, incident: 'power' });
  const gas = ivr.text.indexOf('Gaslek in Zutphen');
  const power = ivr.text.indexOf('Opgelost: Stroomstoring door storm in Deventer.');
  assert.ok(gas > 0 && power > gas, ivr.text);
  assert.deepEqual(ivr.incidents, ['gas', 'power']);
  // Without an incident asked for, as before: the open one, alone.
  assert.deepEqual(x.exportIvr(feed('Stroomstoring door storm in Deventer'), { lang: 'nl', now: NOW }).incidents, ['gas']);
});

test('a title that says "opgelost" itself gets no "Opgelost:" before it, in the phone message, SMS and e-mail', () => {
  const f = feed('Stroomstoring door storm opgelost: iedereen heeft weer stroom');
  const ivr = x.exportIvr(f, { lang: 'nl', now: NOW, incident: 'power' });
  assert.doesNotMatch(ivr.text, /Opgelost: Stroomstoring/, ivr.text);
  assert.match(ivr.text, /Stroomstoring door storm opgelost: iedereen heeft weer stroom\./);
  const sms = x.exportSms(f, { lang: 'nl', now: NOW, incident: 'power' });
  assert.ok(sms.text.startsWith('Stroomstoring door storm opgelost'), sms.text);
  const mail = x.exportEmail(f, { lang: 'nl', now: NOW, incident: 'power' });
  assert.doesNotMatch(mail.subject ?? mail.text, /Opgelost: Stroomstoring door storm opgelost/);
  // Another title keeps it: "Opgelost: Stroomstoring door storm in Deventer".
  assert.ok(x.exportSms(feed('Stroomstoring door storm in Deventer'), { lang: 'nl', now: NOW, incident: 'power' }).text.startsWith('Opgelost: Stroomstoring door storm in Deventer'));
});
