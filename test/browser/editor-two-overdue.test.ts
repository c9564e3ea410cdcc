// Trial H: at 07:30 a grid operator's desk had two incidents overdue (gas promised 05:15, power 07:30). Posting the power
// update was refused for the gas incident's passed promise, and the gas update for the power one's: the studio could
// publish neither, and only the CLI got the desk out. Another incident's passed promise is now a warning to act on next.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { click, emptyFeed, fill, pickKey, root } from './editor-helpers.js';
import { keygen, type TestKey } from './helpers.js';

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function twoLate(): FeedDraft {
  const now = Date.now();
  const incident = (id: string, en: string, next: number) => ({
    id, severity: 'major', phase: 'identified', title: { en },
    known: { en: 'Storm damage.' }, unknown: { en: 'When it is fixed.' },
    started_at: iso(now - 6 * 3_600_000), updated_at: iso(now - 3 * 3_600_000), next_update_at: iso(next),
  });
  return emptyFeed({
    feed_id: 'oostland', publisher: { name: 'Netbeheer Oostland', url: 'https://example.com' },
    incidents: [incident('power-2026-12-13-0140', 'Power cut in Deventer', Date.now() - 5 * 60_000), incident('gas-2026-12-13-0416', 'Gas leak in Zutphen', Date.now() - 2 * 3_600_000)],
  } as Partial<FeedDraft>);
}

const blocked = (el: ClearlineEditor) => root(el).querySelector('.sign .blocked')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<clearline-editor> two incidents overdue', () => {
  let key: TestKey;
  before(async () => (key = await keygen()));

  it('the power update is signed; the gas incident\'s passed promise stays listed, not blocking', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" languages="en" .feed=${twoLate()}></clearline-editor>`);
    const posts = [...root(el).querySelectorAll<HTMLButtonElement>('button')].filter((b) => b.textContent!.trim() === 'Post update');
    expect(posts.length).to.equal(2);
    posts[0]!.click();
    await el.updateComplete;
    await pickKey(el, key);
    await fill(el, 'Next update', '+30m');
    await click(el, 'Sign');
    expect(blocked(el), 'not refused for the gas incident').to.equal('');
    await waitUntil(() => [...root(el).querySelectorAll<HTMLButtonElement>('.sign button')].some((b) => b.textContent!.trim() === 'Download' && !b.hidden), 'signed', { timeout: 5000 });
    const listed = [...root(el).querySelectorAll('.sign .findings li')].map((li) => li.textContent!.replace(/\s+/g, ' '));
    expect(listed.some((t) => t.includes('Gas leak in Zutphen')), listed.join(' | ')).to.equal(true);
  });

  it('its own passed promise still holds an update up until a new time is given', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" languages="en" .feed=${twoLate()}></clearline-editor>`);
    [...root(el).querySelectorAll<HTMLButtonElement>('button')].filter((b) => b.textContent!.trim() === 'Post update')[1]!.click();
    await el.updateComplete;
    await pickKey(el, key);
    await click(el, 'Sign');
    await waitUntil(() => blocked(el), 'refused');
    expect(blocked(el)).to.contain('Not signed');
  });
});
