// A water company's night desk (trial 2026-12-05): the studio's SMS preview read "… Haal gratis flessen water bij het
// uitdeelpunt... https://…": the address was cut to fit, and only `clearline export` and `lint --for sms` said so. Now
// the preview says under the SMS what was left out or cut, in the words the CLI prints.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { click, emptyFeed, root } from './editor-helpers.js';

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function burst(longAction: boolean): FeedDraft {
  const now = Date.now();
  const known = { nl: 'Door een gesprongen leiding hebben 4.000 adressen in Tiel geen water.', en: 'A burst main has left 4,000 addresses in Tiel without water.' };
  const point = longAction
    ? { nl: 'Haal gratis flessen water bij het uitdeelpunt in Sporthal De Biezen, Biezenstraat 12 in Tiel, open tot 08:00; kunt u niet komen, bel ons dan', en: 'Collect free bottled water at Sporthal De Biezen, Biezenstraat 12 in Tiel, open until 08:00; if you cannot come, call us' }
    : { nl: 'Haal water bij Sporthal De Biezen', en: 'Collect water at Sporthal De Biezen' };
  return emptyFeed({
    feed_id: 'wb-rivierenland',
    publisher: { name: 'Waterbedrijf Rivierenland', url: 'https://www.wbrivierenland.example/' },
    status_url: 'https://www.wbrivierenland.example/storingen',
    channels: [{ id: 'storing', kind: 'phone', label: { nl: 'Storingsnummer', en: 'Fault line' }, href: 'tel:+318000359', wait_minutes: 5, emergency: true }],
    incidents: [
      {
        id: 'tiel',
        severity: 'major',
        phase: 'investigating',
        // The short one leaves room for a next update said with its day ("morgen 00:05"): between 23:30 and midnight in
        // Amsterdam the long title cost the next update, and "no note" failed in a CI run at 23:42.
        title: longAction ? { nl: 'Geen water of lage druk in Tiel door gesprongen leiding', en: 'No water or low pressure in Tiel after a burst main' } : { nl: 'Geen water in Tiel', en: 'No water in Tiel' },
        known,
        unknown: { nl: 'Hoe lang de reparatie duurt.', en: 'How long the repair will take.' },
        started_at: iso(now - 3_600_000),
        updated_at: iso(now - 600_000),
        next_update_at: iso(now + 1_800_000),
        actions: [{ label: point, urgent: true }],
        updates: [{ at: iso(now - 3_600_000), known }],
      },
    ],
  } as Partial<FeedDraft>);
}

const note = (el: ClearlineEditor) => root(el).querySelector('.channel-preview [data-channel="sms"] [data-note="sms-shortened"]')?.textContent?.trim() ?? '';

describe('<clearline-editor> an SMS shortened to fit', () => {
  it('says under the SMS that the first action was cut, and what to do (Dutch studio)', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${burst(true)}></clearline-editor>`);
    await click(el, 'Update plaatsen');
    expect(note(el)).to.match(/^Om in 160 tekens te passen, is in de sms (de volgende update weggelaten(, | en ))?de eerste actie ingekort( en de titel ingekort)?\. Kijk of hij nog zegt wat mensen moeten doen, of maak de eerste actie korter\.$/);
  });

  it('in English in an English studio', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${burst(true)}></clearline-editor>`);
    await click(el, 'Post update');
    expect(note(el)).to.match(/^To fit in 160 characters, the SMS (leaves out the next update(, | and ))?cuts the first action short( and cuts the title short)?\. Check that it still says what people should do/);
  });

  it('no note when the SMS fits whole', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${burst(false)}></clearline-editor>`);
    await click(el, 'Update plaatsen');
    expect(root(el).querySelector('.channel-preview [data-channel="sms"] blockquote')?.textContent).to.contain('Sporthal De Biezen');
    expect(note(el)).to.equal('');
  });
});
