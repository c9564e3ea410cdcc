// A hospital resolved its outage at 15:01 and left a notice open ("Afspraak afgezegd? Wij bellen u", trial Q). The banner
// and the help dialog lead with the all-clear for its hour; the default SMS went about the notice, so the all-clear the
// desk meant to send was never in it. Now notices alone wait behind an all-clear of the last hour in the exports too.
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters, feed, NOW } from './export-kit.mjs';

const x = await exporters();
const MIN = 60_000;

/** The burst main resolved `ago` ms before NOW, beside a notice; `going` adds an incident going on, `later` one announced. */
function afterAllClear(ago, { going = false, later = false } = {}) {
  const f = feed();
  f.incidents = f.incidents.filter((i) => i.id !== 'app-storing');
  const main = f.incidents[0];
  const notice = structuredClone(main);
  Object.assign(notice, { id: 'bellen', severity: 'info', next_update_at: null, title: { nl: 'Afspraak afgezegd? Wij bellen u', en: 'Appointment cancelled? We will call you' } });
  Object.assign(main, { phase: 'resolved', resolved_at: new Date(NOW - ago).toISOString(), updated_at: new Date(NOW - ago).toISOString(), title: { nl: 'Water is terug in Utrecht-Oost', en: 'Water is back in Utrecht-Oost' } });
  f.incidents.push(notice);
  if (going) f.incidents.push(Object.assign(structuredClone(notice), { id: 'zeist', severity: 'minor', next_update_at: new Date(NOW + 30 * MIN).toISOString(), title: { nl: 'Lage druk in Zeist', en: 'Low pressure in Zeist' } }));
  if (later) f.incidents.push(Object.assign(structuredClone(notice), { id: 'werk', severity: 'minor', starts_at: new Date(NOW + 600 * MIN).toISOString(), title: { nl: 'Werk aan de leiding morgen', en: 'Work on the main tomorrow' } }));
  return f;
}

test('with only a notice open, the SMS leads with the all-clear of the last hour (nl, en)', () => {
  const nl = x.exportSms(afterAllClear(10 * MIN), { lang: 'nl', now: NOW });
  assert.match(nl.text, /^Opgelost: Water is terug in Utrecht-Oost/, nl.text);
  const en = x.exportSms(afterAllClear(10 * MIN), { lang: 'en', now: NOW });
  assert.match(en.text, /^(Resolved: )?Water is back in Utrecht-Oost/, en.text); // a title that says it is over needs no "Resolved:"
});

test('an hour after the all-clear the notice leads the SMS again', () => {
  const nl = x.exportSms(afterAllClear(61 * MIN), { lang: 'nl', now: NOW });
  assert.match(nl.text, /^Afspraak afgezegd\? Wij bellen u/, nl.text);
});

// Changed with trial S: one announced for later no longer comes before the all-clear of the last hour (feed/going-on.ts).
test('a disruption going on still comes before the all-clear, as in the banner; one announced for later does not', () => {
  assert.match(x.exportSms(afterAllClear(10 * MIN, { going: true }), { lang: 'nl', now: NOW }).text, /^(Oorzaak gevonden: )?Lage druk in Zeist/);
  assert.match(x.exportSms(afterAllClear(10 * MIN, { later: true }), { lang: 'nl', now: NOW }).text, /^Opgelost: Water is terug in Utrecht-Oost/);
});

test('the e-mail names the all-clear and the notice, the all-clear first', () => {
  const mail = x.exportEmail(afterAllClear(10 * MIN), { lang: 'en', now: NOW });
  assert.deepEqual(mail.incidents, ['leiding-utrecht-oost', 'bellen']);
});
