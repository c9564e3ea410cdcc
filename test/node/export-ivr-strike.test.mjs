// Trial O (a UK tram and bus operator, a 24-hour strike): the phone message for the Assisted travel line left out the
// action for disabled passengers ("Booked assisted travel for today? …") to fit 45 s but kept "Northway on social media,
// @NorthwayTravel"; every message said "999, emergency services. Hang up this call first." right after the first sentence,
// before "Until then, trams and buses run as normal." and in the middle of the all-clear's news.
// Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';

const x = await exporters();
const phone = (id, label, href, more = {}) => ({ id, kind: 'phone', label: { en: label }, href, ...more });
const channels = () => [
  phone('phone', '999 (emergency services)', 'tel:999', { emergency: true, reason: { en: 'Someone is hurt or in danger, or you see a crime or a fire on a tram or bus' } }),
  phone('phone-2', 'Customer service', 'tel:+441614960123', { opening_hours: 'Mo-Fr 07:00-20:00; Sa-Su 08:00-18:00' }),
  phone('phone-3', 'Assisted travel', 'tel:+441614960456', { opening_hours: '06:00-22:00' }),
  { id: 'web', kind: 'web', label: { en: 'Journey planner' }, href: 'https://www.northway-travel.example/journey-planner' },
  { id: 'web-2', kind: 'web', label: { en: 'Northway on social media (@NorthwayTravel)' }, href: 'https://social.example/@NorthwayTravel' },
];
const feed = (incident, chans = channels()) => ({
  type: 'status', version: 1, feed_id: 'northway', time_zone: 'Europe/London',
  publisher: { name: 'Northway Trams & Buses', url: 'https://www.northway-travel.example' }, channels: chans, incidents: [incident],
  // A public emergency number is said on the queue only while an urgent reason offers it (ivr-called-for.ts, trial S).
  contact_reasons: chans.filter((c) => c.emergency).map((c) => ({ id: `danger-${c.id}`, label: { en: 'Someone is in danger', nl: 'Iemand is in gevaar' }, urgent: true, channels: [c.id] })),
});
const PLANNER = { label: { en: 'Check the journey planner before you leave: it shows only the buses that run today.' }, href: 'https://www.northway-travel.example/journey-planner', who: { en: 'Everyone travelling today' }, urgent: true };
const ASSISTED = { label: { en: 'Booked assisted travel for today? Your accessible taxi comes as booked. Not booked? Call Assisted travel from 6am and we will try to help.' }, href: 'tel:+441614960456', who: { en: 'Disabled passengers and anyone who needs help to travel' }, urgent: true };
/** Thursday 05:40: the strike has started; both phone lines are closed until 06:00 and 07:00. */
const THURSDAY = Date.parse('2026-12-10T05:41:00Z');
const thursday = () => feed({
  id: 'strike', title: { en: 'Strike: no trams today, buses on routes 1, 8, 42 and 50 only' }, severity: 'major', phase: 'identified',
  started_at: '2026-12-07T14:01:17Z', updated_at: '2026-12-10T05:40:26Z', next_update_at: '2026-12-10T06:45:00Z',
  known: { en: 'The drivers’ strike has started and lasts until 00:01 on Friday 11 December. No trams are running. Buses run on routes 1, 8, 42 and 50 only, about every 30 minutes from 7am to 7pm; there are no buses before 7am. Northway school buses (routes S1 to S20) are not running; school buses run by other companies for the council are running. Night buses will not run tonight. Season tickets and day tickets are accepted on Metrolink Coaches routes 7 and 9 and on Pennine Rail.' },
  actions: [PLANNER, ASSISTED],
});

test('no channel offered instead is said while an urgent action is left out (Customer service, closed)', () => {
  const ivr = x.exportIvr(thursday(), { lang: 'en', channel: 'phone-2', now: THURSDAY });
  assert.ok(ivr.fits, `${ivr.seconds} s`);
  // The action did not fit: then neither does the social-media handle, the first thing to drop.
  assert.ok(ivr.dropped.includes('todo-strike-2'), ivr.dropped.join());
  assert.doesNotMatch(ivr.text, /social media|NorthwayTravel/, ivr.text);
  assert.match(ivr.text, /Check the journey planner before you leave/);
});

test('on the line an urgent action leads to, its content is said to the people it is for, without the number they called', () => {
  const ivr = x.exportIvr(thursday(), { lang: 'en', channel: 'phone-3', now: THURSDAY });
  assert.ok(ivr.fits, `${ivr.seconds} s`);
  assert.match(ivr.text, /Booked assisted travel for today\? Your accessible taxi comes as booked\. Not booked\? Call Assisted travel from 6am and we will try to help\. /, ivr.text);
  assert.doesNotMatch(ivr.text, /0161 496 0456|496 0456/, ivr.text);
  assert.doesNotMatch(ivr.text, /social media/, ivr.text);
  // On the other line it is said with the number, when there is room (a line with no closed hours and no wait).
  const open = x.exportIvr(thursday(), { lang: 'en', channel: 'phone-2', now: Date.parse('2026-12-10T09:00:00Z') });
  assert.ok(open.dropped.includes('todo-strike-2') || /Assisted travel from 6am and we will try to help: 0161 496 0456\./.test(open.text), open.text);
});

/** Monday: the strike announced for Thursday, "Until then, …" right after the first sentence. */
const MONDAY = Date.parse('2026-12-07T14:05:00Z');
const monday = (known, more = {}) => feed({
  id: 'strike', title: { en: 'Strike on Thursday 10 December' }, severity: 'major', phase: 'identified',
  started_at: '2026-12-07T14:01:17Z', updated_at: '2026-12-07T14:01:17Z', next_update_at: '2026-12-07T18:00:00Z', known: { en: known }, actions: [], ...more,
}, channels().map((c) => (c.id === 'phone-2' ? { ...c, opening_hours: undefined, wait_minutes: 0 } : c)));

test('the emergency line does not come between a sentence and one that refers back to it ("Until then", "Then", "This")', () => {
  const first = 'Drivers will strike for 24 hours on Thursday 10 December.';
  for (const next of ['Until then, trams and buses run as normal.', 'Then no trams will run.', 'This means no trams.', 'After that, buses run as normal.']) {
    const ivr = x.exportIvr(monday(`${first} ${next} School buses will not run.`), { lang: 'en', channel: 'phone-2', now: MONDAY });
    assert.ok(ivr.text.includes(`${first} ${next} In an emergency: hang up and call 999, emergency services. School buses will not run.`), ivr.text);
  }
  // A second sentence that stands on its own: the line right after the first, as before (export-ivr-emergency-first).
  const own = x.exportIvr(monday(`${first} School buses will not run. Night buses will not run.`), { lang: 'en', channel: 'phone-2', now: MONDAY });
  assert.ok(own.text.includes(`${first} In an emergency: hang up and call 999, emergency services. School buses will not run.`), own.text);
  // Dutch: "Tot dan", "Daarna", "Dit".
  const nl = (known) => feed({ ...monday(known).incidents[0], title: { nl: 'Staking op donderdag' }, known: { nl: known } },
    [phone('112', 'x', 'tel:112', { label: { nl: 'Alarmnummer 112' }, emergency: true }), phone('ks', 'x', 'tel:+31301234567', { label: { nl: 'Klantenservice' }, wait_minutes: 0 })]);
  const said = x.exportIvr(nl('Donderdag staken de chauffeurs. Tot dan rijden trams en bussen normaal. Schoolbussen rijden niet.'), { lang: 'nl', channel: 'ks', now: MONDAY });
  assert.ok(said.text.includes('Donderdag staken de chauffeurs. Tot dan rijden trams en bussen normaal. Alarmnummer 112: hang op en bel 112. Schoolbussen rijden niet.'), said.text);
});

test('an emergency line labelled "999 (emergency services)" says when and what to do, not an unexplained "Hang up this call first"', () => {
  const ivr = x.exportIvr(monday('Drivers will strike on Thursday.'), { lang: 'en', channel: 'phone-2', now: MONDAY });
  assert.match(ivr.text, /In an emergency: hang up and call 999, emergency services\. /, ivr.text);
  assert.doesNotMatch(ivr.text, /Hang up this call first/);
  assert.match(ivr.ssml, /In an emergency: hang up and call <prosody rate="90%"><say-as interpret-as="telephone">999<\/say-as><\/prosody>, emergency services\./);
  // With a short reason that says when, the name leads, then the reason, then the call (trial Q: a reason said before
  // the name came right after the line before it).
  const short = channels().map((c) => (c.id === 'phone' ? { ...c, reason: { en: 'Someone hurt or in danger?' } } : c.id === 'phone-2' ? { ...c, opening_hours: undefined, wait_minutes: 0 } : c));
  const reason = x.exportIvr(feed(monday('Drivers will strike on Thursday.').incidents[0], short), { lang: 'en', channel: 'phone-2', now: MONDAY });
  assert.match(reason.text, /Emergency services: someone hurt or in danger\? Hang up and call 999\. /, reason.text);
  // Dutch, number first: "112 (alarmnummer)".
  const nlFeed = feed({ ...monday('x').incidents[0], title: { nl: 'Staking' }, known: { nl: 'Donderdag staken de chauffeurs.' } },
    [{ id: '112', kind: 'phone', label: { nl: '112 (alarmnummer)' }, href: 'tel:112', emergency: true }, { id: 'ks', kind: 'phone', label: { nl: 'Klantenservice' }, href: 'tel:+31301234567', wait_minutes: 0 }]);
  const nl = x.exportIvr(nlFeed, { lang: 'nl', channel: 'ks', now: MONDAY });
  assert.match(nl.text, /Bij nood: hang op en bel 112, alarmnummer\. /, nl.text);
  assert.doesNotMatch(nl.text, /Hang daarvoor eerst op/);
});

test('in an all-clear the emergency line comes after the closing news, not in the middle of it; 999 not at all', () => {
  const FRIDAY = Date.parse('2026-12-11T06:05:00Z');
  const closing = 'The strike ended at 00:01 on Friday 11 December. All trams and buses run to the normal timetable. Season ticket holders get one extra day on their ticket.';
  const over = (chans) => x.exportIvr(feed({ ...monday(closing).incidents[0], title: { en: 'Strike over' }, phase: 'resolved', resolved_at: '2026-12-11T06:04:12Z', next_update_at: null }, chans), { lang: 'en', channel: 'phone-2', now: FRIDAY });
  // With nothing going on, the public 999 is not said on the queue at all (ivr-called-for.ts, trial S: an airline's
  // all-clear still said "Levensgevaar: hang op en bel 112").
  const ivr = over(channels().map((c) => (c.id === 'phone-2' ? { ...c, opening_hours: undefined, wait_minutes: 0 } : c)));
  assert.ok(ivr.text.includes(`Strike over. ${closing} `), ivr.text);
  assert.doesNotMatch(ivr.text, /999|emergency/i, ivr.text);
  // "Strike over" says it ended: no "Resolved:" before it (resolved-title.ts, trial O finding 9).
  assert.doesNotMatch(ivr.text, /Resolved:/);
  // The operator's own emergency line is said, after the whole closing news.
  const own = over(channels().map((c) => (c.id === 'phone' ? { ...c, label: { en: 'Tram emergency line' }, href: 'tel:+441614960999', reason: undefined } : c.id === 'phone-2' ? { ...c, opening_hours: undefined, wait_minutes: 0 } : c)));
  assert.ok(own.text.includes(`Strike over. ${closing} Tram emergency line: hang up and call 0161 496 0999.`), own.text);
});

test('an action to call this line by a time ("by 8pm on Wednesday: we book an accessible taxi") says more than "call us": said on it', () => {
  const label = { en: 'Need help to travel on Thursday? Call Assisted travel by 8pm on Wednesday: we book an accessible taxi at no extra cost.' };
  const f = monday('Drivers will strike on Thursday.', { actions: [{ label, href: 'tel:+441614960456', urgent: true }] });
  const own = x.exportIvr(f, { lang: 'en', channel: 'phone-3', now: MONDAY });
  assert.match(own.text, /Need help to travel on Thursday\? Call Assisted travel by 8pm on Wednesday: we book an accessible taxi at no extra cost\. /, own.text);
  assert.doesNotMatch(own.text, /496 0456/, own.text);
  // Only "call us" by a time is still not said on the line itself (export-ivr-own-line).
  const only = monday('Drivers will strike on Thursday.', { actions: [{ label: { en: 'Need help? Call us by 8pm.' }, href: 'tel:+441614960456', urgent: true }] });
  assert.doesNotMatch(x.exportIvr(only, { lang: 'en', channel: 'phone-3', now: MONDAY }).text, /Call us/);
});
