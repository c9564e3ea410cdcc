// A bank's desk typed a number in a channel's Link field and clicked Sign with the mouse (trial E). Its notes showed
// while it was typed ("heeft 11 cijfers" from the eleventh digit, and before that "geen telefoonnummer" once the field
// had been left once); they now wait until the field is left. The trial also lost the first click on Sign once in three
// runs, when a note appeared as the field was left; I could not make that happen again (the old build, the trial's
// steps, three runs: the first click signed each time). This guards it with a real mouse and real keys: a press on
// Sign straight from the field signs, and the note shows after it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { forgetKey } from '../../src/components/editor/key-store.js';
import type { Channel } from '../../src/feed/schema.js';
import { keygen, type TestKey } from './helpers.js';
import { button, click, emptyFeed, field, fill, newIncident, pickKey } from './editor-helpers.js';

const channels: Channel[] = [{ id: 'service', kind: 'phone', label: { nl: 'Klantenservice', en: 'Customer service' }, href: 'tel:+31582123456' }];
const findings = (el: ClearlineEditor, name: string) => field(el, name).closest('[data-field]')!.querySelector('.findings')?.textContent ?? '';

let key: TestKey;
before(async () => (key = await keygen()));
afterEach(async () => {
  await resetMouse();
  await forgetKey();
});

describe('<clearline-editor>: Sign clicked straight from a field', () => {
  it('signs with the first click, and the field\'s note shows after it', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${emptyFeed({ channels })}></clearline-editor>`);
    await newIncident(el, 'outage', true);
    await fill(el, 'Titel — Nederlands', 'Pinnen werkt niet');
    await fill(el, 'Titel — Engels', 'Card payments are down');
    await fill(el, 'Wat we weten — Nederlands', 'Sinds 17:40 lukt betalen met uw pas niet.');
    await fill(el, 'Wat we weten — Engels', 'Since 17:40 card payments fail.');
    await fill(el, 'Wat we nog niet weten — Nederlands', 'De oorzaak.');
    await fill(el, 'Wat we nog niet weten — Engels', 'The cause.');
    await click(el, '+30 min');
    await pickKey(el, key, 'Ondertekeningssleutel');
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details[data-fold="channels"]')!;
    if (!details.open) details.querySelector('summary')!.click();
    await el.updateComplete;
    const link = field(el, 'Link — Klantenservice');
    link.focus();
    link.select();
    await sendKeys({ type: '058 2123 4567' });
    await el.updateComplete;
    expect(findings(el, 'Link — Klantenservice'), 'no note while typing').to.equal('');
    let signed = false;
    el.addEventListener('clearline-signed', () => (signed = true), { once: true });
    const sign = button(el, 'Ondertekenen');
    sign.scrollIntoView({ block: 'center' });
    const r = sign.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
    await waitUntil(() => signed, 'signed with one click', { timeout: 3000 });
    await waitUntil(() => findings(el, 'Link — Klantenservice').includes('11 cijfers'), 'the note after the click');
  });
});
