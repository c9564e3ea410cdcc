import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/faq/faq.js';
import type { FaqEntry } from '../src/feed/schema.js';
import { faqEntries } from './fixtures.js';

interface Args {
  entries?: FaqEntry[];
  lang?: string;
  theme?: 'light' | 'dark';
  'contact-href'?: string;
  query?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/clearline-faq',
  component: 'clearline-faq',
  render: (args) =>
    html`<div style="padding:1rem;${args.theme === 'dark' ? 'background:#111418;' : ''}">
      <clearline-faq .entries=${args.entries} lang=${ifDefined(args.lang)} theme=${ifDefined(args.theme)} contact-href=${ifDefined(args['contact-href'])}></clearline-faq>
    </div>`,
  args: { lang: 'en', entries: faqEntries, 'contact-href': 'https://www.example-air.example/contact' },
  // Types the story's query into the search box, as a reader would.
  play: async ({ canvasElement, args }) => {
    if (!args.query) return;
    const faq = canvasElement.querySelector('clearline-faq')!;
    await faq.updateComplete;
    const input = faq.shadowRoot!.querySelector('input')!;
    input.focus();
    input.value = args.query;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Browsing: Story = {};
export const Empty: Story = { args: { entries: [] } };
export const Searching: Story = { args: { query: 'refund' } };
/** A typo still finds the answer. */
export const Typo: Story = { args: { query: 'compensaton' } };
export const NoAnswer: Story = { args: { query: 'can I bring my parrot' } };
export const Dutch: Story = { args: { lang: 'nl', query: 'geld terug' } };
/** Opened from a link such as https://…/help#faq-hotel. */
export const DeepLinkedEntry: Story = {
  loaders: [async () => (history.replaceState(null, '', `${location.pathname}${location.search}#faq-hotel`), {})],
};
export const Dark: Story = { args: { theme: 'dark' } };
