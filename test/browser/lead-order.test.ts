// Trial V, a water company at 06:45: a no-water outage for 40,000 homes (since 02:10, updated 06:31) and a boil water
// notice for one town (created 06:36), both major. The notice led the status page, the banner and the help dialog only
// because the desk had written it last; a Tewkesbury reader without water opened Help to Upton's boil instructions, the
// outage one line under it ("Also: …"). Of two as severe, the one that began first now leads, however often the other
// is edited.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/banner/banner.js';
import type { ClearlineBanner } from '../../src/components/banner/banner.js';
import '../../src/components/help/help.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import '../../src/components/status/status.js';
import type { ClearlineStatus } from '../../src/components/status/status.js';
import type { Incident } from '../../src/feed/schema.js';
import { HELP_ENTRIES, helpFeed } from './help-fixtures.js';
import { iso, MIN } from './helpers.js';

const incident = (id: string, en: string, startedMin: number, updatedMin: number): Incident => ({
  id,
  title: { en, nl: en },
  severity: 'major',
  phase: 'identified',
  started_at: iso(startedMin * MIN),
  updated_at: iso(updatedMin * MIN),
  known: 'Known.',
  unknown: 'Unknown.',
  next_update_at: iso(45 * MIN),
});
const OUTAGE = 'No water or low pressure in Tewkesbury, Upton and Ledbury';
const BOIL = 'Boil Water Notice in Upton upon Severn (WR8)';
const outage = incident('water-0214', OUTAGE, -275, -14);
// As `new incident` writes it: the newest first in the feed.
const feed = (boilUpdated = -9) => helpFeed({ incidents: [incident('boil-upton', BOIL, -9, boilUpdated), outage] });

const text = (el: Element | null | undefined) => el!.textContent!.replace(/\s+/g, ' ').trim();

describe('which of two equally severe incidents leads', () => {
  afterEach(() => localStorage.clear());

  it('the help dialog opens on the one going on longest, the notice written last under "Also:", also after another edit', async () => {
    for (const data of [feed(), feed(-1)]) {
      const el = await fixture<ClearlineHelp>(html`<clearline-help lang="en" .data=${data} .entries=${HELP_ENTRIES}></clearline-help>`);
      await el.show();
      const box = el.shadowRoot!.querySelector('[part~=incident]')!;
      expect(text(box.querySelector('#incident-title'))).to.equal(OUTAGE);
      expect(text(box.querySelector('.more'))).to.equal(`Also: ${BOIL}`);
    }
  });

  it('the banner and the status element put the same one first', async () => {
    const banner = await fixture<ClearlineBanner>(html`<clearline-banner lang="en" placement="inline" .data=${feed(-1)}></clearline-banner>`);
    expect(text(banner.shadowRoot!.querySelector('[part~=link]'))).to.equal(`${OUTAGE}. Also: ${BOIL}`);
    const status = await fixture<ClearlineStatus>(html`<clearline-status lang="en" .data=${feed(-1)}></clearline-status>`);
    const titles = [...status.shadowRoot!.querySelectorAll('.root > [part~=incident] [part~=title]')].map(text);
    expect(titles).to.deep.equal([OUTAGE, BOIL]);
  });
});
