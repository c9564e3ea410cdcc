// Issue 15 outside the launcher: "Did this answer your question?" under every opened answer of
// <clearline-faq> (yes / no; on "no" the status feed's contact reasons, else its channels), and
// clearline-contact from every channel link in <clearline-faq> and <clearline-status>, with every
// event's detail, through track() (so report-url gets the line too).
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import type { default as AxeCore } from 'axe-core';
import '../../src/components/faq/faq.js';
import '../../src/components/status/status.js';
import type { ClearlineFaq } from '../../src/components/faq/faq.js';
import type { ClearlineStatus } from '../../src/components/status/status.js';
import { HELP_ENTRIES, helpFeed } from './help-fixtures.js';
import { iso, keygen, MIN, serve, sign } from './helpers.js';

const TYPES = ['clearline-contact', 'clearline-feedback', 'clearline-reason', 'clearline-open'];

// Following a channel link must not navigate the test page away.
const stopNavigation = (e: Event) => e.preventDefault();
before(() => window.addEventListener('click', stopNavigation));
after(() => window.removeEventListener('click', stopNavigation));

let seen: Array<{ type: string; detail: unknown }> = [];
const note = (e: Event) => seen.push({ type: e.type, detail: (e as CustomEvent).detail });
beforeEach(() => {
  seen = [];
  for (const t of TYPES) document.addEventListener(t, note);
});
afterEach(() => {
  for (const t of TYPES) document.removeEventListener(t, note);
});

const key = await keygen();
const publicKey = JSON.stringify(key.publicJwk);
const withReasons = serve(JSON.stringify(await sign(helpFeed(), [key])));
const { contact_reasons: _, ...plain } = helpFeed();
const withoutReasons = serve(JSON.stringify(await sign(plain, [key])));

const axe = (window as unknown as { axe: typeof AxeCore }).axe;
const violations = async (el: Element) => (await axe.run(el, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);

const sr = (el: Element) => el.shadowRoot!;
const $ = (el: Element, sel: string) => sr(el).querySelector<HTMLElement>(sel)!;
const $$ = (el: Element, sel: string) => [...sr(el).querySelectorAll<HTMLElement>(sel)];

/** An FAQ that consults a signed status feed; resolved once the feed's incident is shown. */
async function faq(statusSrc = withReasons, lang = 'en'): Promise<ClearlineFaq> {
  const el = await fixture<ClearlineFaq>(html`<clearline-faq lang=${lang} status-src=${statusSrc} public-key=${publicKey} .entries=${HELP_ENTRIES}></clearline-faq>`);
  await waitUntil(() => sr(el).querySelector('[part~=disruption]'), 'status feed verified', { timeout: 5000 });
  return el;
}

async function openEntry(el: ClearlineFaq, id: string): Promise<HTMLElement> {
  $(el, `button.question[data-id="${id}"]`).click();
  await el.updateComplete;
  return $(el, `[id="faq-${id}"]`);
}

async function search(el: ClearlineFaq, text: string): Promise<void> {
  sr(el).querySelector<HTMLInputElement>('input[type=search]')!.focus();
  await sendKeys({ type: text });
  await waitUntil(() => sr(el).querySelector('[part~=count]')?.textContent?.match(/result/), 'search settles', { timeout: 5000 });
}

describe('<clearline-faq>: "Did this answer your question?"', () => {
  it('under every opened answer; "yes" thanks the reader, keeps focus in place and fires clearline-feedback', async () => {
    const el = await faq();
    expect(sr(el).querySelector('[part~=feedback]'), 'nothing before an answer opens').to.equal(null);
    const entry = await openEntry(el, 'move');
    await openEntry(el, 'when-back');
    expect($$(el, '[part~=feedback]')).to.have.length(2);
    expect(entry.querySelector('[part~=feedback]')!.textContent).to.contain('Did this answer your question?');
    // Named by the question it shows, not by a copy of it as well: a screen reader heard it twice (trial I).
    const group = entry.querySelector('[part~=feedback]')!;
    expect(group.hasAttribute('aria-label')).to.equal(false);
    expect(sr(el).getElementById(group.getAttribute('aria-labelledby')!)!.textContent).to.equal('Did this answer your question?');
    entry.querySelector<HTMLButtonElement>('button.fb[data-helpful=yes]')!.click();
    await el.updateComplete;
    await aTimeout(0);
    expect(entry.querySelector('[part~=feedback]')!.textContent).to.contain('Thank you for letting us know.');
    expect(entry.querySelector('button.fb'), 'answered once').to.equal(null);
    expect(sr(el).activeElement?.classList.contains('feedback-said')).to.equal(true);
    expect(seen).to.deep.equal([
      { type: 'clearline-open', detail: { entry: 'move' } },
      { type: 'clearline-open', detail: { entry: 'when-back' } },
      { type: 'clearline-feedback', detail: { entry: 'move', helpful: true } },
    ]);
  });

  it('"no" after a search: the contact reasons; a reason shows its other answers and its channels; every detail', async () => {
    const el = await faq();
    await search(el, 'compensation');
    const entry = await openEntry(el, 'compensation');
    entry.querySelector<HTMLButtonElement>('button.fb[data-helpful=no]')!.click();
    await el.updateComplete;
    expect(entry.querySelector('[part~=feedback]')!.textContent).to.contain('Tell us what it is about');
    expect([...entry.querySelectorAll<HTMLElement>('button.reason')].map((b) => b.dataset.reason)).to.deep.equal(['smell-gas', 'no-heating', 'bill']);
    expect(await violations(el), 'axe: the reasons under an answer').to.deep.equal([]);
    entry.querySelector<HTMLButtonElement>('button.reason[data-reason=no-heating]')!.click();
    await el.updateComplete;
    await aTimeout(0);
    const panel = entry.querySelector<HTMLElement>('.reason-panel')!;
    expect(sr(el).activeElement?.classList.contains('reason-heading')).to.equal(true);
    expect(panel.textContent).to.contain('No heating');
    // Its other answer (not the one just judged), then call-back and self-service before the queue.
    expect([...panel.querySelectorAll('a[href^="#faq-"]')].map((a) => a.getAttribute('href'))).to.deep.equal(['#faq-when-back']);
    expect([...panel.querySelectorAll<HTMLElement>('[data-channel]')].map((c) => c.dataset.channel)).to.deep.equal(['callback', 'web', 'phone']);
    panel.querySelector<HTMLAnchorElement>('[data-channel=callback] a')!.click();
    expect(seen).to.deep.equal([
      { type: 'clearline-open', detail: { entry: 'compensation', query: 'compensation' } },
      { type: 'clearline-feedback', detail: { entry: 'compensation', helpful: false, query: 'compensation' } },
      { type: 'clearline-reason', detail: { reason: 'no-heating', incidents: ['storm'] } },
      { type: 'clearline-contact', detail: { channel: 'callback', reason: 'no-heating', query: 'compensation', entry: 'compensation', incidents: ['storm'] } },
    ]);
    panel.querySelector<HTMLButtonElement>('button.back')!.click();
    await el.updateComplete;
    await aTimeout(0);
    expect(sr(el).activeElement?.getAttribute('data-reason')).to.equal('no-heating');
  });

  it('an urgent reason: the emergency line first and nothing that makes the reader wait (Dutch)', async () => {
    const el = await faq(withReasons, 'nl');
    const entry = await openEntry(el, 'gas-safety');
    expect(entry.textContent).to.contain('Heeft dit uw vraag beantwoord?');
    entry.querySelector<HTMLButtonElement>('button.fb[data-helpful=no]')!.click();
    await el.updateComplete;
    entry.querySelector<HTMLButtonElement>('button.reason[data-reason=smell-gas]')!.click();
    await el.updateComplete;
    const channels = [...entry.querySelectorAll<HTMLElement>('.reason-panel [data-channel]')];
    expect(channels.map((c) => c.dataset.channel)).to.deep.equal(['gas', 'chat']);
    expect(channels[0]!.textContent).to.contain('Bij nood');
    expect(await violations(el), 'axe: the reason panel under an answer').to.deep.equal([]);
    channels[0]!.querySelector('a')!.click();
    expect(seen.at(-1)).to.deep.equal({ type: 'clearline-contact', detail: { channel: 'gas', reason: 'smell-gas', entry: 'gas-safety', incidents: ['storm'] } });
  });

  it('"no" without contact reasons: the channels, emergency line first, then self-service before the queue', async () => {
    const el = await faq(withoutReasons);
    const entry = await openEntry(el, 'move');
    entry.querySelector<HTMLButtonElement>('button.fb[data-helpful=no]')!.click();
    await el.updateComplete;
    expect(entry.querySelector('button.reason')).to.equal(null);
    expect(entry.querySelector('[part~=feedback]')!.textContent).to.contain('Sorry this did not help. You can ask us directly:');
    const ids = [...entry.querySelectorAll<HTMLElement>('[part~=no-answer] [data-channel]')].map((c) => c.dataset.channel);
    expect(ids).to.deep.equal(['gas', 'callback', 'web', 'chat', 'phone']);
    entry.querySelector<HTMLAnchorElement>('[data-channel=phone] a')!.click();
    expect(seen.slice(1)).to.deep.equal([
      { type: 'clearline-feedback', detail: { entry: 'move', helpful: false } },
      { type: 'clearline-contact', detail: { channel: 'phone', entry: 'move', incidents: ['storm'] } },
    ]);
  });

  it('the search no-answer box: clearline-contact with the query', async () => {
    const el = await faq();
    await search(el, 'parking permit wibble');
    await waitUntil(() => sr(el).querySelector('.no-answer [data-channel]'), 'no-answer box with channels', { timeout: 5000 });
    $(el, '.no-answer [data-channel=chat] a').click();
    expect(seen).to.deep.equal([{ type: 'clearline-contact', detail: { channel: 'chat', query: 'parking permit wibble', incidents: ['storm'] } }]);
  });
});

async function collected(token: string): Promise<Array<{ body: string }>> {
  return (await fetch(`/__collect/${token}`)).json();
}

describe('<clearline-status>: clearline-contact from every channel link', () => {
  it('ordinary and emergency lines, bubbling and composed from the element; self-service links are not channels', async () => {
    const el = await fixture<ClearlineStatus>(html`<clearline-status lang="en" faq-href="https://example.com/faq" .data=${helpFeed()}></clearline-status>`);
    await el.updateComplete;
    let event: CustomEvent | undefined;
    document.body.addEventListener('clearline-contact', (e) => (event = e), { once: true });
    $(el, '[part~=channel][data-channel=phone] a').click();
    expect(event!.bubbles && event!.composed).to.equal(true);
    expect(event!.target).to.equal(el);
    $(el, '[part~=emergency] [data-channel=gas] a').click();
    for (const a of $$(el, '[part~=self-service] a')) a.click();
    $(el, '[part~=channels] h2').click();
    expect(seen).to.deep.equal([
      { type: 'clearline-contact', detail: { channel: 'phone', incidents: ['storm'] } },
      { type: 'clearline-contact', detail: { channel: 'gas', incidents: ['storm'] } },
    ]);
  });

  it('with report-url the contact becomes a report line (sent when the page is hidden)', async () => {
    const token = `s${Date.now()}`;
    const el = await fixture<ClearlineStatus>(html`<clearline-status lang="en" report-url=${`/__collect/${token}`} .data=${helpFeed()}></clearline-status>`);
    await el.updateComplete;
    $(el, '[data-channel=callback] a').click();
    // The sender loads on the first line to report; let it load and take the line.
    await import('../../src/components/shared/page-reporter.js');
    await aTimeout(0);
    window.dispatchEvent(new Event('pagehide'));
    await waitUntil(async () => (await collected(token)).length > 0, 'beacon arrives', { timeout: 5000 });
    const lines = (await collected(token)).flatMap((b) => b.body.trimEnd().split('\n').map((l) => JSON.parse(l)));
    const contact = lines.find((l) => l.type === 'contact');
    expect(contact).to.include({ channel: 'callback', feed: 'example-air', lang: 'en', phase: 'identified' });
    expect(contact.incidents).to.deep.equal(['storm']);
  });
});

describe('<clearline-faq> "no" when the status has expired', () => {
  it('still offers the reasons and their channels, the emergency line first, without waits that may be out of date', async () => {
    const expired = helpFeed({ issued_at: iso(-120 * MIN), expires_at: iso(-60 * MIN) });
    const el = await fixture<ClearlineFaq>(html`<clearline-faq lang="en" .statusData=${expired} .entries=${HELP_ENTRIES}></clearline-faq>`);
    const entry = await openEntry(el, 'compensation');
    entry.querySelector<HTMLButtonElement>('button.fb[data-helpful=no]')!.click();
    await el.updateComplete;
    expect([...entry.querySelectorAll<HTMLElement>('button.reason')].map((b) => b.dataset.reason)).to.deep.equal(['smell-gas', 'no-heating', 'bill']);
    entry.querySelector<HTMLButtonElement>('button.reason[data-reason=smell-gas]')!.click();
    await el.updateComplete;
    const panel = entry.querySelector<HTMLElement>('.reason-panel')!;
    expect([...panel.querySelectorAll<HTMLElement>('[data-channel]')].map((c) => c.dataset.channel)[0]).to.equal('gas');
    expect(panel.textContent).not.to.match(/minute/i);
  });
});
