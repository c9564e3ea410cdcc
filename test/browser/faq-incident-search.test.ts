import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import type { default as AxeCore } from 'axe-core';
import '../../src/components/faq/faq.js';
import { SEARCH_SETTLE_MS, type ClearlineFaq } from '../../src/components/faq/faq.js';
import { TRIAL_Q_CHANNELS, TRIAL_Q_ENTRIES, trialQIncident } from '../fixtures/trial-q.js';
import { statusFeed } from './helpers.js';

// Trial Q (a hospital, 02:20): with the incident "Storing computersysteem: spoedeisende hulp neemt geen ambulances aan"
// open on the same page, the FAQ search said "Geen resultaten" for "ambulance" and "Geen duidelijk antwoord" for
// "spoedeisende hulp wachttijd"; in English "No results" for "emergency room" and "waiting time". An open incident whose
// words the reader types is now a result above the FAQ's, opened like an answer; ordinary questions are found as before.

type Faq = ClearlineFaq;
const root = (el: Faq) => el.shadowRoot!;
const input = (el: Faq) => root(el).querySelector<HTMLInputElement>('input[type=search]')!;
/** The results in order, by `data-id`: an open incident's is `incident:<id>` (no entry id has a colon). */
const results = (el: Faq) => [...root(el).querySelectorAll<HTMLElement>('[part~=result]')].map((r) => r.dataset.id);
const INCIDENT = 'incident:outage-2026-12-15-0212';

async function mount(lang: string, withStatus = true): Promise<Faq> {
  const status = statusFeed({ feed_id: 'ziekenhuis-rijnoever', time_zone: 'Europe/Amsterdam', channels: TRIAL_Q_CHANNELS, incidents: [trialQIncident(Date.now())] });
  const el = await fixture<Faq>(html`<clearline-faq lang=${lang} .entries=${TRIAL_Q_ENTRIES} .statusData=${withStatus ? status : undefined}></clearline-faq>`);
  await el.updateComplete;
  return el;
}

/** Types `query` into an empty field and waits for its outcome. */
async function search(el: Faq, query: string) {
  input(el).focus();
  input(el).select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: query });
  await waitUntil(() => root(el).querySelector('[part~=count]')!.textContent!.trim() !== '' && root(el).querySelector('[part~=result], [part~=no-answer]'), `no outcome for "${query}"`, { timeout: 5000 });
  await el.updateComplete;
  return { count: root(el).querySelector('[part~=count]')!.textContent!.trim(), noAnswer: !!root(el).querySelector('[part~=no-answer]'), results: results(el) };
}

describe('<clearline-faq>: a search finds the open incident (trial Q)', () => {
  it('Dutch: "ambulance", "spoedeisende hulp wachttijd" and "eerste hulp" find the incident first, a clear answer', async () => {
    const el = await mount('nl');
    for (const query of ['ambulance', 'spoedeisende hulp wachttijd', 'eerste hulp']) {
      const out = await search(el, query);
      expect(out.results[0], `${query}: ${out.results.join(', ')}`).to.equal(INCIDENT);
      expect(out.noAnswer, `${query}: no-answer box`).to.equal(false);
      expect(out.count, query).to.match(/^\d+ resulta(at|ten)$/);
    }
    const item = root(el).querySelector(`[data-id="${INCIDENT}"]`)!;
    expect(item.querySelector('button')!.textContent).to.contain('Over de huidige melding: Storing computersysteem: spoedeisende hulp neemt geen ambulances aan');
  });

  it('English: "ambulance", "emergency room" and "waiting time" find it too', async () => {
    const el = await mount('en');
    for (const query of ['ambulance', 'emergency room', 'waiting time']) {
      const out = await search(el, query);
      expect(out.results[0], `${query}: ${out.results.join(', ')}`).to.equal(INCIDENT);
      expect(out.noAnswer, `${query}: no-answer box`).to.equal(false);
    }
  });

  it('the reader opens it as an answer: what to do now (with the number), what we know, what we don\'t know yet', async () => {
    const el = await mount('nl');
    await search(el, 'ambulance');
    await sendKeys({ press: 'Enter' }); // Enter in the field opens the first result, as for an entry
    await el.updateComplete;
    const button = root(el).querySelector<HTMLButtonElement>(`[data-id="${INCIDENT}"] button.question`)!;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const answer = root(el).getElementById(button.getAttribute('aria-controls')!)!;
    expect(answer.hidden).to.equal(false);
    const text = answer.textContent!.replace(/\s+/g, ' ');
    for (const words of ['Kom nu in actie als', 'Wat we weten', 'ambulances rijden naar een ander ziekenhuis', 'Wat we nog niet weten', 'Wat u kunt doen', 'U heeft vandaag een afspraak op de poli']) expect(text, words).to.contain(words);
    expect(text.indexOf('Bel eerst de huisartsenpost') < text.indexOf('Wat we weten'), 'the urgent action comes first').to.equal(true);
    expect(!!answer.querySelector('a[href="tel:+319007008000"]'), 'the GP service can be called from it').to.equal(true);
    expect(!!answer.querySelector('[part~=feedback], [part~=copy-link]'), 'no "Did this answer…" or link: not an FAQ entry').to.equal(false);
    const axe = (window as unknown as { axe: typeof AxeCore }).axe;
    const r = await axe.run(el, { resultTypes: ['violations'] });
    expect(r.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).to.deep.equal([]);
    button.click();
    await el.updateComplete;
    expect(answer.hidden).to.equal(true);
  });

  it('no clearline-no-answer when the incident answers; clearline-search lists FAQ entries only, opening it no clearline-open', async () => {
    const el = await mount('en');
    const seen: string[] = [];
    el.addEventListener('clearline-no-answer', () => seen.push('no-answer'));
    el.addEventListener('clearline-search', (e) => seen.push(`search:${e.detail.results.join(',')}`));
    el.addEventListener('clearline-open', (e) => seen.push(`open:${e.detail.entry}`));
    await search(el, 'ambulance');
    await new Promise((r) => setTimeout(r, SEARCH_SETTLE_MS + 300));
    root(el).querySelector<HTMLButtonElement>(`[data-id="${INCIDENT}"] button.question`)!.click();
    await el.updateComplete;
    expect(seen).to.deep.equal(['search:']);
  });

  it('ordinary questions rank as without the status feed, with no incident among them', async () => {
    for (const [lang, queries] of [['nl', ['parkeren', 'bezoektijden', 'medicijnen ophalen', 'bloed prikken']], ['en', ['parking', 'visiting hours', 'pick up my medication', 'blood test']]] as const) {
      const plain = await mount(lang, false);
      const live = await mount(lang);
      for (const query of queries) {
        const before = await search(plain, query);
        const now = await search(live, query);
        expect(now, `${lang} "${query}"`).to.deep.equal(before);
        expect(now.results.includes(INCIDENT), query).to.equal(false);
      }
    }
  });

  it('without an open incident nothing changes: "ambulance" has no answer', async () => {
    const el = await mount('nl', false);
    expect(await search(el, 'ambulance')).to.deep.equal({ count: 'Geen resultaten', noAnswer: true, results: [] });
  });
});
