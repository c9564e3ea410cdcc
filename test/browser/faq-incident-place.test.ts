import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/faq/faq.js';
import type { ClearlineFaq } from '../../src/components/faq/faq.js';
import { TRIAL_W_ENTRIES, trialWIncidents } from '../fixtures/trial-w.js';
import { statusFeed } from './helpers.js';

// Trial W (a gas network): "smell gas", "gas leak" and "i can smell gas what do i do" showed "About the current
// disruption: No gas in Naas and Newbridge" with "Pressure in the gas main is back…" under it, and "People posing as
// Éirgas engineers" (only "gas", in "relight the gas"), both above "I smell gas. What should I do?". An incident result
// now shows the part of it that matched best (its action "You smell gas: Smell gas? Go outside…"), and one holding half
// or less of the words comes after the FAQ's clear answer holding all of them.

type Faq = ClearlineFaq;
const root = (el: Faq) => el.shadowRoot!;
const input = (el: Faq) => root(el).querySelector<HTMLInputElement>('input[type=search]')!;
const results = (el: Faq) => [...root(el).querySelectorAll<HTMLElement>('[part~=result]')].map((r) => r.dataset.id);
const snippetOf = (el: Faq, id: string) => root(el).querySelector(`[data-id="${id}"] [part~=snippet]`)?.textContent?.replace(/\s+/g, ' ').trim();
const NAAS = 'incident:gas-2026-12-15-0610', SCAM = 'incident:scam-engineers';

async function mount(lang: string): Promise<Faq> {
  const status = statusFeed({ feed_id: 'eirgas', time_zone: 'Europe/Dublin', incidents: trialWIncidents(Date.now()) });
  const el = await fixture<Faq>(html`<clearline-faq lang=${lang} .entries=${TRIAL_W_ENTRIES} .statusData=${status}></clearline-faq>`);
  await el.updateComplete;
  return el;
}

async function search(el: Faq, query: string) {
  input(el).focus();
  input(el).select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: query });
  await waitUntil(() => root(el).querySelector('[part~=count]')!.textContent!.trim() !== '' && root(el).querySelector('[part~=result]'), `no outcome for "${query}"`, { timeout: 5000 });
  await el.updateComplete;
  return results(el);
}

describe('<clearline-faq>: an open incident found by a search, beside the FAQ\'s answer (trial W)', () => {
  it('English: "smell gas" shows what to do under the outage, and the FAQ\'s answer before the incident holding only "gas"', async () => {
    const el = await mount('en');
    for (const query of ['smell gas', 'i can smell gas what do i do']) {
      expect((await search(el, query)).slice(0, 3), query).to.deep.equal([NAAS, 'smell-gas', SCAM]);
      expect(snippetOf(el, NAAS), query).to.equal('You smell gas: Smell gas? Go outside and call the emergency line at once');
      expect(root(el).querySelector(`[data-id="${NAAS}"] [part~=snippet] mark`)?.textContent, query).to.match(/smell/i);
    }
    expect((await search(el, 'gas leak')).slice(0, 3)).to.deep.equal(['smell-gas', NAAS, SCAM]);
    // A consonant typed once too few is read as typed right in the incidents too (trial Y): as "smell gas".
    expect((await search(el, 'smel gas')).slice(0, 3)).to.deep.equal([NAAS, 'smell-gas', SCAM]);
    // Every word in the incident and no FAQ answer holding them all: the incidents stay first.
    expect((await search(el, 'newbridge')).slice(0, 2)).to.deep.equal([NAAS, SCAM]);
    expect(snippetOf(el, NAAS), 'words only in what we know: from there').to.contain('homes in Naas and Newbridge');
  });

  it('Dutch: "gas ruiken" shows the action for who smells gas; "gas lek" puts the FAQ\'s answer first', async () => {
    const el = await mount('nl');
    expect((await search(el, 'gas ruiken')).slice(0, 3)).to.deep.equal([NAAS, 'smell-gas', SCAM]);
    expect(snippetOf(el, NAAS)).to.equal('U ruikt gas: Ruikt u gas? Ga naar buiten en bel meteen het storingsnummer');
    expect((await search(el, 'gas lek')).slice(0, 3)).to.deep.equal(['smell-gas', NAAS, SCAM]);
  });
});
