// Trial U, 19:15: a bank's standing phishing notice (severity info, `update --next-update none`) rightly showed no "Next
// update" line, but its "Can wait" group still said "Is het voor u niet dringend, dan hoeft u niet te bellen: de volgende
// update vertelt u meer." No update was coming. Neither the status element nor the help dialog may promise one.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/status/status.js';
import '../../src/components/help/help.js';
import type { ClearlineStatus } from '../../src/components/status/status.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import type { StatusPayload } from '../../src/feed/schema.js';
import { iso, MIN, statusFeed } from './helpers.js';

const NO_PROMISE = { en: 'If this is not urgent for you, you do not need to call. We will post news here as soon as we have it.', nl: 'Is het voor u niet dringend, dan hoeft u niet te bellen. Zodra we nieuws hebben, staat het hier.' };
const PROMISE = { en: 'the next update will tell you more', nl: 'de volgende update vertelt u meer' };

/** A standing notice about fake texts in the publisher's name: severity info, no next update, one action that can wait. */
function noticeFeed(nextUpdate?: string): StatusPayload {
  return statusFeed({
    incidents: [
      {
        id: 'nep-sms',
        title: { en: 'Still fake texts and calls in our name', nl: "Nog altijd valse sms'en en telefoontjes uit onze naam" },
        severity: 'info',
        phase: 'identified',
        started_at: iso(-600 * MIN),
        updated_at: iso(-60 * MIN),
        known: { en: 'We never ask for your codes.', nl: 'Wij vragen nooit om uw codes.' },
        unknown: { en: 'Who is behind it.', nl: 'Wie erachter zit.' },
        next_update_at: nextUpdate ?? null, // as `update --next-update none` writes it
        actions: [{ label: { en: 'Report the fake message to us, then delete it', nl: 'Meld het nepbericht bij ons en verwijder het daarna' }, who: { en: 'You got such a message', nl: 'U heeft zo’n bericht gekregen' } }],
      },
    ],
  });
}

describe('a notice without a next update: "can wait" promises no next update (trial U)', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`<clearline-status> (${lang})`, async () => {
      const el = await fixture<ClearlineStatus>(html`<clearline-status lang=${lang} .data=${noticeFeed()}></clearline-status>`);
      await el.updateComplete;
      const lead = el.shadowRoot!.querySelector('[data-group=later] .lead')?.textContent ?? '';
      expect(lead).to.equal(NO_PROMISE[lang]);
      expect(el.shadowRoot!.textContent!.includes(PROMISE[lang])).to.equal(false);
    });

    it(`<clearline-help> dialog (${lang})`, async () => {
      const el = await fixture<ClearlineHelp>(html`<clearline-help lang=${lang} .data=${noticeFeed()}></clearline-help>`);
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLElement>('[part~=launcher]')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~=can-wait]'), 'the can-wait group shows');
      const later = el.shadowRoot!.querySelector('[part~=can-wait]')!.textContent ?? '';
      expect(later.includes(NO_PROMISE[lang])).to.equal(true);
      expect(later.includes(PROMISE[lang])).to.equal(false);
    });
  }

  it('a notice that does promise an update still says the next update tells more', async () => {
    const el = await fixture<ClearlineStatus>(html`<clearline-status lang="en" .data=${noticeFeed(iso(60 * MIN))}></clearline-status>`);
    await el.updateComplete;
    expect((el.shadowRoot!.querySelector('[data-group=later] .lead')?.textContent ?? '').includes(PROMISE.en)).to.equal(true);
  });
});
