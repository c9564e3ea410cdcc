// When nothing is open any more, the channels said only "No known disruptions": a caller who
// phoned about the burst main did not hear that the water is back. For a day after it is resolved,
// the incident resolved last leads (SMS, social, phone message, e-mail), marked as resolved.
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters, feed, NOW } from './export-kit.mjs';

const x = await exporters();
const HOUR = 3_600_000;

/** The fixture with its burst main resolved `ago` ms before NOW (the app outage was resolved before). */
function resolvedFeed(ago) {
  const f = feed();
  const main = f.incidents[0];
  const at = new Date(NOW - ago).toISOString().replace('.000Z', 'Z');
  Object.assign(main, { phase: 'resolved', resolved_at: at, updated_at: at, next_update_at: null });
  main.known = { nl: 'De leiding is gerepareerd. Iedereen in Utrecht-Oost heeft weer water.', en: 'The main is repaired. Everyone in Utrecht-Oost has water again.' };
  return f;
}

test('an hour after the burst main was resolved, every channel says it is resolved, not only "no known disruptions"', () => {
  const f = resolvedFeed(HOUR);
  const sms = x.exportSms(f, { lang: 'nl', now: NOW });
  assert.match(sms.text, /^Opgelost: Geen water in Utrecht-Oost door gesprongen leiding\. De leiding is gerepareerd\./);
  assert.equal(sms.incident, 'leiding-utrecht-oost');
  const ivr = x.exportIvr(f, { lang: 'nl', now: NOW });
  assert.match(ivr.text, /Opgelost: Geen water in Utrecht-Oost door gesprongen leiding\. De leiding is gerepareerd\./);
  assert.doesNotMatch(ivr.text, /Geen storingen bekend/);
  const email = x.exportEmail(f, { lang: 'en', now: NOW });
  assert.match(email.subject, /^Resolved: /);
  assert.deepEqual(email.incidents, ['leiding-utrecht-oost']);
  const [post] = x.exportSocial(f, { lang: 'en', now: NOW }).posts;
  assert.match(post.text, /^Resolved: No water in Utrecht-Oost/);
});

test('a day later the channels are back to the all-clear', () => {
  const f = resolvedFeed(25 * HOUR);
  f.incidents[1].resolved_at = f.incidents[1].updated_at = new Date(NOW - 26 * HOUR).toISOString();
  assert.match(x.exportSms(f, { lang: 'nl', now: NOW }).text, /^Geen storingen bekend\./);
  assert.match(x.exportIvr(f, { lang: 'nl', now: NOW }).text, /Geen storingen bekend\./);
  assert.deepEqual(x.exportEmail(f, { lang: 'nl', now: NOW }).incidents, []);
});

test('an open incident still leads; a resolved one is not named beside it', () => {
  const f = feed();
  assert.equal(x.exportSms(f, { lang: 'nl', now: NOW }).incident, 'leiding-utrecht-oost');
  assert.deepEqual(x.exportEmail(f, { lang: 'nl', now: NOW }).incidents, ['leiding-utrecht-oost']);
});

test('a resolved incident never promises a next update, even if the feed still holds the old time', () => {
  const f = resolvedFeed(HOUR);
  f.incidents[0].next_update_at = new Date(NOW + HOUR).toISOString();
  for (const lang of ['nl', 'en']) {
    const opts = { lang, now: NOW, incident: 'leiding-utrecht-oost' };
    const [post] = x.exportSocial(f, opts).posts;
    assert.doesNotMatch(post.text, /Volgende update|Next update/, post.text);
    assert.doesNotMatch(x.exportSms(f, { ...opts, parts: 2 }).text, /Volgende update|Next update/);
  }
});
