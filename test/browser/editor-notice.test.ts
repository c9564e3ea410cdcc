// Trial P, a health insurer: the studio refused its standing phishing warning without a next update within 4 hours,
// and "Next update" left empty was refused too (next-update-missing). With Severity "Information" the incident is a
// notice: the field may stay empty (the hint says so) and it is signed with next_update_at null.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import type { ClearlineSignedDetail } from '../../src/components/editor/events.js';
import { forgetKey } from '../../src/components/editor/key-store.js';
import { keygen, type TestKey } from './helpers.js';
import { click, emptyFeed, field, fill, newIncident, pickKey, root } from './editor-helpers.js';

let key: TestKey;
before(async () => {
  key = await keygen();
  await forgetKey();
});

const feed = () => emptyFeed({ feed_id: 'zekerheid', publisher: { name: 'Zekerheid', url: 'https://www.zekerheid.example' }, channels: [{ id: 'fraude', kind: 'phone', label: { en: 'Fraud line' }, href: 'tel:+31201234567' }] });

async function warning(el: ClearlineEditor, severity: string) {
  await newIncident(el, 'phishing');
  await fill(el, 'Title', 'Fake text messages in our name');
  await fill(el, 'What we know', 'Criminals send texts in our name. We never ask for your bank details or PIN.');
  await fill(el, "What we don't know yet", 'How long the messages go on.');
  const select = field(el, 'Severity') as unknown as HTMLSelectElement;
  select.value = severity;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
  await fill(el, 'Next update', '');
}

describe('<clearline-editor> a notice (Severity "Information")', () => {
  it('is signed without a next update, and the hint says it may stay empty; a minor disruption is refused without one', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${feed()}></clearline-editor>`);
    await warning(el, 'info');
    expect(root(el).querySelector('#f-next-hint')!.textContent).to.contain('leave this empty if no update is planned');
    await pickKey(el, key);
    const signed = new Promise<ClearlineSignedDetail>((ok) => el.addEventListener('clearline-signed', (e) => ok((e as CustomEvent<ClearlineSignedDetail>).detail), { once: true }));
    await click(el, 'Sign');
    const incident = (await signed).payload.incidents[0]!;
    expect(incident.severity).to.equal('info');
    expect(incident.next_update_at).to.equal(null);

    const minor = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${feed()}></clearline-editor>`);
    await warning(minor, 'minor');
    expect(root(minor).querySelector('#f-next-hint')!.textContent).not.to.contain('leave this empty');
    await pickKey(minor, key);
    let got = false;
    minor.addEventListener('clearline-signed', () => (got = true));
    await click(minor, 'Sign');
    await new Promise((r) => setTimeout(r, 300));
    expect(got).to.equal(false);
  });
});
