// <clearline-editor> on a feed whose contact reasons came from a sector's template (templates/sector.ts). A bank's
// desk pressing New incident was started on Other disruption, and its update of a card outage hinted "e.g. Amsterdam,
// Utrecht" under Who is affected. Now New incident starts on the template the feed's reasons came from (the
// `template` attribute and the desk's own choice still win; a feed with its own reasons keeps Other disruption), and
// an update hints that template's services.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { click, emptyFeed, field, root } from './editor-helpers.js';

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const both = (nl: string, en: string) => ({ nl, en });
const reasons = (...ids: string[]) => ids.map((id) => ({ id, label: both(`Reden ${id}`, `Reason ${id}`) }));
const BANK = ['fraud', 'suspicious', 'log-in', 'payment-failed', 'charged-twice'];

function bank(ids = BANK): FeedDraft {
  const now = Date.now();
  return emptyFeed({
    feed_id: 'voorbeeldbank',
    publisher: { name: 'Voorbeeldbank', url: 'https://example.com' },
    contact_reasons: reasons(...ids),
    incidents: [{ id: 'pin', severity: 'major', phase: 'investigating', title: both('Pinnen werkt niet', 'Card payments fail'), known: both('Pinnen werkt niet.', 'Card payments fail.'), unknown: both('De oorzaak.', 'The cause.'), started_at: iso(now - 3_600_000), updated_at: iso(now - 1_800_000), next_update_at: iso(now + 1_800_000) }],
  } as Partial<FeedDraft>);
}
const nl = (feed: FeedDraft, template = '') => fixture<ClearlineEditor>(html`<clearline-editor lang="nl" template=${template} .feed=${feed}></clearline-editor>`);
const select = (el: ClearlineEditor) => field(el, 'Sjabloon') as unknown as HTMLSelectElement;
const hint = (el: ClearlineEditor, lang: string) => root(el).querySelector(`#f-affects-${lang}-hint`)!.textContent!.trim();

describe('<clearline-editor> the feed’s sector, from its contact reasons', () => {
  it('a bank’s feed: New incident starts on Betalen of bankieren, with its texts', async () => {
    const el = await nl(bank());
    expect(select(el).value).to.equal('payments');
    await click(el, 'Nieuw incident');
    expect(field(el, 'Titel — Nederlands').value).to.contain('Pinnen en betalen met de app werkt niet');
  });

  it('the template attribute and the desk’s choice still win; a feed with its own reasons keeps Andere verstoring', async () => {
    expect(select(await nl(bank(), 'storm')).value).to.equal('storm');
    expect(select(await nl(bank(['opening-hours', 'my-bill', 'suspicious']))).value).to.equal('generic');
    expect(select(await nl(emptyFeed())).value).to.equal('generic');
  });

  it('an update of the bank’s card outage hints services under Getroffen, not Amsterdam, Utrecht', async () => {
    const el = await nl(bank());
    await click(el, 'Update plaatsen');
    expect(hint(el, 'nl')).to.equal('Gescheiden door komma’s, bijv. pinnen, de app, internetbankieren');
    // The English field's examples in English (trial E: the Dutch ones stood under "Getroffen — Engels").
    expect(hint(el, 'en')).to.equal('Gescheiden door komma’s, bijv. card payments, the app, online banking');
  });

  it('a feed with its own reasons keeps the places', async () => {
    const el = await nl(bank(['opening-hours', 'my-bill']));
    await click(el, 'Update plaatsen');
    expect(hint(el, 'nl')).to.equal('Gescheiden door komma’s, bijv. Amsterdam, Utrecht');
  });
});
