// Trial Q (a hospital): while an IT outage cancelled every Tuesday appointment, the incident listed the FAQ answer "Gaat
// mijn afspraak door? Ja, tenzij wij u bellen…" in `faq_outdated`: the FAQ says "Geldt nu niet, door: <title>" above it and
// the help dialog's reason panel leaves it out. But the FAQ's own "no" panel (an answer did not help, the reader chose the
// reason "Gaat mijn afspraak door?") still linked it under "Deze antwoorden helpen misschien meteen", without the note.
// Now it leaves it out there too, while the incident goes on; once resolved, the link is back.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/faq/faq.js';
import type { ClearlineFaq } from '../../src/components/faq/faq.js';
import type { Incident, StatusPayload } from '../../src/feed/schema.js';
import { TRIAL_Q_CHANNELS, TRIAL_Q_ENTRIES, trialQIncident } from '../fixtures/trial-q.js';
import { iso, MIN, statusFeed } from './helpers.js';

const ENTRY = 'gaat-afspraak-door';

function feed(over: Partial<Incident> = {}): StatusPayload {
  const incident: Incident = { ...trialQIncident(Date.now()), faq_outdated: [ENTRY], ...over };
  return statusFeed({
    feed_id: 'ziekenhuis-rijnoever', time_zone: 'Europe/Amsterdam', channels: TRIAL_Q_CHANNELS, incidents: [incident],
    contact_reasons: [{ id: 'afspraak', label: { nl: 'Gaat mijn afspraak door?', en: 'Is my appointment going ahead?' }, faq: [ENTRY, 'afspraak-verzetten'], channels: ['algemeen'] }],
  });
}

/** Opens "afspraak-verzetten", answers "no" and chooses the reason: the deep links of the reason's other answers. */
async function linked(lang: string, status: StatusPayload): Promise<string[]> {
  const el = await fixture<ClearlineFaq>(html`<clearline-faq lang=${lang} .entries=${TRIAL_Q_ENTRIES} .statusData=${status}></clearline-faq>`);
  await el.updateComplete;
  const li = el.shadowRoot!.querySelector<HTMLElement>('li[data-id="afspraak-verzetten"]')!;
  li.querySelector<HTMLButtonElement>('button.question')!.click();
  await el.updateComplete;
  li.querySelector<HTMLButtonElement>('button.fb[data-helpful=no]')!.click();
  await el.updateComplete;
  li.querySelector<HTMLButtonElement>('button.reason[data-reason=afspraak]')!.click();
  await el.updateComplete;
  const panel = li.querySelector<HTMLElement>('.reason-panel')!;
  expect(!!panel).to.equal(true);
  return [...panel.querySelectorAll('a[href^="#faq-"]')].map((a) => a.getAttribute('href')!);
}

describe('<clearline-faq>: the "no" panel leaves out an answer that does not hold now (faq_outdated, trial Q)', () => {
  it('nl and en, while the incident goes on: not linked', async () => {
    for (const lang of ['nl', 'en']) expect(await linked(lang, feed()), lang).to.deep.equal([]);
  });

  it('once it is resolved, and for a notice or one announced for later: linked as before', async () => {
    const resolved: Partial<Incident> = { phase: 'resolved', resolved_at: iso(-2 * MIN), next_update_at: null };
    for (const over of [resolved, { starts_at: iso(24 * 60 * MIN) }, { severity: 'info' as const }]) {
      expect(await linked('nl', feed(over)), JSON.stringify(over)).to.deep.equal([`#faq-${ENTRY}`]);
    }
  });
});
