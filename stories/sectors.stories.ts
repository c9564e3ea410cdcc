import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../src/components/badge/badge.js';
import '../src/components/banner/banner.js';
import '../src/components/faq/faq.js';
import '../src/components/status/status.js';
import type { ServedFeed } from './mock-feed.js';
import { servedStatus } from './mock-feed.js';
import { SECTORS, sectorFaq, sectorStatus, type SectorId } from './sectors/index.js';
import { LANGUAGES } from './languages.js';

interface Args {
  sector: SectorId;
  /** The page's language tag: the elements write times and phone numbers by it (`en-GB`: "9:10", not "9:10 AM"). */
  lang: 'nl' | 'en' | 'en-GB';
  theme?: 'light' | 'dark';
}

/**
 * A company's help page during its own crisis, as its customers would meet it: the banner, the
 * badge in the header, the status and the FAQ, all from one signed status feed (one request).
 * `phone`: a 360 px column in the company's own look; its style element stays in the document, so
 * only that page carries the class it styles (on the docs page every story shares the document).
 */
const page = (args: Args, feed: ServedFeed, phone?: { brand: string }) => {
  const s = SECTORS[args.sector];
  const common = { src: feed.src, 'public-key': feed.publicKey, 'feed-id': feed.feedId };
  return html`${phone ? unsafeHTML(`<style>${phone.brand}</style>`) : nothing}<div class=${phone ? 'help-page' : ''} lang=${args.lang} style=${phone ? 'max-width:360px' : 'max-width:48rem'}>
    <clearline-banner placement="inline" src=${common.src} public-key=${common['public-key']} feed-id=${common['feed-id']} lang=${args.lang} href="#status"></clearline-banner>
    <header style="display:flex;gap:${phone ? '0.5rem 1rem;flex-wrap:wrap' : '1rem'};align-items:center;justify-content:space-between;margin:1rem 0">
      <strong>${s.name} · ${s.label[args.lang === 'nl' ? 'nl' : 'en']}</strong>
      <clearline-badge src=${common.src} public-key=${common['public-key']} feed-id=${common['feed-id']} lang=${args.lang} href="#status"></clearline-badge>
    </header>
    <clearline-status id="status" src=${common.src} public-key=${common['public-key']} feed-id=${common['feed-id']} lang=${args.lang} faq-href="#faq"></clearline-status>
    <clearline-faq id="faq" .entries=${sectorFaq(args.sector)} status-src=${common.src} public-key=${common['public-key']} lang=${args.lang}></clearline-faq>
  </div>`;
};

/**
 * A water company's brand, as its web team would write it (the page loads the font; the elements
 * load none). The colours replace both themes' defaults, so a dark block comes with them: navy
 * text alone would be unreadable on a reader's dark cards.
 */
const WATER_BRAND_CSS = `.help-page {
  font-family: Nunito, sans-serif;
  --clearline-font: Nunito, sans-serif;
  --clearline-radius: 14px;
  --clearline-text: #0b2a42;
  --clearline-muted: #465d72;
  --clearline-link: #0061a8;
  --clearline-focus: #0061a8;
  --clearline-subtle: #e6f1f8;
  --clearline-border: #a9c6dc;
}
@media (prefers-color-scheme: dark) {
  .help-page {
    --clearline-text: #e6eff7;
    --clearline-muted: #afc2d3;
    --clearline-link: #7fc1f5;
    --clearline-focus: #7fc1f5;
    --clearline-subtle: #15293b;
    --clearline-border: #3d5b74;
  }
}`;

const meta: Meta<Args> = {
  title: 'Sectors',
  render: (args, { loaded }) => page(args, loaded as ServedFeed),
  loaders: [async ({ args }) => servedStatus(`/sector-${args.sector}.jws.json`, () => sectorStatus(args.sector))()],
  argTypes: {
    sector: { control: 'select', options: Object.keys(SECTORS) },
    lang: { control: 'inline-radio', options: LANGUAGES },
  },
  parameters: { docs: { description: { component: 'The same elements for companies beside the airline, in Dutch and English (en: as a browser set to American English formats times, en-GB: British). Texts are what such a company would publish; switch sector and language in the controls.' } } },
};
export default meta;
type Story = StoryObj<Args>;

export const EnergyEnglish: Story = { name: 'Energy network (English)', args: { sector: 'energy', lang: 'en' } };
export const EnergyDutch: Story = { name: 'Energienetbeheerder (Nederlands)', args: { sector: 'energy', lang: 'nl' } };
export const TelecomEnglish: Story = { name: 'Telecom (English)', args: { sector: 'telecom', lang: 'en' } };
export const TelecomDutch: Story = { name: 'Telecom (Nederlands)', args: { sector: 'telecom', lang: 'nl' } };
export const BankEnglish: Story = { name: 'Bank (English)', args: { sector: 'bank', lang: 'en' } };
/** A British page (`lang="en-GB"`): 24-hour times with two-digit hours ("Next update at 09:55"), as a UK bank's site shows them. */
export const BankBritishEnglish: Story = { name: 'Bank (British English)', args: { sector: 'bank', lang: 'en-GB' } };
export const BankDutch: Story = { name: 'Bank (Nederlands)', args: { sector: 'bank', lang: 'nl' } };
export const MunicipalityEnglish: Story = { name: 'Municipality (English)', args: { sector: 'municipality', lang: 'en' } };
export const MunicipalityDutch: Story = { name: 'Gemeente (Nederlands)', args: { sector: 'municipality', lang: 'nl' } };
export const WaterEnglish: Story = { name: 'Drinking water (English)', args: { sector: 'water', lang: 'en' } };
export const WaterDutch: Story = { name: 'Drinkwaterbedrijf (Nederlands)', args: { sector: 'water', lang: 'nl' } };

/**
 * A water company's own look, set only with documented properties on an element around the
 * clearline elements (they inherit them): its blue for links, focus and soft fills, navy text, its
 * rounded font (Nunito) and rounder corners, with a dark-theme block. Severity colours stay as
 * they are, so a disruption still reads as one. On a 360 px phone, in Dutch with its long words.
 */
export const WaterOwnBrandPhone: Story = {
  name: 'Drinkwaterbedrijf, eigen huisstijl (360 px)',
  args: { sector: 'water', lang: 'nl' },
  render: (args, { loaded }) => page(args, loaded as ServedFeed, { brand: WATER_BRAND_CSS }),
  parameters: { docs: { description: { story: `The CSS for this look, for the web team:\n\n\`\`\`css\n${WATER_BRAND_CSS}\n\`\`\`` } } },
};
