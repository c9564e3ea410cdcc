// Trial T (a US electric co-op in an ice storm): the phone message left out urgent action 2, "Someone uses medical
// equipment at home: Call the supplier of the equipment; call 911 if a life is in danger", as a mere call to 911 (its
// emergency line was said), and neither the printed "left out" line nor `--json` `dropped` named it. Now an action that
// calls someone else as well is said; one left out because the emergency line said covers it is named in both accounts,
// by its number in the feed (1-based), as `dropped` numbers the later urgent actions too. Uses dist/ (npm run build).
import assert from 'node:assert/strict';
import test from 'node:test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exporters, withCliDir } from './export-kit.mjs';

const x = await exporters();
const NOW = Date.parse('2026-12-15T19:05:00Z');
const coop = (actions, lang = 'en-US') => ({
  type: 'status', version: 1, feed_id: 'pvec-outages', time_zone: 'America/Chicago', publisher: { name: { [lang]: 'Prairie Valley Electric Cooperative' }, url: 'https://www.pvec.example/' },
  channels: [
    { id: 'emergency-911', kind: 'phone', label: { [lang]: 'Emergency: call 911' }, href: 'tel:911', emergency: true },
    { id: 'outage-line', kind: 'phone', label: { [lang]: '24/7 Outage Line' }, href: 'tel:+18005550199', wait_minutes: 45 },
  ],
  incidents: [{
    id: 'storm', title: { [lang]: 'Ice storm: 22,000 members without power' }, severity: 'critical', phase: 'identified',
    known: { [lang]: 'About 22,000 members are without power.' }, unknown: { [lang]: '' },
    started_at: '2026-12-15T10:15:00Z', updated_at: '2026-12-15T19:00:00Z', next_update_at: '2026-12-15T21:00:00Z', actions,
  }],
});
const a = (who, label, extra = {}) => ({ who: { 'en-US': who }, label: { 'en-US': label }, urgent: true, ...extra });
/** `export --to ivr` of the feed: the printed line on standard error, and `--json`'s dropped. */
const cli = (f, ...more) =>
  withCliDir('clearline-ivr-covered-', (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(f));
    const printed = run('export', 'feed.json', '--to', 'ivr', '--force', ...more);
    assert.equal(printed.status, 0, printed.stderr);
    const json = run('export', 'feed.json', '--to', 'ivr', '--force', '--json', ...more);
    return { stderr: printed.stderr, dropped: JSON.parse(json.stdout).dropped };
  }, { now: NOW, tz: 'America/Chicago' });
const LINE = a('A line is down near you?', 'Stay 30 feet away. Call 911, then our outage line.');
const MEDICAL = a('Someone uses medical equipment at home', 'Call the supplier of the equipment; call 911 if a life is in danger');

test('an urgent action that calls someone else besides the emergency line is said (trial T)', () => {
  const ivr = x.exportIvr(coop([LINE, MEDICAL]), { now: NOW });
  assert.match(ivr.text, /Someone uses medical equipment at home\? Call the supplier of the equipment; call 911 if a life is in danger\./, ivr.text);
  assert.deepEqual(ivr.dropped.filter((d) => /todo|covered/.test(d)), []);
});

test('an urgent action left out as covered by the emergency line is named in --json and in words, by its number in the feed', async () => {
  const only = a('A life is in danger?', 'Call 911 now');
  // Feed order: a can-wait action first, so the feed's numbers differ from the message's urgent-first order.
  const wait = { label: { 'en-US': 'Report your outage once on the outage map.' }, href: 'https://www.pvec.example/outage-map' };
  const f = coop([wait, LINE, only]);
  const ivr = x.exportIvr(f, { now: NOW });
  assert.doesNotMatch(ivr.text, /Call 911 now/);
  assert.deepEqual(ivr.dropped.filter((d) => d.startsWith('covered-')), ['covered-storm-3']);
  const r = await cli(f);
  assert.deepEqual(r.dropped.filter((d) => d.startsWith('covered-')), ['covered-storm-3']);
  assert.match(r.stderr, /left out: .*urgent action 3 \("Call 911 now"\), as the emergency line said covers it/, r.stderr);
});

test('later urgent actions left out to fit are keyed and named by their number in the feed, the same in both accounts', async () => {
  const long = (n) => a(`Case ${n}?`, `${'Do this one thing carefully and then wait for the crews to come by. '.repeat(2)}Number ${n}.`);
  const wait = { label: { 'en-US': 'Report your outage once.' } };
  const f = coop([wait, LINE, long(3), long(4)]);
  const r = await cli(f);
  const todos = r.dropped.filter((d) => d.startsWith('todo-'));
  // The message's urgent-first order would call it 3 (LINE 1, case 3 2, case 4 3); the desk and the feed call it 4.
  assert.deepEqual(todos, ['todo-storm-4'], r.dropped.join());
  const named = r.stderr.match(/urgent action \d+ \("[^"]*"\)/g) ?? [];
  assert.deepEqual(named.map((w) => w.split(' (')[0]), ['urgent action 4'], r.stderr);
  assert.ok(named.every((w) => /"Do this one thing/.test(w)), r.stderr);
});

test('Dutch: "Bel uw huisarts" besides the emergency number is said; "Bel direct 112" is not, and is named', async () => {
  const nl = (actions) => {
    const f = coop(actions, 'nl');
    f.time_zone = 'Europe/Amsterdam';
    f.channels[0] = { id: 'nood', kind: 'phone', label: { nl: 'Bij levensgevaar: bel 112' }, href: 'tel:112', emergency: true };
    f.channels[1] = { id: 'ks', kind: 'phone', label: { nl: 'Klantenservice' }, href: 'tel:+31301234567', wait_minutes: 20 };
    return f;
  };
  const ziek = { who: { nl: 'U bent ziek geworden?' }, label: { nl: 'Bel uw huisarts; bij levensgevaar 112' }, urgent: true };
  const first = { label: { nl: 'Kook kraanwater 1 minuut' }, urgent: true };
  const said = x.exportIvr(nl([first, ziek]), { now: NOW });
  assert.match(said.text, /U bent ziek geworden\? Bel uw huisarts; bij levensgevaar 112\./, said.text);
  const only = { label: { nl: 'Bel direct 112' }, href: 'tel:112', urgent: true };
  const f = nl([first, only]);
  const left = await cli(f);
  assert.deepEqual(left.dropped.filter((d) => d.startsWith('covered-')), ['covered-storm-2']);
  assert.match(left.stderr, /weggelaten: .*dringende actie 2 \("Bel direct 112"\), omdat de noodlijn die al noemt/, left.stderr);
});

test("after the all-clear an open notice's action that calls someone else before the caller's own line is said (trial T)", () => {
  const f = coop([LINE]);
  Object.assign(f.incidents[0], { title: { 'en-US': 'Ice storm: power restored to all members' }, phase: 'resolved', resolved_at: '2026-12-15T19:00:00Z' });
  delete f.incidents[0].next_update_at;
  f.incidents.push({
    id: 'service-entry', title: { 'en-US': 'Still no power after the storm? Your service entry may be damaged' }, severity: 'info', phase: 'investigating',
    known: { 'en-US': 'Some homes have a damaged service entry.' }, started_at: '2026-12-15T18:00:00Z', updated_at: '2026-12-15T18:00:00Z',
    actions: [a("Your neighbors have power but you don't?", 'Call a licensed electrician to repair the service entry, then call our outage line so we can reconnect you.', { href: 'tel:+18005550199' })],
  });
  const ivr = x.exportIvr(f, { now: NOW });
  assert.match(ivr.text, /Your service entry may be damaged\. Your neighbors have power but you don't\? Call a licensed electrician/, ivr.text);
  assert.ok(!ivr.dropped.some((d) => d.startsWith('covered-')), ivr.dropped.join());
});

test('an urgent action with a web page the message does not offer is named too (page-<incident>-<N>)', async () => {
  const map = a('Your home is getting too cold?', 'Find a warming center near you on our map.', { href: 'https://www.pvec.example/warming' });
  const check = a('Not sure if your street is safe?', 'See the list of streets with lines down.', { href: 'https://www.pvec.example/streets' });
  const f = coop([LINE, map, check]);
  const r = await cli(f);
  // The first page is offered among what callers can do instead; the second is not said.
  assert.deepEqual(r.dropped.filter((d) => d.startsWith('page-')), ['page-storm-3'], r.dropped.join());
  assert.match(r.stderr, /urgent action 3 \("See the list of streets with lines down\."\), with a web page the phone line does not say/, r.stderr);
  // No queue: no page is offered, both are named.
  f.channels[1].wait_minutes = 0;
  assert.deepEqual((await cli(f)).dropped.filter((d) => d.startsWith('page-')), ['page-storm-2', 'page-storm-3']);
});
