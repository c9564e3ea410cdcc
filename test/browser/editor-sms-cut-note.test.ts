// Trial Y (a US water utility): the SMS dropped the title's ZIP codes 60617 … 60643 to fit the boil action, and neither
// the CLI nor the studio said so. Now the studio's SMS preview says it in the words `clearline export --to sms` prints
// (sms-cut-note.ts), ending with the studio's own way to two parts instead of `--parts 2`, in the studio's language.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { click, emptyFeed, root } from './editor-helpers.js';

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const ZIPS = '60617, 60619, 60633, 60628, 60649, 60620, 60643';

function water(): FeedDraft {
  const now = Date.now();
  return emptyFeed({
    feed_id: 'riverbend-water',
    publisher: { name: 'Riverbend Water', url: 'https://www.riverbendwater.example' },
    status_url: 'https://status.riverbendwater.example',
    time_zone: 'America/Chicago',
    channels: [{ id: 'emergency', kind: 'phone', label: { en: 'Water emergency line' }, href: 'tel:+13125550140', emergency: true }],
    incidents: [
      {
        id: 'water-quality',
        severity: 'critical',
        phase: 'investigating',
        title: { en: `Boil water advisory for ZIP codes ${ZIPS}` },
        known: { en: 'Do not drink tap water in these ZIP codes without boiling it for 1 minute first.' },
        unknown: { en: 'When the advisory is lifted.' },
        started_at: iso(now - 3_600_000),
        updated_at: iso(now - 600_000),
        next_update_at: iso(now + 3_600_000),
        actions: [{ urgent: true, who: { en: 'You live or work in the boil water advisory area' }, label: { en: 'Boil tap water for at least 1 minute and let it cool before you drink it' } }],
      },
    ],
  } as Partial<FeedDraft>);
}

const note = (el: ClearlineEditor) => root(el).querySelector('.channel-preview [data-channel="sms"] [data-note="sms-cut"]')?.textContent?.trim() ?? '';

describe('<clearline-editor> the SMS preview says the title lost its ZIP codes', () => {
  it('in the CLI words, with the studio\'s way to two parts (English studio)', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${water()}></clearline-editor>`);
    await click(el, 'Post update');
    expect(note(el)).to.equal(`The ZIP codes ${ZIPS} did not fit: the SMS says "Boil water advisory..." and links to the page, so people there cannot tell it is about them. Make the title shorter, or choose 2 parts above.`);
  });

  it('in Dutch in a Dutch studio', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${water()}></clearline-editor>`);
    await click(el, 'Update plaatsen');
    expect(note(el)).to.equal(`De ZIP codes ${ZIPS} pasten niet: de sms zegt "Boil water advisory..." en linkt naar de pagina, dus wie daar woont, ziet niet dat het over hem gaat. Maak de titel korter, of kies hierboven 2 delen.`);
  });
});
