/**
 * Reader safety for a publisher that is not an airline (issue 12): an energy company in a gas
 * outage. Emergency lines first and apart, an FAQ that never vanishes when it merely expired, a
 * search hint without travel words, and the page-side fixes a web developer meets.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/faq/faq.js';
import '../../src/components/status/status.js';
import type { ClearlineFaq } from '../../src/components/faq/faq.js';
import type { ClearlineStatus } from '../../src/components/status/status.js';
import type { Channel, FaqEntry, FaqPayload, StatusPayload } from '../../src/feed/schema.js';
import { iso, keygen, MIN, nextSeq, outcome, serve, shadowText, sign, type TestKey } from './helpers.js';

const GAS_LINE: Channel = {
  id: 'gas',
  kind: 'phone',
  label: { en: 'Gas emergency line', nl: 'Storingsnummer gas' },
  href: 'tel:+318009009',
  wait_minutes: 2,
  reason: { en: 'Smell gas? Leave the house and call at once, day and night.', nl: 'Ruikt u gas? Ga naar buiten en bel direct, dag en nacht.' },
  emergency: true,
};

/** The trial's situation: a 55-minute queue, a 120-minute call-back and a chat listed above the gas line. */
function gasFeed(overrides: Partial<StatusPayload> = {}): StatusPayload {
  return {
    type: 'status',
    version: 1,
    feed_id: 'utrecht-energie',
    seq: nextSeq(),
    issued_at: iso(-MIN),
    expires_at: iso(60 * MIN),
    time_zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    publisher: { name: 'Utrecht Energie', url: 'https://example.com' },
    channels: [
      { id: 'callback', kind: 'callback', label: { en: 'Ask for a call back', nl: 'Vraag om terugbellen' }, href: 'https://example.com/terugbellen', wait_minutes: 120, reason: { en: 'many requests', nl: 'veel verzoeken' } },
      { id: 'chat', kind: 'chat', label: { en: 'Chat with us', nl: 'Chat met ons' }, href: 'https://example.com/chat' },
      { id: 'service', kind: 'phone', label: { en: 'Customer service', nl: 'Klantenservice' }, href: 'tel:+31302345678', wait_minutes: 55, reason: { en: 'very many calls about the outage', nl: 'heel veel telefoontjes over de storing' } },
      GAS_LINE,
    ],
    incidents: [
      {
        id: 'gas-utrecht',
        title: { en: 'No gas in Utrecht-Oost', nl: 'Geen gas in Utrecht-Oost' },
        severity: 'critical',
        phase: 'identified',
        started_at: iso(-60 * MIN),
        updated_at: iso(-2 * MIN),
        known: { en: 'A main pipe was damaged.', nl: 'Een hoofdleiding is beschadigd.' },
        unknown: { en: 'When the gas is back.', nl: 'Wanneer het gas terug is.' },
        next_update_at: iso(30 * MIN),
        actions: [
          { label: { en: 'Call the gas emergency line', nl: 'Bel het storingsnummer gas' }, href: 'tel:+318009009', urgent: true, who: { en: 'You smell gas', nl: 'U ruikt gas' } },
          { label: { en: 'Turn off the gas tap at the meter', nl: 'Draai de gaskraan bij de meter dicht' }, who: { en: 'Everyone in the area', nl: 'Iedereen in het gebied' } },
        ],
      },
    ],
    ...overrides,
  };
}

const mountStatus = (data: StatusPayload, lang = 'en') =>
  fixture<ClearlineStatus>(html`<clearline-status lang=${lang} faq-href="https://example.com/faq" .data=${data}></clearline-status>`);

const precedes = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

beforeEach(() => localStorage.clear());

describe('issue 12, item 1: emergency lines first, always', () => {
  it('a Dutch reader sees the gas line as dialled at home (0800 9009); the link still dials +31 from anywhere', async () => {
    const el = await mountStatus(gasFeed(), 'nl');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~=emergency] a')!;
    expect(link.querySelector('.number')!.textContent).to.equal('0800 9009');
    expect(link.getAttribute('href')).to.equal('tel:+318009009');
  });
  it('a label that already says the number does not get it twice; a label with another number still shows the one dialled', async () => {
    const feed = gasFeed();
    feed.incidents[0]!.actions = [
      { label: { en: 'Call 112, also without signal', nl: 'Bel 112, ook zonder bereik' }, href: 'tel:112', urgent: true },
      { label: { en: 'Call 0800-9009', nl: 'Bel 0800-9009' }, href: 'tel:+318009009' },
      { label: { en: 'Call 0800-1111', nl: 'Bel 0800-1111' }, href: 'tel:+318009009' },
    ];
    // On the Dutch clock whatever the runner's zone: the numbers are written for the feed's country (content/links.ts numberLang).
    feed.time_zone = 'Europe/Amsterdam';
    const links = async (lang: string) => [...(await mountStatus(feed, lang)).shadowRoot!.querySelectorAll('[part~=action] a')].map((a) => a.textContent!.replace(/\s+/g, ' ').trim());
    expect(await links('nl')).to.deep.equal(['Bel 112, ook zonder bereik', 'Bel 0800-9009', 'Bel 0800-1111 (0800 9009)']);
    // English too as dialled in the Netherlands (trials Q, R); the link still dials +31 from anywhere.
    expect(await links('en')).to.deep.equal(['Call 112, also without signal', 'Call 0800-9009', 'Call 0800-1111 (0800 9009)']);
  });
  it('lists the 2-minute gas line first, apart and labelled, above the 120-minute call-back, the chat and the long-wait hint', async () => {
    const el = await mountStatus(gasFeed());
    const root = el.shadowRoot!;
    const channels = [...root.querySelectorAll<HTMLElement>('[part~=channel]')];
    expect(channels[0]!.dataset.emergency, 'the emergency line is the first channel').to.equal('true');
    const group = root.querySelector('[part~=emergency]')!;
    expect(group, 'set apart in its own group').to.exist;
    expect(group.getAttribute('role')).to.equal('group');
    const label = root.getElementById(group.getAttribute('aria-labelledby')!)!;
    expect(label.textContent, 'named for screen readers').to.equal('In an emergency');
    expect(group.contains(channels[0]!)).to.equal(true);
    expect(group.textContent, 'says when to use it').to.contain('Smell gas? Leave the house');
    // +31 800 9009, or 0800 9009 when the runner's zone (the feed's here) is Dutch.
    expect(group.textContent).to.match(/(\+31 |0)800 9009/);
    const self = root.querySelector('[part~=self-service]')!;
    expect(precedes(group, self), 'the "long wait? you may not need to call" hint comes after the emergency line').to.equal(true);
    for (const kind of ['callback', 'chat']) {
      expect(precedes(channels[0]!, root.querySelector(`[part~=channel][data-kind=${kind}]`)!), `${kind} after the emergency line`).to.equal(true);
    }
    // Call-back and self-service still come before the ORDINARY phone line.
    const service = root.querySelector('[part~=channel][data-kind=phone]:not([data-emergency])')!;
    expect(precedes(root.querySelector('[part~=channel][data-kind=callback]')!, service)).to.equal(true);
    expect(getComputedStyle(group).borderTopWidth, 'visually set apart').to.not.equal('0px');
  });

  it('says a wait of an hour or more in hours, not "about 120 minutes"', async () => {
    const waits = (el: ClearlineStatus) => [...el.shadowRoot!.querySelectorAll('[part~=channel] .wait')].map((w) => w.textContent!.trim());
    const feed = gasFeed();
    feed.channels[1] = { ...feed.channels[1]!, wait_minutes: 90 };
    expect(waits(await mountStatus(feed))).to.include.members(['Expected wait about 2 hours: many requests', 'Expected wait about 1 hour 30 minutes', 'Expected wait about 55 minutes: very many calls about the outage']);
    expect(waits(await mountStatus(feed, 'nl'))).to.include.members(['Verwachte wachttijd ongeveer 2 uur: veel verzoeken', 'Verwachte wachttijd ongeveer 1 uur en 30 minuten']);
  });

  it('never reorders emergency lines by waits, and a long emergency wait does not trigger the long-wait ordering', async () => {
    const second: Channel = { ...GAS_LINE, id: 'water', label: 'Water emergency', href: 'tel:+31302000000', wait_minutes: 45 };
    const feed = gasFeed({
      channels: [
        { id: 'service', kind: 'phone', label: 'Customer service', href: 'tel:+31302345678', wait_minutes: 5 },
        { id: 'callback', kind: 'callback', label: 'Call back', href: 'https://example.com/cb' },
        second,
        GAS_LINE,
      ],
    });
    const el = await mountStatus(feed);
    const ids = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=channel] a')].map((a) => a.getAttribute('href'));
    expect(ids).to.deep.equal(['tel:+31302000000', 'tel:+318009009', 'tel:+31302345678', 'https://example.com/cb']);
    expect(el.shadowRoot!.querySelector('[part~=self-service]'), 'a 45-minute emergency wait is no reason to send people to self-service').to.equal(null);
  });

  it('speaks Dutch too: "Bij nood"', async () => {
    const el = await mountStatus(gasFeed(), 'nl');
    expect(el.shadowRoot!.querySelector('[part~=emergency]')!.textContent).to.contain('Bij nood');
    expect(el.shadowRoot!.querySelector('[part~=emergency]')!.textContent).to.contain('Ruikt u gas?');
  });

  it('puts the emergency line first in the FAQ no-answer box too', async () => {
    const key = await keygen();
    const url = serve(JSON.stringify(await sign(gasFeed(), [key])));
    const el = await fixture<ClearlineFaq>(html`<clearline-faq lang="en" .entries=${FAQ} status-src=${url} public-key=${JSON.stringify(key.publicJwk)}></clearline-faq>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=disruption]'));
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    input.value = 'parking garage ferry';
    input.dispatchEvent(new InputEvent('input'));
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=no-answer] li'), 'no-answer box', { timeout: 5000 });
    const first = el.shadowRoot!.querySelector('[part~=no-answer] li')!;
    expect(first.getAttribute('data-emergency')).to.equal('true');
    expect(first.textContent).to.contain('In an emergency');
  });

  it('no-answer links are 44 px tap targets that do not overlap, and a label that wraps keeps ordinary line spacing', async () => {
    const key = await keygen();
    const url = serve(JSON.stringify(await sign(gasFeed(), [key])));
    // A narrow column, so "In an emergency: Gas emergency line" wraps.
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 220px; font-size: 16px"><clearline-faq lang="en" .entries=${FAQ} status-src=${url} public-key=${JSON.stringify(key.publicJwk)}></clearline-faq></div>`);
    const el = wrap.querySelector('clearline-faq')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=disruption]'));
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    input.value = 'parking garage ferry';
    input.dispatchEvent(new InputEvent('input'));
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~=no-answer] li a').length > 1, 'no-answer links', { timeout: 5000 });
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~=no-answer] li a')];
    const lines = links.map((a) => [...a.getClientRects()]);
    for (const [i, rects] of lines.entries()) for (const r of rects) expect(r.height, `link ${i} line height`).to.be.at.least(44);
    const wrapped = lines.find((rects) => rects.length > 1);
    expect(wrapped, 'some label wraps at 220 px').to.exist;
    expect(wrapped![1]!.top - wrapped![0]!.top, 'lines of one label are ordinary lines apart').to.be.below(30);
    for (let i = 1; i < lines.length; i++) expect(lines[i]![0]!.top, `link ${i} starts below link ${i - 1}`).to.be.at.least(lines[i - 1]!.at(-1)!.bottom - 1);
  });
});

const FAQ: FaqEntry[] = [
  { id: 'meter', question: { en: 'How do I read my meter?', nl: 'Hoe lees ik mijn meter af?' }, answer: { en: 'Look at the numbers left of the comma.', nl: 'Kijk naar de cijfers voor de komma.' } },
  { id: 'smell', question: { en: 'What do I do when I smell gas?', nl: 'Wat doe ik als ik gas ruik?' }, answer: { en: 'Leave the house and call 0800 9009.', nl: 'Ga naar buiten en bel 0800 9009.' }, incidents: ['gas-utrecht'] },
];

function faqDoc(overrides: Partial<FaqPayload> = {}): FaqPayload {
  return { type: 'faq', version: 1, feed_id: 'utrecht-energie-faq', seq: nextSeq(), issued_at: iso(-2 * 3_600_000), expires_at: iso(-3_600_000), entries: FAQ, ...overrides };
}

async function loadFaq(url: string, key: TestKey, attrs: Record<string, string> = {}) {
  const el = document.createElement('clearline-faq');
  const done = outcome(el);
  el.setAttribute('lang', attrs.lang ?? 'en');
  el.setAttribute('src', url);
  el.setAttribute('public-key', JSON.stringify(key.publicJwk));
  el.setAttribute('feed-id', attrs['feed-id'] ?? 'utrecht-energie-faq');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  const event = await done;
  await el.updateComplete;
  return { el, event };
}

describe('issue 12, item 2: an FAQ never vanishes', () => {
  let key: TestKey;
  before(async () => {
    key = await keygen();
  });

  it('shows and searches an FAQ that expired an hour ago but is validly signed, with a quiet "last checked" note', async () => {
    const doc = faqDoc();
    const { el, event } = await loadFaq(serve(JSON.stringify(await sign(doc, [key], 'faq'))), key);
    try {
      expect(event.type).to.equal('clearline-load');
      const root = el.shadowRoot!;
      expect([...root.querySelectorAll<HTMLElement>('[part~=entry]')].map((e) => e.dataset.id)).to.deep.equal(['meter', 'smell']);
      expect(root.querySelector('[part~=notice]'), 'no alarm, no "could not be loaded"').to.equal(null);
      expect(shadowText(el)).to.not.contain('could not be loaded');
      const note = root.querySelector('[part~=last-checked]')!;
      const date = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric' }).format(Date.parse(doc.issued_at));
      expect(note.textContent).to.equal(`Last checked ${date}`);
      expect(note.getAttribute('role'), 'quiet: not an alert').to.equal(null);
      const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
      input.value = 'meter';
      input.dispatchEvent(new InputEvent('input'));
      await waitUntil(() => root.querySelector('[part~=result]'), 'searchable', { timeout: 5000 });
      expect(root.querySelector<HTMLElement>('[part~=result]')!.dataset.id).to.equal('meter');
    } finally {
      el.remove();
    }
  });

  it('has no "last checked" note while the FAQ is current', async () => {
    const { el } = await loadFaq(serve(JSON.stringify(await sign(faqDoc({ issued_at: iso(-MIN), expires_at: iso(30 * 86_400_000) }), [key], 'faq'))), key);
    try {
      expect(el.shadowRoot!.querySelector('[part~=last-checked]')).to.equal(null);
      expect(el.shadowRoot!.querySelectorAll('[part~=entry]').length).to.equal(2);
    } finally {
      el.remove();
    }
  });

  it('still hides an expired FAQ with a bad signature or the wrong feed_id', async () => {
    const other = await keygen();
    for (const [url, code, feedId] of [
      [serve(JSON.stringify(await sign(faqDoc(), [other], 'faq'))), 'signature', 'utrecht-energie-faq'],
      [serve(JSON.stringify(await sign(faqDoc({ feed_id: 'someone-else' }), [key], 'faq'))), 'invalid', 'utrecht-energie-faq'],
    ] as const) {
      const { el, event } = await loadFaq(url, key, { 'feed-id': feedId });
      try {
        expect(event.type).to.equal('clearline-error');
        expect(event.detail.code).to.equal(code);
        expect(el.shadowRoot!.querySelectorAll('[part~=entry]').length).to.equal(0);
      } finally {
        el.remove();
      }
    }
  });
});

describe('issue 12, item 3: nothing airline-specific in the product', () => {
  let key: TestKey;
  before(async () => {
    key = await keygen();
  });
  const hint = (el: Element) => el.shadowRoot!.querySelector('#hint')!.textContent!;

  it('gives a neutral search hint without examples, in both languages', async () => {
    for (const lang of ['en', 'nl']) {
      const el = await fixture<ClearlineFaq>(html`<clearline-faq lang=${lang} .entries=${FAQ}></clearline-faq>`);
      expect(hint(el)).to.not.match(/flight|vlucht|refund|terugbetaling|"/i);
    }
    const el = await fixture<ClearlineFaq>(html`<clearline-faq lang="en" .entries=${FAQ}></clearline-faq>`);
    expect(hint(el)).to.equal('Type a few words about your question.');
  });

  it("takes the examples from the FAQ document's search_examples, per language", async () => {
    const doc = faqDoc({ issued_at: iso(-MIN), expires_at: iso(60 * MIN), search_examples: { nl: ['geen gas', 'meterstand'], en: ['no gas', 'meter reading', 'bill'] } });
    const url = serve(JSON.stringify(await sign(doc, [key], 'faq')));
    const en = await loadFaq(url, key);
    const nl = await loadFaq(url, key, { lang: 'nl' });
    try {
      expect(hint(en.el)).to.equal('Type a few words, for example "no gas", "meter reading", or "bill".');
      expect(hint(nl.el)).to.equal('Typ een paar woorden, bijvoorbeeld "geen gas" of "meterstand".');
    } finally {
      en.el.remove();
      nl.el.remove();
    }
  });

  it('lets the search-examples attribute win over the document', async () => {
    const doc = faqDoc({ issued_at: iso(-MIN), expires_at: iso(60 * MIN), search_examples: ['no gas'] });
    const { el } = await loadFaq(serve(JSON.stringify(await sign(doc, [key], 'faq'))), key, { 'search-examples': 'storing, aansluiting' , lang: 'nl' });
    try {
      expect(hint(el)).to.equal('Typ een paar woorden, bijvoorbeeld "storing" of "aansluiting".');
    } finally {
      el.remove();
    }
  });
});

describe('issue 12, item 4 (reader side): times in the reader\'s zone, named when the feed\'s differs', () => {
  it('names the zone only when the feed is in another zone', async () => {
    const here = await mountStatus(gasFeed());
    const next = () => here.shadowRoot!.querySelector('[part~=next-update]')!.textContent!;
    expect(next()).to.not.match(/GMT|UTC|[A-Z]{3,4}\b(?! \()/);
    const readerOffset = -new Date().getTimezoneOffset();
    const far = readerOffset === 9 * 60 ? 'America/New_York' : 'Asia/Tokyo';
    const feed = gasFeed({ time_zone: far });
    const el = await mountStatus(feed);
    const shown = el.shadowRoot!.querySelector('[part~=next-update]')!.textContent!;
    // The zone's name at the promised time, not now: within 30 minutes of a DST change they differ (GMT+2, then GMT+1).
    const at = Date.parse(feed.incidents[0]!.next_update_at!);
    const zoneName = new Intl.DateTimeFormat('en', { timeZoneName: 'short' }).formatToParts(at).find((p) => p.type === 'timeZoneName')!.value;
    expect(shown, 'the reader is told which clock the time is on').to.contain(zoneName);
  });
});

describe('issue 12, item 10: in the page', () => {
  it('logs one console.warn with the fix for a private key in public-key, besides clearline-error', async () => {
    const key = await keygen();
    const warnings: string[] = [];
    const real = console.warn;
    console.warn = (...a: unknown[]) => void warnings.push(a.join(' '));
    try {
      const el = document.createElement('clearline-status');
      const done = outcome(el);
      el.setAttribute('src', serve(JSON.stringify(await sign(gasFeed(), [key]))));
      el.setAttribute('public-key', JSON.stringify(key.privateJwk));
      el.setAttribute('feed-id', 'utrecht-energie');
      document.body.append(el);
      const event = await done;
      expect(event.type).to.equal('clearline-error');
      expect(event.detail.code).to.equal('config');
      await el.updateComplete;
      el.remove();
      const mine = warnings.filter((w) => w.includes('clearline-status'));
      expect(mine).to.have.length(1);
      expect(mine[0]).to.contain('private key');
      expect(mine[0]).to.match(/Fix: put the PUBLIC key in public-key/);
    } finally {
      console.warn = real;
    }
  });

  it('logs the fix for bad JSON in public-key, and names the feed_id to pin when feed-id is missing', async () => {
    const key = await keygen();
    const warnings: string[] = [];
    const real = console.warn;
    console.warn = (...a: unknown[]) => void warnings.push(a.join(' '));
    try {
      const bad = document.createElement('clearline-status');
      const failed = outcome(bad);
      bad.setAttribute('src', serve('{}'));
      bad.setAttribute('public-key', "{kty: 'OKP'}");
      document.body.append(bad);
      expect((await failed).detail.code).to.equal('config');
      const loose = document.createElement('clearline-status');
      const loaded = outcome(loose);
      loose.setAttribute('src', serve(JSON.stringify(await sign(gasFeed(), [key]))));
      loose.setAttribute('public-key', JSON.stringify(key.publicJwk));
      document.body.append(loose);
      expect((await loaded).type).to.equal('clearline-load');
      bad.remove();
      loose.remove();
      expect(warnings.some((w) => /not valid JSON\. Fix: public-key must be the JSON of a JWK/.test(w))).to.equal(true);
      expect(warnings.some((w) => w.includes('add feed-id="utrecht-energie"'))).to.equal(true);
    } finally {
      console.warn = real;
    }
  });

  it('does not promise "the next update will tell you more" while the update is overdue', async () => {
    const feed = gasFeed();
    const el = await mountStatus(feed);
    expect(el.shadowRoot!.querySelector('[data-group=later] .lead')!.textContent).to.contain('the next update will tell you more');
    feed.incidents[0]!.next_update_at = iso(-5 * MIN);
    const late = await mountStatus({ ...feed, seq: nextSeq() });
    const lead = late.shadowRoot!.querySelector('[data-group=later] .lead')!.textContent!;
    expect(lead).to.not.contain('next update');
    expect(lead).to.contain('you do not need to call');
    const nl = await mountStatus({ ...feed, seq: nextSeq() }, 'nl');
    expect(nl.shadowRoot!.querySelector('[data-group=later] .lead')!.textContent).to.not.contain('volgende update');
  });

  it('agrees on when it was updated: incident "Updated 2 minutes ago" and the footer say the same after a re-sign', async () => {
    // A heartbeat re-signed the feed just now; the content changed 2 minutes ago.
    const el = await mountStatus(gasFeed({ issued_at: iso(0) }));
    const meta = el.shadowRoot!.querySelector('[part~=incident] .meta')!.textContent!.replace(/\s+/g, ' ');
    const footer = el.shadowRoot!.querySelector('.publisher')!.textContent!;
    expect(meta).to.contain('Updated 2 minutes ago');
    expect(footer).to.contain('Updated 2 minutes ago');
  });
});
