// Trial O: the studio refused "next update tomorrow 10:00" for a strike announced on Monday for Thursday ("more than 4
// hours of silence makes people call"), so the desk had to post every 4 hours, at night too. "Begins later (announced
// ahead)" gives the start: readers see it as announced, and an update a day is enough until then.
import { announcedWhen } from '../../src/i18n/announced.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import type { ClearlineSignedDetail } from '../../src/components/editor/events.js';
import { forgetKey } from '../../src/components/editor/key-store.js';
import { keygen, type TestKey } from './helpers.js';
import { click, emptyFeed, fill, newIncident, pickKey, root } from './editor-helpers.js';

let key: TestKey;
before(async () => {
  key = await keygen();
  await forgetKey();
});

const HOUR = 3_600_000;
const at = (ms: number) => new Date(Math.floor(ms / 60_000) * 60_000).toISOString().replace('.000Z', 'Z');
const feed = () => emptyFeed({ feed_id: 'northway', publisher: { name: 'Northway', url: 'https://www.northway.example' }, time_zone: 'Europe/London', channels: [{ id: 'phone', kind: 'phone', label: { en: 'Customer service' }, href: 'tel:+441614960123' }] });

async function announce(el: ClearlineEditor, next: string) {
  await newIncident(el, 'strike');
  await fill(el, 'Title', 'Strike on Thursday: no trams, fewer buses');
  await fill(el, 'What we know', 'Drivers strike for 24 hours on Thursday. Until then trams and buses run as normal.');
  await fill(el, "What we don't know yet", 'Whether talks will stop the strike.');
  await fill(el, 'Next update', next);
}

describe('<clearline-editor> an incident announced ahead', () => {
  it('with "Begins later" three days ahead, a next update 20 hours away is signed, with starts_at; without it, refused', async () => {
    const next = at(Date.now() + 20 * HOUR);
    const starts = at(Date.now() + 72 * HOUR);
    const refused = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${feed()}></clearline-editor>`);
    await announce(refused, next);
    await pickKey(refused, key);
    let got = false;
    refused.addEventListener('clearline-signed', () => (got = true));
    await click(refused, 'Sign');
    await new Promise((r) => setTimeout(r, 300));
    expect(got, 'a 20-hour silence for a disruption going on').to.equal(false);
    expect(root(refused).textContent).to.contain('more than 4 hours of silence makes people call').and.to.contain('Begins later (announced ahead)');

    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${feed()}></clearline-editor>`);
    await announce(el, next);
    await fill(el, 'Begins later (announced ahead)', starts);
    // What readers see, as the elements write it ("From Tue 22 Dec, 5:00"), not the studio's "From in 3 days at 5:00" (trial S).
    const seen = announcedWhen({ phase: 'investigating', starts_at: starts }, 'en', Date.now(), 'Europe/London')!;
    expect(seen).to.match(/^From [A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2}, \d{1,2}:\d{2}/);
    expect(root(el).querySelector('[data-field=starts_at] .chosen')?.textContent).to.match(/^Begins: .+\. Until then readers see “(.+)”\.$/).and.to.contain(`“${seen}”`);
    await pickKey(el, key);
    const signed = new Promise<ClearlineSignedDetail>((ok) => el.addEventListener('clearline-signed', (e) => ok((e as CustomEvent<ClearlineSignedDetail>).detail), { once: true }));
    await click(el, 'Sign');
    const incident = (await signed).payload.incidents[0]!;
    expect(incident.starts_at).to.equal(starts);
    expect(incident.next_update_at).to.equal(next);
  });

  it('words that are no time to come are said at the field and kept, so signing is refused', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${feed()}></clearline-editor>`);
    await announce(el, '+30m');
    await fill(el, 'Begins later (announced ahead)', 'after the talks');
    const input = root(el).querySelector<HTMLInputElement>('#f-starts')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    // Not "not a time still to come": that is said of a date passed (trial T).
    expect(root(el).querySelector('#f-starts-problem')?.textContent).to.contain('“after the talks” is not a date and time: type one such as');
    await pickKey(el, key);
    let got = false;
    el.addEventListener('clearline-signed', () => (got = true));
    await click(el, 'Sign');
    await new Promise((r) => setTimeout(r, 300));
    expect(got).to.equal(false);
  });

  // Trial T, a US electric co-op: "17-12 1:00 AM" (a day-first habit) was "not a time still to come: type a date and time
  // such as 10-12 12:01 AM", which sent the desk looking for a clock problem, and "10-12" reads either way.
  it('a date in the other order is said as such, with an example whose day is above 12; a date passed as not still to come', async () => {
    const us = () => emptyFeed({ feed_id: 'pvec', publisher: { name: 'PVEC', url: 'https://www.pvec.example' }, time_zone: 'America/Chicago', channels: [{ id: 'phone', kind: 'phone', label: { en: 'Outage line' }, href: 'tel:+18005550199' }] });
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en-US" .feed=${us()}></clearline-editor>`);
    await announce(el, '+30m');
    const problem = () => root(el).querySelector('#f-starts-problem')?.textContent ?? '';
    const hint = root(el).querySelector('#f-starts-hint')?.textContent ?? '';
    const example = /such as (\d{1,2})-(\d{1,2}) 1:00 AM \(America\/Chicago\)/.exec(hint);
    expect(example, hint).to.not.equal(null);
    expect(Number(example![2]) > 12, 'month first, day above 12').to.equal(true);
    await fill(el, 'Begins later (announced ahead)', '17-12 1:00 AM');
    expect(problem()).to.contain(`“17-12 1:00 AM” is not a date in this studio's order: it reads dates month first, such as ${example![1]}-${example![2]} 1:00 AM.`);
    expect(problem().includes('still to come')).to.equal(false);
    // A real date, passed: month first, the 1st of this month or last (never today: tests run at any hour).
    const t = new Date(Date.now() - 3 * 86_400_000);
    const passed = `${t.getUTCMonth() + 1}-${Math.min(t.getUTCDate(), 12) === t.getUTCDate() ? t.getUTCDate() : 1} 1:00 AM`;
    await fill(el, 'Begins later (announced ahead)', passed);
    expect(problem()).to.contain(`“${passed}” is not a time still to come: type a date and time such as ${example![1]}-${example![2]} 1:00 AM`);
  });

  it('in a Dutch studio: the day first, in Dutch', async () => {
    const nl = () => emptyFeed({ feed_id: 'net', publisher: { name: 'Net', url: 'https://www.net.example' }, time_zone: 'Europe/Amsterdam', channels: [{ id: 'phone', kind: 'phone', label: { nl: 'Storingslijn' }, href: 'tel:+31800123456' }] });
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${nl()}></clearline-editor>`);
    await newIncident(el, 'strike', true);
    await fill(el, 'Begint later (vooraf aangekondigd)', '12-17 01:00');
    const problem = root(el).querySelector('#f-starts-problem')?.textContent ?? '';
    expect(problem).to.match(/„12-17 01:00” is geen datum in de volgorde van deze studio: die leest de dag eerst, zoals (\d{1,2})-\d{1,2} 01:00\. Typ het zo, of laat het leeg/);
    expect(Number(/zoals (\d{1,2})-/.exec(problem)![1]) > 12).to.equal(true);
  });
});
