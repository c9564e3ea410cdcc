// A bank's trial at 2 a.m.: checking the customer-service number, the officer deleted its last digit and typed it again,
// then pressed Tab. The studio said "“0345 300 0000” is not a phone number, e-mail address or web address readers can
// open", refused to sign and hid the preview. The browser fires no `change` when a field ends as it began, so what
// was typed stayed in the feed as typed, never made into a link. Leaving the field now always makes it one. Real keys
// here: the other link tests send `change` themselves, which is why they did not see this.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import type { Channel } from '../../src/feed/schema.js';
import { emptyFeed, field, newIncident } from './editor-helpers.js';

const channels: Channel[] = [{ id: 'phone', kind: 'phone', label: { en: 'Customer service', nl: 'Klantenservice' }, href: 'tel:+443453000000' }];
const bank = () => emptyFeed({ feed_id: 'bank', publisher: { name: 'Bank', url: 'https://example.com' }, time_zone: 'Europe/London', channels });
/** Opens the folded Contact channels section, as a tap on its summary does. */
async function openChannels(el: ClearlineEditor) {
  const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details[data-fold="channels"]')!;
  if (!details.open) details.querySelector('summary')!.click();
  await el.updateComplete;
}
const findings = (el: ClearlineEditor, name: string) => field(el, name).closest('[data-field]')!.querySelector('.findings')?.textContent?.replace(/\s+/g, ' ') ?? '';

const settle = async (el: ClearlineEditor) => {
  await new Promise((r) => setTimeout(r, 400));
  await el.updateComplete;
};

describe('<clearline-editor>: a number typed again as it was', () => {
  it('is still the number: no problem, and the field shows it as dialled', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${bank()}></clearline-editor>`);
    await newIncident(el, 'outage');
    await openChannels(el);
    const link = field(el, 'Link — Customer service');
    expect(link.value).to.equal('0345 300 0000');
    link.focus();
    expect(link.matches(':focus'), 'the field has the keys').to.equal(true);
    link.setSelectionRange(link.value.length, link.value.length);
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '0' });
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(findings(el, 'Link — Customer service')).to.equal('');
    expect(field(el, 'Link — Customer service').getAttribute('aria-invalid')).to.equal('false');
    expect(field(el, 'Link — Customer service').value).to.equal('0345 300 0000');
  });

  it('the whole number typed over itself, too', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${bank()}></clearline-editor>`);
    await newIncident(el, 'outage');
    await openChannels(el);
    const link = field(el, 'Link — Customer service');
    link.focus();
    expect(link.matches(':focus'), 'the field has the keys').to.equal(true);
    link.select();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '0345 300 0000' });
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(findings(el, 'Link — Customer service')).to.equal('');
  });
});
