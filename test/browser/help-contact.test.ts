import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/help/help.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import { HELP_ENTRIES, helpFeed } from './help-fixtures.js';
import { CACHE_PREFIX } from '../../src/feed/cache.js';
import { iso, keygen, MIN, nextSeq, serve, sign } from './helpers.js';

type Help = ClearlineHelp;
const root = (el: Help) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Help, sel: string) => root(el).querySelector<T & HTMLElement>(sel)!;
const $$ = (el: Help, sel: string) => [...root(el).querySelectorAll<HTMLElement>(sel)];
const faqInput = (el: Help) => root(el).querySelector('clearline-faq')?.shadowRoot?.querySelector<HTMLInputElement>('input[type=search]') as HTMLInputElement;

// Following a channel link must not navigate the test page away.
const stopNavigation = (e: Event) => e.preventDefault();
before(() => window.addEventListener('click', stopNavigation));
after(() => window.removeEventListener('click', stopNavigation));

/** Every clearline-* event that reaches the document, in order. */
function record(): Array<{ type: string; detail: unknown }> {
  const seen: Array<{ type: string; detail: unknown }> = [];
  for (const type of ['clearline-contact', 'clearline-feedback', 'clearline-reason', 'clearline-open', 'clearline-search']) {
    document.addEventListener(type, (e) => seen.push({ type, detail: (e as CustomEvent).detail }));
  }
  return seen;
}

const key = await keygen();
/** Signed status and FAQ documents, served like a real site would. */
async function signedUrls(): Promise<{ src: string; faq: string }> {
  const faqDoc = { type: 'faq', version: 1, feed_id: 'example-faq', seq: nextSeq(), issued_at: iso(-MIN), expires_at: iso(60 * MIN), entries: HELP_ENTRIES };
  return { src: serve(JSON.stringify(await sign(helpFeed(), [key]))), faq: serve(JSON.stringify(await sign(faqDoc, [key], 'faq'))) };
}

async function openHelp(attrs: { reportUrl?: string; signed?: boolean } = {}): Promise<Help> {
  const urls = attrs.signed ? await signedUrls() : undefined;
  const el = urls
    ? await fixture<Help>(html`<clearline-help lang="en" report-url=${attrs.reportUrl ?? ''} src=${urls.src} faq-src=${urls.faq} public-key=${JSON.stringify(key.publicJwk)}></clearline-help>`)
    : await fixture<Help>(html`<clearline-help lang="en" report-url=${attrs.reportUrl ?? ''} .data=${helpFeed()} .entries=${HELP_ENTRIES}></clearline-help>`);
  if (urls) await waitUntil(() => el.shadowRoot!.querySelector('[part~=marker]'), 'status verified', { timeout: 5000 });
  $(el, 'button.launcher').click();
  await waitUntil(() => faqInput(el), 'FAQ ready', { timeout: 5000 });
  return el;
}

async function chooseReason(el: Help, id: string): Promise<void> {
  $(el, '[part~=still-need-us]').click();
  await el.updateComplete;
  $(el, `button.reason[data-reason="${id}"]`).click();
  await el.updateComplete;
}

const groups = (el: Help) => $$(el, '[part~=reason-panel] .group').map((g) => g.dataset.group);
const channelIds = (el: Help, group = 'channels') => $$(el, `[part~=reason-panel] [data-group="${group}"] [part~=channel]`).map((c) => c.dataset.channel);

describe('<clearline-help>: reason -> answers -> channels', () => {
  it('an urgent reason: the emergency line first, "act now", its answer, and nothing that makes the reader wait', async () => {
    const events = record();
    const el = await openHelp();
    await chooseReason(el, 'smell-gas');
    expect(events.filter((e) => e.type === 'clearline-reason').map((e) => e.detail)).to.deep.equal([{ reason: 'smell-gas', incidents: ['storm'] }]);
    expect(groups(el)).to.deep.equal(['emergency', 'actions', 'answers', 'channels']);
    expect(channelIds(el, 'emergency')).to.deep.equal(['gas']);
    expect(channelIds(el)).to.deep.equal(['chat']);
    expect($(el, '[part~=reason-panel]').textContent).not.to.match(/call back|Online form|45 minutes/i);
    expect($(el, '[data-group=actions]').textContent).to.contain('Do not go to the airport');
    expect($(el, '[data-group=actions]').textContent).not.to.contain('rebooking');
    // Who it is for on its own line above the action, as in <clearline-status>, not run into it.
    const who = $(el, '[data-group=actions] .who');
    expect(who.textContent).to.equal('You fly today');
    expect(getComputedStyle(who).display).to.equal('block');
    const range = document.createRange();
    range.selectNodeContents(who.parentElement!.lastChild!);
    expect(range.getBoundingClientRect().top, 'the action starts below "who"').to.be.at.least(who.getBoundingClientRect().bottom - 1);
    expect(root(el).activeElement?.classList.contains('reason-heading')).to.equal(true);
  });

  it('the contact view fits the outline of the dialog: its headings are h3 under the h2 title, the groups of a reason h4', async () => {
    const el = await openHelp();
    $(el, '[part~=still-need-us]').click();
    await el.updateComplete;
    expect($$(el, '[part~=reasons] :is(h1, h2, h3, h4, h5, h6)').map((h) => `${h.localName} ${h.textContent}`)).to.deep.equal(['h3 What is it about?']);
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(getComputedStyle($(el, '[part~=reasons] h3')).fontSize, 'a heading of the contact view: 1.05rem').to.equal(`${1.05 * rem}px`);
    $(el, 'button.reason[data-reason="smell-gas"]').click();
    await el.updateComplete;
    const panel = $$(el, '[part~=reason-panel] :is(h1, h2, h3, h4, h5, h6)').map((h) => h.localName);
    expect(panel).to.deep.equal(['h3', 'h4', 'h4', 'h4', 'h4']);
  });

  // Trials F and G with a screen reader: on the status page "What we know" and "What we don't know yet" are headings;
  // in the help dialog they, "Do this now" and "Can wait" were bold text, so moving by headings skipped them there.
  it('the incident in the dialog has its parts as headings: h4 under its h3 title', async () => {
    const el = await openHelp();
    const outline = $$(el, '[part~=incident] :is(h1, h2, h3, h4, h5, h6)').map((h) => `${h.localName} ${h.textContent!.trim()}`);
    expect(outline).to.deep.equal(['h3 Storm: flights cancelled', 'h4 Act now if…', 'h4 What we know', "h4 What we don't know yet", 'h4 Can wait']);
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(getComputedStyle($(el, '[part~=incident] h4')).fontSize, 'the size of the text around it').to.equal(`${rem}px`);
    expect(getComputedStyle($(el, '[part~=incident] h4')).marginTop).to.equal('0px');
  });

  it('the emergency line is on the first screen, above the incident: nobody who smells gas has to search or choose first', async () => {
    const events = record();
    const el = await openHelp();
    const emergency = $(el, '[part~=emergency]');
    expect(emergency.querySelector('h3')!.textContent).to.equal('In an emergency');
    expect([...emergency.querySelectorAll<HTMLElement>('[part~=channel]')].map((c) => c.dataset.channel)).to.deep.equal(['gas']);
    expect(emergency.compareDocumentPosition($(el, '[part~=incident]')) & Node.DOCUMENT_POSITION_FOLLOWING, 'before the incident').to.be.greaterThan(0);
    emergency.querySelector('a')!.click();
    expect(events.filter((e) => e.type === 'clearline-contact').map((e) => (e.detail as { channel: string }).channel)).to.deep.equal(['gas']);
  });

  it('an emergency line says when to use it first, then its wait, as <clearline-status> and the e-mail do (not "Expected wait …: Smell gas?")', async () => {
    const feed = helpFeed();
    const gas = feed.channels.find((c) => c.id === 'gas')!;
    Object.assign(gas, { wait_minutes: 2, reason: { en: 'Smell gas? Go outside and call at once, day and night.', nl: 'Ruikt u gas? Ga naar buiten en bel direct.' } });
    const el = await fixture<Help>(html`<clearline-help lang="en" .data=${feed} .entries=${HELP_ENTRIES}></clearline-help>`);
    $(el, 'button.launcher').click();
    await waitUntil(() => faqInput(el), 'FAQ ready', { timeout: 5000 });
    expect($(el, '[part~=emergency] [part~=channel] .wait').textContent).to.equal('Smell gas? Go outside and call at once, day and night. Expected wait about 2 minutes');
  });

  it('names the emergency lines in the words <clearline-status> and the FAQ use: "Bij nood" in Dutch, not a second name for the same line', async () => {
    const el = await fixture<Help>(html`<clearline-help lang="nl" .data=${helpFeed()} .entries=${HELP_ENTRIES}></clearline-help>`);
    $(el, 'button.launcher').click();
    await waitUntil(() => faqInput(el), 'FAQ ready', { timeout: 5000 });
    expect($(el, '[part~=emergency] h3').textContent).to.equal('Bij nood');
  });

  it('the incident says what we know and what we do not know yet (its first block, Markdown drawn), not only the title', async () => {
    const feed = helpFeed();
    feed.incidents[0]!.known = { en: 'Calls and SMS work. **112 works.**\n\nMobile data is down since 19:00.' };
    feed.incidents[0]!.unknown = { en: '- When mobile data is back.\n- Whether texts sent at 19:00 arrive.' };
    const el = await fixture<Help>(html`<clearline-help lang="en" .data=${feed} .entries=${HELP_ENTRIES}></clearline-help>`);
    $(el, 'button.launcher').click();
    await waitUntil(() => faqInput(el), 'FAQ ready', { timeout: 5000 });
    const [known, unknown] = [...el.shadowRoot!.querySelectorAll('[part~=incident] .gist')];
    expect(known!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('What we know Calls and SMS work. 112 works.');
    expect(known!.querySelectorAll('strong')[0]?.textContent, 'bold stays bold').to.equal('112 works.');
    expect(unknown!.querySelectorAll('li')).to.have.length(2);
    expect(el.shadowRoot!.querySelector('[part~=incident]')!.textContent).not.to.contain('since 19:00');
  });

  it('an action that calls shows the number it dials, as <clearline-status> does, on the first screen and under a reason', async () => {
    const feed = helpFeed();
    feed.incidents[0]!.actions = [{ label: { en: 'Got a refund SMS? Call the fraud line' }, href: 'tel:+318000247', urgent: true }];
    const el = await fixture<Help>(html`<clearline-help lang="en" .data=${feed} .entries=${HELP_ENTRIES}></clearline-help>`);
    $(el, 'button.launcher').click();
    await waitUntil(() => faqInput(el), 'FAQ ready', { timeout: 5000 });
    expect($(el, '[part~=actions] a').textContent).to.equal('Got a refund SMS? Call the fraud line (+31 800 0247)');
    // Under a reason that can wait: "I smell gas" names its gas line and no longer offers an action dialling another
    // number (trial Q, feed/reasons.ts).
    await chooseReason(el, 'no-heating');
    expect($(el, '[part~=reason-panel] [data-group=actions] a').textContent).to.equal('Got a refund SMS? Call the fraud line (+31 800 0247)');
  });

  it('an answer opened under a reason is drawn from its Markdown (bold stays bold, no asterisks)', async () => {
    const el = await openHelp();
    await chooseReason(el, 'smell-gas');
    $(el, '[part~=reason-panel] .entry[data-id="gas-safety"] button.question').click();
    await el.updateComplete;
    const bold = '[part~=reason-panel] .entry[data-id="gas-safety"] [part~=answer] .md strong';
    await waitUntil(() => root(el).querySelector(bold), 'the answer rendered by the Markdown renderer', { timeout: 5000 });
    expect($(el, bold).textContent).to.equal('call the gas leak line');
    expect($(el, '[part~=reason-panel] .entry[data-id="gas-safety"] [part~=answer]').textContent).not.to.contain('**');
  });

  it('a non-urgent reason during a disruption: answers first, then call-back and self-service before the phone', async () => {
    const el = await openHelp();
    await chooseReason(el, 'no-heating');
    // What we know and don't know yet of the incident above the general answers (trial R: help-storm-night.test.ts).
    expect(groups(el)).to.deep.equal(['incident', 'answers', 'actions', 'channels']);
    expect($$(el, '.answers .entry').map((e) => e.dataset.id)).to.deep.equal(['when-back', 'compensation']);
    expect(channelIds(el)).to.deep.equal(['callback', 'web', 'phone']);
    expect($(el, '[data-channel=phone]').textContent).to.contain('Expected wait about 45 minutes');
    $(el, 'button.back').click();
    await el.updateComplete;
    await aTimeout(0);
    expect(root(el).activeElement?.getAttribute('data-reason')).to.equal('no-heating');
  });

  it('events: open, feedback, contact with the reason, the last search and the incidents', async () => {
    const events = record();
    const el = await openHelp();
    faqInput(el).focus();
    await sendKeys({ type: 'heating' });
    await waitUntil(() => events.some((e) => e.type === 'clearline-search'), 'search settles', { timeout: 5000 });
    await chooseReason(el, 'no-heating');
    $(el, '.answers button.question').click();
    await el.updateComplete;
    expect($(el, '.answers [part~=feedback]').textContent).to.contain('Did this answer your question?');
    $(el, '.answers button.fb[data-helpful=no]').click();
    await el.updateComplete;
    expect($(el, '.answers [part~=feedback]').textContent).to.contain('Sorry this did not help');
    $(el, '[data-channel=callback] a').click();
    const mine = events.filter((e) => e.type !== 'clearline-search');
    expect(mine).to.deep.equal([
      { type: 'clearline-reason', detail: { reason: 'no-heating', incidents: ['storm'] } },
      { type: 'clearline-open', detail: { entry: 'when-back' } },
      { type: 'clearline-feedback', detail: { entry: 'when-back', helpful: false, query: 'heating' } },
      { type: 'clearline-contact', detail: { channel: 'callback', reason: 'no-heating', query: 'heating', incidents: ['storm'] } },
    ]);
  });

  it('events bubble out of the shadow root and are composed', async () => {
    const el = await openHelp();
    let seen: CustomEvent | undefined;
    document.body.addEventListener('clearline-reason', (e) => (seen = e), { once: true });
    await chooseReason(el, 'bill');
    expect(seen!.bubbles).to.equal(true);
    expect(seen!.composed).to.equal(true);
    expect(seen!.target).to.equal(el);
  });
});

async function collected(token: string): Promise<Array<{ body: string; cookie: string | null; referer: string | null }>> {
  return (await fetch(`/__collect/${token}`)).json();
}

describe('<clearline-help>: report-url beacon', () => {
  afterEach(() => {
    delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
  });

  it('sends scrubbed NDJSON in one batch when the help session ends, without cookies or referrer', async () => {
    const token = `t${Date.now()}`;
    document.cookie = 'sid=secret-session; path=/';
    const el = await openHelp({ reportUrl: `/__collect/${token}`, signed: true });
    await waitUntil(() => $(el, 'clearline-faq').shadowRoot!.querySelector('[part~=entry]'), 'FAQ verified', { timeout: 5000 });
    faqInput(el).focus();
    await sendKeys({ type: 'mail jan@example.nl about 1234 AB 5 or 0612345678 blah' });
    await aTimeout(900);
    await chooseReason(el, 'no-heating');
    $(el, '[data-channel=phone] a').click();
    expect(await collected(token), 'nothing before the session ends').to.deep.equal([]);
    $(el, 'button.close').click();
    await waitUntil(async () => (await collected(token)).length > 0, 'beacon arrives', { timeout: 5000 });
    const got = await collected(token);
    expect(got).to.have.length(1);
    expect(got[0]!.cookie).to.equal(null);
    expect(got[0]!.referer).to.equal(null);
    expect(got[0]!.body.endsWith('\n')).to.equal(true);
    const lines = got[0]!.body.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.type)).to.deep.equal(['search', 'no-answer', 'reason', 'contact', 'session']);
    for (const l of lines) {
      expect(l.t).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\dZ$/);
      expect(l.incidents).to.deep.equal(['storm']);
      expect(l.phase).to.equal('identified');
    }
    expect(lines[0].query).to.equal('mail [email] about [address] or [phone] blah');
    expect(lines[3]).to.deep.include({ channel: 'phone', reason: 'no-heating', query: 'mail [email] about [address] or [phone] blah' });
    expect(lines[4]).to.deep.include({ searches: 1, reasons: 1, contacts: 1, opened: 0 });
    expect(got[0]!.body).not.to.match(/jan@|1234 AB|0612345678|secret/);
    document.cookie = 'sid=; path=/; max-age=0';
  });

  it('sends nothing when the browser signals Global Privacy Control', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    const token = `gpc${Date.now()}`;
    const el = await openHelp({ reportUrl: `/__collect/${token}` });
    await chooseReason(el, 'no-heating');
    $(el, '[data-channel=phone] a').click();
    $(el, 'button.close').click();
    window.dispatchEvent(new Event('pagehide'));
    await aTimeout(500);
    expect(await collected(token)).to.deep.equal([]);
  });

  it('batches: 20 lines go at once, the rest when the page is hidden', async () => {
    const token = `b${Date.now()}`;
    const el = await openHelp({ reportUrl: `/__collect/${token}` });
    $(el, '[part~=still-need-us]').click();
    await el.updateComplete;
    for (let i = 0; i < 23; i++) {
      $(el, `button.reason[data-reason="bill"]`).click();
      await el.updateComplete;
      $(el, 'button.back').click();
      await el.updateComplete;
    }
    await waitUntil(async () => (await collected(token)).length === 1, 'first batch', { timeout: 5000 });
    expect((await collected(token))[0]!.body.trimEnd().split('\n')).to.have.length(20);
    window.dispatchEvent(new Event('pagehide'));
    await waitUntil(async () => (await collected(token)).length === 2, 'the rest', { timeout: 5000 });
    const rest = (await collected(token))[1]!.body.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(rest.map((l) => l.type)).to.deep.equal(['reason', 'reason', 'reason', 'session']);
    expect(rest[3].reasons).to.equal(23);
  });
});


describe('<clearline-help> with trusted data and no src', () => {
  it('hands its data to the embedded FAQ: a search without answer offers the data\'s channels, the emergency line first', async () => {
    const el = await openHelp();
    const faq = $(el, 'clearline-faq') as HTMLElement & { statusData?: unknown };
    expect(faq.statusData, 'the FAQ got the launcher\'s data').to.equal(el.data);
    faqInput(el).focus();
    await sendKeys({ type: 'parking garage abroad' });
    const box = await waitUntil(() => faq.shadowRoot!.querySelector('[part~=no-answer]'), 'no-answer box', { timeout: 5000 }).then(() => faq.shadowRoot!.querySelector('[part~=no-answer]')!);
    const links = [...box.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links[0], 'the emergency line first').to.equal('tel:0800-9009');
    expect(links).to.include.members(['tel:+31201234567', 'https://example.com/chat']);
  });
});

describe('<clearline-help> with a status it could not confirm again', () => {
  // A feed that was not re-signed in time (a failed heartbeat at 2 a.m.): the last verified
  // incident, its reasons and its channels stay, marked as outdated, as <clearline-status> does.
  const expired = () => helpFeed({ issued_at: iso(-120 * MIN), expires_at: iso(-60 * MIN) });

  it('keeps the incident, the reasons and the emergency line, under an "Outdated" notice', async () => {
    const el = await fixture<Help>(html`<clearline-help lang="en" .data=${expired()} .entries=${HELP_ENTRIES}></clearline-help>`);
    expect(root(el).querySelector('[part~=marker]'), 'the launcher still marks the disruption').to.exist;
    expect($(el, '#marker-text').textContent, 'but not as "right now"').to.match(/^A disruption, not confirmed since .*\d{1,2}:\d{2}/); // with the day after midnight
    $(el, 'button.launcher').click();
    await waitUntil(() => faqInput(el), 'FAQ ready', { timeout: 5000 });
    expect($(el, '[part~=incident] h3').textContent).to.contain('Storm');
    expect($(el, '[part~=notice]').textContent).to.match(/^Outdated: this information dates from .+ and may no longer be true\.$/);
    await chooseReason(el, 'smell-gas');
    expect($(el, '[part~=notice]').textContent, 'the contact view says so too').to.match(/^Outdated/);
    expect(channelIds(el, 'emergency')).to.deep.equal(['gas']);
  });

  it('the embedded FAQ still offers the channels when a search finds no answer, the emergency line first', async () => {
    const el = await fixture<Help>(html`<clearline-help lang="en" .data=${expired()} .entries=${HELP_ENTRIES}></clearline-help>`);
    $(el, 'button.launcher').click();
    await waitUntil(() => faqInput(el), 'FAQ ready', { timeout: 5000 });
    const faq = $(el, 'clearline-faq');
    faqInput(el).focus();
    await sendKeys({ type: 'parking garage abroad' });
    await waitUntil(() => faq.shadowRoot!.querySelector('[part~=no-answer]'), 'no-answer box', { timeout: 5000 });
    const links = [...faq.shadowRoot!.querySelectorAll('[part~=no-answer] a')].map((a) => a.getAttribute('href'));
    expect(links[0], 'the emergency line first').to.equal('tel:0800-9009');
  });

  it('says it in Dutch', async () => {
    const el = await fixture<Help>(html`<clearline-help lang="nl" .data=${expired()} .entries=${HELP_ENTRIES}></clearline-help>`);
    $(el, 'button.launcher').click();
    await waitUntil(() => faqInput(el), 'FAQ ready', { timeout: 5000 });
    expect($(el, '[part~=notice]').textContent).to.match(/^Verouderd: deze informatie is van .+ en klopt mogelijk niet meer\.$/);
  });

  it('after a reload with the host down: the kept incident and its channels, under "Last confirmed at …"', async () => {
    const url = new URL('/__clearline_missing__/help-feed.jws.json', location.href).href;
    const kept = JSON.stringify(await sign(helpFeed({ seq: nextSeq() }), [key]));
    localStorage.setItem(CACHE_PREFIX + `status:${url}`, JSON.stringify({ v: 1, envelope: kept, confirmedAt: Date.parse('2026-01-01T09:41:00Z') }));
    const el = await fixture<Help>(html`<clearline-help lang="en" src=${url} public-key=${JSON.stringify(key.publicJwk)} .entries=${HELP_ENTRIES}></clearline-help>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=marker]'), 'kept status shown', { timeout: 5000 });
    await waitUntil(() => !(el as unknown as { feed: { view: { loading: boolean } } }).feed.view.loading, 'the check failed', { timeout: 5000 });
    $(el, 'button.launcher').click();
    await waitUntil(() => faqInput(el), 'FAQ ready', { timeout: 5000 });
    expect($(el, '[part~=notice]').textContent).to.match(/^Last confirmed at \d.*\. The latest status could not be reached\.$/);
    await chooseReason(el, 'smell-gas');
    expect(channelIds(el, 'emergency')).to.deep.equal(['gas']);
    localStorage.removeItem(CACHE_PREFIX + `status:${url}`);
  });

  it('with no status it can show (host down, nothing kept): says "Status unknown" on both screens, never a blank dialog', async () => {
    const url = new URL('/__clearline_missing__/help-none.jws.json', location.href).href;
    const el = await fixture<Help>(html`<clearline-help lang="en" src=${url} public-key=${JSON.stringify(key.publicJwk)} .entries=${HELP_ENTRIES}></clearline-help>`);
    await waitUntil(() => (el as unknown as { feed: { view: { error?: unknown } } }).feed.view.error, 'the load failed', { timeout: 5000 });
    $(el, 'button.launcher').click();
    await waitUntil(() => faqInput(el), 'FAQ ready', { timeout: 5000 });
    expect(root(el).querySelector('[part~=notice]')?.textContent).to.equal('Status unknown. The latest status could not be reached.');
    $(el, '[part~=still-need-us]').click();
    await el.updateComplete;
    expect(root(el).querySelector('[part~=notice]')?.textContent, '"Still need us?" is not an empty screen').to.match(/^Status unknown\./);
  });

  it('shows no notice while the status is current', async () => {
    const el = await openHelp();
    expect(root(el).querySelector('[part~=notice]')).to.equal(null);
  });
});
