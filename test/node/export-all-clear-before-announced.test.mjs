// Trial S, an airline: check-in worked again at 14:58 (all-clear), and at 14:59 a ground handlers' strike was announced
// for Tuesday 05:00 (`starts_at` ahead, severity major). At 15:05 the default SMS, phone message and e-mail were about
// the strike only; the phone message never said that check-in works again. Now an incident announced for later waits
// behind an all-clear of the last hour, as a notice does (feed/going-on.ts, allClearLeads); the phone message and the
// e-mail name both, the all-clear first.
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters, feed, NOW } from './export-kit.mjs';

const x = await exporters();
const MIN = 60_000;

/** The main's all-clear `ago` ms before NOW and a strike announced for in 3 days; `begun`: the strike has started. */
function afterAllClear(ago, { begun = false } = {}) {
  const f = feed();
  f.incidents = f.incidents.filter((i) => i.id !== 'app-storing');
  const main = f.incidents[0];
  const strike = structuredClone(main);
  Object.assign(strike, {
    id: 'staking',
    phase: 'investigating',
    severity: 'major',
    starts_at: new Date(NOW + (begun ? -5 * MIN : 3 * 24 * 60 * MIN)).toISOString(),
    next_update_at: new Date(NOW + 20 * 60 * MIN).toISOString(),
    title: { nl: 'Staking grondpersoneel dinsdag', en: 'Ground handlers strike on Tuesday' },
    known: { nl: 'Het grondpersoneel staakt dinsdag van 05:00 tot 13:00.', en: 'Ground handlers strike on Tuesday from 05:00 to 13:00.' },
    actions: [],
    updates: [],
  });
  const at = new Date(NOW - ago).toISOString();
  Object.assign(main, { phase: 'resolved', resolved_at: at, updated_at: at, title: { nl: 'Inchecken werkt weer', en: 'Check-in works again' }, known: { nl: 'Inchecken werkt weer op alle luchthavens.', en: 'Check-in works again at every airport.' } });
  f.incidents.push(strike);
  return f;
}

test('the SMS leads with the all-clear of the last hour, not the strike announced for Tuesday (nl, en)', () => {
  const nl = x.exportSms(afterAllClear(7 * MIN), { lang: 'nl', now: NOW });
  assert.match(nl.text, /^(Opgelost: )?Inchecken werkt weer/, nl.text);
  assert.doesNotMatch(nl.text, /^Staking/, nl.text);
  const en = x.exportSms(afterAllClear(7 * MIN), { lang: 'en', now: NOW });
  assert.match(en.text, /^(Resolved: )?Check-in works again/, en.text);
});

test('the phone message says check-in works again first, then names the strike (nl, en)', () => {
  for (const [lang, done, strike] of [['nl', 'Inchecken werkt weer', 'Staking grondpersoneel dinsdag'], ['en', 'Check-in works again', 'Ground handlers strike on Tuesday']]) {
    const ivr = x.exportIvr(afterAllClear(7 * MIN), { lang, now: NOW, force: true });
    assert.deepEqual(ivr.incidents, ['leiding-utrecht-oost', 'staking'], ivr.text);
    assert.ok(ivr.text.includes(done) && ivr.text.includes(strike), ivr.text);
    assert.ok(ivr.text.indexOf(done) < ivr.text.indexOf(strike), ivr.text);
    // Asked for by id, the all-clear keeps its place before the strike too (only one going on comes before it, trial H).
    const asked = x.exportIvr(afterAllClear(7 * MIN), { lang, now: NOW, force: true, incident: 'leiding-utrecht-oost' });
    assert.deepEqual(asked.incidents, ['leiding-utrecht-oost', 'staking'], asked.text);
  }
});

test('the e-mail has the all-clear first, then the strike', () => {
  assert.deepEqual(x.exportEmail(afterAllClear(7 * MIN), { lang: 'nl', now: NOW }).incidents, ['leiding-utrecht-oost', 'staking']);
});

test('after the hour, or once the strike has begun, the strike leads again', () => {
  assert.match(x.exportSms(afterAllClear(61 * MIN), { lang: 'nl', now: NOW }).text, /Staking grondpersoneel dinsdag/);
  assert.doesNotMatch(x.exportSms(afterAllClear(61 * MIN), { lang: 'nl', now: NOW }).text, /Inchecken/);
  const begun = x.exportSms(afterAllClear(7 * MIN, { begun: true }), { lang: 'nl', now: NOW });
  assert.doesNotMatch(begun.text, /Inchecken/, begun.text);
  assert.match(begun.text, /Staking grondpersoneel dinsdag/, begun.text);
  const ivr = x.exportIvr(afterAllClear(7 * MIN, { begun: true }), { lang: 'nl', now: NOW, force: true, incident: 'leiding-utrecht-oost' });
  assert.deepEqual(ivr.incidents, ['staking', 'leiding-utrecht-oost'], 'a strike going on comes before the all-clear asked for');
});
