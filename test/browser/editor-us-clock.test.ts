// A US electric cooperative's night desk (America/Los_Angeles) pressed "+1 h" for the next update: the field said
// "12:30" and, right under it, "Promised: 12:30 PM"; its hint says "a time such as 2:30 PM". On a US clock the field
// now holds the time as the desk reads and types it ("12:30 PM"); on a European clock it stays "12:30".
// The clock is stopped (it once ran at 00:03 in Amsterdam, where "+1 h" is tomorrow): at midday the field holds the
// clock time alone; late in the evening it names the day before it, the clock time still in the desk's own form.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { statusFeed } from './helpers.js';
import { click, field, fill, newIncidentAt, text } from './editor-helpers.js';

const realNow = Date.now;
afterEach(() => { Date.now = realNow; });

const cases = [
  ['America/Los_Angeles', '2026-12-04T20:00:00Z', /^\d{1,2}:\d\d [AP]M$/], // 12:00 in Los Angeles
  ['America/Los_Angeles', '2026-12-05T07:40:00Z', /^\S.* 12:40 AM$/], // 23:40: tomorrow
  ['Europe/Amsterdam', '2026-12-04T11:00:00Z', /^\d\d:\d\d$/], // 12:00 in Amsterdam
  ['Europe/Amsterdam', '2026-12-04T22:40:00Z', /^\S.* 00:40$/], // 23:40: tomorrow
] as const;

for (const [zone, now, form] of cases) {
  it(`"+1 h" fills in the next update as the desk on ${zone} reads it (at ${now})`, async () => {
    Date.now = () => Date.parse(now);
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${statusFeed({ time_zone: zone })}></clearline-editor>`);
    await waitUntil(() => text(el).includes('Post update'), 'opened');
    await click(el, 'Post update');
    await click(el, '+1 h');
    await el.updateComplete;
    const typed = field(el, 'Next update').value;
    expect(typed).to.match(form);
    expect(typed, 'no AM or PM on a European clock').to.match(zone.startsWith('America/') ? /[AP]M$/ : /\d$/);
    // The promise under it says the same clock time.
    const clock = typed.match(/\d{1,2}:\d\d(?: [AP]M)?$/)![0].replace(/^0(?=\d)/, '0?'); // "00:40" is said "0:40"
    expect(text(el).replace(/\s+/g, ' ')).to.match(new RegExp(`Promised: (?:tomorrow at )?${clock}\\b`));
  });
}

// The desk types "3:00" at 2:10 PM, as its clock reads: promised for 3:00 PM, not "3:00 AM has passed … type 3:00 PM".
it('a bare "3:00" typed at 2:10 PM on Chicago time is promised for 3:00 PM', async () => {
  const el = await newIncidentAt('2026-12-04T20:10:00Z', 'en', 'America/Chicago');
  await fill(el, 'Next update', '3:00');
  expect(text(el).replace(/\s+/g, ' ')).to.contain('Promised: 3:00 PM (in 50 minutes)');
  expect(field(el, 'Next update').getAttribute('aria-invalid')).not.to.equal('true');
  await fill(el, 'Next update', '1:00');
  expect(text(el).replace(/\s+/g, ' ')).to.contain('1:00 AM has passed');
});
