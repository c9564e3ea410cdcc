import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/badge/badge.js';
import type { StatusPayload } from '../src/feed/schema.js';
import { statusFixtures } from './fixtures.js';
import { keptThenFailing, serveFeed, type ServedFeed } from './mock-feed.js';
import { themePlaygrounds } from './theme-playground.js';

interface Args {
  data?: StatusPayload;
  lang?: string;
  theme?: 'light' | 'dark';
  href?: string;
  src?: string;
  'public-key'?: string;
  'feed-id'?: string;
}

const element = (args: Args) =>
  html`<clearline-badge
    .data=${args.data}
    src=${ifDefined(args.src)}
    public-key=${ifDefined(args['public-key'])}
    feed-id=${ifDefined(args['feed-id'])}
    lang=${ifDefined(args.lang)}
    theme=${ifDefined(args.theme)}
    href=${ifDefined(args.href)}
  ></clearline-badge>`;

const meta: Meta<Args> = {
  title: 'Elements/clearline-badge',
  component: 'clearline-badge',
  // The error stories' loaders serve a signed feed: its src, key and feed id go to the element.
  render: (args, { loaded }) => element(loaded.src ? { ...args, src: (loaded as ServedFeed).src, 'public-key': (loaded as ServedFeed).publicKey, 'feed-id': (loaded as ServedFeed).feedId } : args),
  args: { lang: 'en', href: '#status' },
};
export default meta;
type Story = StoryObj<Args>;

// The docs page opens on the first story: an open incident.
export const Storm: Story = { name: 'Open incident', args: { data: statusFixtures.storm() } };
const playgrounds = themePlaygrounds('clearline-badge', (args) => element(args as Args), { data: statusFixtures.storm(), lang: 'en', href: '#status' });
export const ThemePlayground = playgrounds.ThemePlayground;
export const ThemePlaygroundDark = playgrounds.ThemePlaygroundDark;
export const NoKnownDisruptions: Story = { args: { data: statusFixtures.allClear() } };
export const SeverityMinor: Story = { args: { data: statusFixtures.severity('minor') } };
export const SeverityMajor: Story = { args: { data: statusFixtures.severity('major') } };
export const SeverityCritical: Story = { args: { data: statusFixtures.severity('critical') } };
/** Resolved 6 minutes ago, nothing open. */
export const JustResolved: Story = { name: 'Resolved within the hour', args: { data: statusFixtures.justResolved() } };
/** Out of date: "unknown", never "ok". */
export const OutOfDate: Story = { args: { data: statusFixtures.expired() } };
export const WithoutLink: Story = { args: { data: statusFixtures.storm(), href: undefined } };
export const Dutch: Story = { args: { data: statusFixtures.storm(), lang: 'nl' } };
export const Dark: Story = { args: { data: statusFixtures.severity('critical'), theme: 'dark' } };
/** Before the first document arrives: "Checking…" in the width the badge keeps in every state, so the header never moves. */
export const Loading: Story = {
  args: { src: serveFeed('/badge-loading.jws.json', () => new Promise<Response>(() => {})), 'public-key': '{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}' },
};
/** A narrow phone header sets `--clearline-badge-width`: exactly that width, and a longer label is shortened ("Geen storingen bekend" to "Normaal" here; screen readers hear it whole). */
export const NarrowHeader: Story = {
  args: { data: statusFixtures.allClear(), lang: 'nl' },
  render: (args) => html`<div style="--clearline-badge-width: 8em">${element(args)}</div>`,
};

// Error states on the real fetch → verify path (mock-feed.ts), for a reader who saw the storm before.
/** The feed host is down: the kept, verified storm stays. */
export const LastConfirmedStale: Story = { loaders: [keptThenFailing('clearline-badge', '/badge-stale.jws.json', statusFixtures.storm, 'network')] };
/** A forged document (another key) replaced the real one: refused; the kept, verified storm stays. */
export const ErrorSignature: Story = { loaders: [keptThenFailing('clearline-badge', '/badge-signature.jws.json', statusFixtures.storm, 'signature')] };
