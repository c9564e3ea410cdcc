// A trial: the studio made its whole preview again on every keystroke (the phone message per line, the SMS, the e-mail
// and the three reader elements), and on a slow laptop at 2 a.m. the communications officer's typing lagged. Now the
// preview is made again when typing pauses (preview-pace.ts); what is signed and what blocks Sign is always the latest
// text, and pressing Sign right after the last keystroke signs it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { forgetKey } from '../../src/components/editor/key-store.js';
import { PREVIEW_PACE, PreviewPace } from '../../src/components/editor/preview-pace.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { keygen, type TestKey } from './helpers.js';
import { button, click, field, operatorFeed, pickKey, root } from './editor-helpers.js';
import { FakeStudio, writeNewOutage } from './fake-studio.js';

// 60 characters, typed key by key as a person would, only faster.
const SENTENCE = 'Trains run again between Zwolle and Kampen from 14:30 today.';

const preview = (el: ClearlineEditor) => root(el).querySelector('section.preview')!;
const phone = (el: ClearlineEditor) => root(el).querySelector('.channel-preview [data-channel="ivr"] blockquote');
const ivr = (el: ClearlineEditor) => phone(el)?.textContent ?? '';
const readerText = (el: ClearlineEditor) => preview(el).querySelector('clearline-status')?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

/** How many times the editor made its preview (preview-pace.ts); none before it paced the preview. */
const made = (el: ClearlineEditor) => (el as unknown as { pace?: { runs: number } }).pace?.runs ?? NaN;

/** Counts how often the preview's <clearline-status> renders and how often the exporters' phone message changes. */
function countRuns(el: ClearlineEditor) {
  const status = preview(el).querySelector('clearline-status') as unknown as { render(): unknown };
  const counts = { status: 0, phone: 0, announced: 0 };
  const render = status.render.bind(status);
  status.render = () => (counts.status++, render());
  const phoneChanges = new MutationObserver(() => counts.phone++);
  phoneChanges.observe(phone(el)!, { subtree: true, childList: true, characterData: true });
  // What the preview's reader elements would say to a screen reader (their live regions).
  const regions = [...preview(el).querySelectorAll('clearline-status, clearline-banner')].map((e) => e.shadowRoot!);
  const spoken = new MutationObserver(() => counts.announced++);
  for (const r of regions) spoken.observe(r, { subtree: true, childList: true, characterData: true, attributeFilter: ['aria-live'] });
  const said = () => regions.map((r) => [...r.querySelectorAll('[aria-live]')].map((x) => x.textContent).join('|')).join('|');
  const before = said();
  return { counts, spokenChanged: () => said() !== before, stop: () => (phoneChanges.disconnect(), spoken.disconnect()) };
}

/** Puts the cursor in the field, its text selected, so typing replaces it. */
function selectField(el: ClearlineEditor, name: string): HTMLTextAreaElement {
  const f = field(el, name) as unknown as HTMLTextAreaElement;
  f.focus();
  f.select();
  return f;
}

let key: TestKey;
let studio: FakeStudio | undefined;
const wait = PREVIEW_PACE.waitMs;
before(async () => {
  key = await keygen();
  await forgetKey();
});
afterEach(() => {
  studio?.uninstall();
  studio = undefined;
  PREVIEW_PACE.waitMs = wait;
});

describe('<clearline-editor> the preview follows typing when it pauses', () => {
  it('typing a 60-character sentence makes the preview a few times, not 60; after the pause it shows the sentence', async () => {
    expect(SENTENCE.length).to.equal(60);
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${operatorFeed()}></clearline-editor>`);
    await click(el, 'Post update');
    await waitUntil(() => phone(el) && readerText(el).includes('A signal failure stops all trains.'), 'preview shown');
    const runs = countRuns(el);
    const before = made(el);
    selectField(el, 'What we know — English');
    const t0 = performance.now();
    await sendKeys({ type: SENTENCE });
    const typing = Math.round(performance.now() - t0);
    const whileTyping = { ...runs.counts, made: made(el) - before };
    const busy = preview(el).getAttribute('aria-busy');
    await el.updateComplete;
    await waitUntil(() => readerText(el).includes(SENTENCE), 'the reader element shows the sentence after the pause');
    runs.stop();
    console.log(`preview while typing ${SENTENCE.length} characters (${typing} ms): <clearline-status> rendered ${whileTyping.status}×, phone message changed ${whileTyping.phone}×, preview made ${whileTyping.made}×; after the pause ${runs.counts.status}× and ${runs.counts.phone}×; preview made ${made(el) - before}×`);
    // Before: 60 and 60 (one per keystroke). A slow machine may pause between keys now and then; far fewer than 60.
    expect(whileTyping.status, 'reader element renders while typing').to.be.below(10);
    expect(whileTyping.phone, 'phone message made again while typing').to.be.below(10);
    expect(busy, 'the preview says it is behind while typing goes on').to.equal('true');
    expect(preview(el).getAttribute('aria-busy')).to.equal('false');
    expect(ivr(el)).to.contain(SENTENCE);
    // The preview keeps one seq while it is edited: nothing is said to a screen reader, at any keystroke.
    expect(runs.spokenChanged(), 'no live region spoke').to.equal(false);
  });

  it('leaving the field shows the latest text at once, without waiting for the pause', async () => {
    PREVIEW_PACE.waitMs = 60_000;
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${operatorFeed()}></clearline-editor>`);
    await click(el, 'Post update');
    await waitUntil(() => phone(el), 'preview shown');
    selectField(el, 'What we know — English');
    await sendKeys({ type: SENTENCE });
    expect(ivr(el)).not.to.contain(SENTENCE);
    field(el, 'Title — English').focus();
    await el.updateComplete;
    expect(ivr(el)).to.contain(SENTENCE);
    expect(preview(el).getAttribute('aria-busy')).to.equal('false');
  });

  it('a change of the preview language shows at once, with the text typed', async () => {
    PREVIEW_PACE.waitMs = 60_000;
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${operatorFeed()}></clearline-editor>`);
    await click(el, 'Post update');
    await waitUntil(() => phone(el), 'preview shown');
    const f = field(el, 'What we know — Dutch') as unknown as HTMLTextAreaElement;
    f.value = 'De seinen zijn gerepareerd.';
    f.dispatchEvent(new Event('input', { bubbles: true }));
    const dutch = [...preview(el).querySelectorAll('input[name="preview-lang"]')].find((r) => (r as HTMLInputElement).value === 'nl') as HTMLInputElement;
    dutch.click();
    await el.updateComplete;
    expect(ivr(el)).to.contain('De seinen zijn gerepareerd.');
  });

  it('Sign and Publish right after the last keystroke sign and publish the sentence, while the preview still shows the text before', async () => {
    PREVIEW_PACE.waitMs = 60_000;
    studio = new FakeStudio(operatorFeed() as FeedDraft);
    studio.install();
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" feed-src="/api/feed" save-url="/api/save"></clearline-editor>`);
    await waitUntil(() => root(el).textContent?.includes('No trains between Zwolle and Kampen'), 'opened');
    await writeNewOutage(el);
    await pickKey(el, key);
    await el.updateComplete;
    selectField(el, 'What we know — English');
    await sendKeys({ type: SENTENCE });
    expect(preview(el).getAttribute('aria-busy'), 'the preview is behind').to.equal('true');
    expect(ivr(el)).not.to.contain(SENTENCE);
    const signed = new Promise<CustomEvent>((resolve) => el.addEventListener('clearline-signed', (e) => resolve(e as CustomEvent), { once: true }));
    button(el, 'Sign').click();
    const payload = (await signed).detail.payload as { incidents: { known: Record<string, string> }[] };
    expect(payload.incidents.map((i) => i.known.en)).to.include(SENTENCE);
    await waitUntil(() => !button(el, 'Publish').hidden, 'signed');
    await click(el, 'Publish');
    await waitUntil(() => studio!.saves.length === 1, 'published', { timeout: 5000 });
    expect((JSON.parse(studio.saves[0].feed) as FeedDraft).incidents.map((i) => (i.known as Record<string, string>).en)).to.include(SENTENCE);
  });
});

describe('PreviewPace', () => {
  /** A host that counts the renders it was asked for. */
  const host = () => {
    const h = { asked: 0, addController: () => {}, removeController: () => {}, requestUpdate: () => void h.asked++, updateComplete: Promise.resolve(true) };
    return h;
  };

  it('only typing waits: a control, a choice or text changed by a button is made at once', async () => {
    PREVIEW_PACE.waitMs = 40;
    const h = host();
    const pace = new PreviewPace<string>(h);
    expect(pace.take('a', 'nl', () => 'A')).to.equal('A');
    pace.typing.handleEvent();
    expect(pace.take('ab', 'nl', () => 'AB'), 'typing waits').to.equal('A');
    expect(pace.pending).to.equal(true);
    expect(pace.take('ab', 'en', () => 'AB en'), 'another preview language: at once').to.equal('AB en');
    expect(pace.pending).to.equal(false);
    expect(pace.take('abc', 'en', () => 'ABC'), 'not typed (a button): at once').to.equal('ABC');
    pace.typing.handleEvent();
    pace.flush();
    expect(pace.take('abcd', 'en', () => 'ABCD'), 'a tick or a list: its input event is followed by change').to.equal('ABCD');
    expect(pace.runs).to.equal(4);
  });

  it('after the pause the host renders again and the latest text is made; settled() waits for it', async () => {
    PREVIEW_PACE.waitMs = 40;
    const h = host();
    const pace = new PreviewPace<string>(h);
    pace.take('a', '', () => 'A');
    for (const text of ['ab', 'abc', 'abcd']) {
      pace.typing.handleEvent();
      expect(pace.take(text, '', () => text.toUpperCase())).to.equal('A');
    }
    const t0 = performance.now();
    await pace.settled();
    expect(performance.now() - t0).to.be.at.least(30);
    expect(h.asked, 'one render asked for').to.equal(1);
    expect(pace.take('abcd', '', () => 'ABCD')).to.equal('ABCD');
    expect(pace.runs).to.equal(2);
    expect(pace.take('abcd', '', () => 'again'), 'nothing changed: kept').to.equal('ABCD');
  });

  it('typing back to the text shown waits for nothing', () => {
    const h = host();
    const pace = new PreviewPace<string>(h);
    pace.take('a', '', () => 'A');
    pace.typing.handleEvent();
    pace.take('ab', '', () => 'AB');
    pace.typing.handleEvent();
    expect(pace.take('a', '', () => 'again')).to.equal('A');
    expect(pace.pending).to.equal(false);
  });
});
