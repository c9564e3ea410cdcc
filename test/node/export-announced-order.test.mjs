// The elements put an incident going on before one announced ahead, whatever their severities (trial O: the stuck tram
// before Thursday's strike). The exports did not: on Monday, a critical strike announced for Thursday led the SMS, the
// phone message, the social post and the page without script, and a minor fault going on now came second or not at all.
// Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';

const MONDAY = Date.parse('2026-12-07T14:00:00Z');
const doc = {
  type: 'status', version: 1, feed_id: 'northway', time_zone: 'Europe/London', publisher: { name: 'Northway', url: 'https://www.northway.example' },
  status_url: 'https://www.northway.example/travel',
  issued_at: '2026-12-07T14:00:00Z', expires_at: '2026-12-08T11:00:00Z', seq: 3,
  channels: [{ id: 'phone', kind: 'phone', label: { en: 'Customer service' }, href: 'tel:+441614960123', wait_minutes: 10, reason: { en: 'many questions about the strike' } }],
  incidents: [
    {
      id: 'strike', title: { en: 'Strike on Thursday: no trams or buses' }, severity: 'critical', phase: 'identified',
      started_at: '2026-12-07T09:00:00Z', updated_at: '2026-12-07T13:59:00Z', starts_at: '2026-12-10T00:01:00Z',
      known: { en: 'Drivers strike for 24 hours from Thursday.' }, unknown: { en: 'Whether talks stop it.' }, next_update_at: '2026-12-08T10:00:00Z',
    },
    {
      id: 'tram', title: { en: 'Tram stopped at Piccadilly: stay on board' }, severity: 'minor', phase: 'investigating',
      started_at: '2026-12-07T13:40:00Z', updated_at: '2026-12-07T13:45:00Z',
      known: { en: 'A tram has stopped between stops.' }, unknown: { en: 'How long it takes.' }, next_update_at: '2026-12-07T15:00:00Z',
    },
  ],
};

test('the SMS, phone message, social post and page without script lead with the one going on, not the one announced', async () => {
  const x = await exporters();
  const o = { lang: 'en', now: MONDAY };
  const sms = x.exportSms(doc, o);
  assert.equal(sms.incident, 'tram');
  assert.deepEqual(sms.others, ['strike']);
  const ivr = x.exportIvr(doc, o);
  assert.deepEqual(ivr.incidents, ['tram', 'strike']);
  assert.ok(ivr.text.indexOf('Tram stopped') < ivr.text.indexOf('Strike on Thursday'), ivr.text);
  assert.equal(x.exportSocial(doc, o).incident, 'tram');
  const page = x.exportHtml(doc, o).text;
  assert.ok(page.indexOf('Tram stopped') < page.indexOf('Strike on Thursday'));
  // Once the strike has begun, the critical one leads again.
  assert.equal(x.exportSms(doc, { lang: 'en', now: Date.parse('2026-12-10T06:00:00Z') }).incident, 'strike');
});
