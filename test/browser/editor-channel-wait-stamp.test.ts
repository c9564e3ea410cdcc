// Trial X: a wait and reason set on Monday ("20 minutes: many questions about exams") still stood on Friday. The studio
// stamps when a line's wait or reason is typed (wait_updated_at), as the CLI does, so lint's channel-wait-stale asks at
// the field about one set days ago and is quiet once the desk types the wait of now; the stamp is signed.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { verifyDocument } from '../../src/feed/verify.js';
import { keygen, statusFeed, type TestKey } from './helpers.js';
import { click, fill, pickKey, root } from './editor-helpers.js';

let key: TestKey;
before(async () => (key = await keygen()));

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const feed = () => {
  const f = statusFeed();
  f.channels = [
    { id: 'balie', kind: 'phone', label: { nl: 'Studentenbalie', en: 'Student desk' }, href: 'tel:+31118555020', wait_minutes: 20, reason: { nl: 'veel vragen over tentamens', en: 'many questions about exams' }, wait_updated_at: iso(Date.now() - 4 * DAY) },
  ];
  return f;
};

async function signed(el: ClearlineEditor) {
  await pickKey(el, key, 'Ondertekeningssleutel');
  const event = new Promise<CustomEvent>((ok) => el.addEventListener('clearline-signed', (e) => ok(e as CustomEvent), { once: true }));
  await click(el, 'Ondertekenen');
  return (await verifyDocument(JSON.stringify((await event).detail.envelope), { kind: 'status', keys: key.publicJwk, store: null })).payload;
}

describe('<clearline-editor> the time a wait was set', () => {
  it('a wait set 4 days ago is asked about at the field; typing the wait of now stamps it and the question goes', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${feed()}></clearline-editor>`);
    await click(el, 'Update plaatsen');
    const stale = () => root(el).querySelector('li[data-rule="channel-wait-stale"]');
    expect(stale()?.textContent).to.contain('4 dagen geleden');
    const before = Date.now();
    await fill(el, 'Wachttijd in minuten — Studentenbalie', '10');
    expect(stale()?.textContent ?? null, 'asked no more once the wait of now is typed').to.equal(null);
    await fill(el, 'Wat we weten — Nederlands', 'De tentamens van deze week gaan niet door.');
    await fill(el, 'Wat we weten — Engels', 'This week\'s exams do not go ahead.');
    await fill(el, 'Volgende update', '+30m');
    const line = (await signed(el)).channels.find((c) => c.id === 'balie')!;
    expect(line.wait_minutes).to.equal(10);
    expect(Date.parse(line.wait_updated_at!)).to.be.at.least(Math.floor(before / 1000) * 1000 - 60_000);
  });
});
