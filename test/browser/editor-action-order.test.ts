// <clearline-editor>: the desk puts the most important action first. Each action has Up / Down
// buttons (named "Move action 2 up", which holds the visible word), and the keyboard focus follows the moved action.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { button, click, emptyFeed, field, newIncident, root } from './editor-helpers.js';

const feed = () => emptyFeed({ time_zone: 'Europe/London', channels: [{ id: 'phone', kind: 'phone', label: { en: 'Call us' }, href: 'tel:+441134960000' }] });
const actions = (el: ClearlineEditor) => [...root(el).querySelectorAll('[data-field^="actions/"][data-field$="/label/en"] textarea')].map((i) => (i as HTMLTextAreaElement).value);
const moves = (el: ClearlineEditor) => [...root(el).querySelectorAll('[data-move]')].map((b) => b.getAttribute('aria-label'));
const focused = (el: ClearlineEditor) => root(el).activeElement?.getAttribute('aria-label') ?? '';

async function addSuggestions(el: ClearlineEditor, n: number) {
  for (let k = 0; k < n; k++) {
    const add = [...root(el).querySelectorAll('.suggestions button')].find((b) => b.getAttribute('aria-label')!.startsWith('Can wait: add “'));
    (add as HTMLButtonElement).click();
    await el.updateComplete;
  }
}

describe('<clearline-editor> the order of an incident\'s actions', () => {
  it('names who an action is for after the action it belongs to: "Voor wie (actie 1)", not "Voor wie 1"', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${feed()}></clearline-editor>`);
    await newIncident(el, 'water');
    await addSuggestions(el, 2);
    expect(field(el, 'Who is this for (action 2)')).to.exist;
    const nl = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${emptyFeed()}></clearline-editor>`);
    await newIncident(nl, 'storm', true);
    await click(nl, 'Actie toevoegen');
    expect(field(nl, 'Voor wie (actie 1) — Nederlands')).to.exist;
    expect(field(nl, 'Voor wie (actie 1) — Engels')).to.exist;
  });

  it('moves an action up and down with named buttons; focus stays on the moved action', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${feed()}></clearline-editor>`);
    await newIncident(el, 'water');
    await addSuggestions(el, 3);
    const [a, b, c] = actions(el);
    expect(moves(el)).to.deep.equal(['Move action 1 down', 'Move action 2 up', 'Move action 2 down', 'Move action 3 up']);
    await click(el, 'Move action 3 up');
    expect(actions(el)).to.deep.equal([a, c, b]);
    await el.updateComplete;
    expect(focused(el), 'focus on the moved action').to.equal('Move action 2 up');
    button(el, 'Move action 2 up').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(actions(el)).to.deep.equal([c, a, b]);
    // At the top there is no "up": the focus goes to its "down".
    expect(focused(el)).to.equal('Move action 1 down');
    expect(button(el, 'Move action 1 down').textContent!.trim()).to.equal('Down');
    expect(field(el, 'Action 1').value).to.equal(c);
  });

  // Trial N, a heat company at 2 a.m.: the desk's own action for the priority line was added last and "can wait"; making
  // it urgent and second took a tick and four Up presses. "+ Act now" adds it after the last act-now action.
  it('"+ Act now" adds an action after the last act-now one, ticked; a template\'s "+ Act now" goes there too', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${feed()}></clearline-editor>`);
    await newIncident(el, 'water');
    // One template action as act now, one that can wait; one left to add.
    (root(el).querySelector('.suggestions button[aria-label^="Act now: add"]') as HTMLButtonElement).click();
    await el.updateComplete;
    await addSuggestions(el, 1);
    const urgent = () => [...root(el).querySelectorAll<HTMLInputElement>('[data-field^="actions/"] ~ .row input[type=checkbox], .row input[type=checkbox]')].map((c) => c.checked);
    const before = actions(el);
    const ticked = urgent().filter(Boolean).length;
    expect(ticked).to.equal(1);
    await click(el, 'Add an action (act now)');
    expect(actions(el)).to.have.length(3);
    expect(actions(el)[ticked], 'the new, empty one right after the act-now ones').to.equal('');
    expect(actions(el).filter((a) => a), 'the others keep their order').to.deep.equal(before);
    expect(urgent()[ticked], 'ticked "Act now"').to.equal(true);
    expect(root(el).activeElement?.closest('[data-field]')?.getAttribute('data-field'), 'the focus in its first field').to.match(new RegExp(`^actions/${ticked}/`));
    // A template's action added as act now lands after both, not last.
    const more = root(el).querySelector('.suggestions button[aria-label^="Act now: add"]') as HTMLButtonElement;
    const label = more.getAttribute('aria-label')!.replace(/^Act now: add “(.*)”$/, '$1');
    more.click();
    await el.updateComplete;
    expect(actions(el)[2]).to.equal(label);
    expect(urgent().slice(0, 3)).to.deep.equal([true, true, true]);
  });

  it('speaks Dutch in a Dutch studio', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${emptyFeed()}></clearline-editor>`);
    await newIncident(el, 'water', true);
    const add = () => [...root(el).querySelectorAll('.suggestions button')].find((b) => b.getAttribute('aria-label')!.startsWith('Kan wachten: ')) as HTMLButtonElement;
    add().click();
    await el.updateComplete;
    add().click();
    await el.updateComplete;
    expect(moves(el)).to.deep.equal(['Actie 1 omlaag', 'Actie 2 omhoog']);
    expect(button(el, 'Actie 1 omlaag').textContent!.trim()).to.equal('Omlaag');
  });
});
