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
    expect(root(el).querySelector('#f-starts-problem')?.textContent).to.contain('“after the talks” is not a time still to come');
    await pickKey(el, key);
    let got = false;
    el.addEventListener('clearline-signed', () => (got = true));
    await click(el, 'Sign');
    await new Promise((r) => setTimeout(r, 300));
    expect(got).to.equal(false);
  });
});
