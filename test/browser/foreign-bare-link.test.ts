// Trial U (a Belgian bank's phishing wave): the desk quoted the scam address in the bank's own warning, "… te
// herbevestigen via https://scheldebank-verificatie.be/login.", and <clearline-status> made it a live link to tap three
// lines below "Klik niet op de link". A bare web address (GFM autolink) now links only to the publisher's own site
// (publisher.url and its subdomains, the feed's own channel and action links); any other is text, no <a> at all.
// The publisher's own bare address still links (`www.` as https:), and so does a link the desk wrote with words.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/faq/faq.js';
import '../../src/components/status/status.js';
import type { ClearlineFaq } from '../../src/components/faq/faq.js';
import type { ClearlineStatus } from '../../src/components/status/status.js';
import type { FaqEntry } from '../../src/feed/schema.js';
import { keygen, serve, sign, statusFeed, type TestKey } from './helpers.js';

const TEXT =
  'Ze vragen u te herbevestigen via https://scheldebank-verificatie.be/login of www.scheldebank-verificatie.be. ' +
  'Lees https://www.scheldebank.be/veiligheid, www.scheldebank.be/fraude of https://status.scheldebank.be, en meld het bij [Safeonweb](https://www.safeonweb.be).';
const OWN = [
  ['https://www.scheldebank.be/veiligheid', 'https://www.scheldebank.be/veiligheid'],
  ['www.scheldebank.be/fraude', 'https://www.scheldebank.be/fraude'],
  ['https://status.scheldebank.be', 'https://status.scheldebank.be'],
  ['Safeonweb', 'https://www.safeonweb.be'],
];

const bank = () =>
  statusFeed({
    feed_id: 'scheldebank',
    publisher: { name: 'Scheldebank', url: 'https://www.scheldebank.be' },
    channels: [{ id: 'cardstop', kind: 'phone', label: { nl: 'Card Stop', en: 'Card Stop' }, href: 'tel:+3278170170', emergency: true }],
    incidents: [
      {
        id: 'phishing-golf',
        title: { nl: "Valse sms'en uit naam van Scheldebank", en: "Fake texts in Scheldebank's name" },
        severity: 'major',
        phase: 'identified',
        started_at: new Date(Date.now() - 60 * 60_000).toISOString(),
        updated_at: new Date(Date.now() - 5 * 60_000).toISOString(),
        known: { nl: TEXT, en: TEXT },
        unknown: { nl: 'Wie erachter zit.', en: 'Who is behind it.' },
        next_update_at: new Date(Date.now() + 30 * 60_000).toISOString(),
        actions: [{ label: { nl: 'Klik niet op de link', en: 'Do not click the link' }, urgent: true }],
      },
    ],
  });

const links = (root: ParentNode) => [...root.querySelectorAll<HTMLAnchorElement>('a')].map((a) => [a.textContent, a.getAttribute('href')]);

describe('a bare web address that is not the publisher\'s own is text, never a link', () => {
  let key: TestKey;
  before(async () => {
    key = await keygen();
  });

  it('on the status page: the scam address as text, the bank\'s own addresses and the link with words as links', async () => {
    const url = serve(JSON.stringify(await sign(bank(), [key])));
    const el = await fixture<ClearlineStatus>(html`<clearline-status lang="nl" src=${url} public-key=${JSON.stringify(key.publicJwk)}></clearline-status>`);
    const known = () => [...el.shadowRoot!.querySelectorAll('.md')].find((m) => m.textContent!.includes('herbevestigen'));
    await waitUntil(() => known()?.querySelector('a'), 'Markdown not rendered', { timeout: 5000 });
    expect(links(known()!)).to.deep.equal(OWN);
    expect(known()!.textContent).to.contain('via https://scheldebank-verificatie.be/login of www.scheldebank-verificatie.be. Lees');
    expect([...el.shadowRoot!.querySelectorAll('a')].some((a) => /verificatie/.test(a.textContent! + a.getAttribute('href')))).to.equal(false);
  });

  it('in an FAQ answer with the status feed; without one (nothing to compare with) as before', async () => {
    const entries: FaqEntry[] = [{ id: 'sms', question: { nl: 'Is deze sms echt?' }, answer: { nl: TEXT } }];
    const url = serve(JSON.stringify(await sign(bank(), [key])));
    const el = await fixture<ClearlineFaq>(html`<clearline-faq lang="nl" .entries=${entries} status-src=${url} public-key=${JSON.stringify(key.publicJwk)}></clearline-faq>`);
    await waitUntil(() => el.shadowRoot!.querySelector('button.question'), 'no question', { timeout: 5000 });
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.question')!.click();
    await el.updateComplete;
    const md = () => el.shadowRoot!.querySelector('.md');
    await waitUntil(() => md()?.querySelector('a'), 'Markdown not rendered', { timeout: 5000 });
    // Until the status feed has arrived its sites are unknown; then the answer is drawn again.
    await waitUntil(() => JSON.stringify(links(md()!)) === JSON.stringify(OWN), 'not only the bank\'s own links', { timeout: 5000 });
    expect(links(md()!)).to.deep.equal(OWN);

    const alone = await fixture<ClearlineFaq>(html`<clearline-faq lang="nl" .entries=${entries}></clearline-faq>`);
    alone.shadowRoot!.querySelector<HTMLButtonElement>('button.question')!.click();
    await alone.updateComplete;
    await waitUntil(() => alone.shadowRoot!.querySelector('.md a'), 'Markdown not rendered', { timeout: 5000 });
    expect(links(alone.shadowRoot!.querySelector('.md')!).map(([, href]) => href)).to.include('https://scheldebank-verificatie.be/login');
  });
});
