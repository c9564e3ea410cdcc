import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import { emulateMedia } from '@web/test-runner-commands';
import type { default as AxeCore } from 'axe-core';
import '../../src/components/faq/faq.js';
import type { ClearlineFaq } from '../../src/components/faq/faq.js';
import type { FaqEntry, FaqPayload } from '../../src/feed/schema.js';
import { activeSources } from '../../src/feed/registry.js';
import { iso, keygen, MIN, nextSeq, outcome, serve, sign, statusFeed, type TestKey } from './helpers.js';

const axe = (window as unknown as { axe: typeof AxeCore }).axe;

const ENTRIES: FaqEntry[] = [
  {
    id: 'refund',
    question: { en: 'How do I get a refund for a cancelled flight?', nl: 'Hoe krijg ik mijn geld terug voor een geannuleerde vlucht?' },
    answer: { en: 'Ask for a **refund** within 30 days on [our site](https://example.com/refund).', nl: 'Vraag binnen 30 dagen uw **geld terug** via [onze site](https://example.com/refund).' },
    tags: ['money', 'geld'],
  },
  {
    id: 'financial',
    question: { en: 'What financial help is available?', nl: 'Welke financiële hulp is er?' },
    answer: { en: 'There is an emergency fund for people affected.', nl: 'Er is een noodfonds voor gedupeerden.' },
  },
  {
    id: 'luggage',
    question: { en: 'Where is my luggage?', nl: 'Waar is mijn bagage?' },
    answer: { en: 'Luggage from cancelled flights is sent to your home.', nl: 'Bagage van geannuleerde vluchten sturen we naar uw huis.' },
    incidents: ['storm'],
  },
  {
    id: 'rebook',
    question: { en: 'Can I rebook my flight to another day?', nl: 'Kan ik mijn vlucht omboeken naar een andere dag?' },
    answer: { en: 'Yes, free of charge during the storm.', nl: 'Ja, kosteloos tijdens de storm.' },
    incidents: ['storm'],
  },
  {
    id: 'pets',
    question: { en: 'Can my pet travel with me?', nl: 'Mag mijn huisdier mee?' },
    answer: { en: 'Pets travel in the hold.', nl: 'Huisdieren reizen in het ruim.' },
  },
  {
    id: 'delay',
    question: { en: 'My flight is delayed, what compensation do I get?', nl: 'Mijn vlucht is vertraagd, welke compensatie krijg ik?' },
    answer: { en: 'For more than three hours of delay you may get compensation.', nl: 'Bij meer dan drie uur vertraging krijgt u mogelijk compensatie.' },
  },
];

type Faq = ClearlineFaq;
const root = (el: Faq) => el.shadowRoot!;
const input = (el: Faq) => root(el).querySelector<HTMLInputElement>('input[type=search]')!;
const resultIds = (el: Faq) => [...root(el).querySelectorAll<HTMLElement>('[part~=result]')].map((r) => r.dataset.id);
const entryIds = (el: Faq) => [...root(el).querySelectorAll<HTMLElement>('[part~=entry]')].map((r) => r.dataset.id);

async function mount(lang = 'en', extra: Partial<Faq> = {}, entries = ENTRIES): Promise<Faq> {
  const el = await fixture<Faq>(html`<clearline-faq lang=${lang} .entries=${entries}></clearline-faq>`);
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}

/** Types a query as a reader would (real key presses) and waits for results. */
async function type(el: Faq, text: string) {
  input(el).focus();
  await sendKeys({ type: text });
  await waitUntil(() => root(el).querySelector('[part~=result], [part~=no-answer]'), 'no results rendered', { timeout: 5000 });
  await el.updateComplete;
}

const searchModuleRequested = () => performance.getEntriesByType('resource').some((e) => e.name.includes('/src/search/'));

/** The accessible names of every button on the page, as the browser's accessibility tree has them. */
async function buttonNames(): Promise<string[]> {
  type AxNode = { name?: string; role?: string; children?: AxNode[] };
  const names: string[] = [];
  const walk = (n: AxNode) => {
    if (n.role === 'button' && n.name) names.push(n.name);
    for (const c of n.children ?? []) walk(c);
  };
  walk((await a11ySnapshot({})) as unknown as AxNode);
  return names;
}

describe('<clearline-faq>', () => {
  it('a question\'s accessible name is the question: the arrow before it is decoration, not read out', async () => {
    const el = await mount();
    const names = await buttonNames();
    const first = root(el).querySelector('button.question')!.textContent!.trim();
    expect(names, names.join(' | ')).to.include(first);
    expect(names.some((n) => /^[▸▾]/.test(n)), names.join(' | ')).to.equal(false);
  });

  it('renders the list without loading the search engine; focus loads it', async () => {
    const el = await mount();
    expect(entryIds(el)).to.deep.equal(ENTRIES.map((e) => e.id));
    const label = root(el).querySelector('label')!;
    expect(label.textContent).to.contain('Search');
    expect(root(el).getElementById(label.htmlFor)).to.equal(input(el));
    expect(searchModuleRequested(), 'engine requested before focus').to.equal(false);
    input(el).focus();
    await waitUntil(searchModuleRequested, 'engine not requested on focus', { timeout: 5000 });
  });

  it('ranks English and Dutch questions, with a result count announced', async () => {
    const en = await mount('en');
    await type(en, 'refund cancelled flight');
    expect(resultIds(en)[0]).to.equal('refund');
    // Announced once typing pauses (faq-count-heard.test.ts), on screen at once.
    expect(root(en).querySelector('[part~=count]')!.textContent).to.match(/\d+ results?/);
    await waitUntil(() => /\d+ results?/.test(root(en).querySelector('[role=status]')!.textContent!), 'count not announced', { timeout: 5000 });
    en.remove();
    const nl = await mount('nl');
    await type(nl, 'bagage kwijt');
    expect(resultIds(nl)[0]).to.equal('luggage');
    input(nl).value = '';
    await sendKeys({ press: 'Escape' });
    await type(nl, 'vlucht omboeken');
    expect(resultIds(nl)[0]).to.equal('rebook');
  });

  it('tolerates typos and missing accents, and highlights with <mark>', async () => {
    const el = await mount('en');
    await type(el, 'lugage');
    expect(resultIds(el)[0]).to.equal('luggage');
    expect(root(el).querySelector('[part~=result] mark')!.textContent).to.equal('luggage');
    const nl = await mount('nl');
    await type(nl, 'financiele');
    expect(resultIds(nl)[0]).to.equal('financial');
    const marks = [...root(nl).querySelectorAll('[part~=result] [part~=question] mark')].map((m) => m.textContent);
    expect(marks).to.deep.equal(['financiële']);
    const snip = await mount('en');
    await type(snip, 'emergency');
    expect(root(snip).querySelector('[part~=snippet] mark')!.textContent).to.equal('emergency');
  });

  it('is usable with the keyboard: arrows move, Enter opens, Escape clears', async () => {
    const el = await mount('en');
    await type(el, 'flight');
    const buttons = () => [...root(el).querySelectorAll<HTMLButtonElement>('[part~=result] [part~=question]')];
    expect(buttons().length).to.be.greaterThan(1);
    await sendKeys({ press: 'ArrowDown' });
    expect(root(el).activeElement).to.equal(buttons()[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(root(el).activeElement).to.equal(buttons()[1]);
    await sendKeys({ press: 'ArrowUp' });
    expect(root(el).activeElement).to.equal(buttons()[0]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(buttons()[0]!.getAttribute('aria-expanded')).to.equal('true');
    const answer = root(el).querySelector('[part~=result] [part~=answer]')!;
    expect(answer.hasAttribute('hidden')).to.equal(false);
    expect(answer.querySelector('.md')!.childElementCount, 'Markdown rendered').to.be.greaterThan(0);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input(el).value).to.equal('');
    expect(root(el).activeElement).to.equal(input(el));
    expect(resultIds(el)).to.deep.equal([]);
    expect(entryIds(el)).to.have.length(ENTRIES.length);
    // Said, not only seen (trial I: the list changed under a screen reader's user in silence), until the next key typed.
    const live = () => root(el).querySelector('[role=status]')!.textContent!.trim();
    expect(live()).to.equal(`Search cleared. ${ENTRIES.length} questions.`);
    await type(el, 'flight');
    await waitUntil(() => /\d+ results?/.test(live()), 'count not announced', { timeout: 5000 });
    // Escape in an empty field says nothing: nothing changed.
    input(el).value = '';
    input(el).dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(live()).to.equal('');
    const nl = await mount('nl');
    await type(nl, 'vlucht');
    await sendKeys({ press: 'Escape' });
    await nl.updateComplete;
    expect(root(nl).querySelector('[role=status]')!.textContent!.trim()).to.equal(`Zoekopdracht gewist. ${ENTRIES.length} vragen.`);
  });

  it('renders answers as sanitized Markdown', async () => {
    const hostile: FaqEntry[] = [{ id: 'x', question: 'Bad?', answer: 'Hi <img src=x onerror="window.__pwned=1"> [link](javascript:alert(1)) **bold**' }];
    const el = await mount('en', {}, hostile);
    root(el).querySelector<HTMLButtonElement>('[part~=question]')!.click();
    await el.updateComplete;
    const md = root(el).querySelector('[part~=answer] .md')!;
    expect(md.querySelector('img')).to.equal(null);
    expect(md.querySelector('strong')!.textContent).to.equal('bold');
    expect(md.querySelector('a')!.hasAttribute('href')).to.equal(false);
  });

  it('opens and scrolls to #faq-<id> on load, and copies a link to an entry', async () => {
    const filler: FaqEntry[] = Array.from({ length: 70 }, (_, i) => ({ id: `f${i}`, question: `Filler question ${i}?`, answer: 'Filler.' }));
    const many = [...filler.slice(0, 60), ENTRIES[4]!, ...filler.slice(60)];
    history.replaceState(null, '', '#faq-pets');
    try {
      const el = await mount('en', {}, many);
      await waitUntil(() => root(el).querySelector('[id="faq-pets"] [aria-expanded=true]'), 'deep-linked entry not opened');
      const box = root(el).getElementById('faq-pets')!.getBoundingClientRect();
      expect(box.top).to.be.within(-1, window.innerHeight);
      let copied = '';
      Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async (t: string) => void (copied = t) });
      root(el).querySelector<HTMLButtonElement>('[id="faq-pets"] [part~=copy-link]')!.click();
      await waitUntil(() => copied !== '');
      expect(copied).to.equal(`${location.href.split('#')[0]}#faq-pets`);
      await el.updateComplete;
      expect(root(el).querySelector('[id="faq-pets"] .copied')!.textContent).to.equal('Link copied');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
      delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
    }
  });

  describe('with a status feed', () => {
    let key: TestKey;
    before(async () => {
      key = await keygen();
    });

    it('lists entries about an open incident first, under a disruption heading (status-src)', async () => {
      const url = serve(JSON.stringify(await sign(statusFeed(), [key])));
      const el = await mount('en', { statusSrc: url, publicKey: JSON.stringify(key.publicJwk) } as Partial<Faq>);
      await waitUntil(() => root(el).querySelector('[part~=disruption]'), 'no disruption group', { timeout: 5000 });
      expect(entryIds(el).slice(0, 2)).to.deep.equal(['luggage', 'rebook']);
      expect(root(el).querySelector('[part~=disruption] h2')!.textContent).to.contain('Storm: flights cancelled');
      expect(entryIds(el)).to.have.length(ENTRIES.length);
    });

    it('with two open incidents, each one\'s entries under its own title, not all under the first one\'s', async () => {
      // A broadband provider: no broadband in one region and e-mail down nationally, at the same time.
      const feed = statusFeed();
      feed.incidents.push({ ...feed.incidents[0]!, id: 'email', title: { en: 'E-mail not working', nl: 'E-mail werkt niet' }, updated_at: iso(-20 * MIN), actions: [] });
      const url = serve(JSON.stringify(await sign(feed, [key])));
      const entries = [...ENTRIES, { id: 'mail-lost', question: { en: 'Will I lose e-mails?' }, answer: { en: 'No, they arrive later.' }, incidents: ['email'] }];
      const el = await mount('en', { statusSrc: url, publicKey: JSON.stringify(key.publicJwk) } as Partial<Faq>, entries);
      await waitUntil(() => root(el).querySelectorAll('[part~=disruption]').length === 2, 'no disruption group per incident', { timeout: 5000 });
      const sections = [...root(el).querySelectorAll('[part~=disruption]')].map((s) => [s.querySelector('h2')!.textContent!.trim(), [...s.querySelectorAll<HTMLElement>('[part~=entry]')].map((e) => e.dataset.id)]);
      expect(sections).to.deep.equal([
        ['About the current disruption: Storm: flights cancelled', ['luggage', 'rebook']],
        ['About the current disruption: E-mail not working', ['mail-lost']],
      ]);
      // In the help launcher the first incident's title is shown above: its section is "this disruption", the other keeps its title.
      el.incidentShown = true;
      await el.updateComplete;
      expect([...root(el).querySelectorAll('[part~=disruption] h2')].map((h) => h.textContent!.trim())).to.deep.equal(['Questions about the current disruption', 'About the current disruption: E-mail not working']);
    });

    it('a notice (severity info, such as a phishing warning): its entries under its title, not "About the current disruption: …"', async () => {
      const feed = statusFeed();
      Object.assign(feed.incidents[0]!, { severity: 'info', next_update_at: null, title: { en: 'Fake text messages in our name', nl: 'Nep-sms uit onze naam' } });
      const url = serve(JSON.stringify(await sign(feed, [key])));
      const el = await mount('en', { statusSrc: url, publicKey: JSON.stringify(key.publicJwk) } as Partial<Faq>);
      await waitUntil(() => root(el).querySelector('[part~=disruption]'), 'no group for the notice', { timeout: 5000 });
      expect(root(el).querySelector('[part~=disruption] h2')!.textContent!.trim()).to.equal('Fake text messages in our name');
    });

    it('an incident announced ahead comes after one going on, under "About the disruption announced", not "current" (trial O)', async () => {
      // The storm announced for the day after tomorrow (critical), e-mail down now (minor).
      const feed = statusFeed();
      feed.incidents[0] = { ...feed.incidents[0]!, severity: 'critical', starts_at: iso(48 * 60 * MIN) };
      feed.incidents.push({ ...feed.incidents[0]!, id: 'email', severity: 'minor', starts_at: undefined, title: { en: 'E-mail not working', nl: 'E-mail werkt niet' }, updated_at: iso(-20 * MIN), actions: [] });
      const url = serve(JSON.stringify(await sign(feed, [key])));
      const entries = [...ENTRIES, { id: 'mail-lost', question: { en: 'Will I lose e-mails?' }, answer: { en: 'No, they arrive later.' }, incidents: ['email'] }];
      const el = await mount('en', { statusSrc: url, publicKey: JSON.stringify(key.publicJwk) } as Partial<Faq>, entries);
      await waitUntil(() => root(el).querySelectorAll('[part~=disruption]').length === 2, 'no disruption group per incident', { timeout: 5000 });
      expect([...root(el).querySelectorAll('[part~=disruption] h2')].map((h) => h.textContent!.trim())).to.deep.equal([
        'About the current disruption: E-mail not working',
        'About the disruption announced: Storm: flights cancelled',
      ]);
    });

    it('no empty "Other questions" heading when every entry is about the open incident', async () => {
      const url = serve(JSON.stringify(await sign(statusFeed(), [key])));
      const onlyStorm = ENTRIES.filter((e) => e.incidents?.includes('storm'));
      const el = await mount('en', { statusSrc: url, publicKey: JSON.stringify(key.publicJwk) } as Partial<Faq>, onlyStorm);
      await waitUntil(() => root(el).querySelector('[part~=disruption]'), 'no disruption group', { timeout: 5000 });
      expect(entryIds(el)).to.deep.equal(['luggage', 'rebook']);
      const headings = [...root(el).querySelectorAll('.section-heading')].map((h) => h.textContent!.trim());
      expect(headings).to.have.length(1);
      expect(headings[0]).to.contain('Storm: flights cancelled');
      // With other entries the heading is there.
      const mixed = await mount('en', { statusSrc: url, publicKey: JSON.stringify(key.publicJwk) } as Partial<Faq>);
      await waitUntil(() => root(mixed).querySelector('[part~=disruption]'), 'no disruption group', { timeout: 5000 });
      expect([...root(mixed).querySelectorAll('.section-heading')].map((h) => h.textContent!.trim())).to.include('Other questions');
    });

    it('shares the feed of a <clearline-status> with the same key: one request', async () => {
      const url = serve(JSON.stringify(await sign(statusFeed(), [key])));
      const realFetch = window.fetch;
      let requests = 0;
      window.fetch = (...args: Parameters<typeof fetch>) => {
        if (String(args[0]) === url) requests++;
        return realFetch(...args);
      };
      try {
        await import('../../src/components/status/status.js');
        const wrap = await fixture<HTMLDivElement>(html`<div>
          <clearline-status src=${url} public-key=${JSON.stringify(key.publicJwk)} feed-id="example-air" lang="en"></clearline-status>
          <clearline-faq lang="en" public-key=${JSON.stringify(key.publicJwk)} .entries=${ENTRIES}></clearline-faq>
        </div>`);
        const el = wrap.querySelector('clearline-faq')!;
        await waitUntil(() => root(el).querySelector('[part~=disruption]'), 'no disruption group', { timeout: 5000 });
        expect(entryIds(el)[0]).to.equal('luggage');
        expect(requests).to.equal(1);
      } finally {
        window.fetch = realFetch;
      }
    });

    it('shares the request of a <clearline-banner> on the same feed (status-src, feed-id on the banner), and refresh() is shared too', async () => {
      const url = serve(JSON.stringify(await sign(statusFeed(), [key])));
      const realFetch = window.fetch;
      let requests = 0;
      window.fetch = (...args: Parameters<typeof fetch>) => {
        if (String(args[0]) === url) requests++;
        return realFetch(...args);
      };
      try {
        await import('../../src/components/banner/banner.js');
        const wrap = await fixture<HTMLDivElement>(html`<div>
          <clearline-banner src=${url} public-key=${JSON.stringify(key.publicJwk)} feed-id="example-air" lang="en"></clearline-banner>
          <clearline-faq lang="en" status-src=${url} public-key=${JSON.stringify(key.publicJwk)} .entries=${ENTRIES}></clearline-faq>
        </div>`);
        const el = wrap.querySelector('clearline-faq')!;
        await waitUntil(() => root(el).querySelector('[part~=disruption]'), 'no disruption group', { timeout: 5000 });
        expect(requests, 'one request for banner and FAQ').to.equal(1);
        await wrap.querySelector('clearline-banner')!.refresh();
        expect(requests, 'refresh() fetches once more for every element on the feed').to.equal(2);
      } finally {
        window.fetch = realFetch;
      }
    });

    it('alone on the page with status-src: pauses its status polling in a hidden tab and honours max-bytes', async () => {
      const url = serve(JSON.stringify(await sign(statusFeed(), [key])));
      const el = await mount('en', { statusSrc: url, publicKey: JSON.stringify(key.publicJwk) } as Partial<Faq>);
      await waitUntil(() => root(el).querySelector('[part~=disruption]'), 'no disruption group', { timeout: 5000 });
      const source = [...activeSources()].find((s) => s.options.kind === 'status' && s.options.url === url)!;
      await waitUntil(() => source.timerPending, 'the status feed is not polled');
      try {
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
        document.dispatchEvent(new Event('visibilitychange'));
        expect(source.timerPending, 'hidden tab: polling paused').to.equal(false);
      } finally {
        delete (document as { hidden?: boolean }).hidden;
        document.dispatchEvent(new Event('visibilitychange'));
      }
      expect(source.timerPending, 'visible again: polling resumes').to.equal(true);

      const big = serve(JSON.stringify(await sign(statusFeed(), [key])));
      const capped = await mount('en', { statusSrc: big, publicKey: JSON.stringify(key.publicJwk), maxBytes: 300 } as Partial<Faq>);
      const bigSource = () => [...activeSources()].find((s) => s.options.kind === 'status' && s.options.url === big);
      await waitUntil(() => bigSource()?.state.error, 'the capped status feed never finished loading', { timeout: 5000 });
      expect(bigSource()!.state.error!.code).to.equal('too-large');
      await capped.updateComplete;
      expect(root(capped).querySelector('[part~=disruption]'), 'an over-size status feed is not used').to.equal(null);
    });

    it('ignores incidents that are resolved', async () => {
      const feed = statusFeed();
      feed.incidents[0]!.phase = 'resolved';
      feed.incidents[0]!.next_update_at = null;
      feed.incidents[0]!.resolved_at = iso(-MIN);
      const url = serve(JSON.stringify(await sign(feed, [key])));
      const el = await mount('en', { statusSrc: url, publicKey: JSON.stringify(key.publicJwk) } as Partial<Faq>);
      await new Promise((r) => setTimeout(r, 300));
      expect(root(el).querySelector('[part~=disruption]')).to.equal(null);
      expect(entryIds(el)).to.deep.equal(ENTRIES.map((e) => e.id));
    });

    it('says plainly when there is no answer, offers the channels and fires clearline-no-answer', async () => {
      const url = serve(JSON.stringify(await sign(statusFeed(), [key])));
      const el = await mount('en', { statusSrc: url, publicKey: JSON.stringify(key.publicJwk) } as Partial<Faq>);
      await waitUntil(() => root(el).querySelector('[part~=disruption]'));
      const noAnswer = new Promise<CustomEvent>((r) => el.addEventListener('clearline-no-answer', r as EventListener, { once: true }));
      const search = new Promise<CustomEvent>((r) => el.addEventListener('clearline-search', r as EventListener, { once: true }));
      // "flight" matches many entries, but nothing is about parking.
      await type(el, 'flight parking garage');
      const box = root(el).querySelector('[part~=no-answer]')!;
      expect(box.textContent).to.contain('found no clear answer');
      const links = [...box.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links).to.include.members(['tel:+31201234567', 'https://example.com/callback']);
      expect((await noAnswer).detail).to.deep.equal({ query: 'flight parking garage' });
      const s = (await search).detail;
      expect(s.query).to.equal('flight parking garage');
      expect(s.results).to.be.an('array');
    });

    it('loads a signed FAQ document from src', async () => {
      const payload: FaqPayload = { type: 'faq', version: 1, feed_id: 'example-air-faq', seq: nextSeq(), issued_at: iso(-MIN), expires_at: iso(60 * MIN), entries: ENTRIES };
      const url = serve(JSON.stringify(await sign(payload, [key], 'faq')));
      const el = document.createElement('clearline-faq');
      const done = outcome(el);
      el.setAttribute('lang', 'en');
      el.setAttribute('src', url);
      el.setAttribute('public-key', JSON.stringify(key.publicJwk));
      el.setAttribute('feed-id', 'example-air-faq');
      document.body.append(el);
      try {
        expect((await done).type).to.equal('clearline-load');
        await el.updateComplete;
        expect(entryIds(el)).to.deep.equal(ENTRIES.map((e) => e.id));
      } finally {
        el.remove();
      }
    });

    it('refuses a FAQ signed with another key, and shows no entries', async () => {
      const other = await keygen();
      const payload: FaqPayload = { type: 'faq', version: 1, feed_id: 'example-air-faq', seq: nextSeq(), issued_at: iso(-MIN), expires_at: iso(60 * MIN), entries: ENTRIES };
      const url = serve(JSON.stringify(await sign(payload, [other], 'faq')));
      const el = document.createElement('clearline-faq');
      const done = outcome(el);
      el.setAttribute('src', url);
      el.setAttribute('public-key', JSON.stringify(key.publicJwk));
      document.body.append(el);
      try {
        const e = await done;
        expect(e.type).to.equal('clearline-error');
        expect(e.detail.code).to.equal('signature');
        await el.updateComplete;
        expect(entryIds(el)).to.deep.equal([]);
        expect(root(el).querySelector('[part~=notice]')).to.exist;
      } finally {
        el.remove();
      }
    });
  });

  it('offers contact-href when there is no status feed', async () => {
    const el = await mount('nl', { contactHref: 'https://example.com/contact' } as Partial<Faq>);
    await type(el, 'parkeergarage openingstijden');
    const box = root(el).querySelector('[part~=no-answer]')!;
    expect(box.textContent).to.contain('geen duidelijk antwoord');
    expect(box.querySelector('a')!.getAttribute('href')).to.equal('https://example.com/contact');
  });

  it('fires clearline-search with ids in rank order once the reader pauses', async () => {
    const el = await mount('en');
    const events: CustomEvent[] = [];
    el.addEventListener('clearline-search', (e) => events.push(e));
    let noAnswer = 0;
    el.addEventListener('clearline-no-answer', () => noAnswer++);
    await type(el, 'refund');
    expect(events, 'not while typing').to.have.length(0);
    await waitUntil(() => events.length === 1, 'no clearline-search after the pause', { timeout: 3000 });
    expect(events[0]!.detail).to.deep.equal({ query: 'refund', results: resultIds(el) });
    expect(events[0]!.detail.results[0]).to.equal('refund');
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    expect(noAnswer).to.equal(0);
  });

  it('has no axe violations: list, results with an open answer, no answer', async () => {
    const check = async (el: Faq, label: string) => {
      await el.updateComplete;
      const r = await axe.run(el, { resultTypes: ['violations'] });
      expect(r.violations.map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).to.deep.equal([]);
    };
    const el = await mount('en');
    await check(el, 'list');
    await type(el, 'refund');
    root(el).querySelector<HTMLButtonElement>('[part~=result] [part~=question]')!.click();
    await check(el, 'results');
    const none = await mount('en', { contactHref: 'https://example.com/contact' } as Partial<Faq>);
    await type(none, 'parking garage');
    await check(none, 'no answer');
  });

  it('has no axe violations for highlighted results in dark mode, by attribute and by media query', async () => {
    const check = async (el: Faq, label: string) => {
      await el.updateComplete;
      expect(root(el).querySelector('mark'), `${label}: something is highlighted`).to.exist;
      const r = await axe.run(el, { resultTypes: ['violations'] });
      expect(r.violations.map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).to.deep.equal([]);
    };
    const byAttribute = await mount('en', { theme: 'dark' } as Partial<Faq>);
    await type(byAttribute, 'refund');
    await check(byAttribute, 'theme=dark');
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const byMedia = await mount('en');
      await type(byMedia, 'refund');
      await check(byMedia, 'prefers-color-scheme: dark');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});

// After the others: it loads the search engine, which one of them checks is not loaded before focus.
describe('<clearline-faq> highlights', () => {
  it('two words found side by side keep their space in the result\'s accessible name (a screen reader said "geen warmwater" for "warm water")', async () => {
    const el = await mount('nl');
    await type(el, 'geld terug');
    const question = root(el).querySelector<HTMLElement>('[part~=result][data-id="refund"] button.question, [data-id="refund"] [part~=question]');
    expect(question?.querySelectorAll('mark').length, question?.innerHTML).to.be.greaterThan(0);
    const names = await buttonNames();
    expect(names, names.join(' | ')).to.include('Hoe krijg ik mijn geld terug voor een geannuleerde vlucht?');
  });
});
