// A pension fund's desk (walk-through 2026-12-02): "Mijn pensioen is niet op mijn rekening" never showed
// the FAQ answer "Het geld staat donderdag op uw rekening", because nobody could link a contact reason to
// an FAQ answer without editing JSON. Given the FAQ (faq-src; `clearline studio --faq faq.json`), the
// form has a tick per question under each reason, in the desk's language, as it has for channels.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import type { AxeResults, default as AxeCore } from 'axe-core';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { forgetKey } from '../../src/components/editor/key-store.js';
import { verifyDocument } from '../../src/feed/verify.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { keygen, type TestKey } from './helpers.js';
import { click, emptyFeed, field, fill, newIncident, pickKey, root } from './editor-helpers.js';

declare const axe: typeof AxeCore;
let key: TestKey;
before(async () => {
  key = await keygen();
});
afterEach(() => forgetKey());

const FAQ = {
  type: 'faq',
  version: 1,
  feed_id: 'pf-faq',
  entries: [
    { id: 'wanneer-betaald', question: { nl: 'Wanneer staat mijn pensioen op mijn rekening?', en: 'When is my pension in my account?' }, answer: { nl: 'Het geld staat donderdag op uw rekening.', en: 'The money is in your account on Thursday.' } },
    { id: 'jaaropgave', question: { nl: 'Waar vind ik mijn jaaropgave?', en: 'Where is my annual statement?' }, answer: { nl: 'In Mijn pensioen.', en: 'In My pension.' } },
  ],
};
const faqUrl = () => URL.createObjectURL(new Blob([JSON.stringify(FAQ)], { type: 'application/json' }));

const pensionFund = (): FeedDraft =>
  emptyFeed({
    feed_id: 'pf',
    publisher: { name: 'Pensioenfonds Voorbeeld', url: 'https://example.com' },
    channels: [{ id: 'phone', kind: 'phone', label: { nl: 'Pensioenlijn', en: 'Pension line' }, href: 'tel:+31201234567' }],
    contact_reasons: [
      { id: 'pension-late', label: { nl: 'Mijn pensioen is niet op mijn rekening', en: 'My pension is not in my account' }, channels: ['phone'] },
      { id: 'statement', label: { nl: 'Jaaropgave', en: 'Annual statement' }, faq: ['oud-antwoord'] },
    ],
  });

/** The tick for `question` in the group "<legend>". */
function answer(el: ClearlineEditor, legend: string, question: string): HTMLInputElement {
  const group = [...root(el).querySelectorAll('fieldset.reason-answers')].find((f) => f.querySelector('legend')?.textContent?.trim() === legend);
  const label = [...(group?.querySelectorAll('label') ?? [])].find((l) => l.textContent!.trim() === question);
  if (!label) throw new Error(`no tick "${question}" under "${legend}"`);
  return label.querySelector('input')!;
}

/** The generic template's texts in Dutch and English, so the form can be signed. */
async function writeTexts(el: ClearlineEditor) {
  await newIncident(el, 'generic', true);
  await fill(el, 'Titel — Nederlands', 'Pensioen later op uw rekening');
  await fill(el, 'Titel — Engels', 'Pension paid later');
  await fill(el, 'Wat we weten — Nederlands', 'De betaling van deze maand is een dag later.');
  await fill(el, 'Wat we weten — Engels', 'This month the payment is a day later.');
  await fill(el, 'Wat we nog niet weten — Nederlands', 'Niets: het geld staat donderdag op uw rekening.');
  await fill(el, 'Wat we nog niet weten — Engels', 'Nothing: the money is in your account on Thursday.');
  await click(el, '+30 min');
}

describe('<clearline-editor> a contact reason\'s FAQ answers (faq-src)', () => {
  it('Dutch desk: ticks the question, unticks an answer that is not in the FAQ, and signs the links into the feed', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${pensionFund()} faq-src=${faqUrl()}></clearline-editor>`);
    await writeTexts(el);
    await waitUntil(() => root(el).querySelector('fieldset.reason-answers'), 'the FAQ is read');
    const late = 'Antwoorden voor Mijn pensioen is niet op mijn rekening';
    expect(answer(el, late, 'Wanneer staat mijn pensioen op mijn rekening?').checked).to.equal(false);
    answer(el, late, 'Wanneer staat mijn pensioen op mijn rekening?').click();
    await el.updateComplete;
    expect(answer(el, late, 'Wanneer staat mijn pensioen op mijn rekening?').checked).to.equal(true);
    // An answer id the FAQ does not have: signing is refused and lint names it next to the ticks (as `lint --faq`); unticking clears it.
    const old = answer(el, 'Antwoorden voor Jaaropgave', 'oud-antwoord (staat niet in de veelgestelde vragen)');
    expect(old.checked).to.equal(true);
    await pickKey(el, key, 'Ondertekeningssleutel');
    let detail: { envelope: unknown } | undefined;
    el.addEventListener('clearline-signed', (e) => (detail = (e as CustomEvent).detail));
    await click(el, 'Ondertekenen');
    expect(detail, 'refused').to.equal(undefined);
    const group = old.closest('fieldset')!;
    expect(group.querySelector('.findings li.error')?.getAttribute('data-rule')).to.equal('reason-entry-unknown');
    // In the desk's words: the reason by its name, and where to untick.
    expect(group.querySelector('.findings li.error')?.textContent).to.contain('de contactreden “Jaaropgave” verwijst naar het antwoord "oud-antwoord"');
    expect(group.querySelector('.findings li.error')?.textContent).to.contain('Haal het vinkje weg onder “Antwoorden voor Jaaropgave”');
    const axeResults: AxeResults = await axe.run(root(el).querySelector('fieldset.reasons')!, { resultTypes: ['violations'] });
    expect(axeResults.violations.map((v) => v.id)).to.deep.equal([]);
    old.click();
    await el.updateComplete;
    expect(root(el).querySelector('.findings li[data-rule="reason-entry-unknown"]')).to.equal(null);
    expect(root(el).querySelector('fieldset.reasons')!.textContent).to.not.contain('oud-antwoord');
    answer(el, 'Antwoorden voor Jaaropgave', 'Waar vind ik mijn jaaropgave?').click();
    answer(el, late, 'Waar vind ik mijn jaaropgave?').click();
    await el.updateComplete;
    await click(el, 'Ondertekenen');
    await waitUntil(() => detail, 'signed');
    const { payload } = await verifyDocument(JSON.stringify(detail!.envelope), { kind: 'status', keys: key.publicJwk, store: null });
    expect((payload as { contact_reasons: unknown }).contact_reasons).to.deep.equal([
      // In the FAQ's order, whatever order they were ticked in; the ids stay.
      { id: 'pension-late', label: { nl: 'Mijn pensioen is niet op mijn rekening', en: 'My pension is not in my account' }, channels: ['phone'], faq: ['wanneer-betaald', 'jaaropgave'] },
      { id: 'statement', label: { nl: 'Jaaropgave', en: 'Annual statement' }, faq: ['jaaropgave'] },
    ]);
  });

  it('English desk: the questions in English; without faq-src no answers are shown and the links are kept as they are', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${pensionFund()} faq-src=${faqUrl()}></clearline-editor>`);
    await newIncident(el, 'generic');
    await waitUntil(() => root(el).querySelector('fieldset.reason-answers'), 'the FAQ is read');
    expect(answer(el, 'FAQ answers for My pension is not in my account', 'When is my pension in my account?').checked).to.equal(false);
    expect(answer(el, 'FAQ answers for Annual statement', 'oud-antwoord (not in the FAQ)').checked).to.equal(true);

    const without = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${pensionFund()}></clearline-editor>`);
    await newIncident(without, 'generic');
    expect(root(without).querySelector('fieldset.reason-answers')).to.equal(null);
    expect(field(without, 'Reason 2 — Dutch').value).to.equal('Jaaropgave');
    // No FAQ, no check: the unknown id is not reported (as `lint` without --faq).
    expect(root(without).querySelector('[data-rule="reason-entry-unknown"]')).to.equal(null);
  });
});
