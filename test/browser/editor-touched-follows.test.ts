// <clearline-editor>: a field's error shows once the desk has left that field (or tried to sign). Which fields were
// left was remembered by place ("channels/2/label/en"), so after Up / Down or Remove the error the desk had just seen
// went away from the moved channel, and an untouched channel that took its place showed its errors instead. Now the
// remembered fields follow their channel, contact reason or action (touched.ts).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import type { Channel } from '../../src/feed/schema.js';
import { followOrder, orderAfter } from '../../src/components/editor/touched.js';
import { click, emptyFeed, field, fill, root } from './editor-helpers.js';

const CHANNELS: Channel[] = [
  { id: 'phone', kind: 'phone', label: { nl: 'Gemeente', en: 'Municipality' }, href: 'tel:14038' },
  { id: 'web', kind: 'web', label: { nl: 'Website', en: 'Website' }, href: 'https://example.com/storing' },
  { id: 'phone-3', kind: 'phone', label: { nl: 'Alarmnummer 112', en: 'Emergency number 112' }, href: 'tel:112', emergency: true },
];
const feed = () => emptyFeed({ channels: structuredClone(CHANNELS) });
/** Whether the field is shown as in error (aria-invalid) with its finding beside it. */
const invalid = (el: ClearlineEditor, name: string) => field(el, name).getAttribute('aria-invalid') === 'true';
const errorsIn = (el: ClearlineEditor, n: number) => root(el).querySelector(`[data-field="channels/${n}"]`)!.querySelectorAll('.finding.error, [role="alert"], .error').length;

async function open(el: ClearlineEditor) {
  await click(el, 'New incident');
  const details = root(el).querySelector<HTMLDetailsElement>('details[data-fold="channels"]');
  if (details && !details.open) details.querySelector('summary')!.click();
  await el.updateComplete;
}

describe('<clearline-editor> an error the desk has seen stays with its channel', () => {
  it('after Up and Down, the emptied link is still in error on the moved channel', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" languages="en" .feed=${feed()}></clearline-editor>`);
    await open(el);
    await fill(el, 'Link — Website', '');
    expect(invalid(el, 'Link — Website'), 'shown once left').to.equal(true);
    await click(el, 'Move channel 2 up (Website)');
    expect(invalid(el, 'Link — Website'), 'the website, now first, still shows its error').to.equal(true);
    expect(errorsIn(el, 0)).to.be.greaterThan(0);
    await click(el, 'Move channel 1 down (Website)');
    expect(invalid(el, 'Link — Website')).to.equal(true);
    expect(errorsIn(el, 1)).to.be.greaterThan(0);
  });

  it('after Remove, the channels that move up keep their own state', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" languages="en" .feed=${feed()}></clearline-editor>`);
    await open(el);
    await fill(el, 'Link — Website', '');
    await fill(el, 'Link — Emergency number 112', '');
    await click(el, 'Remove channel 1');
    expect(invalid(el, 'Link — Website')).to.equal(true);
    expect(invalid(el, 'Link — Emergency number 112')).to.equal(true);
  });
});

describe('touched.ts', () => {
  it('orderAfter says where each item went; followOrder moves the paths under it and drops a removed one', () => {
    const list = ['a', 'b', 'c'];
    expect(orderAfter(() => list, () => list.splice(0, 3, 'c', 'a'))).to.deep.equal([1, -1, 0]);
    const keys = new Set(['channels/0/href', 'channels/1', 'channels/2/label/nl', 'channels', 'actions/0/label', 'channels/10/href']);
    expect([...followOrder(keys, 'channels', [1, -1, 0])].sort()).to.deep.equal(['actions/0/label', 'channels', 'channels/0/label/nl', 'channels/1/href']);
    expect(followOrder(keys, 'channels', [0, 1, 2]), 'unchanged order: the same set').to.equal(keys);
  });
});
