import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import type { AxeResults, default as AxeCore } from 'axe-core';
import '../../src/components/help/help.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import { HELP_ENTRIES, helpFeed } from './help-fixtures.js';
import { iso, keygen, MIN, serve, sign, statusFeed } from './helpers.js';

const axe = (window as unknown as { axe: typeof AxeCore }).axe;
type Help = ClearlineHelp;
const root = (el: Help) => el.shadowRoot!;
const launcher = (el: Help) => root(el).querySelector<HTMLButtonElement>('button.launcher')!;
const dialog = (el: Help) => root(el).querySelector('dialog');
/** The deepest focused element, through shadow roots. */
function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}
const inDialog = (el: Help) => {
  const a = document.activeElement;
  if (a !== el) return false;
  let inner: Element | null = root(el).activeElement;
  return !!inner && (dialog(el)!.contains(inner) || false);
};

async function mount(lang = 'en', data = helpFeed(), extra = ''): Promise<Help> {
  const el = await fixture<Help>(html`<clearline-help lang=${lang} .data=${data} .entries=${HELP_ENTRIES} placement=${extra || 'bottom-end'}></clearline-help>`);
  await el.updateComplete;
  return el;
}

async function open(el: Help): Promise<void> {
  launcher(el).click();
  await waitUntil(() => dialog(el)?.open, 'dialog opens');
  await waitUntil(() => root(el).querySelector('clearline-faq')?.shadowRoot?.querySelector('input'), 'FAQ search ready', { timeout: 5000 });
  await el.updateComplete;
}

afterEach(async () => {
  await emulateMedia({ colorScheme: 'light' });
  await setViewport({ width: 800, height: 600 });
});

// First in the file, so that no earlier test has loaded the FAQ or the search engine.
describe('<clearline-help> loads nothing but the button until first opened', () => {
  it('only the status request before opening; the FAQ document, search and Markdown after', async () => {
    const key = await keygen();
    const status = serve(JSON.stringify(await sign(helpFeed(), [key])));
    const faq = serve(JSON.stringify(await sign({ ...statusFeed(), type: 'faq', entries: HELP_ENTRIES, channels: undefined, incidents: undefined, publisher: undefined }, [key], 'faq')));
    const names = () => performance.getEntriesByType('resource').map((r) => r.name);
    const before = names().length;
    const el = await fixture<Help>(html`<clearline-help src=${status} faq-src=${faq} public-key=${JSON.stringify(key.publicJwk)}></clearline-help>`);
    await waitUntil(() => root(el).querySelector('[part~=marker]'), 'status arrives', { timeout: 5000 });
    await aTimeout(300);
    const loaded = names().slice(before);
    expect(loaded.filter((n) => /search|markdown|faq|marked|purify/.test(n)), loaded.join('\n')).to.deep.equal([]);
    expect(root(el).querySelector('dialog')).to.equal(null);
    launcher(el).click();
    await waitUntil(() => root(el).querySelector('clearline-faq')?.shadowRoot?.querySelector('[part~=entry]'), 'FAQ shown after opening', { timeout: 5000 });
  });
});

describe('<clearline-help> launcher', () => {
  it('is a button named "Help" / "Hulp", in the bottom-end corner by default, bottom-start on request', async () => {
    const en = await mount('en');
    expect(launcher(en).textContent!.trim()).to.equal('Help');
    const r = launcher(en).getBoundingClientRect();
    expect(window.innerWidth - r.right).to.be.within(0, 40);
    expect(window.innerHeight - r.bottom).to.be.within(0, 40);
    const nl = await mount('nl', helpFeed(), 'bottom-start');
    expect(launcher(nl).textContent!.trim()).to.equal('Hulp');
    expect(launcher(nl).getBoundingClientRect().left).to.be.within(0, 40);
  });

  it('is marked while an incident is open, and described as such', async () => {
    const el = await mount('en');
    expect(root(el).querySelector('[part~=marker]')).to.exist;
    expect(launcher(el).getAttribute('aria-describedby')).to.equal('marker-text');
    expect(root(el).getElementById('marker-text')!.textContent).to.equal('There is a disruption right now');
    const calm = await mount('en', helpFeed({ incidents: [] }));
    expect(root(calm).querySelector('[part~=marker]')).to.equal(null);
    expect(launcher(calm).hasAttribute('aria-describedby')).to.equal(false);
  });

  it('names the reader\'s zone on the next-update time when the feed is in another zone, as <clearline-status> does', async () => {
    const readerOffset = -new Date().getTimezoneOffset();
    const far = readerOffset === 9 * 60 ? 'America/New_York' : 'Asia/Tokyo';
    const feed = helpFeed({ time_zone: far });
    const el = await mount('en', feed);
    await open(el);
    const shown = root(el).querySelector('[part~=next-update]')!.textContent!;
    // The zone's name at the promised time, not now: within 20 minutes of a DST change they differ (GMT+2, then GMT+1).
    const at = Date.parse(feed.incidents[0]!.next_update_at!);
    const zoneName = new Intl.DateTimeFormat('en', { timeZoneName: 'short' }).formatToParts(at).find((p) => p.type === 'timeZoneName')!.value;
    expect(shown, 'the reader is told which clock the time is on').to.contain(zoneName);
  });

  it('opens a dialog with focus inside; Tab stays inside; Escape closes and focus returns', async () => {
    const el = await mount();
    launcher(el).focus();
    await open(el);
    expect(launcher(el).getAttribute('aria-expanded')).to.equal('true');
    expect(inDialog(el), 'focus inside the dialog').to.equal(true);
    expect(root(el).activeElement?.classList.contains('close'), 'focus starts on the close button').to.equal(true);
    for (let i = 0; i < 25; i++) {
      const back = i % 7 === 6;
      if (back) await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      if (back) await sendKeys({ up: 'Shift' });
      expect(inDialog(el), `focus inside after ${i + 1} tabs (${deepActive()?.outerHTML.slice(0, 60)})`).to.equal(true);
    }
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(el)!.open, 'Escape closes');
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(deepActive()).to.equal(launcher(el));
    expect(launcher(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('the close button closes it and focus returns to the launcher', async () => {
    const el = await mount('nl');
    await open(el);
    const close = root(el).querySelector<HTMLButtonElement>('button.close')!;
    expect(close.getAttribute('aria-label')).to.equal('Sluiten');
    close.click();
    await waitUntil(() => !dialog(el)!.open && !el.open);
    expect(deepActive()).to.equal(launcher(el));
  });

  it('shows the open incident, its "act now" actions and the next update', async () => {
    const el = await mount();
    await open(el);
    const incident = root(el).querySelector('[part~=incident]')!;
    expect(incident.querySelector('h3')!.textContent).to.equal('Storm: flights cancelled');
    expect(incident.querySelector('[part~=next-update]')!.textContent).to.match(/Next update (?:at |\w{3}, ).* \(in 20 minutes\)/); // after 23:40 the day is named
    expect(incident.querySelector('[part~=actions]')!.textContent).to.contain('Do not go to the airport');
    expect(incident.querySelector('[part~=actions]')!.textContent).not.to.contain('rebooking');
    // Who it is for stands on its own line above the action (not run into it: "You fly today Do not go …").
    const who = incident.querySelector('[part~=actions] .who')!;
    expect(who.textContent).to.equal('You fly today');
    const action = [...who.parentElement!.childNodes].find((n) => n.textContent?.includes('Do not go'))!;
    const range = document.createRange();
    range.selectNodeContents(action);
    expect(range.getBoundingClientRect().top).to.be.at.least(who.getBoundingClientRect().bottom - 1);
  });

  it('the actions that can wait, with "you do not need to call" (for those who ask just in case); while overdue, without the promise of news', async () => {
    const el = await mount();
    await open(el);
    const later = root(el).querySelector('[part~=incident] [part~=can-wait]')!;
    expect(later.querySelector('h4')!.textContent).to.equal('Can wait');
    expect(later.textContent).to.contain('If this is not urgent for you, you do not need to call: the next update will tell you more.');
    expect(later.textContent).to.contain('See rebooking options');
    expect(later.querySelector('a')!.getAttribute('href')).to.equal('https://example.com/rebook');
    expect(later.querySelector('.who')!.textContent).to.equal('You fly later this week');
    expect(later.textContent).not.to.contain('Do not go to the airport');

    const overdue = helpFeed();
    overdue.incidents[0]!.next_update_at = iso(-10 * MIN);
    const nl = await mount('nl', overdue);
    await open(nl);
    const late = root(nl).querySelector('[part~=incident] [part~=can-wait]')!;
    expect(late.querySelector('h4')!.textContent).to.equal('Kan wachten');
    expect(late.textContent).not.to.contain('de volgende update vertelt u meer');
    expect(late.textContent).to.contain('Bekijk omboekopties');
  });
});

  it('the FAQ group of the disruption does not repeat the incident title shown just above it (a standalone FAQ does)', async () => {
    for (const [lang, heading] of [['en', 'Questions about the current disruption'], ['nl', 'Vragen over de huidige melding']] as const) {
      const el = await mount(lang);
      await open(el);
      const faq = root(el).querySelector('clearline-faq')!;
      await waitUntil(() => faq.shadowRoot!.querySelector('[part~=disruption]'), 'the disruption group');
      const group = faq.shadowRoot!.querySelector('[part~=disruption] .section-heading')!;
      expect(group.textContent).to.equal(heading);
      expect(root(el).querySelector('[part~=incident] h3')!.textContent, 'the title is above it').to.match(/Storm/);
    }
    const standalone = await fixture<HTMLElement>(html`<clearline-faq lang="en" .statusData=${helpFeed()} .entries=${HELP_ENTRIES}></clearline-faq>`);
    await waitUntil(() => standalone.shadowRoot!.querySelector('[part~=disruption]'), 'the disruption group');
    expect(standalone.shadowRoot!.querySelector('[part~=disruption] .section-heading')!.textContent).to.equal('About the current disruption: Storm: flights cancelled');
  });

describe('<clearline-help> page cost', () => {
  it('causes no layout shift: arriving, status loaded, opened, closed', async () => {
    const shifts: number[] = [];
    const po = new PerformanceObserver((list) => list.getEntries().forEach((e) => shifts.push((e as PerformanceEntry & { value: number }).value)));
    po.observe({ type: 'layout-shift', buffered: false });
    const page = await fixture(html`<main><h1>Page</h1>${Array.from({ length: 8 }, (_, i) => html`<p>Paragraph ${i} of the host page with some text.</p>`)}<clearline-help></clearline-help><p>Last</p></main>`);
    const el = page.querySelector('clearline-help')! as Help;
    const last = page.lastElementChild!.getBoundingClientRect().top;
    el.data = helpFeed();
    el.entries = HELP_ENTRIES;
    await el.updateComplete;
    await open(el);
    root(el).querySelector<HTMLButtonElement>('button.close')!.click();
    await waitUntil(() => !dialog(el)!.open);
    await aTimeout(200);
    po.disconnect();
    expect(page.lastElementChild!.getBoundingClientRect().top).to.equal(last);
    expect(shifts.reduce((a, b) => a + b, 0)).to.equal(0);
  });
});

async function violations(el: Help): Promise<string[]> {
  await el.updateComplete;
  const results: AxeResults = await axe.run(el, { resultTypes: ['violations'] });
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary}`).join(' | ')}`);
}

describe('<clearline-help> axe-core: zero violations', () => {
  for (const lang of ['en', 'nl']) {
    for (const [theme, scheme] of [['light', 'light'], ['dark', 'light'], ['', 'dark']] as const) {
      it(`${lang} | theme=${theme || '(none)'} prefers ${scheme}: closed, answers, reasons, urgent reason`, async () => {
        await emulateMedia({ colorScheme: scheme });
        const el = await mount(lang);
        if (theme) el.setAttribute('theme', theme);
        expect(await violations(el), 'closed').to.deep.equal([]);
        await open(el);
        expect(await violations(el), 'answers').to.deep.equal([]);
        root(el).querySelector<HTMLButtonElement>('[part~=still-need-us]')!.click();
        await el.updateComplete;
        expect(await violations(el), 'reasons').to.deep.equal([]);
        root(el).querySelector<HTMLButtonElement>('button.reason')!.click();
        await el.updateComplete;
        root(el).querySelector<HTMLButtonElement>('.answers button.question')!.click();
        await el.updateComplete;
        expect(await violations(el), 'urgent reason with an answer open').to.deep.equal([]);
        const outdated = await mount(lang, helpFeed({ issued_at: iso(-120 * MIN), expires_at: iso(-60 * MIN) }));
        if (theme) outdated.setAttribute('theme', theme);
        await open(outdated);
        expect(root(outdated).querySelector('[part~=notice]'), 'the outdated notice').to.exist;
        expect(await violations(outdated), 'answers under the outdated notice').to.deep.equal([]);
      });
    }
  }
});

describe('<clearline-help> faq-feed-id', () => {
  async function withFaq(faqFeedId: string) {
    const key = await keygen();
    const status = serve(JSON.stringify(await sign(helpFeed(), [key])));
    const faq = serve(JSON.stringify(await sign({ ...statusFeed(), feed_id: 'example-air-faq', type: 'faq', entries: HELP_ENTRIES, channels: undefined, incidents: undefined, publisher: undefined }, [key], 'faq')));
    const el = await fixture<Help>(html`<clearline-help lang="en" src=${status} faq-src=${faq} feed-id="example-air" faq-feed-id=${faqFeedId} public-key=${JSON.stringify(key.publicJwk)}></clearline-help>`);
    await waitUntil(() => root(el).querySelector('[part~=marker]'), 'status arrives', { timeout: 5000 });
    launcher(el).click();
    return el;
  }
  const entries = (el: Help) => root(el).querySelector('clearline-faq')?.shadowRoot?.querySelectorAll('[part~=entry]').length ?? 0;

  it('pins the FAQ document: the right id shows it, another id refuses it', async () => {
    const right = await withFaq('example-air-faq');
    await waitUntil(() => entries(right) > 0, 'FAQ shown', { timeout: 5000 });
    const wrong = await withFaq('someone-else-faq');
    await waitUntil(() => root(wrong).querySelector('clearline-faq')?.shadowRoot?.textContent?.includes('not in a form'), 'FAQ refused', { timeout: 5000 }).catch(() => undefined);
    await aTimeout(500);
    expect(entries(wrong)).to.equal(0);
  });

  it('without it, the console names the attribute the web team can set: faq-feed-id on <clearline-help>', async () => {
    const warned: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warned.push(args.join(' '));
    try {
      const el = await withFaq('');
      await waitUntil(() => entries(el) > 0, 'FAQ shown', { timeout: 5000 });
      await aTimeout(100);
    } finally {
      console.warn = original;
    }
    expect(warned.filter((w) => /feed-id/.test(w)), warned.join('\n')).to.deep.equal([
      `<clearline-help src="${warned.join('').match(/src="([^"]+)"/)![1]}">: no faq-feed-id is set; add faq-feed-id="example-air-faq" so that only this feed is accepted here.`,
    ]);
  });
});
