// Trial Q, finding 8 (a hospital): the FAQ answer "Gaat mijn afspraak door? Ja, tenzij wij u bellen…" stood first under
// the help dialog's reason "Gaat mijn afspraak door?" and the FAQ search found it, while an IT outage cancelled every
// Tuesday appointment; the night desk could not correct or hide it (the web team signs the FAQ). The incident now lists
// the entry in `faq_outdated`: while it goes on, the FAQ says "Geldt nu niet, door: <title>" before the snippet and the
// answer (which follows as "Normaal:"), heard with the question, and the reason's panel leaves the entry out.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/faq/faq.js';
import '../../src/components/help/help.js';
import type { ClearlineFaq } from '../../src/components/faq/faq.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import type { Incident, StatusPayload } from '../../src/feed/schema.js';
import { TRIAL_Q_CHANNELS, TRIAL_Q_ENTRIES, trialQIncident } from '../fixtures/trial-q.js';
import { iso, MIN, statusFeed } from './helpers.js';

const ENTRY = 'gaat-afspraak-door';
const TITLE = { nl: 'Alle afspraken op de poli van dinsdag gaan niet door', en: 'All outpatient appointments on Tuesday are cancelled' };

/** The hospital's feed: the outage lists the entry; `over` changes the incident (resolved, announced, a notice). */
function feed(over: Partial<Incident> = {}): StatusPayload {
  const incident: Incident = { ...trialQIncident(Date.now()), title: TITLE, faq_outdated: [ENTRY], ...over };
  return statusFeed({
    feed_id: 'ziekenhuis-rijnoever', time_zone: 'Europe/Amsterdam', channels: TRIAL_Q_CHANNELS, incidents: [incident],
    contact_reasons: [{ id: 'afspraak', label: { nl: 'Gaat mijn afspraak door?', en: 'Is my appointment going ahead?' }, faq: [ENTRY, 'afspraak-verzetten'], channels: ['algemeen'] }],
  });
}
const RESOLVED: Partial<Incident> = { phase: 'resolved', resolved_at: iso(-2 * MIN), next_update_at: null };

const text = (e: Element | null | undefined) => e?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function faq(lang: string, status: StatusPayload): Promise<ClearlineFaq> {
  const el = await fixture<ClearlineFaq>(html`<clearline-faq lang=${lang} .entries=${TRIAL_Q_ENTRIES} .statusData=${status}></clearline-faq>`);
  await el.updateComplete;
  return el;
}
const item = (el: ClearlineFaq, id = ENTRY) => el.shadowRoot!.querySelector<HTMLElement>(`li[data-id="${id}"]`)!;

describe('<clearline-faq>: an answer that does not hold during the incident (faq_outdated, trial Q)', () => {
  it('nl, browsing: the note under the question, heard with it; opened, the answer follows as "Normaal:"', async () => {
    const el = await faq('nl', feed());
    const li = item(el);
    const note = li.querySelector('[part~=outdated]');
    expect(text(note)).to.equal(`Geldt nu niet, door: ${TITLE.nl}`);
    const button = li.querySelector<HTMLButtonElement>('button.question')!;
    // A screen reader hears it with the question: the button's description is the note.
    expect(el.shadowRoot!.getElementById(button.getAttribute('aria-describedby') ?? '') === note).to.equal(true);
    button.click();
    await el.updateComplete;
    const answer = li.querySelector('[part~=answer]')!;
    expect(text(answer.querySelector('.normally'))).to.equal('Normaal:');
    expect(text(answer).replace(/^Normaal:\s*/, '').startsWith('Ja, tenzij wij u bellen.'), text(answer)).to.equal(true);
    expect((note!.compareDocumentPosition(answer) & Node.DOCUMENT_POSITION_FOLLOWING) > 0, 'the note comes before the answer').to.equal(true);
    // Other entries are as they were.
    const other = item(el, 'parkeren');
    expect(!!other.querySelector('[part~=outdated]')).to.equal(false);
    expect(other.querySelector('button.question')!.hasAttribute('aria-describedby')).to.equal(false);
  });

  it('en, searching: the note comes before the snippet of the result', async () => {
    const el = await faq('en', feed());
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    input.focus();
    await sendKeys({ type: 'appointment going ahead' });
    await waitUntil(() => el.shadowRoot!.querySelector(`[part~=result][data-id="${ENTRY}"] [part~=snippet]`), 'the entry found, with its snippet', { timeout: 5000 });
    const li = el.shadowRoot!.querySelector(`[part~=result][data-id="${ENTRY}"]`)!;
    const note = li.querySelector('[part~=outdated]');
    expect(text(note)).to.equal(`Does not apply now, because of: ${TITLE.en}`);
    expect((note!.compareDocumentPosition(li.querySelector('[part~=snippet]')!) & Node.DOCUMENT_POSITION_FOLLOWING) > 0).to.equal(true);
  });

  it('not once the incident is resolved, nor for one announced for later, nor for a notice: no desk action', async () => {
    for (const over of [RESOLVED, { starts_at: iso(24 * 60 * MIN) }, { severity: 'info' as const }]) {
      const el = await faq('nl', feed(over));
      expect(!!item(el).querySelector('[part~=outdated]'), JSON.stringify(over)).to.equal(false);
    }
    // Announced, and started: it is going on.
    const started = await faq('nl', feed({ starts_at: iso(-10 * MIN) }));
    expect(!!item(started).querySelector('[part~=outdated]')).to.equal(true);
  });
});

async function reasonPanel(status: StatusPayload): Promise<HTMLElement> {
  const el = await fixture<ClearlineHelp>(html`<clearline-help lang="nl" .data=${status} .entries=${TRIAL_Q_ENTRIES}></clearline-help>`);
  const root = el.shadowRoot!;
  await el.show();
  await waitUntil(() => root.querySelector('[part~=still-need-us]'), 'the first screen');
  root.querySelector<HTMLButtonElement>('[part~=still-need-us]')!.click();
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>('button.reason[data-reason="afspraak"]')!.click();
  await el.updateComplete;
  return root.querySelector<HTMLElement>('[part~=reason-panel]')!;
}
const answers = (panel: HTMLElement) => [...panel.querySelectorAll<HTMLElement>('.answers li.entry')].map((e) => e.dataset.id);

describe('<clearline-help>: the reason\'s panel leaves out an answer that does not hold now (trial Q)', () => {
  it('while the incident goes on: only the other answers, under what we know of it', async () => {
    const panel = await reasonPanel(feed());
    expect(answers(panel)).to.deep.equal(['afspraak-verzetten']);
    expect(text(panel.querySelector('[data-group=incident]'))).to.contain('Wat we weten');
  });

  it('once it is resolved: the answer is back, first', async () => {
    expect(answers(await reasonPanel(feed(RESOLVED)))).to.deep.equal([ENTRY, 'afspraak-verzetten']);
  });
});
