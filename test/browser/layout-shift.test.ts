import { expect } from '@open-wc/testing';
import { MIN, iso, keygen, serve, sign, statusFeed, type TestKey } from './helpers.js';

// Layout shift (CLS) caused by clearline on a page with content around its elements, measured
// with the browser's own layout-shift entries inside a 412 px wide frame (a phone). The page is a
// company home page: a banner slot above the header, the badge in the header beside the
// language links, content below. Each case runs in a fresh frame, so the element code really
// arrives after the page's first paint, as it does on a real site.

interface Shift {
  value: number;
  sources: string[];
}

const PROBE = `<script>
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      window.__shifts.push({ value: e.value, sources: (e.sources || []).map((s) => (s.node && (s.node.localName || s.node.nodeName)) || '?') });
    }
  }).observe({ type: 'layout-shift', buffered: true });
</script>`;

const SITE_CSS = `<style>
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; }
  header .wrap { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; padding: 0.75rem 1rem; background: #0a3d62; color: #fff; }
  .logo { font-weight: 700; font-size: 1.25rem; }
  .tools { margin-left: auto; display: flex; align-items: center; gap: 0.5rem; }
  nav { order: 3; width: 100%; }
  main { padding: 1rem; }
  p { margin: 0 0 1rem; }
</style>`;

/** The documented one line for a site whose script may run after the first paint. */
const ONE_LINE = '<style>clearline-badge:not(:defined){display:inline-block;vertical-align:middle;box-sizing:border-box;block-size:max(24px, 1.875em);min-inline-size:min(var(--clearline-badge-width, 15em), 100vw - 2rem)}clearline-banner:not(:defined){display:none}</style>';

function pageHtml(attrs: string, opts: { scriptInHead: boolean; oneLine?: boolean }): string {
  const script = '<script type="module" src="/src/clearline.ts"></script>';
  const text = Array.from({ length: 12 }, (_, i) => `<p>Paragraph ${i + 1}: flights, bookings, baggage and everything else a reader came for.</p>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${PROBE}${SITE_CSS}${opts.oneLine ? ONE_LINE : ''}${opts.scriptInHead ? script : ''}</head>
  <body>
    <div class="site-banner"><clearline-banner ${attrs}></clearline-banner></div>
    <header><div class="wrap"><span class="logo">Example Air</span>
      <nav><a href="#">Flights</a> · <a href="#">My booking</a> · <a href="#">Help</a></nav>
      <div class="tools"><clearline-badge ${attrs}></clearline-badge><span class="lang"><a href="#">NL</a> <a href="#">EN</a></span></div>
    </div></header>
    <main><h1>Where do you want to go?</h1>${text}</main>
  </body></html>`;
}

/** The feed with every time in it moved by `ms`. */
const shiftTimes = <T>(feed: T, ms: number): T =>
  JSON.parse(JSON.stringify(feed), (_k, v) => (typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v) ? new Date(Date.parse(v) + ms).toISOString() : v)) as T;
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

async function openFrame(html: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width:412px;height:823px;border:0';
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  iframe.srcdoc = html;
  document.body.append(iframe);
  await loaded;
  return iframe;
}

async function until(win: Window, what: string, fn: () => boolean, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  while (!fn()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => win.setTimeout(r, 20));
  }
}

/** Waits until the banner shows the incident and the badge says disruption, then a few frames more. */
async function settle(iframe: HTMLIFrameElement): Promise<Shift[]> {
  const win = iframe.contentWindow! as Window & { __shifts: Shift[] };
  const doc = iframe.contentDocument!;
  const banner = () => doc.querySelector('clearline-banner')!;
  const badge = () => doc.querySelector('clearline-badge') as (Element & { state?: string }) | null;
  await until(win, 'the banner to show the incident', () => !!banner().shadowRoot?.querySelector('[part~=title]'));
  await until(win, 'the badge to say disruption', () => badge()?.state === 'disruption');
  for (let i = 0; i < 5; i++) await frame();
  await new Promise((r) => setTimeout(r, 200));
  return win.__shifts;
}

const total = (shifts: Shift[]) => shifts.reduce((n, s) => n + s.value, 0);
const describeShifts = (shifts: Shift[]) => JSON.stringify(shifts);

describe('layout shift while the banner and badge load', () => {
  let key: TestKey;
  let attrs: string;
  before(async () => {
    key = await keygen();
    const feed = statusFeed();
    feed.incidents[0]!.title = { en: 'Storm: flights cancelled at Amsterdam, rebook free of charge or ask for a refund' };
    feed.incidents[0]!.next_update_at = iso(20 * MIN);
    const src = serve(JSON.stringify(await sign(feed, [key])));
    attrs = `lang="en" src="${src}" public-key='${JSON.stringify(key.publicJwk)}' href="/status"`;
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('moves nothing on the page with the README embed (script in the head) and the documented one-line CSS', async () => {
    const iframe = await openFrame(pageHtml(attrs, { scriptInHead: true, oneLine: true }));
    const shifts = await settle(iframe);
    expect(total(shifts), describeShifts(shifts)).to.be.below(0.001);
    // The banner is there and readable, floating over the page rather than pushing it down.
    const banner = iframe.contentDocument!.querySelector('clearline-banner')!;
    expect(banner.hidden).to.equal(false);
    expect(getComputedStyle(banner).position).to.equal('fixed');
  });

  it('moves nothing when the script arrives after the first paint, with the documented one-line CSS', async () => {
    const iframe = await openFrame(pageHtml(attrs, { scriptInHead: false, oneLine: true }));
    const doc = iframe.contentDocument!;
    const before = doc.querySelector('clearline-badge')!.getBoundingClientRect();
    for (let i = 0; i < 3; i++) await frame();
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/src/clearline.ts';
    doc.head.append(script);
    const shifts = await settle(iframe);
    expect(total(shifts), describeShifts(shifts)).to.be.below(0.001);
    const after = doc.querySelector('clearline-badge')!.getBoundingClientRect();
    expect([after.width, after.height, after.left, after.top], 'the badge keeps its reserved box').to.deep.equal([before.width, before.height, before.left, before.top]);
  });

  it('moves nothing without any CSS from the site when the script runs before the elements are added', async () => {
    const iframe = await openFrame(pageHtml('', { scriptInHead: true }).replace(/<clearline-(banner|badge) ><\/clearline-\1>/g, ''));
    const doc = iframe.contentDocument!;
    const win = iframe.contentWindow!;
    // The loader has run (an app, a tag manager or a CMS widget adds the elements later).
    await until(win, 'the loader', () => doc.adoptedStyleSheets.length > 0);
    for (let i = 0; i < 3; i++) await frame();
    const holder = doc.createElement('template');
    holder.innerHTML = `<clearline-banner ${attrs}></clearline-banner>`;
    doc.querySelector('.site-banner')!.append(holder.content);
    holder.innerHTML = `<clearline-badge ${attrs}></clearline-badge>`;
    doc.querySelector('.tools')!.prepend(holder.content);
    // Adding elements moves the page by itself (the app's doing); what counts is what happens after.
    await frame();
    await frame();
    (win as Window & { __shifts: Shift[] }).__shifts.length = 0;
    const shifts = await settle(iframe);
    expect(total(shifts), describeShifts(shifts)).to.be.below(0.001);
  });

  it('the badge keeps its size through every state, in English and Dutch', async () => {
    const iframe = await openFrame(pageHtml('', { scriptInHead: true }));
    const doc = iframe.contentDocument!;
    const win = iframe.contentWindow!;
    const reserved = doc.querySelector('clearline-badge')!.getBoundingClientRect();
    await until(win, 'the badge code', () => !!win.customElements.get('clearline-badge'));
    for (const lang of ['en', 'nl']) {
      const badge = doc.createElement('clearline-badge') as HTMLElement & { data?: unknown; updateComplete: Promise<unknown> };
      badge.lang = lang;
      doc.querySelector('.tools')!.prepend(badge);
      const sizes: string[] = [];
      // The notice state too ("Mededeling": only an open incident of severity info, such as a phishing warning).
      const notice = statusFeed({ incidents: [{ ...statusFeed().incidents[0]!, severity: 'info', next_update_at: null }] });
      for (const data of [undefined, statusFeed(), statusFeed({ incidents: [] }), notice, statusFeed({ issued_at: iso(-120 * MIN), expires_at: iso(-60 * MIN) })]) {
        badge.data = data;
        await badge.updateComplete;
        const r = badge.getBoundingClientRect();
        sizes.push(`${r.width}x${r.height}`);
      }
      expect(new Set(sizes).size, `${lang}: ${sizes.join(', ')}`).to.equal(1);
      expect(sizes[0], `${lang}: the same box as reserved before the code loaded`).to.equal(`${reserved.width}x${reserved.height}`);
      badge.remove();
    }
  });
});

describe('layout shift in <clearline-status>', () => {
  before(async () => {
    await import('../../src/components/status/status.js');
    await import('../../src/content/markdown-lazy.js').then((m) => m.loadMarkdown());
  });

  it('draws Markdown fields in the same blocks before the Markdown renderer has arrived, so nothing moves when it does', async () => {
    const { renderPlain } = await import('../../src/content/markdown-plain.js');
    const feed = statusFeed();
    const inc = feed.incidents[0]!;
    inc.known = 'Schiphol closed its **runways** at 10:00 because of the storm, and *all* flights until 18:00 are cancelled.\n\nSee [the airport](https://example.com) for `trains`.';
    inc.unknown = '- When flights will resume\n- Whether tomorrow morning flights go\n  as planned\n\n1. First this\n2. Then that';
    // One fact per line (trial X), and a list right under a line of text: line breaks and blocks as marked draws them.
    inc.known += '\n\nThe buildings are open.\nAll exams are postponed. You will get a new date.\nClosed today:\n- e-mail\n- wifi and\nprinting';
    const el = document.createElement('clearline-status') as HTMLElement & { data?: unknown; updateComplete: Promise<unknown> };
    el.lang = 'en';
    el.style.width = '360px';
    el.data = feed;
    document.body.append(el);
    await el.updateComplete;
    const blocks = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=known] .md, [part~=unknown] .md')];
    expect(blocks.length).to.equal(2);
    for (const [i, block] of blocks.entries()) {
      const plain = document.createElement('div');
      plain.className = 'md';
      plain.append(renderPlain(i === 0 ? inc.known : inc.unknown));
      block.after(plain);
      expect(plain.getBoundingClientRect().height, plain.innerHTML).to.equal(block.getBoundingClientRect().height);
      plain.remove();
    }
    el.remove();
  });

  it('moves nothing when the clock ticks', async () => {
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => shifts.push((e as PerformanceEntry & { value: number }).value)));
    const el = document.createElement('clearline-status') as unknown as HTMLElement & { data?: unknown; now: number; updateComplete: Promise<unknown> };
    el.lang = 'en';
    el.style.width = '360px';
    // At a fixed time of day: near midnight the next day's date rightly joins the times ("yesterday, 23:20").
    const noon = new Date().setHours(12, 0, 0, 0);
    el.now = noon;
    el.data = shiftTimes(statusFeed(), noon - Date.now());
    const after = document.createElement('p');
    after.textContent = 'Content below the status.';
    document.body.append(el, after);
    await el.updateComplete;
    await frame();
    observer.observe({ type: 'layout-shift' });
    for (const minutes of [1, 5, 10]) {
      el.now = noon + minutes * MIN;
      await el.updateComplete;
      await frame();
      await frame();
    }
    observer.disconnect();
    expect(shifts.reduce((a, b) => a + b, 0)).to.be.below(0.001);
    el.remove();
    after.remove();
  });
});

describe('the reserved badge box', () => {
  it('is the same in the badge element, the loader and the documented CSS line', async () => {
    const { badgeReserveCss } = await import('../../src/components/badge/badge-reserve.styles.js');
    const { BADGE_RESERVE_CSS, RESERVE_CSS } = await import('../../src/loader/reserve.js');
    expect(BADGE_RESERVE_CSS).to.equal(badgeReserveCss());
    expect(ONE_LINE).to.equal(`<style>${RESERVE_CSS}</style>`);
    const docs = await (await fetch('/docs/performance.md')).text();
    expect(docs, 'docs/performance.md shows the line').to.contain(RESERVE_CSS);
  });
});
