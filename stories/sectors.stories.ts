import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/badge/badge.js';
import '../src/components/banner/banner.js';
import '../src/components/faq/faq.js';
import '../src/components/status/status.js';
import type { ServedFeed } from './mock-feed.js';
import { servedStatus } from './mock-feed.js';
import { SECTORS, sectorFaq, sectorStatus, type SectorId } from './sectors/index.js';

interface Args {
  sector: SectorId;
  lang: 'nl' | 'en';
  theme?: 'light' | 'dark';
}

/**
 * A company's help page during its own crisis, as its customers would meet it: the banner, the
 * badge in the header, the status and the FAQ, all from one signed status feed (one request).
 */
const page = (args: Args, feed: ServedFeed) => {
  const s = SECTORS[args.sector];
  const common = { src: feed.src, 'public-key': feed.publicKey, 'feed-id': feed.feedId };
  return html`<div lang=${args.lang} style="max-width:48rem">
    <clearline-banner placement="inline" src=${common.src} public-key=${common['public-key']} feed-id=${common['feed-id']} lang=${args.lang} href="#status"></clearline-banner>
    <header style="display:flex;gap:1rem;align-items:center;justify-content:space-between;margin:1rem 0">
      <strong>${s.name} · ${s.label[args.lang]}</strong>
      <clearline-badge src=${common.src} public-key=${common['public-key']} feed-id=${common['feed-id']} lang=${args.lang} href="#status"></clearline-badge>
    </header>
    <clearline-status id="status" src=${common.src} public-key=${common['public-key']} feed-id=${common['feed-id']} lang=${args.lang} faq-href="#faq"></clearline-status>
    <clearline-faq id="faq" .entries=${sectorFaq(args.sector)} status-src=${common.src} public-key=${common['public-key']} lang=${args.lang}></clearline-faq>
  </div>`;
};

const meta: Meta<Args> = {
  title: 'Sectors',
  render: (args, { loaded }) => page(args, loaded as ServedFeed),
  loaders: [async ({ args }) => servedStatus(`/sector-${args.sector}.jws.json`, () => sectorStatus(args.sector))()],
  argTypes: {
    sector: { control: 'select', options: Object.keys(SECTORS) },
    lang: { control: 'inline-radio', options: ['en', 'nl'] },
  },
  parameters: { docs: { description: { component: 'The same elements for companies beside the airline, in Dutch and English. Texts are what such a company would publish; switch sector and language in the controls.' } } },
};
export default meta;
type Story = StoryObj<Args>;

export const EnergyEnglish: Story = { name: 'Energy network (English)', args: { sector: 'energy', lang: 'en' } };
export const EnergyDutch: Story = { name: 'Energienetbeheerder (Nederlands)', args: { sector: 'energy', lang: 'nl' } };
export const TelecomEnglish: Story = { name: 'Telecom (English)', args: { sector: 'telecom', lang: 'en' } };
export const TelecomDutch: Story = { name: 'Telecom (Nederlands)', args: { sector: 'telecom', lang: 'nl' } };
export const BankEnglish: Story = { name: 'Bank (English)', args: { sector: 'bank', lang: 'en' } };
export const BankDutch: Story = { name: 'Bank (Nederlands)', args: { sector: 'bank', lang: 'nl' } };
export const MunicipalityEnglish: Story = { name: 'Municipality (English)', args: { sector: 'municipality', lang: 'en' } };
export const MunicipalityDutch: Story = { name: 'Gemeente (Nederlands)', args: { sector: 'municipality', lang: 'nl' } };
