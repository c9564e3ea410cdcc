import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/faq/faq.js';
import type { ClearlineFaq } from '../../src/components/faq/faq.js';
import type { FaqEntry } from '../../src/feed/schema.js';

// A council's FAQ without a council tax entry: "council" is only in an answer ("the council depot").
const COUNCIL: FaqEntry[] = [
  {
    id: 'sandbags',
    question: { en: 'Where can I get sandbags?', nl: 'Waar haal ik zandzakken?' },
    answer: { en: 'Free at the council depot, Havenweg 4, until 20:00 today.', nl: 'Gratis bij de gemeentewerf, Havenweg 4, vandaag tot 20:00.' },
  },
  {
    id: 'waste',
    question: { en: 'When will my waste be collected?', nl: 'Wanneer wordt mijn afval opgehaald?' },
    answer: { en: 'Today’s waste will be collected on Saturday.', nl: 'Het afval van vandaag halen we zaterdag op.' },
  },
  {
    id: 'passport',
    question: { en: 'How do I apply for a passport?', nl: 'Hoe vraag ik een paspoort aan?' },
    answer: { en: 'Make an appointment on the website.', nl: 'Maak een afspraak op de website.' },
  },
];

type Faq = ClearlineFaq;
const root = (el: Faq) => el.shadowRoot!;
const resultIds = (el: Faq) => [...root(el).querySelectorAll<HTMLElement>('[part~=result]')].map((r) => r.dataset.id!);

/** What the reader sees and hears after typing `query`: the live count, the no-answer box, the listed results. */
async function after(lang: string, query: string) {
  const el = await fixture<Faq>(html`<clearline-faq lang=${lang} .entries=${COUNCIL}></clearline-faq>`);
  root(el).querySelector<HTMLInputElement>('input[type=search]')!.focus();
  await sendKeys({ type: query });
  await waitUntil(() => el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim() !== '' && root(el).querySelector('[part~=result], [part~=no-answer]'), 'no outcome rendered', { timeout: 5000 });
  await el.updateComplete;
  return { count: root(el).querySelector('[role=status]')!.textContent!.trim(), noAnswer: root(el).querySelector('[part~=no-answer]') !== null, results: resultIds(el) };
}

describe('<clearline-faq>: the count, the no-answer box and the list agree', () => {
  it('"council tax": a weak match is listed as a result that may help, not announced as "1 result" beside "no answer"', async () => {
    expect(await after('en', 'council tax')).to.deep.equal({ count: 'No clear answer. 1 result that may help', noAnswer: true, results: ['sandbags'] });
  });

  it('the same in Dutch', async () => {
    expect(await after('nl', 'gemeentewerf belasting')).to.deep.equal({ count: 'Geen duidelijk antwoord. 1 resultaat dat misschien helpt', noAnswer: true, results: ['sandbags'] });
  });

  it('a clear answer: the plain count and no box; nothing at all: "No results" and the box', async () => {
    expect(await after('en', 'sandbags')).to.deep.equal({ count: '1 result', noAnswer: false, results: ['sandbags'] });
    expect(await after('en', 'zzzz qqqq')).to.deep.equal({ count: 'No results', noAnswer: true, results: [] });
  });
});
