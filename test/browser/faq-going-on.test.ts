import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import type { default as AxeCore } from 'axe-core';
import '../../src/components/faq/faq.js';
import type { ClearlineFaq } from '../../src/components/faq/faq.js';
import type { Incident, StatusPayload } from '../../src/feed/schema.js';
import { TRIAL_Q_CHANNELS, TRIAL_Q_ENTRIES, trialQIncident } from '../fixtures/trial-q.js';
import { TRIAL_S_ENTRIES, trialSIncident } from '../fixtures/trial-s.js';
import { statusFeed } from './helpers.js';

// Trial S (an airline's check-in outage): "wanneer is het opgelost" / "when will it be fixed" gave "Geen resultaten" /
// "No results", with no word of the open incident's next update. Trial Q (a hospital): "A&E" gave "No results" while the
// incident about the emergency department was on the same page. Now a question that only asks when finds the incident
// going on, with its next update, and a search without an answer points to it first in the no-answer box. With nothing
// going on (only a notice, or an incident announced for later) all stays as before. A fixed clock: any hour of the day.

type Faq = ClearlineFaq;
const NOW = Date.parse('2026-12-19T06:40:00Z');
const realNow = Date.now;
const root = (el: Faq) => el.shadowRoot!;
const input = (el: Faq) => root(el).querySelector<HTMLInputElement>('input[type=search]')!;
const results = (el: Faq) => [...root(el).querySelectorAll<HTMLElement>('[part~=result]')].map((r) => r.dataset.id);
const box = (el: Faq) => root(el).querySelector<HTMLElement>('[part~=no-answer]');
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount(lang: string, incidents: Incident[] | undefined, entries = TRIAL_S_ENTRIES, channels?: StatusPayload['channels']): Promise<Faq> {
  const status = incidents && statusFeed({ feed_id: 'noordzee-air', time_zone: 'Europe/Amsterdam', incidents, ...(channels ? { channels } : {}) });
  const el = await fixture<Faq>(html`<clearline-faq lang=${lang} .entries=${entries} .statusData=${status}></clearline-faq>`);
  await el.updateComplete;
  return el;
}

/** Types `query` into an empty field and waits for its outcome. */
async function search(el: Faq, query: string) {
  input(el).focus();
  input(el).select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: query });
  await waitUntil(() => text(root(el).querySelector('[part~=count]')) !== '' && root(el).querySelector('[part~=result], [part~=no-answer]'), `no outcome for "${query}"`, { timeout: 5000 });
  await el.updateComplete;
  return { count: text(root(el).querySelector('[part~=count]')), noAnswer: !!box(el), results: results(el) };
}

describe('<clearline-faq>: the incident going on answers "when will it be fixed?" and leads the no-answer box (trials S, Q)', () => {
  beforeEach(() => {
    Date.now = () => NOW;
  });
  afterEach(() => {
    Date.now = realNow;
  });

  it('Dutch: "wanneer is het opgelost", "hoe lang duurt het nog", "wanneer werkt het weer" find the check-in outage first, with its next update', async () => {
    const incident = trialSIncident(NOW);
    const el = await mount('nl', [incident]);
    const id = `incident:${incident.id}`;
    for (const query of ['wanneer is het opgelost', 'hoe lang duurt het nog', 'wanneer werkt het weer', 'is het al opgelost?']) {
      const out = await search(el, query);
      expect(out.results[0], `${query}: ${out.results.join(', ')}`).to.equal(id);
      expect(out.noAnswer, `${query}: no-answer box`).to.equal(false);
      expect(out.count, query).to.match(/^\d+ resulta(at|ten)$/);
      const next = root(el).querySelector(`[data-id="${id}"] [part~=next-update]`);
      expect(text(next), query).to.match(/^Volgende update om \d{1,2}:\d\d/);
      expect(next?.querySelector('time')?.getAttribute('datetime'), query).to.equal(incident.next_update_at);
    }
    // The FAQ's entry that happens to hold "lang" ("… als ik lang moet wachten?") is still listed, after the outage.
    expect((await search(el, 'hoe lang duurt het nog')).results.slice(1)).to.include('eten');
  });

  it('English: "when will it be fixed", "how long", "when will it be back", "is it fixed yet" find it too', async () => {
    const incident = trialSIncident(NOW);
    const el = await mount('en', [incident]);
    for (const query of ['when will it be fixed', 'how long', 'when will it be back', 'is it fixed yet']) {
      const out = await search(el, query);
      expect(out.results[0], `${query}: ${out.results.join(', ')}`).to.equal(`incident:${incident.id}`);
      expect(out.noAnswer, `${query}: no-answer box`).to.equal(false);
      expect(text(root(el).querySelector('[part~=result] [part~=next-update]')), query).to.match(/^Next update at \d{1,2}:\d\d/);
    }
  });

  it('a question about something else is left to the FAQ: "wanneer krijg ik mijn geld terug" finds the refund, no incident', async () => {
    const el = await mount('nl', [trialSIncident(NOW)]);
    const out = await search(el, 'wanneer krijg ik mijn geld terug');
    expect(out.results[0]).to.equal('geld-terug');
    expect(out.results.some((r) => r?.startsWith('incident:'))).to.equal(false);
  });

  it('no answer (trial Q, "A&E"): the box first says "About the current disruption: …" with the next update, before the lines; it opens there', async () => {
    const incident = trialQIncident(NOW);
    const el = await mount('en', [incident], TRIAL_Q_ENTRIES, TRIAL_Q_CHANNELS);
    const out = await search(el, 'A&E');
    expect(out).to.deep.equal({ count: 'No results', noAnswer: true, results: [] });
    const b = box(el)!;
    const now = b.querySelector<HTMLButtonElement>('button.now')!;
    expect(text(now)).to.equal('About the current disruption: Computer system failure: emergency department not taking ambulances');
    expect(now.getAttribute('aria-expanded')).to.equal('false');
    const next = b.querySelector('[part~=next-update]')!;
    expect(text(next)).to.match(/^Next update at \d{1,2}:\d\d/);
    const lines = b.querySelector('.contacts')!;
    const before = (a: Node, z: Node) => !!(a.compareDocumentPosition(z) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(before(b.querySelector('strong')!, now) && before(now, next) && before(next, lines), 'no answer, then the incident and its next update, then the lines').to.equal(true);
    expect(!!lines.querySelector('[data-channel="alarm-112"]'), 'the lines (112 first) are still there').to.equal(true);
    now.click();
    await el.updateComplete;
    expect(now.getAttribute('aria-expanded')).to.equal('true');
    expect(text(b)).to.contain('What we know');
    expect(text(b)).to.contain('ambulances go to another hospital');
    expect(results(el), 'not counted as a result').to.deep.equal([]);
    const axe = (window as unknown as { axe: typeof AxeCore }).axe;
    const r = await axe.run(el, { resultTypes: ['violations'] });
    expect(r.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).to.deep.equal([]);
    now.click();
    await el.updateComplete;
    expect(text(b).includes('What we know')).to.equal(false);
  });

  it('no clear answer in Dutch ("hond mee in cabine"): the box points to the outage first too', async () => {
    const el = await mount('nl', [trialSIncident(NOW)]);
    await search(el, 'hond mee in cabine');
    const b = box(el)!;
    expect(text(b.querySelector('button.now'))).to.equal('Over de huidige melding: Inchecken en boarden op Schiphol en Rotterdam verstoord');
    expect(text(b.querySelector('[part~=next-update]'))).to.match(/^Volgende update om \d{1,2}:\d\d/);
  });

  it('nothing going on (a notice, an incident announced for tomorrow): as without a status feed, no pointer', async () => {
    const s = trialSIncident(NOW);
    const day = 24 * 60 * 60_000;
    const announced: Incident = { ...s, id: 'strike', title: { nl: 'Staking grondpersoneel morgen', en: 'Ground staff strike tomorrow' }, starts_at: new Date(NOW + day).toISOString() };
    const notice: Incident = { ...s, id: 'phishing', severity: 'info', title: { nl: 'Let op: valse e-mails', en: 'Beware of fake e-mails' }, next_update_at: null };
    const plain = await mount('nl', undefined);
    const quiet = await mount('nl', [announced, notice]);
    expect(await search(quiet, 'wanneer is het opgelost')).to.deep.equal({ count: 'Geen resultaten', noAnswer: true, results: [] });
    for (const query of ['wanneer is het opgelost', 'hond mee in cabine', 'hoe lang duurt het nog']) {
      expect(await search(quiet, query), query).to.deep.equal(await search(plain, query));
      expect(!!root(quiet).querySelector('button.now, [part~=next-update]'), query).to.equal(false);
    }
  });
});
