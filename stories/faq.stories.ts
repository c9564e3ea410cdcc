import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import '../src/components/faq/faq.js';
import type { FaqEntry } from '../src/feed/schema.js';
import { faqEntries, faqPayload, statusFixtures } from './fixtures.js';
import { json, keptThenFailing, serveFeed, servedStatus, sign, storyKeys, type ServedFeed } from './mock-feed.js';
import { themePlaygrounds } from './theme-playground.js';

interface Args {
  entries?: FaqEntry[];
  lang?: string;
  theme?: 'light' | 'dark';
  'contact-href'?: string;
  query?: string;
}

/** The FAQ; with a served status feed (`loaded`) it knows the open incident and lists its entries first. */
const faq = (args: Args, feed?: Partial<ServedFeed>) =>
  html`<clearline-faq
    .entries=${args.entries}
    lang=${ifDefined(args.lang)}
    theme=${ifDefined(args.theme)}
    contact-href=${ifDefined(args['contact-href'])}
    status-src=${ifDefined(feed?.src)}
    public-key=${ifDefined(feed?.publicKey)}
  ></clearline-faq>`;

const meta: Meta<Args> = {
  title: 'Elements/clearline-faq',
  component: 'clearline-faq',
  render: (args, { loaded }) => faq(args, loaded as Partial<ServedFeed>),
  args: { lang: 'en', entries: faqEntries, 'contact-href': 'https://www.example-air.example/contact' },
  // Types the story's query into the search box, as a reader would. Runs on the story's own
  // canvas only: play functions do not run on docs pages, so no story focuses the docs page.
  play: async ({ canvasElement, args }) => {
    if (!args.query) return;
    const el = canvasElement.querySelector('clearline-faq')!;
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector('input')!;
    input.focus();
    input.value = args.query;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The site's status feed has the storm open: the entries about it come first. The docs page opens here. */
export const Browsing: Story = {
  name: 'Browsing during an incident',
  loaders: [servedStatus('/faq-status.jws.json', statusFixtures.storm)],
};
const playgrounds = themePlaygrounds('clearline-faq', (args) => faq(args as Args), { lang: 'en', entries: faqEntries, 'contact-href': 'https://www.example-air.example/contact' });
export const ThemePlayground = playgrounds.ThemePlayground;
export const ThemePlaygroundDark = playgrounds.ThemePlaygroundDark;
/** No incident open: the entries in the publisher's order. */
export const BrowsingAllClear: Story = {};
export const Searching: Story = { args: { query: 'refund' } };
/** A typo still finds the answer. */
export const Typo: Story = { args: { query: 'compensaton' } };
export const NoAnswer: Story = { args: { query: 'can I bring my parrot' } };
export const Dutch: Story = { args: { lang: 'nl', query: 'geld terug' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Empty: Story = { args: { entries: [] } };
/**
 * Opened from a link such as https://…/help#faq-hotel: the answer opens, scrolls into view and
 * takes focus. That happens on this story's own canvas only; on the docs page the link is not
 * followed (it would move the whole page), so the entry is shown opened without the jump.
 */
export const DeepLinkedEntry: Story = {
  parameters: { deepLink: '#faq-hotel' },
  render: (args, { viewMode }) => {
    if (viewMode !== 'docs') return faq(args);
    // A click from script opens the answer without focusing or scrolling anything.
    const openHotel = async (wrapper?: Element) => {
      const el = wrapper?.querySelector('clearline-faq');
      await el?.updateComplete;
      el?.shadowRoot?.querySelector<HTMLButtonElement>('[id="faq-hotel"] button.question')?.click();
    };
    return html`<div ${ref(openHotel)}>${faq(args)}</div>`;
  },
};

// The FAQ's own signed document on the real fetch → verify path (mock-feed.ts), no `entries`.
/** Its own document, as a site embeds the FAQ (`src`). */
const faqFromSrc = (args: Args, { loaded }: { loaded: Record<string, unknown> }) =>
  html`<clearline-faq
    src=${loaded.src as string}
    public-key=${loaded.publicKey as string}
    feed-id=${loaded.feedId as string}
    lang=${ifDefined(args.lang)}
    contact-href=${ifDefined(args['contact-href'])}
  ></clearline-faq>`;
/** The FAQ host is down: the questions this browser kept stay, marked "Last confirmed at …". */
export const LastConfirmedStale: Story = { loaders: [keptThenFailing('clearline-faq', '/faq-stale.jws.json', faqPayload, 'network')], render: faqFromSrc };
/** A forged FAQ document (another key) replaced the real one: refused; the kept, verified questions stay. */
export const ErrorSignature: Story = { loaders: [keptThenFailing('clearline-faq', '/faq-signature.jws.json', faqPayload, 'signature')], render: faqFromSrc };
/** A FAQ document past its expiry (not re-signed in time): shown, marked outdated. */
export const OutOfDate: Story = {
  loaders: [
    async () => {
      const doc = faqPayload({ issuedMinutesAgo: 60 * 24 * 31, expiresInMinutes: -60 * 24 });
      const text = await sign(doc, undefined, 'faq');
      return { src: serveFeed('/faq-expired.jws.json', () => json(text)), publicKey: (await storyKeys()).publicKey, feedId: doc.feed_id };
    },
  ],
  render: faqFromSrc,
};
