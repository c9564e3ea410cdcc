// The studio reads "next update" with the CLI's parser (feed/times.ts readWhen). The night the clocks go back
// (Europe/Amsterdam, 25 October 2026) a desk at 02:10 summer time typing 02:30 means in 20 minutes, not the second
// 02:30 an hour later. The night they go forward 02:30 does not happen: the studio said '"02:30" is geen tijd',
// as if the desk had mistyped; it now says why and what to type, as `clearline update --next-update` does.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { click, emptyFeed, field, fill, text } from './editor-helpers.js';

async function newIncidentAt(now: string): Promise<ClearlineEditor> {
  Date.now = () => Date.parse(now);
  const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${emptyFeed()}></clearline-editor>`);
  const select = field(el, 'Sjabloon');
  select.value = 'outage';
  select.dispatchEvent(new Event('change'));
  await click(el, 'Nieuw incident');
  return el;
}

describe('studio: next update the nights the clocks change', () => {
  const realNow = Date.now;
  afterEach(() => {
    Date.now = realNow;
  });

  it('02:30 typed at 02:10 summer time is the first 02:30, in 20 minutes', async () => {
    const el = await newIncidentAt('2026-10-25T00:10:00Z');
    await fill(el, 'Volgende update', '02:30');
    expect(text(el)).to.contain('02:30 (over 20 minuten)');
  });

  it('02:30 the night the clocks go forward: why, and what to type', async () => {
    const el = await newIncidentAt('2026-03-29T00:10:00Z'); // 01:10 winter time
    await fill(el, 'Volgende update', '02:30');
    expect(text(el)).to.contain('02:30 bestaat vandaag niet in Europe/Amsterdam: om 02:00 gaat de klok vooruit naar 03:00; typ 03:00 of later, of +50m.');
    expect(text(el)).not.to.contain('is geen tijd');
  });
});
