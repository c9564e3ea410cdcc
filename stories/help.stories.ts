import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import demoFaq from '../demo/faq.json';
import demoFeed from '../demo/feed.json';
import '../src/components/help/help.js';
import type { ClearlineHelp } from '../src/components/help/help.js';
import type { ContactReason, FaqEntry, StatusPayload } from '../src/feed/schema.js';
import { statusFixtures } from './fixtures.js';

interface Args {
  data?: StatusPayload;
  entries?: FaqEntry[];
  lang?: string;
  theme?: 'light' | 'dark';
  placement?: 'bottom-end' | 'bottom-start';
  /** What the play function does on the story's own canvas: open the dialog, then go on. */
  steps?: Array<'open' | 'still-need-us' | `reason:${string}`>;
}

const entries = demoFaq.entries as unknown as FaqEntry[];
const reasons = demoFeed.contact_reasons as unknown as ContactReason[];
/** The demo airline's storm with its contact reasons, times relative to now. */
const storm = (): StatusPayload => ({ ...statusFixtures.storm(), contact_reasons: reasons });

const launcher = (args: Args) =>
  html`<clearline-help .data=${args.data} .entries=${args.entries} lang=${ifDefined(args.lang)} theme=${ifDefined(args.theme)}
    placement=${ifDefined(args.placement)}></clearline-help>`;

const meta: Meta<Args> = {
  title: 'Elements/clearline-help',
  component: 'clearline-help',
  // The launcher is fixed to a corner of the page. On the canvas the host page fills the window,
  // so the button and the dialog sit where a reader meets them; on the docs page each story keeps
  // its button in its own block (a transform makes the block the launcher's frame), instead of
  // every story's button piling up in the corner of the docs page.
  render: (args, { viewMode }) =>
    viewMode === 'docs'
      ? html`<div style="transform: translateZ(0); min-height: 6rem">${launcher(args)}</div>`
      : html`<div style="min-height: calc(100vh - 2rem)">${launcher(args)}</div>`,
  parameters: { layout: 'fullscreen' },
  args: { lang: 'en', entries },
  // Opens the dialog and goes where the story says, as a reader would. Play functions run on the
  // story's own canvas only, so the docs page never opens a modal dialog or moves focus.
  play: async ({ canvasElement, args }) => {
    if (!args.steps?.length) return;
    const el = canvasElement.querySelector<ClearlineHelp>('clearline-help')!;
    for (const step of args.steps) {
      if (step === 'open') await el.show();
      else {
        const selector = step === 'still-need-us' ? '[part~=still-need-us]' : `button.reason[data-reason="${step.slice('reason:'.length)}"]`;
        el.shadowRoot!.querySelector<HTMLButtonElement>(selector)!.click();
      }
      await el.updateComplete;
    }
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The docs page opens here: a storm is on, so the button carries the dot and says so to screen readers. */
export const OpenIncident: Story = { name: 'Open incident', args: { data: storm() } };
/** The dialog: the incident, what to do now, the next update, then the FAQ search. */
export const DialogOpen: Story = { name: 'Dialog open during an incident', args: { data: storm(), steps: ['open'] } };
/** "Still need us?": the contact reasons of the feed. */
export const ContactReasons: Story = { args: { data: storm(), steps: ['open', 'still-need-us'] } };
/** An urgent reason: what to do first, its answers, and only channels that answer right away. */
export const UrgentReason: Story = { args: { data: storm(), steps: ['open', 'still-need-us', 'reason:flying-today'] } };
/**
 * A time-critical reason (needed soon, no danger): "I am flying today" marked so, not urgent. Listed first here (no urgent
 * reason), with "Needed soon" under its label in a calm colour, and heard as its description (trial S).
 */
export const TimeCriticalReason: Story = {
  name: 'A time-critical reason',
  args: { data: { ...storm(), contact_reasons: reasons.map((r) => (r.id === 'flying-today' ? { id: r.id, label: r.label, channels: r.channels, time_critical: true } : r)) }, steps: ['open', 'still-need-us'] },
};
/** A reason that can wait: its answers first, then call-back and self-service before the phone. */
export const ReasonThatCanWait: Story = { args: { data: storm(), steps: ['open', 'still-need-us', 'reason:rebook-refund'] } };
export const Dutch: Story = { args: { data: storm(), lang: 'nl', steps: ['open'] } };
export const Dark: Story = { args: { data: storm(), theme: 'dark', steps: ['open'] } };
/** The feed was not re-signed in time: the last verified incident, reasons and channels stay, under "Outdated". */
export const OutOfDate: Story = { args: { data: { ...statusFixtures.expiredWithIncident(), contact_reasons: reasons }, steps: ['open'] } };
/** For an hour after the all-clear the dialog opens on it, calm, with the closing text: what still applies. No dot on the button. */
export const JustResolved: Story = { name: 'Resolved within the hour', args: { data: { ...statusFixtures.justResolved(), contact_reasons: reasons }, lang: 'nl', steps: ['open'] } };
/** No incident: the plain button, no dot. */
export const NoIncident: Story = { args: { data: statusFixtures.allClear() } };
export const BottomStart: Story = { args: { data: storm(), placement: 'bottom-start' } };
