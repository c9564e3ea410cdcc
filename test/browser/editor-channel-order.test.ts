// <clearline-editor>: the order of the contact channels is the order readers get (emergency lines first, in the feed's
// order). A council that added 112 in the studio saw it listed after its own out-of-hours line, and the studio had no way
// to move it. Each channel now has Up / Down buttons named after the channel ("Move channel 3 up (Emergency number 112)",
// holding the visible word), usable with the keyboard; the focus stays on the moved channel, a status line says where it
// went, and the published feed has the new order.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { forgetKey } from '../../src/components/editor/key-store.js';
import type { Channel } from '../../src/feed/schema.js';
import { keygen, type TestKey } from './helpers.js';
import { button, click, emptyFeed, field, pickKey, root, text } from './editor-helpers.js';
import { FakeStudio, signAndPublish, writeNewOutage } from './fake-studio.js';

const COUNCIL: Channel[] = [
  { id: 'phone', kind: 'phone', label: { nl: 'Gemeente', en: 'Municipality' }, href: 'tel:14038' },
  { id: 'phone-2', kind: 'phone', label: { nl: 'Storingslijn buiten kantoortijd', en: 'Out-of-hours line' }, href: 'tel:+31381234567', emergency: true },
  { id: 'phone-3', kind: 'phone', label: { nl: 'Alarmnummer 112', en: 'Emergency number 112' }, href: 'tel:112', emergency: true },
];
const council = () => emptyFeed({ feed_id: 'gemeente-voorbeeld', publisher: { name: 'Gemeente Voorbeeld', url: 'https://example.com' }, channels: structuredClone(COUNCIL) });
const names = (el: ClearlineEditor) => [...root(el).querySelectorAll('.channels .channel-name')].map((p) => p.textContent!.trim());
const focused = (el: ClearlineEditor) => root(el).activeElement?.getAttribute('aria-label') ?? '';
const said = (el: ClearlineEditor) => root(el).querySelector('[data-moved="channels"]')!.textContent;

/** Opens the folded Contact channels section, as a tap on its summary does. */
async function openChannels(el: ClearlineEditor) {
  const details = root(el).querySelector<HTMLDetailsElement>('details[data-fold="channels"]');
  if (details && !details.open) details.querySelector('summary')!.click();
  await el.updateComplete;
}

let key: TestKey;
let studio: FakeStudio | undefined;
before(async () => {
  key = await keygen();
  await forgetKey();
});
afterEach(() => studio?.uninstall());

describe('<clearline-editor> the order of the contact channels', () => {
  it('moves 112 to the top with named buttons; the focus stays on it and a status line says where it is', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${council()}></clearline-editor>`);
    await click(el, 'New incident');
    await openChannels(el);
    expect(button(el, 'Move channel 3 up (Emergency number 112)').textContent!.trim()).to.equal('Up');
    expect(button(el, 'Move channel 1 down (Municipality)').textContent!.trim()).to.equal('Down');
    // The top has no Up, the bottom no Down.
    expect(() => button(el, 'Move channel 1 up (Municipality)')).to.throw();
    expect(() => button(el, 'Move channel 3 down (Emergency number 112)')).to.throw();
    button(el, 'Move channel 3 up (Emergency number 112)').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Municipality', 'Emergency number 112', 'Out-of-hours line']);
    expect(focused(el), 'focus on the moved channel').to.equal('Move channel 2 up (Emergency number 112)');
    expect(said(el)).to.equal('Emergency number 112 is now number 2 of 3.');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Emergency number 112', 'Municipality', 'Out-of-hours line']);
    // At the top there is no Up: the focus goes to its Down.
    expect(focused(el)).to.equal('Move channel 1 down (Emergency number 112)');
    expect(field(el, 'Name — English (Channel 1)').value).to.equal('Emergency number 112');
  });

  it('speaks Dutch in a Dutch studio', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${council()}></clearline-editor>`);
    await click(el, 'Nieuw incident');
    await openChannels(el);
    expect(text(el)).to.contain('Lezers zien de kanalen in deze volgorde, noodnummers altijd bovenaan.');
    expect(button(el, 'Kanaal 2 omlaag (Storingslijn buiten kantoortijd)').textContent!.trim()).to.equal('Omlaag');
    await click(el, 'Kanaal 3 omhoog (Alarmnummer 112)');
    await el.updateComplete;
    expect(said(el)).to.equal('Alarmnummer 112 staat nu op plaats 2 van 3.');
  });

  it('the published feed has the new order', async () => {
    studio = new FakeStudio(council());
    studio.install();
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" feed-src="/api/feed" save-url="/api/save"></clearline-editor>`);
    await waitUntil(() => text(el).includes('No open incidents'), 'opened');
    await writeNewOutage(el);
    await pickKey(el, key);
    await openChannels(el);
    await click(el, 'Move channel 3 up (Emergency number 112)');
    await signAndPublish(el, /Saved feed\.json/);
    expect(studio.feed.channels.map((c) => c.id)).to.deep.equal(['phone', 'phone-3', 'phone-2']);
  });
});
