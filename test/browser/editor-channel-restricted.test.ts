// The studio's tick "Only for them, not for everyone" / "Alleen voor hen, niet voor iedereen" under "Who this line is
// for" (a channel's `restricted`). An insurer's care-provider line was offered to members who chose "Mijn declaratie",
// which ticks no lines, and they called it (trial P). The tick is signed; without a purpose lint asks for one beside it;
// the sentence under a reason ("Wie deze reden kiest, krijgt: …") leaves the line out unless the reason ticks it.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { verifyDocument } from '../../src/feed/verify.js';
import { keygen, statusFeed, type TestKey } from './helpers.js';
import { click, field, fill, pickKey, root } from './editor-helpers.js';

let key: TestKey;
before(async () => (key = await keygen()));

const insurer = () => {
  const feed = statusFeed();
  feed.channels = [
    { id: 'klant', kind: 'phone', label: { nl: 'Klantenservice', en: 'Customer service' }, href: 'tel:+31302345678', wait_minutes: 45, reason: { nl: 'heel veel telefoontjes over de cyberaanval', en: 'very many calls about the cyberattack' } },
    { id: 'zorg', kind: 'phone', label: { nl: 'Lijn voor zorgverleners', en: 'Line for care providers' }, href: 'tel:+31302345699', wait_minutes: 5, reason: { nl: 'rustig', en: 'quiet' } },
  ];
  feed.contact_reasons = [
    { id: 'declaratie', label: { nl: 'Mijn declaratie', en: 'My claim' } },
    { id: 'dekking', label: { nl: 'Dekking controleren', en: 'Check cover' }, channels: ['zorg'] },
  ];
  return feed;
};

async function signed(el: ClearlineEditor) {
  await pickKey(el, key, el.lang === 'nl' ? 'Ondertekeningssleutel' : 'Signing key');
  const event = new Promise<CustomEvent>((ok) => el.addEventListener('clearline-signed', (e) => ok(e as CustomEvent), { once: true }));
  await click(el, el.lang === 'nl' ? 'Ondertekenen' : 'Sign');
  return (await verifyDocument(JSON.stringify((await event).detail.envelope), { kind: 'status', keys: key.publicJwk, store: null })).payload;
}

const offered = (el: ClearlineEditor) => [...root(el).querySelectorAll('p.offered')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());

describe('<clearline-editor> a line only for them', () => {
  it('Dutch: the tick under "Voor wie deze lijn is"; without a purpose lint asks beside it; a reason that ticks nothing no longer offers it; signed', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${insurer()}></clearline-editor>`);
    await click(el, 'Update plaatsen');
    expect(offered(el)[0]).to.equal('Wie deze reden kiest, krijgt: ‘Klantenservice’ en ‘Lijn voor zorgverleners’.');
    const tick = field(el, 'Alleen voor hen, niet voor iedereen — Lijn voor zorgverleners');
    expect(tick.checked).to.equal(false);
    const hint = root(el).getElementById(tick.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent ?? '';
    expect(hint).to.contain('Lezers zien hem na de lijnen voor iedereen');
    tick.click();
    await el.updateComplete;
    expect(offered(el)).to.deep.equal([
      'Wie deze reden kiest, krijgt: ‘Klantenservice’. Niet ‘Lijn voor zorgverleners’: alleen voor wie bij ‘Voor wie deze lijn is’ staat; vink hem aan om hem bij deze reden aan te bieden.',
      'Wie deze reden kiest, krijgt: ‘Lijn voor zorgverleners’.',
    ]);
    // No purpose yet: the note is next to the tick and says what to fill in.
    const note = root(el).querySelector('[data-field="channels/1"] li[data-rule="restricted-no-purpose"]')?.textContent ?? '';
    expect(note).to.contain('zegt niet voor wie');
    expect(note).to.contain('bij ‘Voor wie deze lijn is’');
    await fill(el, 'Voor wie deze lijn is — Nederlands (Lijn voor zorgverleners)', 'Voor apotheken en ziekenhuizen');
    await fill(el, 'Voor wie deze lijn is — Engels (Lijn voor zorgverleners)', 'For pharmacies and hospitals');
    expect(root(el).querySelector('li[data-rule="restricted-no-purpose"]')).to.equal(null);
    await fill(el, 'Wat we weten — Nederlands', 'Declareren kan even niet.');
    await fill(el, 'Wat we weten — Engels', 'Claims cannot be made for now.');
    await fill(el, 'Volgende update', '+30m');
    const line = (await signed(el)).channels.find((c) => c.id === 'zorg')!;
    expect([line.restricted, line.purpose]).to.deep.equal([true, { nl: 'Voor apotheken en ziekenhuizen', en: 'For pharmacies and hospitals' }]);
  });

  it('English: "Only for them, not for everyone"; unticked, the member goes', async () => {
    const feed = insurer();
    feed.channels[1] = { ...feed.channels[1]!, restricted: true, purpose: { nl: 'Voor apotheken', en: 'For pharmacies' } };
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${feed}></clearline-editor>`);
    await click(el, 'Post update');
    const tick = field(el, 'Only for them, not for everyone — Line for care providers');
    expect(tick.checked).to.equal(true);
    expect(offered(el)[0]).to.equal('Readers who choose it are offered: “Customer service”. Not “Line for care providers”: only for the people named under “Who this line is for”; tick it to offer it with this reason.');
    tick.click();
    await el.updateComplete;
    await fill(el, 'What we know — English', 'Claims cannot be made for now.');
    await fill(el, 'What we know — Dutch', 'Declareren kan even niet.');
    await fill(el, 'Next update', '+30m');
    expect('restricted' in (await signed(el)).channels.find((c) => c.id === 'zorg')!).to.equal(false);
  });
});
