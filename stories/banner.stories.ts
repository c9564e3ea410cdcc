import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/banner/banner.js';
import type { StatusPayload } from '../src/feed/schema.js';
import { statusFixtures } from './fixtures.js';

interface Args {
  data?: StatusPayload;
  lang?: string;
  theme?: 'light' | 'dark';
  href?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/clearline-banner',
  component: 'clearline-banner',
  render: (args) =>
    html`<div style="padding:1rem;${args.theme === 'dark' ? 'background:#111418;' : ''}">
      <clearline-banner .data=${args.data} lang=${ifDefined(args.lang)} theme=${ifDefined(args.theme)} href=${ifDefined(args.href)}></clearline-banner>
    </div>`,
  args: { lang: 'en', href: '#status' },
};
export default meta;
type Story = StoryObj<Args>;

export const Storm: Story = { args: { data: statusFixtures.storm() } };
export const SeverityInfo: Story = { args: { data: statusFixtures.severity('info') } };
export const SeverityMinor: Story = { args: { data: statusFixtures.severity('minor') } };
export const SeverityCritical: Story = { args: { data: statusFixtures.severity('critical') } };
export const OverdueUpdate: Story = { args: { data: statusFixtures.overdue() } };
/** Nothing open: the banner takes no space. */
export const NoKnownDisruptions: Story = { args: { data: statusFixtures.allClear() } };
export const LongTitle: Story = { args: { data: statusFixtures.longTexts() } };
export const Dutch: Story = { args: { data: statusFixtures.storm(), lang: 'nl' } };
export const Dark: Story = { args: { data: statusFixtures.storm(), theme: 'dark' } };
