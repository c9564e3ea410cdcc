// Trial Q, finding 8: a hospital's night desk, who publishes with the studio, could not correct or hide the FAQ answer
// "Gaat mijn afspraak door? Ja, tenzij wij u bellen…" while all Tuesday appointments were cancelled (the web team signs
// the FAQ). With the FAQ loaded (faq-src; `clearline studio --faq`), the incident form has a folded section "FAQ-antwoorden
// die nu niet kloppen" with a tick per question, which signs the incident's `faq_outdated`; without the FAQ it is not there.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import type { default as AxeCore } from 'axe-core';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { forgetKey } from '../../src/components/editor/key-store.js';
import { verifyDocument } from '../../src/feed/verify.js';
import type { StatusPayload } from '../../src/feed/schema.js';
import { keygen, statusFeed, type TestKey } from './helpers.js';
import { click, pickKey, root } from './editor-helpers.js';

declare const axe: typeof AxeCore;
let key: TestKey;
before(async () => {
  key = await keygen();
});
afterEach(() => forgetKey());

const FAQ = {
  type: 'faq', version: 1, feed_id: 'air-faq',
  entries: [
    { id: 'vlucht-door', question: { nl: 'Gaat mijn vlucht door?', en: 'Is my flight going ahead?' }, answer: { nl: 'Ja, tenzij wij u mailen.', en: 'Yes, unless we e-mail you.' } },
    { id: 'bagage', question: { nl: 'Hoeveel bagage mag mee?', en: 'How much luggage can I take?' }, answer: { nl: 'Eén koffer.', en: 'One suitcase.' } },
  ],
};
const faqUrl = () => URL.createObjectURL(new Blob([JSON.stringify(FAQ)], { type: 'application/json' }));
const section = (el: ClearlineEditor) => root(el).querySelector<HTMLDetailsElement>('details[data-fold="faq_outdated"]');
const tick = (el: ClearlineEditor, label: string) => {
  const found = [...section(el)!.querySelectorAll('label.check')].find((l) => l.textContent!.trim() === label);
  if (!found) throw new Error(`no tick "${label}"`);
  return found.querySelector('input')!;
};

async function signed(el: ClearlineEditor): Promise<StatusPayload | undefined> {
  let detail: { envelope: unknown } | undefined;
  el.addEventListener('clearline-signed', (e) => (detail = (e as CustomEvent).detail));
  await click(el, 'Ondertekenen');
  // Signing takes a moment; a refusal shows its problems at once.
  await waitUntil(() => detail || root(el).querySelector('.findings li.error'), 'signed or refused', { timeout: 5000 }).catch(() => undefined);
  await el.updateComplete;
  if (!detail) return undefined;
  return (await verifyDocument(JSON.stringify(detail.envelope), { kind: 'status', keys: key.publicJwk, store: null })).payload as StatusPayload;
}

describe('<clearline-editor>: FAQ answers that do not hold now (faq_outdated, trial Q)', () => {
  it('Dutch desk: a folded section with a tick per question; the tick is signed into the incident', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${statusFeed()} faq-src=${faqUrl()}></clearline-editor>`);
    await click(el, 'Update plaatsen');
    await waitUntil(() => section(el), 'the FAQ is read');
    const fold = section(el)!;
    expect(fold.open, 'folded: seldom needed').to.equal(false);
    expect(fold.querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('FAQ-antwoorden die nu niet kloppen geen');
    fold.querySelector('summary')!.click();
    await el.updateComplete;
    expect(tick(el, 'Gaat mijn vlucht door?').checked).to.equal(false);
    tick(el, 'Gaat mijn vlucht door?').click();
    await el.updateComplete;
    expect(tick(el, 'Gaat mijn vlucht door?').checked).to.equal(true);
    expect(section(el)!.querySelector('summary')!.textContent).to.contain('1 aangevinkt');
    const r = await axe.run(section(el)!, { resultTypes: ['violations'] });
    expect(r.violations.map((v) => v.id)).to.deep.equal([]);
    await click(el, '+30 min');
    await pickKey(el, key, 'Ondertekeningssleutel');
    const payload = await signed(el);
    expect(!!payload, 'signed').to.equal(true);
    expect(payload!.incidents[0]!.faq_outdated).to.deep.equal(['vlucht-door']);
  });

  it('an id the FAQ lacks keeps its tick, and Sign names it there (the section opens); unticked, it signs without it', async () => {
    const feed = statusFeed();
    feed.incidents[0]!.faq_outdated = ['vlucht-dor'];
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${feed} faq-src=${faqUrl()}></clearline-editor>`);
    await click(el, 'Update plaatsen');
    await waitUntil(() => section(el), 'the FAQ is read');
    await click(el, '+30 min');
    await pickKey(el, key, 'Ondertekeningssleutel');
    expect(await signed(el), 'refused').to.equal(undefined);
    await el.updateComplete;
    expect(section(el)!.open, 'opened by its problem').to.equal(true);
    const error = section(el)!.querySelector('.findings li.error');
    expect(error?.getAttribute('data-rule')).to.equal('faq-outdated-unknown');
    expect(error?.textContent).to.contain('Bedoelt u "vlucht-door"?');
    const wrong = tick(el, 'vlucht-dor (staat niet in de veelgestelde vragen)');
    expect(wrong.checked).to.equal(true);
    wrong.click();
    await el.updateComplete;
    const payload = await signed(el);
    expect(!!payload, 'signed').to.equal(true);
    expect('faq_outdated' in payload!.incidents[0]!).to.equal(false);
  });

  it('English desk: its words; without faq-src the section is not shown and the list is kept', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${statusFeed()} faq-src=${faqUrl()}></clearline-editor>`);
    await click(el, 'Post update');
    await waitUntil(() => section(el), 'the FAQ is read');
    expect(section(el)!.querySelector('summary')!.textContent).to.contain('FAQ answers that do not hold now');
    expect(!!tick(el, 'Is my flight going ahead?')).to.equal(true);

    const feed = statusFeed();
    feed.incidents[0]!.faq_outdated = ['vlucht-door'];
    const without = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${feed}></clearline-editor>`);
    await click(without, 'Update plaatsen');
    expect(section(without) === null).to.equal(true);
    await click(without, '+30 min');
    await pickKey(without, key, 'Ondertekeningssleutel');
    const payload = await signed(without);
    expect(payload!.incidents[0]!.faq_outdated).to.deep.equal(['vlucht-door']);
  });
});
