// Trial H: an FAQ answer's "Ruikt u gas? Bel 0800-9009, kies 1" was text, nothing to tap on a phone. Where a Markdown text
// writes one of the feed's own numbers outside a link, it is now a link to that line (content/phone-spans.ts): in an FAQ
// answer with a status feed, and in an incident's text on the status page. Other numbers stay text.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/faq/faq.js';
import '../../src/components/status/status.js';
import type { ClearlineFaq } from '../../src/components/faq/faq.js';
import type { ClearlineStatus } from '../../src/components/status/status.js';
import type { FaqEntry } from '../../src/feed/schema.js';
import { keygen, serve, sign, statusFeed, type TestKey } from './helpers.js';

const ANSWER = 'Ruikt u gas? Bel **direct** 020 123 4567, kies 1. Niet 020 123 4568, en niet `020 123 4567` in code; [020 123 4567](tel:+31201234567) is al een link.';
const ENTRIES: FaqEntry[] = [{ id: 'gas', question: { nl: 'Wat doe ik als ik gas ruik?' }, answer: { nl: ANSWER } }];

const links = (root: ParentNode) => [...root.querySelectorAll<HTMLAnchorElement>('a')].map((a) => [a.textContent, a.getAttribute('href')]);

describe('the feed\'s own numbers in Markdown text are links', () => {
  let key: TestKey;
  before(async () => {
    key = await keygen();
  });

  it('in an FAQ answer, with the status feed\'s lines; without one, text', async () => {
    const url = serve(JSON.stringify(await sign(statusFeed(), [key])));
    const el = await fixture<ClearlineFaq>(html`<clearline-faq lang="nl" .entries=${ENTRIES} status-src=${url} public-key=${JSON.stringify(key.publicJwk)}></clearline-faq>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.question')!.click();
    await el.updateComplete;
    const md = () => el.shadowRoot!.querySelector('.md')!;
    await waitUntil(() => md().querySelector('strong'), 'Markdown not rendered', { timeout: 5000 });
    await waitUntil(() => md().querySelector('a'), 'no link', { timeout: 5000 });
    expect(links(md())).to.deep.equal([['020 123 4567', 'tel:+31201234567'], ['020 123 4567', 'tel:+31201234567']]);
    expect(md().querySelector('code')!.textContent).to.equal('020 123 4567');
    expect(md().textContent).to.contain('Niet 020 123 4568, en');

    const alone = await fixture<ClearlineFaq>(html`<clearline-faq lang="nl" .entries=${ENTRIES}></clearline-faq>`);
    alone.shadowRoot!.querySelector<HTMLButtonElement>('button.question')!.click();
    await alone.updateComplete;
    await waitUntil(() => alone.shadowRoot!.querySelector('.md strong'), 'Markdown not rendered', { timeout: 5000 });
    expect(links(alone.shadowRoot!.querySelector('.md')!)).to.deep.equal([['020 123 4567', 'tel:+31201234567']]);
  });

  it('in an incident\'s text on the status page', async () => {
    const feed = statusFeed();
    feed.incidents[0]!.known = { en: 'Stuck at the airport? Call **020-1234567** or our desk.', nl: 'Vast op het vliegveld? Bel 020-1234567.' };
    const url = serve(JSON.stringify(await sign(feed, [key])));
    const el = await fixture<ClearlineStatus>(html`<clearline-status lang="en" src=${url} public-key=${JSON.stringify(key.publicJwk)}></clearline-status>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.md strong a, .md a'), 'no link in the incident text', { timeout: 5000 });
    const known = [...el.shadowRoot!.querySelectorAll('.md')].find((m) => m.textContent!.includes('Stuck at the airport'))!;
    expect(links(known)).to.deep.equal([['020-1234567', 'tel:+31201234567']]);
  });
});
