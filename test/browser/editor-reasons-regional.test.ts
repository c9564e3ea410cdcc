// A Flemish water company's studio (feed texts keyed nl-BE, Belgian time): "Nieuw incident" with the water
// template offered none of the template's contact reasons, because the suggestions matched only exact "nl"/"en"
// tags, while `clearline new incident --lang nl-BE` names them (templateLanguage: nl-BE is written from the Dutch).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { button, click, emptyFeed, field, newIncident, root } from './editor-helpers.js';

describe('<clearline-editor> contact reasons for a regional feed', () => {
  it('a feed written in nl-BE is offered the water template\'s reasons in Dutch, and one can be added', async () => {
    const feed = emptyFeed({ feed_id: 'waterlink', publisher: { name: { 'nl-BE': 'Waterbedrijf Schelde' }, url: 'https://www.example.be' }, time_zone: 'Europe/Brussels', channels: [{ id: 'klantendienst', kind: 'phone' as const, label: { 'nl-BE': 'Klantendienst' }, href: 'tel:+3278353599' }] });
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${feed}></clearline-editor>`);
    await newIncident(el, 'water', true);
    const offered = [...root(el).querySelectorAll('fieldset.reasons .suggestions li span')].map((s) => s.textContent!.trim());
    expect(offered).to.include('Geen water of weinig druk');
    await click(el, 'Contactreden toevoegen: Geen water of weinig druk');
    expect(root(el).querySelectorAll('fieldset.reasons .item').length).to.equal(1);
    const labels = [...root(el).querySelectorAll('fieldset.reasons .item label')].map((l) => l.textContent!.trim().replace(/\s+/g, ' '));
    expect(labels.filter((l) => l.startsWith('Reden 1')), labels.join(' | ')).to.deep.equal(['Reden 1']);
    expect(field(el, 'Reden 1').value).to.equal('Geen water of weinig druk');
    expect(() => button(el, 'Contactreden toevoegen: Geen water of weinig druk'), 'offered once').to.throw();
  });

  // The Netherlands-only "personenalarmering" and "mobiele telefoon": a Belgian feed's studio reads what `new incident` writes
  // there (templates/belgian-words.ts), a Dutch feed's keeps its words.
  for (const [zone, lang, alarm, phone] of [['Europe/Brussels', 'nl-BE', 'Mijn personenalarm werkt niet', 'houd een opgeladen gsm bij de hand'], ['Europe/Amsterdam', 'nl', 'Mijn personenalarmering werkt niet', 'houd een opgeladen mobiele telefoon bij de hand']] as const) {
    it(`the telecom template on ${zone} (${lang}) offers "${alarm}" and "${phone}"`, async () => {
      const feed = emptyFeed({ feed_id: 'kabelnet', publisher: { name: { [lang]: 'Kabelnet' }, url: 'https://www.example.be' }, time_zone: zone, channels: [] });
      const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${feed}></clearline-editor>`);
      await newIncident(el, 'telecom', true);
      const reasons = [...root(el).querySelectorAll('fieldset.reasons .suggestions li span')].map((s) => s.textContent!.trim());
      expect(reasons).to.include(alarm);
      const actions = [...root(el).querySelectorAll('fieldset.actions .suggestions li span')].map((s) => s.textContent!.replace(/\s+/g, ' ').trim());
      expect(actions.some((a) => a.includes(phone)), actions.join(' | ')).to.equal(true);
    });
  }
});
