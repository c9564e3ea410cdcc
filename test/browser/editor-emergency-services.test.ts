// A UK borough council's flood night in the studio: the feed listed only the council's own out-of-hours line, and a reader
// who chose "Someone is in danger from the water" got that line under "Call now", not 999. `clearline new incident` said
// so on the command line; the studio said nothing. Lint's emergency-services-missing now says it next to "Channels for
// Someone is in danger from the water", with where to add 999 and tick it, and is gone once that is done.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { click, emptyFeed, field, fill, newIncident, root } from './editor-helpers.js';

const SAID = 'readers who choose “Someone is in danger from the water” are not offered 999 under “Call now”, only your own lines';

const council = () =>
  emptyFeed({
    feed_id: 'calder',
    publisher: { name: 'Calder Council', url: 'https://www.calder.gov.uk' },
    time_zone: 'Europe/London',
    channels: [{ id: 'phone', kind: 'phone', label: { en: 'Emergency out-of-hours line' }, href: 'tel:+441422288001', emergency: true }],
  });

/** The "Channels for …" part of the reason named `name`, as the desk reads it. */
const channelsFieldset = (el: ClearlineEditor, name: string) =>
  [...root(el).querySelectorAll('fieldset.reason-channels')].find((f) => f.querySelector('legend')?.textContent?.trim() === `Channels for ${name}`);
const channelsFor = (el: ClearlineEditor, name: string) => channelsFieldset(el, name)?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('<clearline-editor> a flood feed without the emergency services', () => {
  it('says at the danger reason to add 999 and tick it, and stops once the desk has', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${council()}></clearline-editor>`);
    await newIncident(el, 'flood');
    // The template's reasons are offered with “+” (nothing is published unread); the desk adds the danger one.
    expect(channelsFor(el, 'Someone is in danger from the water')).to.equal('');
    await click(el, 'Add contact reason: Someone is in danger from the water');
    const before = channelsFor(el, 'Someone is in danger from the water');
    expect(before).to.contain(SAID);
    expect(before).to.contain('Add channel, Phone line, name “Police, fire and ambulance”, link 999, tick “Emergency line”; then tick it under “Channels for Someone is in danger from the water”');
    expect(before).not.to.contain('clearline');
    // Said once, at that reason: not also for the other reasons.
    expect((root(el).textContent ?? '').split('not offered 999').length - 1).to.equal(1);
    // The desk does what it says.
    await click(el, 'Add channel');
    await fill(el, 'Name (Channel 2)', 'Police, fire and ambulance');
    await fill(el, 'Link — Police, fire and ambulance', '999');
    field(el, 'Emergency line (always listed first) — Police, fire and ambulance').click();
    await el.updateComplete;
    const tick = [...(channelsFieldset(el, 'Someone is in danger from the water')?.querySelectorAll('label') ?? [])].find((l) => l.textContent?.trim() === 'Police, fire and ambulance');
    (tick?.control as HTMLInputElement).click();
    await el.updateComplete;
    expect(root(el).textContent).not.to.contain('not offered 999');
  });
});
