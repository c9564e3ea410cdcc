import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/faq/faq.js';
import type { ClearlineFaq } from '../../src/components/faq/faq.js';
import { statusFeed } from './helpers.js';

// Trial X (Hogeschool Zuidkust): "is de hogeschool open" showed first the phishing warning "Nep-e-mails: 'Reset uw
// wachtwoord' uit naam van de hogeschool" (it holds only "hogeschool"), then "Is de campus open?". The element gives the
// status feed's publisher name to the search, which leaves it out of the open incidents' search beside other words.

const MIN = 60_000;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();
const ENTRIES = [
  { id: 'campus', question: { nl: 'Is de campus open?', en: 'Is the campus open?' }, tags: ['campus', 'gebouw'], answer: { nl: 'De gebouwen zijn open, tenzij de statuspagina anders zegt.', en: 'The buildings are open unless the status page says otherwise.' } },
  { id: 'printen', question: { nl: 'Kan ik printen?', en: 'Can I print?' }, tags: ['printen', 'print'], answer: { nl: 'Printen werkt vandaag niet.', en: 'Printing does not work today.' } },
];
const PHISHING = {
  id: 'phishing', severity: 'minor' as const, phase: 'identified' as const, started_at: iso(-60 * MIN), updated_at: iso(-10 * MIN), next_update_at: iso(60 * MIN),
  title: { nl: "Nep-e-mails: 'Reset uw wachtwoord' uit naam van de hogeschool", en: "Fake e-mails: 'Reset your password' in the university's name" },
  known: { nl: 'Er komen nog nep-e-mails binnen. Ze komen niet van ons.', en: 'Fake e-mails are still arriving. They are not from us.' },
  unknown: { nl: 'Wie ze stuurt.', en: 'Who is sending them.' },
  actions: [{ label: { nl: 'Klik niet op de link', en: 'Do not click the link' }, who: { nl: 'U krijgt zo een e-mail', en: 'You get such an e-mail' }, urgent: true }],
};

const root = (el: ClearlineFaq) => el.shadowRoot!;
const results = (el: ClearlineFaq) => [...root(el).querySelectorAll<HTMLElement>('[part~=result]')].map((r) => r.dataset.id);

async function search(el: ClearlineFaq, query: string): Promise<(string | undefined)[]> {
  const input = root(el).querySelector<HTMLInputElement>('input[type=search]')!;
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: query });
  await waitUntil(() => root(el).querySelector('[part~=result], [part~=no-answer]'), `no outcome for "${query}"`, { timeout: 5000 });
  await el.updateComplete;
  return results(el);
}

describe('<clearline-faq>: the publisher\'s own name in a query (trial X)', () => {
  it('"is de hogeschool open" shows the campus answer, not the phishing warning; the warning is found by its own words', async () => {
    const status = statusFeed({ feed_id: 'hzk', publisher: { name: 'Hogeschool Zuidkust', url: 'https://www.hzk.example' }, incidents: [PHISHING] });
    const el = await fixture<ClearlineFaq>(html`<clearline-faq lang="nl" .entries=${ENTRIES} .statusData=${status}></clearline-faq>`);
    await el.updateComplete;
    expect(await search(el, 'is de hogeschool open')).to.deep.equal(['campus']);
    expect((await search(el, 'nep mail hogeschool'))[0]).to.equal('incident:phishing');
    expect((await search(el, 'hogeschool'))[0]).to.equal('incident:phishing');
  });
});
