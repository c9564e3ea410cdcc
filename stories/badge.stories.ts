import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/badge/badge.js';
import type { StatusPayload } from '../src/feed/schema.js';
import { statusFixtures } from './fixtures.js';

interface Args {
  data?: StatusPayload;
  lang?: string;
  theme?: 'light' | 'dark';
  href?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/clearline-badge',
  component: 'clearline-badge',
  render: (args) =>
    html`<div style="padding:1rem;${args.theme === 'dark' ? 'background:#111418;' : ''}">
      <clearline-badge .data=${args.data} lang=${ifDefined(args.lang)} theme=${ifDefined(args.theme)} href=${ifDefined(args.href)}></clearline-badge>
    </div>`,
  args: { lang: 'en', href: '#status' },
};
export default meta;
type Story = StoryObj<Args>;

export const NoKnownDisruptions: Story = { args: { data: statusFixtures.allClear() } };
export const SeverityMinor: Story = { args: { data: statusFixtures.severity('minor') } };
export const SeverityMajor: Story = { args: { data: statusFixtures.severity('major') } };
export const SeverityCritical: Story = { args: { data: statusFixtures.severity('critical') } };
/** Out of date: "unknown", never "ok". */
export const OutOfDate: Story = { args: { data: statusFixtures.expired() } };
export const WithoutLink: Story = { args: { data: statusFixtures.storm(), href: undefined } };
export const Dutch: Story = { args: { data: statusFixtures.storm(), lang: 'nl' } };
export const Dark: Story = { args: { data: statusFixtures.severity('critical'), theme: 'dark' } };
