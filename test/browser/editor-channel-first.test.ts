// <clearline-editor>: "Add channel" adds a channel at the end. When the desk makes it the emergency services (999 on a
// British clock, 112, 911) and ticks "Emergency line", it goes first, where `clearline new channel --emergency` puts it
// (feed/channel-edit.ts placeAdded): readers see emergency lines in the feed's order. Before, a council's 999 stayed
// after NHS 111 and its own out-of-hours line. NHS 111 is not moved; a desk that moves 999 down again keeps its order.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import type { Channel } from '../../src/feed/schema.js';
import { click, emptyFeed, field, fill, root } from './editor-helpers.js';

const CALDER: Channel[] = [
  { id: 'phone', kind: 'phone', label: { en: 'NHS 111' }, href: 'tel:111', emergency: true },
  { id: 'phone-2', kind: 'phone', label: { en: 'Out-of-hours line' }, href: 'tel:+441422288001', emergency: true },
];
const calder = () => emptyFeed({ feed_id: 'calder', publisher: { name: 'Calder Council', url: 'https://www.calder.gov.uk' }, time_zone: 'Europe/London', channels: structuredClone(CALDER) });
const names = (el: ClearlineEditor) => [...root(el).querySelectorAll('.channels .channel-name')].map((p) => p.textContent!.trim());
const said = (el: ClearlineEditor) => root(el).querySelector('[data-moved="channels"]')!.textContent;

async function openChannels(el: ClearlineEditor) {
  const details = root(el).querySelector<HTMLDetailsElement>('details[data-fold="channels"]');
  if (details && !details.open) details.querySelector('summary')!.click();
  await el.updateComplete;
}

async function tick(el: ClearlineEditor, name: string) {
  field(el, `Emergency line (always listed first) — ${name}`).click();
  await el.updateComplete;
  await el.updateComplete;
}

describe('<clearline-editor> a new emergency services line goes first', () => {
  it('999 ticked as an emergency line goes before NHS 111 and the out-of-hours line; the focus follows it', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${calder()}></clearline-editor>`);
    await click(el, 'New incident');
    await openChannels(el);
    await click(el, 'Add channel');
    await fill(el, 'Name (Channel 3)', 'Police, fire and ambulance');
    await fill(el, 'Link — Police, fire and ambulance', '999');
    // Not yet an emergency line: it stays where it was added.
    expect(names(el)).to.deep.equal(['NHS 111', 'Out-of-hours line', 'Police, fire and ambulance']);
    await tick(el, 'Police, fire and ambulance');
    expect(names(el)).to.deep.equal(['Police, fire and ambulance', 'NHS 111', 'Out-of-hours line']);
    expect(field(el, 'Link — Police, fire and ambulance').value).to.equal('999');
    expect(field(el, 'Emergency line (always listed first) — Police, fire and ambulance').checked).to.equal(true);
    expect(root(el).activeElement, 'focus on the tick, now in channel 1').to.equal(field(el, 'Emergency line (always listed first) — Police, fire and ambulance'));
    expect(said(el)).to.equal('Police, fire and ambulance is now number 1 of 3: the emergency services go first.');
    // The Down button still works, and the order the desk chose is kept when it edits the line again.
    await click(el, 'Move channel 1 down (Police, fire and ambulance)');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['NHS 111', 'Police, fire and ambulance', 'Out-of-hours line']);
    await fill(el, 'Opening hours (Police, fire and ambulance)', '24 hours a day');
    await fill(el, 'Link — Police, fire and ambulance', '999');
    expect(names(el)).to.deep.equal(['NHS 111', 'Police, fire and ambulance', 'Out-of-hours line']);
  });

  it('ticked first and the number typed after: it goes first when the link is left', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${calder()}></clearline-editor>`);
    await click(el, 'New incident');
    await openChannels(el);
    await click(el, 'Add channel');
    await fill(el, 'Name (Channel 3)', 'Police, fire and ambulance');
    await tick(el, 'Police, fire and ambulance');
    expect(names(el)).to.deep.equal(['NHS 111', 'Out-of-hours line', 'Police, fire and ambulance']);
    await fill(el, 'Link — Police, fire and ambulance', '999');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Police, fire and ambulance', 'NHS 111', 'Out-of-hours line']);
    expect(root(el).activeElement).to.equal(field(el, 'Link — Police, fire and ambulance'));
  });

  it('NHS 111 added as an emergency line is not the emergency services: it stays last', async () => {
    const feed = calder();
    feed.channels = [CALDER[1]!];
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${feed}></clearline-editor>`);
    await click(el, 'New incident');
    await openChannels(el);
    await click(el, 'Add channel');
    await fill(el, 'Name (Channel 2)', 'NHS 111');
    await fill(el, 'Link — NHS 111', '111');
    await tick(el, 'NHS 111');
    expect(names(el)).to.deep.equal(['Out-of-hours line', 'NHS 111']);
  });

  it('112 in a Dutch studio, said in Dutch', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${emptyFeed({ channels: [{ id: 'phone', kind: 'phone', label: { nl: 'Storingslijn', en: 'Outage line' }, href: 'tel:+31800123456', emergency: true }] })}></clearline-editor>`);
    await click(el, 'Nieuw incident');
    await openChannels(el);
    await click(el, 'Kanaal toevoegen');
    await fill(el, 'Naam — Nederlands (Kanaal 2)', 'Alarmnummer');
    await fill(el, 'Link — Alarmnummer', '112');
    field(el, 'Noodnummer (altijd bovenaan) — Alarmnummer').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Alarmnummer', 'Storingslijn']);
    expect(said(el)).to.equal('Alarmnummer staat nu op plaats 1 van 2: het alarmnummer gaat voor.');
  });
});
