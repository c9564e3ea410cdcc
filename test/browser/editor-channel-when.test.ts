// An emergency line's reason is what readers see under its number as when to use it ("Ruikt u gas?
// Ga naar buiten en bel direct"), before its wait. The studio labelled it "Reden van de wachttijd"
// there too, so a desk at 2 a.m. wrote why callers wait on the gas line, or left it empty. On an
// emergency line the field is now "Wanneer deze lijn gebruiken" / "When to use this line"; an
// ordinary line keeps "Reason for the wait". Its hint's example fits any sector: "Smell gas? Go
// outside…" was read by a broadband provider's and a pension fund's desk.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { emptyFeed, field, newIncident, root } from './editor-helpers.js';

const feed = (): FeedDraft =>
  emptyFeed({
    channels: [
      { id: 'service', kind: 'phone', label: { nl: 'Klantenservice', en: 'Customer service' }, href: 'tel:+31302345678', wait_minutes: 20, reason: { nl: 'veel telefoontjes', en: 'many calls' } },
      { id: 'gas', kind: 'phone', emergency: true, label: { nl: 'Gaslucht', en: 'Gas smell' }, href: 'tel:+318009009', wait_minutes: 2, reason: { nl: 'Ruikt u gas? Ga naar buiten en bel direct.', en: 'Smell gas? Go outside and call at once.' } },
    ],
  } as Partial<FeedDraft>);

const labels = (el: ClearlineEditor) => [...root(el).querySelectorAll('label')].map((l) => l.textContent!.trim().replace(/\s+/g, ' '));

describe('<clearline-editor> the reason field of an emergency line', () => {
  it('Dutch: "Wanneer deze lijn gebruiken" on the emergency line, "Reden van de wachttijd" on the ordinary one', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${feed()}></clearline-editor>`);
    await newIncident(el, 'gas', true);
    expect(field(el, 'Wanneer deze lijn gebruiken — Nederlands (Gaslucht)').value).to.equal('Ruikt u gas? Ga naar buiten en bel direct.');
    expect(field(el, 'Wanneer deze lijn gebruiken — Engels (Gaslucht)').value).to.equal('Smell gas? Go outside and call at once.');
    expect(field(el, 'Reden van de wachttijd — Nederlands (Klantenservice)').value).to.equal('veel telefoontjes');
    expect(labels(el).filter((l) => l.startsWith('Reden van de wachttijd'))).to.deep.equal(['Reden van de wachttijd — Nederlands (Klantenservice)', 'Reden van de wachttijd — Engels (Klantenservice)']);
    const when = field(el, 'Wanneer deze lijn gebruiken — Nederlands (Gaslucht)');
    const hint = root(el).getElementById(when.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent ?? '';
    expect(hint).to.equal('Lezers zien dit onder het nummer, bijv. Alleen voor noodgevallen: bel direct, dag en nacht.');
  });

  it('English: ticking "Emergency line" turns "Reason for the wait" into "When to use this line", with a hint', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${feed()}></clearline-editor>`);
    await newIncident(el, 'gas');
    expect(field(el, 'Reason for the wait — English (Customer service)').value).to.equal('many calls');
    field(el, 'Emergency line (always listed first) — Customer service').click();
    await el.updateComplete;
    const when = field(el, 'When to use this line — English (Customer service)');
    expect(when.value, 'the text stays').to.equal('many calls');
    const hint = root(el).getElementById(when.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent ?? '';
    expect(hint).to.equal('Readers see it under the number, e.g. Only for emergencies: call at once, day and night.');
    expect(hint).to.not.match(/gas/i);
    expect(labels(el).some((l) => l.startsWith('Reason for the wait'))).to.equal(false);
  });
});
