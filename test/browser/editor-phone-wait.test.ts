// A desk adds its customer line during an outage and leaves "Wait in minutes" empty: readers got the number without how
// long they would wait, and the studio said so only in its phone-message preview ("cannot tell callers how long they
// wait"), far from the field. Lint's phone-no-wait (a suggestion: signing is still allowed) is now said at the field.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { click, emptyFeed, field, fill, newIncident, root } from './editor-helpers.js';

const said = (el: ClearlineEditor, name: string) => {
  const ids = field(el, name).getAttribute('aria-describedby') ?? '';
  return ids ? ids.split(' ').map((id) => root(el).getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '').join(' ') : '';
};

describe('<clearline-editor> a phone line without a wait', () => {
  it('the wait field says it, in the desk\'s language, and stops saying it once a wait is filled in', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${emptyFeed()}></clearline-editor>`);
    await newIncident(el, 'power', true);
    await click(el, 'Kanaal toevoegen');
    await fill(el, 'Naam — Nederlands (Kanaal 1)', 'Klantenservice');
    await fill(el, 'Naam — Engels (Kanaal 1)', 'Customer service');
    await fill(el, 'Link — Klantenservice', '088 123 4567');
    expect(said(el, 'Wachttijd in minuten — Klantenservice')).to.match(/^Oplossen: de telefoonlijn ‘Klantenservice’ heeft geen verwachte wachttijd: lezers zien het nummer, maar niet hoe lang ze moeten wachten\. Vul “Wachttijd in minuten” \(0 als er geen wachtrij is\) en de reden van de wachttijd in\./);
    expect(field(el, 'Wachttijd in minuten — Klantenservice').getAttribute('aria-invalid')).not.to.equal('true');
    await fill(el, 'Wachttijd in minuten — Klantenservice', '0');
    expect(said(el, 'Wachttijd in minuten — Klantenservice')).to.equal('');
  });

  it('an emergency line without a wait is not asked for one', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${emptyFeed()}></clearline-editor>`);
    await newIncident(el, 'gas');
    await click(el, 'Add channel');
    await fill(el, 'Name — English (Channel 1)', 'Smell gas? Call now');
    expect(said(el, 'Wait in minutes — Smell gas? Call now')).to.match(/^Fix: the phone line “Smell gas\? Call now” has no expected wait/);
    field(el, 'Emergency line (always listed first) — Smell gas? Call now').click();
    await el.updateComplete;
    expect(said(el, 'Wait in minutes — Smell gas? Call now')).to.equal('');
  });
});
