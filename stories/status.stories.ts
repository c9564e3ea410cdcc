import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/status/status.js';
import type { StatusPayload } from '../src/feed/schema.js';
import { generateSigningKey } from '../src/feed/sign.js';
import { statusFixtures, statusPayload, stormIncident } from './fixtures.js';
import { json, loadOnce, serveFeed, sign, storyKeys } from './mock-feed.js';
import { themePlaygrounds } from './theme-playground.js';

interface Args {
  data?: StatusPayload;
  src?: string;
  'public-key'?: string;
  'feed-id'?: string;
  lang?: string;
  theme?: 'light' | 'dark';
  'heading-level'?: number;
  'faq-href'?: string;
}

/** The preview's host page paints the background for the theme; narrow stories sit in a phone-wide column. */
const frame = (_args: Args, content: TemplateResult, width?: string) => (width ? html`<div style="max-width:${width}">${content}</div>` : content);

const status = (args: Args) =>
  html`<clearline-status
    .data=${args.data}
    src=${ifDefined(args.src)}
    public-key=${ifDefined(args['public-key'])}
    feed-id=${ifDefined(args['feed-id'])}
    lang=${ifDefined(args.lang)}
    theme=${ifDefined(args.theme)}
    heading-level=${ifDefined(args['heading-level'])}
    faq-href=${ifDefined(args['faq-href'])}
  ></clearline-status>`;

const meta: Meta<Args> = {
  title: 'Elements/clearline-status',
  component: 'clearline-status',
  render: (args) => frame(args, status(args)),
  args: { lang: 'en', 'faq-href': '#faq', 'heading-level': 2 },
};
export default meta;
type Story = StoryObj<Args>;

// The docs page opens on the first story: an open major incident with urgent actions.
/** An open major incident: what we know, what we don't know yet, the next update, urgent actions first, channels with waits. */
export const Storm: Story = { name: 'Open major incident', args: { data: statusFixtures.storm() } };
const playgrounds = themePlaygrounds('clearline-status', (args) => status(args as Args), { data: statusFixtures.storm(), lang: 'en', 'faq-href': '#faq' });
export const ThemePlayground = playgrounds.ThemePlayground;
export const ThemePlaygroundDark = playgrounds.ThemePlaygroundDark;
export const NoKnownDisruptions: Story = { args: { data: statusFixtures.allClear() } };
export const SeverityInfo: Story = { args: { data: statusFixtures.severity('info') } };
export const SeverityMinor: Story = { args: { data: statusFixtures.severity('minor') } };
export const SeverityMajor: Story = { args: { data: statusFixtures.severity('major') } };
export const SeverityCritical: Story = { args: { data: statusFixtures.severity('critical') } };
/** A critical incident with an emergency line in the feed: the line right under the title, not only in Contact far below. */
export const CriticalWithEmergencyLine: Story = { args: { data: statusFixtures.criticalWithEmergencyLine() } };
export const SeveralIncidents: Story = { args: { data: statusFixtures.several() } };
export const Resolved: Story = { args: { data: statusFixtures.resolved() } };
/** Resolved 6 minutes ago: the all-clear box says when the last disruption ended and that what still applies is below. */
export const JustResolved: Story = { name: 'Resolved within the hour', args: { data: statusFixtures.justResolved() } };
export const OpenAndResolved: Story = { args: { data: statusFixtures.openAndResolved() } };
/** The promised update time has passed: said plainly, not hidden. */
export const OverdueUpdate: Story = { args: { data: statusFixtures.overdue() } };
/** A verified document past its expiry: "out of date", never "no known disruptions". */
export const OutOfDate: Story = { args: { data: statusFixtures.expired() } };
export const OutOfDateWithIncident: Story = { args: { data: statusFixtures.expiredWithIncident() } };
export const LongTexts: Story = { args: { data: statusFixtures.longTexts() } };
export const Dutch: Story = { args: { data: statusFixtures.storm(), lang: 'nl' } };
export const DutchAllClear: Story = { args: { data: statusFixtures.allClear(), lang: 'nl' } };
export const DutchOnlyContentInEnglish: Story = { args: { data: statusFixtures.dutchOnlyText(), lang: 'en' } };
export const Light: Story = { args: { data: statusFixtures.storm(), theme: 'light' } };
export const Dark: Story = { args: { data: statusFixtures.storm(), theme: 'dark' } };
export const DarkDutch: Story = { args: { data: statusFixtures.severity('critical'), theme: 'dark', lang: 'nl' } };
export const Narrow: Story = {
  args: { data: statusFixtures.storm() },
  render: (args) => frame(args, status(args), '320px'),
  parameters: { viewport: { defaultViewport: 'mobile1' } },
};
export const NoChannels: Story = { args: { data: statusFixtures.noChannels() } };
/** A line outside its opening hours: "Closed now, opens …", without its wait, after the lines that are open. */
export const ClosedLine: Story = { args: { data: statusFixtures.closedLine() } };
export const BrandColours: Story = {
  args: { data: statusFixtures.storm() },
  render: (args) =>
    frame(
      args,
      html`<div style="--clearline-font: Georgia, serif; --clearline-radius: 0; --clearline-link: #6b2c91; --clearline-color-major: #a33d00;">${status(args)}</div>`,
    ),
};

/** Before the first document arrives: a placeholder the size of the real thing, announced as busy. */
export const Loading: Story = {
  args: { src: serveFeed('/loading.jws.json', () => new Promise<Response>(() => {})), 'public-key': '{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}' },
};

// The error stories run the real fetch → verify path against signed documents (see mock-feed.ts).

/** `src` without a pinned `public-key`: nothing is fetched. */
export const ErrorConfig: Story = { args: { src: 'https://status.example-air.example/feed.jws.json' } };

const failing = (path: string, answer: () => Response | Promise<Response>, feedId = 'example-air'): Story['loaders'] => [
  async () => ({ src: serveFeed(path, answer), publicKey: (await storyKeys()).publicKey, feedId }),
];
/** Feeds the loaded src and key to the element. */
const fromLoader: Story['render'] = (args, { loaded }) =>
  frame(args, status({ ...args, src: loaded.src as string, 'public-key': loaded.publicKey as string, 'feed-id': loaded.feedId as string }));

export const ErrorNetwork: Story = {
  loaders: failing('/network.jws.json', () => json('Service unavailable', 503)),
  render: fromLoader,
};
export const ErrorTooLarge: Story = {
  loaders: failing('/too-large.jws.json', () => json('{"payload":"' + 'x'.repeat(1_100_000) + '"}')),
  render: fromLoader,
};
export const ErrorSignature: Story = {
  loaders: [
    async () => {
      const other = await generateSigningKey('Ed25519');
      const text = await sign(statusFixtures.storm(), other.privateJwk);
      return { src: serveFeed('/signature.jws.json', () => json(text)), publicKey: (await storyKeys()).publicKey, feedId: 'example-air' };
    },
  ],
  render: fromLoader,
};
export const ErrorInvalid: Story = {
  loaders: [
    async () => {
      const text = await sign({ ...statusFixtures.storm(), incidents: [{ ...stormIncident(), severity: 'apocalyptic' }] });
      return { src: serveFeed('/invalid.jws.json', () => json(text)), publicKey: (await storyKeys()).publicKey, feedId: 'example-air' };
    },
  ],
  render: fromLoader,
};
/** A first visit to a feed whose publisher missed a re-signing an hour ago: shown, marked outdated (its channels beat "Status unknown"). */
export const ErrorExpired: Story = {
  loaders: [
    async () => {
      const text = await sign(statusFixtures.expiredWithIncident());
      return { src: serveFeed('/expired.jws.json', () => json(text)), publicKey: (await storyKeys()).publicKey, feedId: 'example-air' };
    },
  ],
  render: fromLoader,
};
/** A replayed older document after a newer one was seen for the same feed. */
export const ErrorRollback: Story = {
  loaders: [
    async () => {
      const newer = serveFeed('/rollback-newer.jws.json', async () => json(await sign({ ...statusPayload([stormIncident()], { seq: 200 }), feed_id: 'story-rollback' })));
      await loadOnce('clearline-status', newer, 'story-rollback');
      const older = await sign({ ...statusPayload([], { seq: 100 }), feed_id: 'story-rollback' });
      return { src: serveFeed('/rollback-older.jws.json', () => json(older)), publicKey: (await storyKeys()).publicKey, feedId: 'story-rollback' };
    },
  ],
  render: fromLoader,
};
/** The host went down after a successful load: the last verified data stays, marked "last confirmed at". */
export const LastConfirmedStale: Story = {
  loaders: [
    async () => {
      let up = true;
      const good = await sign(statusFixtures.storm());
      const src = serveFeed('/stale.jws.json', () => (up ? json(good) : json('Bad gateway', 502)));
      await loadOnce('clearline-status', src, 'example-air');
      up = false;
      return { src, publicKey: (await storyKeys()).publicKey, feedId: 'example-air' };
    },
  ],
  render: fromLoader,
};
export const ErrorNetworkDutch: Story = { ...ErrorNetwork, args: { lang: 'nl' } };
/** A first visit while the host is down, with the site's own words in `slot="fallback"`: shown only under "Status unknown". */
export const ErrorNetworkWithFallback: Story = {
  loaders: failing('/network-fallback.jws.json', () => json('Service unavailable', 503)),
  render: (args, { loaded }) =>
    frame(
      args,
      html`<clearline-status src=${loaded.src as string} public-key=${loaded.publicKey as string} feed-id=${loaded.feedId as string} lang=${ifDefined(args.lang)} theme=${ifDefined(args.theme)} heading-level=${ifDefined(args['heading-level'])}>
        <p slot="fallback" hidden>Outage or a question? Call us, day and night: <a href="tel:+31201234567">020 123 4567</a>.</p>
      </clearline-status>`,
    ),
};
