// An action readers can tap. A hospital's night desk wrote "Spoed? Bel 112 of kom naar de SEH" as
// an act-now action; the studio had no field for its link (only `clearline update --add-action
// --link` had), so on a phone the 112 in the urgent box could not be tapped.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { forgetKey } from '../../src/components/editor/key-store.js';
import { verifyDocument } from '../../src/feed/verify.js';
import { keygen, type TestKey } from './helpers.js';
import { click, emptyFeed, field, fill, newIncident, pickKey, root } from './editor-helpers.js';

let key: TestKey;
before(async () => {
  key = await keygen();
});
afterEach(() => forgetKey());

const hospital = () => emptyFeed({ feed_id: 'rivierenland', publisher: { name: 'Ziekenhuis Rivierenland', url: 'https://example.com' } });

async function cyberattack(el: ClearlineEditor) {
  await newIncident(el, 'cyberattack', true);
  await fill(el, 'Titel — Nederlands', 'Cyberaanval: systemen uit voorzorg uitgezet');
  await fill(el, 'Titel — Engels', 'Cyberattack: systems shut down as a precaution');
  await fill(el, 'Wat we weten — Nederlands', 'Het patiëntenportaal werkt niet. De SEH is open.');
  await fill(el, 'Wat we weten — Engels', 'The patient portal does not work. The Emergency Department is open.');
  await fill(el, 'Wat we nog niet weten — Nederlands', 'Of gegevens van patiënten zijn gestolen.');
  await fill(el, 'Wat we nog niet weten — Engels', 'Whether patient data was stolen.');
  await click(el, '+30 min');
}

describe('<clearline-editor> an action with a link', () => {
  it('a number typed as said becomes a tel: link readers can tap, and is signed into the action', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${hospital()}></clearline-editor>`);
    await cyberattack(el);
    await click(el, 'Actie toevoegen');
    await fill(el, 'Actie 1 — Nederlands', 'Spoed? Bel 112 of kom naar de Spoedeisende Hulp (SEH).');
    await fill(el, 'Actie 1 — Engels', 'Emergency? Call 112 or come to the Emergency Department.');
    field(el, 'Nu doen').click();
    await fill(el, 'Link — Actie 1', '112');
    expect(field(el, 'Link — Actie 1').value).to.equal('112');
    await click(el, 'Actie toevoegen');
    await fill(el, 'Actie 2 — Nederlands', 'Bel de terugbellijn als uw afspraak niet kan wachten');
    await fill(el, 'Actie 2 — Engels', 'Call the call-back line if your appointment cannot wait');
    await fill(el, 'Link — Actie 2', '0344-123456');
    expect(field(el, 'Link — Actie 2').value, 'shown as the desk dials it; signed as tel:+31344123456').to.equal('0344 123 456');
    await pickKey(el, key, 'Ondertekeningssleutel');
    let envelope: unknown;
    el.addEventListener('clearline-signed', (e) => (envelope = (e as CustomEvent).detail.envelope), { once: true });
    await click(el, 'Ondertekenen');
    await waitUntil(() => envelope, 'signed');
    const { payload } = await verifyDocument(JSON.stringify(envelope), { kind: 'status', keys: key.publicJwk, store: null });
    expect(payload.incidents[0]!.actions!.map((a) => a.href)).to.deep.equal(['tel:112', 'tel:+31344123456']);
  });

  it('a link lint refuses is said at the action\'s link field, not only under "Elsewhere in the feed"', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${hospital()}></clearline-editor>`);
    await cyberattack(el);
    await click(el, 'Actie toevoegen');
    await fill(el, 'Actie 1 — Nederlands', 'Lees meer');
    await fill(el, 'Actie 1 — Engels', 'Read more');
    await fill(el, 'Link — Actie 1', 'http://example.com/storing');
    await click(el, 'Ondertekenen');
    const at = root(el).querySelector('[data-field="actions/0/href"] .findings li')?.getAttribute('data-rule');
    expect(at).to.equal('link-scheme');
  });
});
