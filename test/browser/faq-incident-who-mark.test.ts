import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/faq/faq.js';
import type { ClearlineFaq } from '../../src/components/faq/faq.js';
import { TRIAL_Q_CHANNELS, TRIAL_Q_ENTRIES, trialQIncident } from '../fixtures/trial-q.js';
import { statusFeed } from './helpers.js';

// Trial T: an action whose who is a question was written "A line is down near you?: Stay …" in the e-mail and the page
// without script; the FAQ's card of an open incident wrote "<strong>U woont in De Hoven?:</strong>" the same way. Now no
// colon after a question mark; a who that is no question keeps it.

const root = (el: ClearlineFaq) => el.shadowRoot!;

describe('<clearline-faq>: an open incident\'s action whose who asks has no colon after the question (trial T)', () => {
  it('"U woont in De Hoven?" without a colon, "U bent ziek" with one', async () => {
    const incident = trialQIncident(Date.now());
    const [first] = incident.actions!;
    incident.actions = [
      { ...first!, who: { nl: 'U woont in De Hoven?', en: 'You live in De Hoven?' } },
      { ...first!, who: { nl: 'U bent ziek', en: 'You are ill' } },
    ];
    const status = statusFeed({ feed_id: 'ziekenhuis-rijnoever', time_zone: 'Europe/Amsterdam', channels: TRIAL_Q_CHANNELS, incidents: [incident] });
    const el = await fixture<ClearlineFaq>(html`<clearline-faq lang="nl" .entries=${TRIAL_Q_ENTRIES} .statusData=${status}></clearline-faq>`);
    root(el).querySelector<HTMLInputElement>('input[type=search]')!.focus();
    await sendKeys({ type: 'ambulance' });
    await waitUntil(() => root(el).querySelector('[data-id^="incident:"] button'), 'no incident result', { timeout: 5000 });
    root(el).querySelector<HTMLButtonElement>('[data-id^="incident:"] button')!.click();
    await waitUntil(() => root(el).querySelectorAll('[data-id^="incident:"] li strong').length >= 2, 'no actions shown', { timeout: 5000 });
    const whos = [...root(el).querySelectorAll('[data-id^="incident:"] li strong')].map((s) => s.textContent!.trim());
    expect(whos.includes('U woont in De Hoven?'), whos.join(' | ')).to.equal(true);
    expect(whos.includes('U bent ziek:'), whos.join(' | ')).to.equal(true);
    expect(whos.some((w) => w.endsWith('?:')), whos.join(' | ')).to.equal(false);
  });
});
