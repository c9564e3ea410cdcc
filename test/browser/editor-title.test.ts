// A municipality's desk cleared the title while posting an update and signed: readers got a banner reading
// "Grote storing:" with nothing after it, and an incident without a name in the list. Lint said nothing, so the
// studio let it through. Now an empty title blocks Sign with its finding under the title; a 322-character title
// (which a text message cuts off and a phone's banner wraps over many lines) gets a warning, and signs.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { forgetKey } from '../../src/components/editor/key-store.js';
import { keygen, type TestKey } from './helpers.js';
import { click, field, fill, operatorFeed, pickKey, root, text } from './editor-helpers.js';

let key: TestKey;
before(async () => {
  key = await keygen();
  await forgetKey();
});

async function openUpdate() {
  const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${operatorFeed()}></clearline-editor>`);
  await click(el, 'Update plaatsen');
  await click(el, '+30 min');
  await pickKey(el, key, 'Ondertekeningssleutel');
  return el;
}

function signedFlag(el: ClearlineEditor) {
  const state = { signed: false };
  el.addEventListener('clearline-signed', () => (state.signed = true));
  return state;
}

describe('<clearline-editor>: the incident title', () => {
  it('an empty title blocks Sign, said under the title fields', async () => {
    const el = await openUpdate();
    await fill(el, 'Titel — Nederlands', '');
    await fill(el, 'Titel — Engels', ' ');
    const state = signedFlag(el);
    await click(el, 'Ondertekenen');
    await new Promise((r) => setTimeout(r, 100));
    expect(state.signed).to.equal(false);
    expect(text(el)).to.contain('Niet ondertekend: eerst 1 probleem oplossen');
    const finding = root(el).querySelector('[data-rule=title-missing]');
    expect(finding?.textContent?.replace(/\s+/g, ' ')).to.contain('dit incident heeft geen titel');
    expect(field(el, 'Titel — Nederlands').getAttribute('aria-invalid')).to.equal('true');
    // The form's heading keeps naming the incident (as published), not "Update:" with nothing after it.
    expect(root(el).querySelector('#form-heading')?.textContent).to.match(/^Update: \S/);
    // Its title back, it signs.
    await fill(el, 'Titel — Nederlands', 'Geen treinen tussen Zwolle en Kampen');
    await fill(el, 'Titel — Engels', 'No trains between Zwolle and Kampen');
    await click(el, 'Ondertekenen');
    await waitUntil(() => state.signed, 'signed with a title');
  });

  it('a very long title is a warning at its field, and signs', async () => {
    const el = await openUpdate();
    const long = 'Het telefoonnummer 14 075 en de website van de gemeente Zaanstad zijn niet bereikbaar door een storing bij onze ICT-leverancier, en ook de balies in het stadhuis kunnen geen afspraken maken';
    await fill(el, 'Titel — Nederlands', long);
    const box = field(el, 'Titel — Nederlands').closest('[data-field]')!;
    expect(box.querySelector('[data-rule=title-long]')?.textContent?.replace(/\s+/g, ' ')).to.contain(`deze titel is ${long.length} tekens lang`);
    expect(box.querySelector('[data-rule=title-long]')?.textContent).to.contain('Zet de details bij “Wat we weten”');
    const state = signedFlag(el);
    await click(el, 'Ondertekenen');
    await waitUntil(() => state.signed, 'a warning does not stop signing');
  });
});
