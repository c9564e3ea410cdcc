// An organisation's own prepared texts in the studio (`clearline studio --prepared prepared.json` gives the editor
// prepared-src): a water company's approved burst-main text with its real tap point, made on a quiet day. Before, New
// incident offered the built-in templates only and the night desk improvised at 2 a.m.; now the list offers "Uw
// voorbereide teksten" first, each by its title, and New incident copies the chosen one as `clearline new incident
// --prepared` does (test/node/prepared-texts.test.mjs): its texts, a new id, no history, the next update still to choose.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import type { AxeResults, default as AxeCore } from 'axe-core';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { click, emptyFeed, field, root } from './editor-helpers.js';

declare const axe: typeof AxeCore;

const BURST = {
  id: 'burst-main',
  title: { nl: 'Leidingbreuk: geen water in [[TODO: wijk]]', en: 'Burst main: no water in [[TODO: area]]' },
  severity: 'major',
  phase: 'monitoring',
  started_at: '2026-11-02T10:00:00Z',
  updated_at: '2026-11-02T10:20:00Z',
  known: { nl: 'Een hoofdleiding is gesprongen. Flessenwater: Sporthal De Bron, Kerkstraat 1.', en: 'A water main has burst. Bottled water: Sporthal De Bron, Kerkstraat 1.' },
  unknown: { nl: 'Hoe lang het duurt.', en: 'How long it takes.' },
  next_update_at: '2026-11-02T10:50:00Z',
  actions: [{ label: { nl: 'Laat de koude kraan lopen als het water terugkomt', en: 'Run the cold tap when the water comes back' }, urgent: true }],
  updates: [{ at: '2026-11-02T10:00:00Z', known: { nl: 'Oud', en: 'Old' } }],
};
const COMPUTERS = { ...BURST, id: 'computers-down', title: { nl: 'Onze computersystemen zijn uitgevallen', en: 'Our computer systems are down' }, actions: [], updates: [] };
const preparedUrl = () => URL.createObjectURL(new Blob([JSON.stringify({ type: 'status', incidents: [BURST, COMPUTERS] })], { type: 'application/json' }));

const realNow = Date.now;
afterEach(() => (Date.now = realNow));

describe('<clearline-editor prepared-src>: the organisation\'s own prepared texts under New incident', () => {
  it('lists them first in a group of their own, each by its title; choosing one fills the new incident with its texts', async () => {
    // Monday 7 December 2026, 02:10 in Amsterdam: the new id is made on the feed's clock.
    Date.now = () => Date.parse('2026-12-07T01:10:00Z');
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" languages="nl,en" prepared-src=${preparedUrl()} .feed=${emptyFeed()}></clearline-editor>`);
    const select = field(el, 'Sjabloon') as unknown as HTMLSelectElement;
    await waitUntil(() => select.querySelector('optgroup'), 'the prepared texts are listed');
    const groups = [...select.querySelectorAll('optgroup')].map((g) => [g.label, g.querySelectorAll('option').length]);
    expect(groups[0]).to.deep.equal(['Uw voorbereide teksten', 2]);
    expect(groups[1]![0]).to.equal('Ingebouwde sjablonen');
    expect([...select.querySelectorAll('optgroup')[0]!.querySelectorAll('option')].map((o) => o.textContent!.trim())).to.deep.equal([BURST.title.nl, COMPUTERS.title.nl]);
    // Nothing changes unasked: the list still starts on the template as before.
    expect(select.value).to.equal('generic');
    const axeResults: AxeResults = await axe.run(root(el).querySelector('section.incidents')!, { resultTypes: ['violations'] });
    expect(axeResults.violations.map((v) => v.id)).to.deep.equal([]);

    select.value = 'prepared:burst-main';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await click(el, 'Nieuw incident');
    expect(field(el, 'Titel — Nederlands').value).to.equal(BURST.title.nl);
    expect(field(el, 'Titel — Engels').value).to.equal(BURST.title.en);
    expect(field(el, 'Wat we weten — Nederlands').value).to.equal(BURST.known.nl);
    expect(field(el, 'Wat we nog niet weten — Engels').value).to.equal(BURST.unknown.en);
    expect((field(el, 'Fase') as unknown as HTMLSelectElement).value).to.equal('investigating');
    expect(field(el, 'Volgende update').value).to.equal('');
    const draft = (el as unknown as { draft: { id: string; mode: string; actions: { label: Record<string, string>; urgent: boolean }[] } }).draft;
    expect([draft.id, draft.mode]).to.deep.equal(['burst-main-2026-12-07-0210', 'new']);
    expect(draft.actions.map((a) => [a.label.nl, a.urgent])).to.deep.equal([[BURST.actions[0]!.label.nl, true]]);
    expect(select.value).to.equal('prepared:burst-main');
  });

  it('without prepared-src the list is the built-in templates alone, as before', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" languages="nl" .feed=${emptyFeed()}></clearline-editor>`);
    const select = field(el, 'Sjabloon') as unknown as HTMLSelectElement;
    expect(select.querySelector('optgroup') === null).to.equal(true);
    expect(select.value).to.equal('generic');
  });
});
