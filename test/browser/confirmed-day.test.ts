import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { CACHE_PREFIX } from '../../src/feed/cache.js';
import '../../src/components/status/status.js';
import '../../src/components/faq/faq.js';
import '../../src/components/help/help.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import { HELP_ENTRIES, helpFeed } from './help-fixtures.js';
import { endSources, keygen, MIN, nextSeq, sign, statusFeed, type TestKey } from './helpers.js';

// A reader at 00:20 on Tuesday 27 October 2026 (this browser's clock), the host down after a reload. "Laatst bevestigd om
// ma 26 okt, 23:50" put "om" before a date (status, help); the FAQ said only "om 23:50", as if it were tonight.
// Now: "Laatst bevestigd ma 26 okt, 23:50", and today still "Laatst bevestigd om 0:05".
const NOW = new Date(2026, 9, 27, 0, 20).getTime();
const at = (day: number, hour: number, minute: number) => new Date(2026, 9, day, hour, minute).getTime();
const isoAt = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const realNow = Date.now;
let key: TestKey;
before(async () => {
  key = await keygen();
});
beforeEach(() => {
  Date.now = () => NOW;
});
afterEach(() => {
  Date.now = realNow;
});

/** Mount `tag` over a kept envelope whose host is down; the notice's text once the check has failed. */
async function notice(tag: 'clearline-status' | 'clearline-faq', lang: string, envelope: unknown, confirmedAt: number) {
  const kind = tag === 'clearline-faq' ? 'faq' : 'status';
  const url = new URL(`/__clearline_missing__/${kind}-day.jws.json`, location.href).href;
  localStorage.setItem(CACHE_PREFIX + `${kind}:${url}`, JSON.stringify({ v: 1, envelope: JSON.stringify(envelope), confirmedAt }));
  const el = document.createElement(tag);
  el.setAttribute('lang', lang);
  el.setAttribute('feed-id', 'confirmed-day');
  el.setAttribute('src', url);
  el.setAttribute('public-key', JSON.stringify(key.publicJwk));
  const error = new Promise<CustomEvent>((r) => el.addEventListener('clearline-error', (e) => r(e as CustomEvent), { once: true }));
  document.body.append(el);
  try {
    expect((await error).detail.code).to.equal('network');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    return el.shadowRoot!.querySelector('[part~=notice]')!.textContent!.replace(/\s+/g, ' ').trim();
  } finally {
    el.remove();
    endSources(); // the next call acts out a reload
    localStorage.removeItem(CACHE_PREFIX + `${kind}:${url}`);
  }
}

const statusSigned = (issued: number) =>
  sign(statusFeed({ feed_id: 'confirmed-day', seq: nextSeq(), issued_at: isoAt(issued), expires_at: isoAt(NOW + 60 * MIN) }), [key]);

describe('"last confirmed" on another day has its date in place of "om" / "at"', () => {
  it('<clearline-status>, Dutch and English; today still "om" / "at"', async () => {
    const yesterday = await statusSigned(at(26, 23, 50));
    expect(await notice('clearline-status', 'nl', yesterday, NOW)).to.match(/^Laatst bevestigd ma 26 okt, 23:50\. /);
    expect(await notice('clearline-status', 'en', yesterday, NOW)).to.match(/^Last confirmed Mon, Oct 26, 11:50 PM\. /);
    expect(await notice('clearline-status', 'en-GB', yesterday, NOW)).to.match(/^Last confirmed Mon 26 Oct, 23:50\. /);
    const today = await statusSigned(at(27, 0, 5));
    expect(await notice('clearline-status', 'nl', today, NOW)).to.match(/^Laatst bevestigd om 00:05\. /);
    expect(await notice('clearline-status', 'en', today, NOW)).to.match(/^Last confirmed at 12:05 AM\. /);
  });

  it('<clearline-faq>: the day it last reached the questions, not only the time', async () => {
    const entries = [{ id: 'refund', question: { en: 'Can I get a refund?', nl: 'Krijg ik mijn geld terug?' }, answer: 'Yes.' }];
    const faq = { type: 'faq', version: 1, feed_id: 'confirmed-day', seq: nextSeq(), issued_at: isoAt(NOW - MIN), expires_at: isoAt(NOW + 60 * MIN), entries };
    const signed = await sign(faq, [key], 'faq');
    expect(await notice('clearline-faq', 'nl', signed, at(26, 23, 50))).to.equal('Laatst bevestigd ma 26 okt, 23:50. De nieuwste vragen konden niet worden opgehaald.');
    expect(await notice('clearline-faq', 'en', signed, at(26, 23, 50))).to.match(/^Last confirmed Mon, Oct 26, 11:50 PM\. /);
    expect(await notice('clearline-faq', 'nl', signed, at(27, 0, 5))).to.equal('Laatst bevestigd om 00:05. De nieuwste vragen konden niet worden opgehaald.');
  });

  it('the help dialog', async () => {
    const url = new URL('/__clearline_missing__/help-day.jws.json', location.href).href;
    const kept = await sign(helpFeed({ seq: nextSeq(), issued_at: isoAt(at(26, 23, 50)), expires_at: isoAt(NOW + 60 * MIN) }), [key]);
    localStorage.setItem(CACHE_PREFIX + `status:${url}`, JSON.stringify({ v: 1, envelope: JSON.stringify(kept), confirmedAt: NOW }));
    try {
      const el = await fixture<ClearlineHelp>(html`<clearline-help lang="nl" src=${url} public-key=${JSON.stringify(key.publicJwk)} .entries=${HELP_ENTRIES}></clearline-help>`);
      const view = () => (el as unknown as { feed: { view: { loading: boolean; error?: unknown } } }).feed.view;
      await waitUntil(() => !view().loading && view().error, 'the check failed', { timeout: 5000 });
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'dialog opens');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~=notice]')!.textContent!.trim()).to.match(/^Laatst bevestigd ma 26 okt, 23:50\. /);
    } finally {
      localStorage.removeItem(CACHE_PREFIX + `status:${url}`);
    }
  });
});
