// Trial Y (a US water utility, Riverbend Water, America/Chicago): on Tuesday a boil water advisory (its daily update) and
// an online bill payment outage were open. The phone message said the repair and the tests but neither "do not drink
// without boiling" (the first sentence of what we know) nor "Boil tap water for at least 1 minute" (urgent action 1),
// both heard before and so ranked after the news; the second incident made no difference. It ended with "The next update
// is at 11:30 AM", the billing notice's (the advisory's was Wednesday 10:00 AM), and stderr named "todo-billing-down".
// On Wednesday it put the emergency line between "ZIP code 60633: keep boiling." and the sentence that says what that
// means. Fixtures shaped like the trial's feeds (feed.tue.bak, feed.wed.bak), fixed clocks. Uses dist/ (`npm run build`).
import assert from 'node:assert/strict';
import test from 'node:test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exporters, withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const x = await exporters();
const { emergencyAfterFirst } = await importTs('src/export/ivr-follow-up.ts');

/** Tuesday, Dec 15, 10:30 AM and Wednesday, Dec 16, 2:10 PM in Chicago. */
const TUE = Date.parse('2026-12-15T16:30:00Z');
const WED = Date.parse('2026-12-16T20:10:00Z');
const BOIL = 'boil-2026-12-14';
const en = (s) => ({ en: s });
const BOIL_ACTION = 'Boil tap water for at least 1 minute and let it cool before you drink it';

function channels() {
  return [
    { id: '911', kind: 'phone', label: en('Life in danger: call 911'), href: 'tel:911', emergency: true },
    { id: 'emergency', kind: 'phone', label: en('Water emergency line (main breaks, no water, medical need)'), href: 'tel:+13125550140', hours: en('24 hours a day, 7 days a week'), emergency: true },
    { id: 'customer-service', kind: 'phone', label: en('Customer service'), href: 'tel:+13125550100', opening_hours: 'Mo-Fr 07:00-18:00', wait_minutes: 15, reason: en('many calls about the boil water advisory') },
    { id: 'form', kind: 'web', label: en('Contact form'), href: 'https://www.riverbendwater.example/contact' },
    { id: 'alerts', kind: 'web', label: en('Sign up for text alerts'), href: 'https://www.riverbendwater.example/alerts' },
  ];
}

const boilActions = (who = 'You live or work in the boil water advisory area') => [
  { label: en(BOIL_ACTION), who: en(who), urgent: true },
  { label: en('Make baby formula with bottled water, or with tap water you boiled for 1 minute and let cool'), who: en('There is a baby at home'), urgent: true },
  { label: en('No water at all, or you need water for home dialysis or another medical reason? Call our 24/7 emergency line'), href: 'tel:+13125550140', who: en('People with no water, or with a medical need for water'), urgent: true },
  { label: en('You can shower, bathe and flush the toilet as usual. Make sure young children do not drink the bath water'), who: en('You want to know what you can still use the water for') },
];

const MONDAY_EVENING = {
  at: '2026-12-15T00:00:00Z',
  known: en('Keep boiling: do not drink tap water in ZIP codes 60617, 60619 and 60633 without boiling it for 1 minute first. The broken main at Elm Ave and 5th St was repaired at 5:15 p.m. Water pressure is back to normal everywhere. The boil water advisory stays in effect until two rounds of lab tests, taken 24 hours apart, show the water is safe.'),
  unknown: en('When the advisory will be lifted: Wednesday, Dec 16 at the earliest, if both tests pass.'),
};

/** Tuesday 10:30 AM: the advisory's daily update (news since Monday evening) and the billing notice (next update 11:30 AM). */
function tuesday({ billing = true } = {}) {
  const incidents = [
    {
      id: BOIL, title: en('Boil water advisory for ZIP codes 60617, 60619, 60633'), severity: 'critical', phase: 'monitoring', cadence: 'daily',
      started_at: '2026-12-14T09:10:00Z', updated_at: '2026-12-15T16:00:01Z', next_update_at: '2026-12-16T16:00:00Z',
      known: en('Keep boiling: do not drink tap water in ZIP codes 60617, 60619 and 60633 without boiling it for 1 minute first. The broken main was repaired Monday at 5:15 p.m. and water pressure is normal. We took the first round of lab samples at 8 a.m. today. The advisory stays until two rounds of tests, 24 hours apart, show the water is safe. Free bottled water today from 8 a.m. to 8 p.m. at Riverbend High School and Eastside Community Center.'),
      unknown: en('When the advisory will be lifted: Wednesday, Dec 16 at the earliest, if both tests pass.'),
      affects: [en('60617'), en('60619'), en('60633')],
      actions: boilActions(),
      updates: [MONDAY_EVENING],
    },
  ];
  if (billing) {
    incidents.unshift({
      id: 'billing-down', title: en('Online bill payment is down'), severity: 'minor', phase: 'investigating',
      started_at: '2026-12-15T15:40:01Z', updated_at: '2026-12-15T15:40:01Z', next_update_at: '2026-12-15T17:30:00Z',
      known: en('You cannot pay your bill online or in the app since 8:30 a.m. today. Pay by phone at (312) 555-0100 or at City Hall. No late fees will be charged for bills due this week.'),
      unknown: en('When online payment will work again.'),
      actions: [
        { label: en('No late fee will be charged: you can pay when the website works again'), who: en('Your bill is due this week') },
        { label: en('Pay by phone at (312) 555-0100, Mon–Fri 7 a.m.–6 p.m.'), who: en('You want to pay today') },
      ],
    });
  }
  return {
    type: 'status', version: 1, feed_id: 'riverbend-water', time_zone: 'America/Chicago',
    publisher: { name: 'Riverbend Water', url: 'https://www.riverbendwater.example' }, status_url: 'https://status.riverbendwater.example',
    channels: channels(), incidents,
  };
}

test('Tuesday, two open incidents: callers hear to boil the water; background news gives way first', () => {
  for (const billing of [true, false]) {
    const r = x.exportIvr(tuesday({ billing }), { now: TUE });
    assert.ok(r.fits, `${r.seconds} s: ${r.text}`);
    assert.ok(r.text.includes(`You live or work in the boil water advisory area? ${BOIL_ACTION}.`), `billing ${billing}: ${r.text}`);
    assert.ok(!r.dropped.includes(`todo-${BOIL}`), r.dropped.join());
    // The emergency line stays, and the news left out is named to the desk.
    assert.ok(r.text.includes('hang up and call (312) 555-0140'), r.text);
    assert.ok(r.dropped.some((d) => /^known-\d+$/.test(d)), r.dropped.join());
  }
});

test('with two open incidents the next update said is the lead\'s (Wednesday 10:00 AM), not the billing notice\'s 11:30 AM', () => {
  const r = x.exportIvr(tuesday(), { now: TUE });
  assert.equal(r.incidents[0], BOIL);
  assert.ok(r.text.includes('The next update is on Wednesday, December 16 at 10:00 AM.'), r.text);
  assert.ok(!r.text.includes('11:30'), r.text);
  // A resolved lead promises none: the open incident's next update is said.
  const f = tuesday();
  Object.assign(f.incidents[1], { phase: 'resolved', resolved_at: '2026-12-15T16:20:00Z', title: en('Boil water advisory lifted for ZIP codes 60617, 60619, 60633'), actions: [] });
  delete f.incidents[1].next_update_at;
  const resolved = x.exportIvr(f, { now: TUE, incident: BOIL });
  assert.ok(resolved.text.includes('The next update is at 11:30 AM.'), resolved.text);
});

test('Dutch: with two open incidents the next update said is the lead\'s', () => {
  const nl = (s) => ({ nl: s });
  const f = {
    type: 'status', version: 1, feed_id: 'waterbedrijf-oost', time_zone: 'Europe/Amsterdam',
    publisher: { name: 'Waterbedrijf Oost', url: 'https://www.waterbedrijf-oost.example' }, status_url: 'https://status.waterbedrijf-oost.example',
    channels: [{ id: 'klantenservice', kind: 'phone', label: nl('Klantenservice'), href: 'tel:+31881234000', wait_minutes: 10 }],
    incidents: [
      { id: 'betalen', title: nl('Online betalen werkt niet'), severity: 'minor', phase: 'investigating', started_at: '2026-12-15T08:40:00Z', updated_at: '2026-12-15T08:40:00Z', next_update_at: '2026-12-15T10:30:00Z', known: nl('U kunt uw rekening nu niet online betalen.') },
      { id: 'kookadvies', title: nl('Kookadvies in Deventer-Oost'), severity: 'critical', phase: 'monitoring', started_at: '2026-12-14T05:00:00Z', updated_at: '2026-12-15T09:00:00Z', next_update_at: '2026-12-16T09:00:00Z', known: nl('Kook uw kraanwater 1 minuut voordat u het drinkt.') },
    ],
  };
  const r = x.exportIvr(f, { now: Date.parse('2026-12-15T09:30:00Z') });
  assert.equal(r.incidents[0], 'kookadvies');
  assert.match(r.text, /De volgende update is (op )?woensdag 16 december om 10:00\./, r.text);
  assert.ok(!r.text.includes('11:30'), r.text);
});

test('a first sentence that is a heading keeps the sentence that says what it means before the emergency line (Wednesday)', () => {
  const f = tuesday({ billing: false });
  Object.assign(f.incidents[0], {
    title: en('Boil water advisory for 60633'), updated_at: '2026-12-16T20:00:00Z', next_update_at: '2026-12-17T16:00:00Z',
    known: en('ZIP code 60633: keep boiling. Do not drink tap water without boiling it for 1 minute first.'),
    actions: [{ label: en('Boil tap water for 1 minute'), who: en('You live in ZIP code 60633'), urgent: true }],
  });
  delete f.incidents[0].updates;
  // Room for both sentences: nothing unknown, no wait on the line.
  delete f.incidents[0].unknown;
  delete f.channels[2].wait_minutes;
  delete f.channels[2].reason;
  const r = x.exportIvr(f, { now: WED });
  assert.ok(r.text.includes('ZIP code 60633: keep boiling. Do not drink tap water without boiling it for 1 minute first. Water emergency line'), `${r.seconds} s, ${r.dropped}: ${r.text}`);
});

test('emergencyAfterFirst: only a first sentence that is a heading, with more in its paragraph, keeps the next one', () => {
  const rest = ['Do not drink tap water without boiling it first.', 'Schools are open.'];
  assert.equal(emergencyAfterFirst({ summary: 'ZIP code 60633: keep boiling.', known: [`ZIP code 60633: keep boiling. ${rest.join(' ')}`] }, rest), 1);
  // A first sentence that stands on its own (a short statement too), or a heading alone in its paragraph: the line right after it, as before.
  for (const summary of ['Do not drink tap water in ZIP code 60633 without boiling it.', 'Broadband is down in Leeds.', 'Update: the main was repaired at 5:15 p.m. on Monday.']) {
    assert.equal(emergencyAfterFirst({ summary, known: [`${summary} ${rest.join(' ')}`] }, rest), 0, summary);
  }
  assert.equal(emergencyAfterFirst({ summary: 'ZIP code 60633: keep boiling.', known: ['ZIP code 60633: keep boiling.', rest.join(' ')] }, rest), 0);
  // Sentences that lead on still follow: "Until then, …".
  assert.equal(emergencyAfterFirst({ summary: 'Zone B: stay inside.', known: ['Zone B: stay inside. Smoke is drifting east. Until then, keep windows shut.'] }, ['Smoke is drifting east.', 'Until then, keep windows shut.']), 2);
});

test('export --to ivr names the other incident\'s action left out in words, not "todo-billing-down"', async () => {
  await withCliDir('clearline-ivr-boil-two-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(tuesday()));
    const r = run('export', 'feed.json', '--to', 'ivr');
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /todo-/, r.stderr);
    assert.match(r.stderr, /incident "Online bill payment is down", action 1 of incident "Online bill payment is down" \("No late fee will be charged: you can…"\)/, r.stderr);
  }, { now: TUE, tz: 'America/Chicago' });
});
