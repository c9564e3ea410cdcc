// Trial O, a bus company announcing on Monday a strike for Thursday: every element showed "Disruption", "Major
// disruption", "Cause identified" and a red dot on Help, three days before anything was disrupted. An incident with
// `starts_at` still to come is shown as announced: "From Thu 10 Dec, 0:01" in the information look, its severity muted,
// the badge "Announced", no dot; one going on comes first. Once the start has passed it is an ordinary disruption.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/badge/badge.js';
import '../../src/components/banner/banner.js';
import '../../src/components/help/help.js';
import '../../src/components/status/status.js';
import type { ClearlineBadge } from '../../src/components/badge/badge.js';
import type { ClearlineBanner } from '../../src/components/banner/banner.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import type { ClearlineStatus } from '../../src/components/status/status.js';
import type { StatusPayload } from '../../src/feed/schema.js';
import { iso, MIN, statusFeed } from './helpers.js';

const DAY = 24 * 60 * MIN;
const strike = (startsIn: number): StatusPayload => {
  const feed = statusFeed({ time_zone: 'Europe/London' });
  Object.assign(feed.incidents[0]!, { id: 'strike', title: { en: 'Strike on Thursday: no trams', nl: 'Staking donderdag: geen trams' }, starts_at: iso(startsIn), next_update_at: iso(20 * 60 * MIN) });
  return feed;
};
const day = (ms: number) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', timeZone: 'Europe/London' }).format(ms);
const text = (el: Element, sel: string) => (el.shadowRoot!.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('an incident announced ahead (starts_at to come)', () => {
  it('<clearline-status>: "From <day>, <time>" in the information look, "expected: major disruption", no phase', async () => {
    const start = Date.now() + 3 * DAY;
    for (const [lang, from, expected] of [['en', 'From ', 'expected: major disruption'], ['nl', 'Vanaf ', 'verwacht: grote hinder']] as const) {
      const el = await fixture<ClearlineStatus>(html`<clearline-status lang=${lang} .data=${strike(3 * DAY)}></clearline-status>`);
      const meta = text(el, '[part~=incident] .meta');
      expect(meta, lang).to.contain(from).and.to.contain(` ${day(start)} `).and.to.contain(expected);
      expect(meta, lang).not.to.match(/Cause identified|Oorzaak gevonden|^Major disruption/);
      expect(el.shadowRoot!.querySelector('[part~=incident]')!.classList.contains('sev-info'), lang).to.equal(true);
    }
  });

  it('<clearline-status>: announced good news (severity info) says when, without "expected: information" (trial Q, a hospital)', async () => {
    for (const [lang, word] of [['en', /expected: information/i], ['nl', /verwacht: informatie/i]] as const) {
      const f = strike(2 * DAY);
      f.incidents[0]!.severity = 'info';
      const el = await fixture<ClearlineStatus>(html`<clearline-status lang=${lang} .data=${f}></clearline-status>`);
      const meta = text(el, '[part~=incident] .meta');
      expect(meta, lang).to.match(lang === 'en' ? /^From / : /^Vanaf /);
      expect(meta, lang).not.to.match(word);
    }
  });

  it('<clearline-banner> and <clearline-badge>: "From …:" and "Announced", in the information look', async () => {
    const banner = await fixture<ClearlineBanner>(html`<clearline-banner lang="en" .data=${strike(3 * DAY)}></clearline-banner>`);
    expect(text(banner, '.sev')).to.match(/^From .+:$/);
    expect(banner.shadowRoot!.querySelector('.banner')!.classList.contains('sev-info')).to.equal(true);
    for (const [lang, word] of [['en', 'Announced'], ['nl', 'Aangekondigd']] as const) {
      const badge = await fixture<ClearlineBadge>(html`<clearline-badge lang=${lang} .data=${strike(3 * DAY)}></clearline-badge>`);
      expect(badge.state, lang).to.equal('announced');
      expect(text(badge, '.label'), lang).to.equal(word);
      expect(badge.shadowRoot!.querySelector('[part~=badge]')!.classList.contains('sev-info')).to.equal(true);
    }
  });

  it('<clearline-help>: no dot on the button; the incident says when it starts', async () => {
    const el = await fixture<ClearlineHelp>(html`<clearline-help lang="en" .data=${strike(3 * DAY)} .entries=${[]}></clearline-help>`);
    expect(el.shadowRoot!.querySelector('[part~=marker]')).to.equal(null);
    await el.show();
    expect(text(el, '[part~=incident] p strong')).to.match(/^From /);
    const going = await fixture<ClearlineHelp>(html`<clearline-help lang="en" .data=${strike(-MIN)} .entries=${[]}></clearline-help>`);
    expect(going.shadowRoot!.querySelector('[part~=marker]'), 'once started: the dot').to.not.equal(null);
  });

  it('once the start has passed it is a disruption going on; one going on comes before one announced', async () => {
    const started = await fixture<ClearlineBadge>(html`<clearline-badge lang="en" .data=${strike(-MIN)}></clearline-badge>`);
    expect(started.state).to.equal('disruption');
    const status = await fixture<ClearlineStatus>(html`<clearline-status lang="en" .data=${strike(-MIN)}></clearline-status>`);
    expect(text(status, '[part~=incident] .meta')).to.contain('Major disruption').and.to.contain('Cause identified');
    // A tram stopped now (minor) beside the strike announced for Thursday (major): the tram first, and a disruption.
    const both = strike(3 * DAY);
    both.incidents.push({ ...structuredClone(both.incidents[0]!), id: 'tram', severity: 'minor', title: { en: 'Tram stopped near Piccadilly', nl: 'Tram stilgevallen' }, starts_at: undefined });
    const banner = await fixture<ClearlineBanner>(html`<clearline-banner lang="en" .data=${both}></clearline-banner>`);
    expect(text(banner, '[part~=title]')).to.equal('Tram stopped near Piccadilly');
    expect(text(banner, '.sev')).to.equal('Minor disruption:');
    const badge = await fixture<ClearlineBadge>(html`<clearline-badge lang="en" .data=${both}></clearline-badge>`);
    expect(badge.state).to.equal('disruption');
    const list = await fixture<ClearlineStatus>(html`<clearline-status lang="en" .data=${both}></clearline-status>`);
    expect([...list.shadowRoot!.querySelectorAll('[part~=incident]')].map((a) => a.getAttribute('data-incident'))).to.deep.equal(['tram', 'strike']);
  });
});
