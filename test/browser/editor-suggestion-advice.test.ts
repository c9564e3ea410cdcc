// A dairy brand's night desk in the studio (walk-through 2026-12-02) started a recall from the template
// and added its suggested actions with "+", the first button of each row: "Bel uw huisarts als u ervan
// gegeten heeft en zwanger bent …" went under "Kan wachten". Every row looked the same, so nobody could
// see that the template advised "Nu doen". Now the row says so and "+ Nu doen" is the primary button.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { emptyFeed, newIncident, root } from './editor-helpers.js';

const rows = (el: ClearlineEditor) =>
  [...root(el).querySelectorAll('fieldset.actions .suggestions li')].map((li) => ({
    text: li.querySelector('span')!.textContent!.replace(/\s+/g, ' ').trim(),
    primary: [...li.querySelectorAll('button')].filter((b) => b.classList.contains('primary')).map((b) => b.textContent!.trim()),
  }));

describe('<clearline-editor> suggested actions show the template\'s advice', () => {
  it('a recall in a Dutch studio: the GP and "Eet het niet" rows say "nu doen" and make "+ Nu doen" primary; the others do not', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${emptyFeed({ feed_id: 'zuivelhoeve', publisher: { name: 'Zuivelhoeve', url: 'https://www.zuivelhoeve.nl' } })}></clearline-editor>`);
    await newIncident(el, 'recall', true);
    const r = rows(el);
    expect(r.map((x) => x.text.startsWith('Bel uw huisarts als u ervan gegeten heeft'))).to.deep.equal([true, false, false, false]);
    expect(r.map((x) => x.text.endsWith('(het sjabloon raadt aan: nu doen)'))).to.deep.equal([true, true, false, false]);
    expect(r.map((x) => x.primary.join())).to.deep.equal(['+ Nu doen', '+ Nu doen', '', '']);
  });

  it('in English too, and the buttons keep their names', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${emptyFeed()}></clearline-editor>`);
    await newIncident(el, 'water');
    const boil = 'When your water comes back, run the cold kitchen tap until it runs clear';
    const row = rows(el).find((x) => x.text.startsWith(boil))!;
    expect(row.text).to.equal(`${boil} (the template advises: act now)`);
    expect(row.primary).to.deep.equal(['+ Act now']);
    const names = [...root(el).querySelectorAll('fieldset.actions .suggestions li')][0]!.querySelectorAll('button');
    // Changed deliberately (trial U, finding 13): the advised way first, and names that differ at their start.
    expect([...names].map((b) => b.getAttribute('aria-label'))).to.deep.equal([`Act now: add “${boil}”`, `Can wait: add “${boil}”`]);
  });

  // Trial U, finding 13: a bank's desk, keyboard only, pressed the first of "… toevoegen" and "… toevoegen als nu doen" for
  // "Geef niemand die belt … uw codes", which the template advises as act now: it was signed as "Kan wachten".
  it('the way the template advises comes first, and each name starts with what it does (cut-off names still differ)', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${emptyFeed({ feed_id: 'zuivelhoeve', publisher: { name: 'Zuivelhoeve', url: 'https://www.zuivelhoeve.nl' } })}></clearline-editor>`);
    await newIncident(el, 'recall', true);
    const items = [...root(el).querySelectorAll('fieldset.actions .suggestions li')];
    const names = (li: Element) => [...li.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? '');
    const advised = items.filter((li) => li.querySelector('.advice') !== null);
    const others = items.filter((li) => li.querySelector('.advice') === null);
    expect(advised.length > 0 && others.length > 0).to.equal(true);
    expect(advised.every((li) => names(li)[0]!.startsWith('Nu doen: „') && names(li)[1]!.startsWith('Kan wachten: „'))).to.equal(true);
    expect(advised.every((li) => li.querySelector('button')!.classList.contains('primary') && li.querySelector('button')!.textContent!.trim() === '+ Nu doen')).to.equal(true);
    expect(others.every((li) => names(li)[0]!.startsWith('Kan wachten: „') && names(li)[1]!.startsWith('Nu doen: „'))).to.equal(true);
    // The first 20 characters, as a screen reader's list may cut them, already differ.
    expect(items.every((li) => names(li)[0]!.slice(0, 20) !== names(li)[1]!.slice(0, 20))).to.equal(true);
    // The first button (the keyboard habit) on an advised row adds it as act now.
    (advised[0]!.querySelector('button') as HTMLButtonElement).click();
    await el.updateComplete;
    const box = [...root(el).querySelectorAll<HTMLInputElement>('fieldset.actions input[type=checkbox]')].find((c) => /Nu doen/.test(c.labels?.[0]?.textContent ?? ''));
    expect(box?.checked === true).to.equal(true);
  });
});
