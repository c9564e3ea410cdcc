import { expect } from '@open-wc/testing';
import '../../src/components/status/status.js';
import '../../src/components/help/help.js';
import { waitUntil } from '@open-wc/testing';
import { b64, keygen, outcome, serve, sign, statusFeed, unb64, type TestKey } from './helpers.js';

// The site's own words for when no verified status can be shown (trial K: a first-time visitor during a 503 or a forged
// feed saw only "Status onbekend", no fault line). They carry `hidden`, so they stay out of sight until the element
// shows them, also on a page whose CSS hides `[hidden]` with !important (Bootstrap does).
let key: TestKey;
let pageCss: HTMLStyleElement;
before(async () => {
  key = await keygen();
  pageCss = Object.assign(document.createElement('style'), { textContent: '[hidden] { display: none !important; }' });
  document.head.append(pageCss);
});
after(() => pageCss.remove());
beforeEach(() => localStorage.clear());
afterEach(() => document.querySelectorAll('clearline-status, clearline-help').forEach((e) => e.remove()));

async function mount(src: string) {
  const el = document.createElement('clearline-status');
  el.lang = 'nl';
  el.setAttribute('src', src);
  el.setAttribute('public-key', JSON.stringify(key.publicJwk));
  el.setAttribute('feed-id', 'example-air');
  el.innerHTML = '<p slot="fallback" hidden>Storing? Bel <a href="tel:+318000234">0800 0234</a>.</p>';
  const fallback = el.querySelector('p')!;
  expect(fallback.checkVisibility(), 'out of sight before the element has anything to say').to.equal(false);
  const done = outcome(el);
  document.body.append(el);
  const event = await done;
  await el.updateComplete;
  return { el, event, fallback };
}

const forged = async () => {
  const env = await sign(statusFeed(), [key]);
  return JSON.stringify({ ...env, payload: b64(unb64(env.payload).replace('Schiphol', 'Scamphol')) });
};

describe('<clearline-status> slot="fallback"', () => {
  for (const [name, src, code] of [
    ['a host that cannot be reached', async () => 'http://127.0.0.1:9/feed.jws.json', 'network'],
    ['a forged feed', async () => serve(await forged()), 'signature'],
    ['a feed that is not a signed document', async () => serve('{"status": "ok"}'), 'invalid'],
  ] as const) {
    it(`shows the site's words under "Status onbekend" on a first visit to ${name}`, async () => {
      const { el, event, fallback } = await mount(await src());
      expect(event.detail.code).to.equal(code);
      const state = el.shadowRoot!.querySelector('[part~=unknown-state]')!;
      expect(state.textContent).to.contain('Status onbekend');
      expect(fallback.assignedSlot && state.contains(fallback.assignedSlot), 'in the unknown state').to.equal(true);
      expect(fallback.checkVisibility(), 'visible, though it carries hidden').to.equal(true);
      expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
    });
  }

  it('stays out of sight while a verified status is shown', async () => {
    const { el, event, fallback } = await mount(serve(JSON.stringify(await sign(statusFeed(), [key]))));
    expect(event.type).to.equal('clearline-load');
    expect(el.shadowRoot!.textContent).to.contain('Schiphol');
    expect(fallback.checkVisibility()).to.equal(false);
  });
});

describe('<clearline-help> slot="fallback"', () => {
  it('shows the site\'s words under "Status onbekend." in the dialog, on both screens, on a first visit to a host that cannot be reached', async () => {
    const el = document.createElement('clearline-help');
    el.lang = 'nl';
    el.setAttribute('src', 'http://127.0.0.1:9/feed.jws.json');
    el.setAttribute('public-key', JSON.stringify(key.publicJwk));
    el.innerHTML = '<p slot="fallback" hidden>Storing? Bel <a href="tel:+318000234">0800 0234</a>.</p>';
    const fallback = el.querySelector('p')!;
    const done = outcome(el);
    document.body.append(el);
    expect((await done).detail.code).to.equal('network');
    expect(fallback.checkVisibility(), 'not on the page, only in the dialog').to.equal(false);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'dialog opens');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~=notice]')!.textContent).to.contain('Status onbekend.');
    expect(fallback.checkVisibility(), 'under the notice').to.equal(true);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=still-need-us]')!.click();
    await el.updateComplete;
    expect(fallback.checkVisibility(), 'on the contact screen too').to.equal(true);
  });
});
