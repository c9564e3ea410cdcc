import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/editor/editor.js';
import type { ClearlineEditor } from '../src/components/editor/editor.js';
import type { FeedDraft } from '../src/feed/update.js';
import { statusFixtures } from './fixtures.js';
import { themePlaygrounds } from './theme-playground.js';

interface Args {
  feed?: FeedDraft;
  lang?: string;
  theme?: 'light' | 'dark';
}

const element = (args: Args) => html`<clearline-editor .feed=${args.feed} lang=${ifDefined(args.lang)} theme=${ifDefined(args.theme)}></clearline-editor>`;

const meta: Meta<Args> = {
  title: 'Elements/clearline-editor',
  component: 'clearline-editor',
  render: element,
  args: { lang: 'en' },
};
export default meta;
type Story = StoryObj<Args>;

const empty = (): FeedDraft => ({ type: 'status', version: 1, feed_id: 'example-energy', publisher: { name: 'Example Energy', url: 'https://example.com' }, time_zone: 'Europe/Amsterdam', channels: [], incidents: [] });
const unsigned = (feed: ReturnType<typeof statusFixtures.storm>): FeedDraft => {
  const { seq: _s, issued_at: _i, expires_at: _e, ...rest } = feed;
  return rest;
};

/** Clicks a button in the editor by its visible text or accessible name. */
async function press(canvas: HTMLElement, name: string, select?: string): Promise<void> {
  const el = canvas.querySelector('clearline-editor') as ClearlineEditor;
  await el.updateComplete;
  if (select) {
    const s = el.shadowRoot!.querySelector('#f-template') as HTMLSelectElement;
    s.value = select;
    s.dispatchEvent(new Event('change'));
  }
  const b = [...el.shadowRoot!.querySelectorAll('button')].find((x) => (x.getAttribute('aria-label') ?? x.textContent!.trim()) === name);
  b?.click();
  await el.updateComplete;
}

// The docs page opens on the first story: Post update on an open incident, its texts in both languages.
/** Post update on the open incident: its current texts, a new time to promise. */
export const PostUpdate: Story = {
  args: { feed: unsigned(statusFixtures.storm()) },
  play: ({ canvasElement }) => press(canvasElement, 'Post update'),
};
const playgrounds = themePlaygrounds('clearline-editor', (args) => element(args as Args), { feed: unsigned(statusFixtures.storm()), lang: 'en' });
export const ThemePlayground = playgrounds.ThemePlayground;
export const ThemePlaygroundDark = playgrounds.ThemePlaygroundDark;
/** Opened on a feed with nothing going on: pick a template and start. */
export const EmptyFeed: Story = { args: { feed: empty() } };

/** A new feed (no feed.json yet): who publishes it, the feed id suggested from the name, the time zone. */
export const NewFeed: Story = {
  args: { feed: { ...empty(), feed_id: '', publisher: { name: '', url: '' } } },
  play: ({ canvasElement }) => press(canvasElement, 'New incident', 'outage'),
};

/** A new incident from the outage template: its guidance is still in the fields. */
export const NewFromTemplate: Story = {
  args: { feed: empty() },
  play: ({ canvasElement }) => press(canvasElement, 'New incident', 'outage'),
};

/** Sign pressed with the template's placeholders left in: each finding next to its field. */
export const FindingsBlockSigning: Story = {
  args: { feed: empty() },
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'New incident', 'outage');
    await press(canvasElement, 'Sign');
  },
};

/** An open incident with its countdown, ready for Post update. */
export const OpenIncident: Story = { args: { feed: unsigned(statusFixtures.storm()) } };


/** The promised update is late: said in the list. */
export const LateUpdate: Story = { args: { feed: unsigned(statusFixtures.overdue()) } };

export const Dutch: Story = {
  args: { feed: unsigned(statusFixtures.storm()), lang: 'nl' },
  play: ({ canvasElement }) => press(canvasElement, 'Update plaatsen'),
};

export const Dark: Story = {
  args: { feed: empty(), theme: 'dark' },
  play: ({ canvasElement }) => press(canvasElement, 'New incident', 'storm'),
};
