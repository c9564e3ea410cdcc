// A resolved incident written by hand in feed.json kept its next update ("phase": "resolved" beside "next_update_at"),
// and the banner said "Resolved at 7:31 AM: Storm · Next update 8:01 AM", the help dialog's first screen too, a promise
// nobody keeps (a helper's trial, 2026-12-07). An all-clear promises nothing: both say when it ended and no next update.
// (`clearline heartbeat` now leaves such a promise out of what it signs: cli/heartbeat-all-clear.ts.)
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/banner/banner.js';
import '../../src/components/help/help.js';
import type { ClearlineBanner } from '../../src/components/banner/banner.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import type { StatusPayload } from '../../src/feed/schema.js';
import { HELP_ENTRIES, helpFeed } from './help-fixtures.js';
import { iso, MIN, shadowText, statusFeed } from './helpers.js';

const promising = <T extends StatusPayload>(feed: T, nextIn: number): T => {
  Object.assign(feed.incidents[0]!, { phase: 'resolved', resolved_at: iso(-20 * MIN), next_update_at: iso(nextIn) });
  return feed;
};
/** The next-update line's text, or null: a cheap value to compare (a failing match on an element is slow to print). */
const nextLine = (el: HTMLElement) => el.shadowRoot!.querySelector('[part~=next-update]')?.textContent?.trim() ?? null;
const CASES = [['ahead', 10 * MIN], ['passed', -10 * MIN]] as const;

beforeEach(() => localStorage.clear());

describe('an all-clear that still carries a next update', () => {
  for (const [name, nextIn] of CASES) {
    it(`<clearline-banner>: when it was resolved, no next update (promise ${name})`, async () => {
      for (const lang of ['en', 'nl']) {
        const el = await fixture<ClearlineBanner>(html`<clearline-banner lang=${lang} .data=${promising(statusFeed(), nextIn)}></clearline-banner>`);
        expect(el.shadowRoot!.querySelector('[part~=banner]')?.classList.contains('sev-ok')).to.equal(true);
        expect(nextLine(el)).to.equal(null);
        expect(shadowText(el)).to.match(/Resolved at|Opgelost om/);
        expect(shadowText(el)).not.to.match(/Next update|Volgende update/);
      }
    });

    it(`<clearline-help>: the first screen's all-clear has no next update (promise ${name})`, async () => {
      const el = await fixture<ClearlineHelp>(html`<clearline-help lang="en" .data=${promising(helpFeed(), nextIn)} .entries=${HELP_ENTRIES}></clearline-help>`);
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'dialog opens');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~=incident]')?.classList.contains('sev-ok'), 'the all-clear is shown').to.equal(true);
      expect(el.shadowRoot!.querySelector('[part~=incident] [part~=next-update]')?.textContent?.trim() ?? null).to.equal(null);
    });
  }
});
