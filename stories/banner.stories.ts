import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/banner/banner.js';
import type { StatusPayload } from '../src/feed/schema.js';
import { statusFixtures } from './fixtures.js';
import { keptThenFailing, type ServedFeed } from './mock-feed.js';
import { themePlaygrounds } from './theme-playground.js';

interface Args {
  data?: StatusPayload;
  lang?: string;
  theme?: 'light' | 'dark';
  href?: string;
  placement?: 'bottom' | 'top' | 'inline';
}

/** The banner on `.data`, or on a served signed feed (`feed`, the error stories). */
const element = (args: Args, feed?: ServedFeed) =>
  html`<clearline-banner .data=${args.data} src=${ifDefined(feed?.src)} public-key=${ifDefined(feed?.publicKey)} feed-id=${ifDefined(feed?.feedId)}
    lang=${ifDefined(args.lang)} theme=${ifDefined(args.theme)} href=${ifDefined(args.href)} placement=${ifDefined(args.placement)}></clearline-banner>`;

const meta: Meta<Args> = {
  title: 'Elements/clearline-banner',
  component: 'clearline-banner',
  render: (args, { loaded }) => element(args, loaded.src ? (loaded as ServedFeed) : undefined),
  // In the page's flow here, so the stories on the docs page don't all float at the bottom of the window.
  args: { lang: 'en', href: '#status', placement: 'inline' },
  argTypes: { placement: { control: 'inline-radio', options: ['bottom', 'top', 'inline'] } },
};
export default meta;
type Story = StoryObj<Args>;

// The docs page opens on the first story: an open incident.
export const Storm: Story = { name: 'Open incident', args: { data: statusFixtures.storm() } };
const playgrounds = themePlaygrounds('clearline-banner', (args) => element(args as Args), { data: statusFixtures.storm(), lang: 'en', href: '#status', placement: 'inline' });
export const ThemePlayground = playgrounds.ThemePlayground;
export const ThemePlaygroundDark = playgrounds.ThemePlaygroundDark;
export const SeverityInfo: Story = { args: { data: statusFixtures.severity('info') } };
export const SeverityMinor: Story = { args: { data: statusFixtures.severity('minor') } };
export const SeverityCritical: Story = { args: { data: statusFixtures.severity('critical') } };
export const OverdueUpdate: Story = { args: { data: statusFixtures.overdue() } };
/** The feed was not re-signed in time: the last verified incident stays, "Not confirmed since …" instead of its next update. */
export const OutOfDate: Story = { args: { data: statusFixtures.expiredWithIncident() } };
/** Resolved within the last hour, nothing open: the banner keeps it, calm, linking to the closing text (what still applies). */
export const JustResolved: Story = { name: 'Resolved within the hour', args: { data: statusFixtures.justResolved() } };
/** Nothing open: the banner takes no space. */
export const NoKnownDisruptions: Story = { args: { data: statusFixtures.allClear() } };
export const LongTitle: Story = { args: { data: statusFixtures.longTexts() } };
export const Dutch: Story = { args: { data: statusFixtures.storm(), lang: 'nl' } };
export const Dark: Story = { args: { data: statusFixtures.storm(), theme: 'dark' } };
/** The default on a site: floats over the page at the bottom of the window, never pushing content down (its own canvas only, not the docs page). */
export const Floating: Story = { args: { data: statusFixtures.storm(), placement: 'bottom' }, tags: ['!autodocs'] };

// Error states on the real fetch → verify path (mock-feed.ts), for a reader who saw the storm before.
/** The feed host is down: the storm this browser kept stays, marked "Last confirmed at …". */
export const LastConfirmedStale: Story = { loaders: [keptThenFailing('clearline-banner', '/banner-stale.jws.json', statusFixtures.storm, 'network')] };
/** A document signed with another key (a forged feed) replaced the real one: refused; the kept, verified storm stays. */
export const ErrorSignature: Story = { loaders: [keptThenFailing('clearline-banner', '/banner-signature.jws.json', statusFixtures.storm, 'signature')] };
