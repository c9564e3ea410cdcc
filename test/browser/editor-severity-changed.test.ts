// Trial R, a grid operator's night desk: one Tab too many and "Etten-Leur, Zundert…" typed into the severity select,
// whose type-ahead silently made the published "Storing" an "Ernstige storing". An update now says under the field
// when it changes the published severity, and the select points to that hint for a screen reader.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { click, field, operatorFeed, root } from './editor-helpers.js';

const hint = (el: ClearlineEditor) => root(el).querySelector('#f-severity-hint')?.textContent?.trim() ?? '';

async function choose(el: ClearlineEditor, value: string) {
  const select = field(el, 'Ernst') as unknown as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
  return select;
}

describe('<clearline-editor> a changed severity in an update', () => {
  it('is said under Ernst, with the published and the new name, and not while it is unchanged', async () => {
    const feed = operatorFeed();
    const published = feed.incidents[0]!.severity;
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${feed}></clearline-editor>`);
    await click(el, 'Update plaatsen');
    expect(hint(el), 'unchanged: no hint').to.equal('');
    const other = published === 'critical' ? 'minor' : 'critical';
    const select = await choose(el, other);
    const names = Object.fromEntries([...select.options].map((o) => [o.value, o.textContent!.trim()]));
    expect(hint(el)).to.equal(`Gewijzigd: was „${names[published]}”, lezers zien nu „${names[other]}”. Bewust? Laat het dan zo.`);
    expect(select.getAttribute('aria-describedby')).to.equal('f-severity-hint');
    await choose(el, published);
    expect(hint(el), 'back as published').to.equal('');
    expect(select.hasAttribute('aria-describedby')).to.equal(false);
  });

  it('a new incident has nothing to compare with', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${operatorFeed()}></clearline-editor>`);
    await click(el, 'New incident');
    const select = field(el, 'Severity') as unknown as HTMLSelectElement;
    select.value = 'critical';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(hint(el)).to.equal('');
  });
});
