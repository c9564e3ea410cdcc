// A hospital's trial (2026-12-05): a feed that had expired on Sunday morning still said on Monday "The update promised
// for Sun 6 Dec, 8:00 is late. We are still working on it.", words the trust had not said for 25 hours. Once the
// document itself has expired (the "Outdated" notice above it) the late update is said without "we are still working
// on it"; while it is current, as before.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/help/help.js';
import '../../src/components/status/status.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import type { ClearlineStatus } from '../../src/components/status/status.js';
import { summary } from '../../src/components/shared/announcer.js';
import type { StatusPayload } from '../../src/feed/schema.js';
import { HELP_ENTRIES, helpFeed } from './help-fixtures.js';
import { MIN, statusFeed } from './helpers.js';

const text = (n: Element | null | undefined) => n!.textContent!.replace(/\s+/g, ' ').trim();
const at = (offset: number) => new Date(Date.now() + offset).toISOString();

/** Next update promised 3 hours ago; the document expired an hour ago (`expired`) or is still valid. */
function late(feed: StatusPayload, expired: boolean): StatusPayload {
  feed.incidents[0]!.next_update_at = at(-180 * MIN);
  feed.issued_at = at(-240 * MIN);
  feed.expires_at = at(expired ? -60 * MIN : 60 * MIN);
  return feed;
}

describe('a late update in a document that has expired', () => {
  beforeEach(() => localStorage.clear());

  it('<clearline-status> says it is late, not that we are still working on it', async () => {
    for (const [lang, still] of [['nl', 'We werken er nog aan.'], ['en', 'We are still working on it.']] as const) {
      const el = await fixture<ClearlineStatus>(html`<clearline-status lang=${lang} .data=${late(statusFeed(), true)}></clearline-status>`);
      const line = text(el.shadowRoot!.querySelector('[part~=next-update]'));
      expect(line).to.match(lang === 'nl' ? /^De beloofde update van .+ is te laat\.$/ : /^The update promised for .+ is late\.$/);
      const current = await fixture<ClearlineStatus>(html`<clearline-status lang=${lang} .data=${late(statusFeed(), false)}></clearline-status>`);
      expect(text(current.shadowRoot!.querySelector('[part~=next-update]'))).to.contain(still);
    }
  });

  it('the help dialog and what the screen reader hears', async () => {
    const el = await fixture<ClearlineHelp>(html`<clearline-help lang="nl" .data=${late(helpFeed(), true)} .entries=${HELP_ENTRIES}></clearline-help>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'dialog opens');
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[part~=incident] [part~=next-update]'))).to.match(/^De beloofde update van .+ is te laat\.$/);
    expect(summary(late(statusFeed(), true), 'en', Date.now())).not.to.contain('still working');
    expect(summary(late(statusFeed(), false), 'en', Date.now())).to.contain('is late. We are still working on it.');
  });
});
