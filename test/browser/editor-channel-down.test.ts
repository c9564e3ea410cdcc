// A phone line that is down. A channel has no "out of service" state; a district-heating desk whose
// customer line went down after a cyberattack wrote "Klantenservice (telefoon werkt nu niet)" as its
// name and published it, and customers still got the number to tap. The studio now says, at that
// channel, to take the line out and say it under What we know.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { click, emptyFeed, field, fill, newIncident } from './editor-helpers.js';

const note = (el: ClearlineEditor, name: string) =>
  field(el, name).closest('.item')!.querySelector('[data-note=line-down]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<clearline-editor> a channel that says it is down', () => {
  it('a Dutch name "telefoon werkt nu niet" gets the advice to remove the line; an ordinary line does not', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${emptyFeed()}></clearline-editor>`);
    await newIncident(el, 'cyberattack', true);
    await click(el, 'Kanaal toevoegen');
    await fill(el, 'Naam — Nederlands (Kanaal 1)', 'Klantenservice');
    await fill(el, 'Naam — Engels (Kanaal 1)', 'Customer service');
    expect(note(el, 'Soort — Klantenservice')).to.equal('');
    await fill(el, 'Naam — Nederlands (Kanaal 1)', 'Klantenservice (telefoon werkt nu niet)');
    expect(note(el, 'Soort — Klantenservice (telefoon werkt nu niet)')).to.equal(
      'Oplossen: Lezers krijgen deze lijn nog om te bellen of te openen. Werkt hij niet? Haal hem weg (Kanaal verwijderen 1) en zeg bij Wat we weten dat hij niet werkt en wat mensen in plaats daarvan kunnen gebruiken.',
    );
  });

  it('an English reason "our phone line is down" in an English studio', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${emptyFeed()}></clearline-editor>`);
    await newIncident(el, 'cyberattack');
    await click(el, 'Add channel');
    await fill(el, 'Name — English (Channel 1)', 'Customer service');
    await fill(el, 'Name — Dutch (Channel 1)', 'Klantenservice');
    await fill(el, 'Reason for the wait — English (Customer service)', 'Because of the cyberattack our phone line is down at the moment.');
    expect(note(el, 'Kind — Customer service')).to.match(/^Fix: Readers still get this line to call or open\. Is it down\? Remove it \(Remove channel 1\)/);
  });
});
