// Trial: a municipality's Dutch studio on a storm night listed a boil-water advice, flooded streets and a skipped waste
// collection under "Open storingen", offered "Nieuwe storing", and its SMS preview said "storing “Kookadvies …” speelt
// ook". None of the three is an outage. The studio now says "incident", as the CLI does (cli-incident-word.test.mjs);
// a word such as "Stroomstoring" (a template for a power cut) may stay. The trial's feed
// (test/fixtures/export/zwaluwen.json) at a fixed clock.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { button, root, text } from './editor-helpers.js';

const AT_0220 = Date.parse('2026-11-24T01:20:00Z');
const realNow = Date.now;
let feed: FeedDraft;
before(async () => {
  feed = (await (await fetch('/test/fixtures/export/zwaluwen.json')).json()) as FeedDraft;
});
beforeEach(() => {
  Date.now = () => AT_0220;
});
afterEach(() => {
  Date.now = realNow;
});

/** "storing" or "storingen" as a word of its own; "Stroomstoring" or "verstoring" are other words. */
const STORING = /(?<!\p{L})storing(?:en)?(?!\p{L})/iu;

describe('<clearline-editor> in Dutch calls a boil-water advice or a waste collection no "storing"', () => {
  it('the list, its buttons and the update form with its SMS preview say "incident"', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${structuredClone(feed)}></clearline-editor>`);
    expect(text(el)).to.contain('Open incidenten');
    expect(button(el, 'Nieuw incident')).to.exist;
    expect(text(el)).not.to.match(STORING);
    const li = [...root(el).querySelectorAll('.incidents li')].find((x) => x.querySelector('.title')!.textContent!.startsWith('Afval'))!;
    li.querySelector('button')!.click();
    await el.updateComplete;
    const note = root(el).querySelector('.channel-preview [data-channel="sms"] [data-note="sms-also-line"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    expect(note).to.match(/^Incident “Kookadvies voor kraanwater in De Hoven” speelt ook/);
    expect(text(el)).not.to.match(STORING);
  });
});
