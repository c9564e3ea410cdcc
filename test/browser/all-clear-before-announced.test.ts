// Trial S, an airline: check-in worked again at 14:58, and at 14:59 a ground handlers' strike was announced for Tuesday
// 05:00 (`starts_at` ahead, severity major). At 15:05 the banner said "Vanaf di 22 dec, 5:00: Staking grondpersoneel …",
// the help dialog opened on the strike, and the all-clear was folded away in "1 opgeloste storing" on the status page,
// although the docs promise an all-clear for an hour. Now an incident announced for later waits behind an all-clear of
// the last hour, as a notice does (feed/going-on.ts): in the banner, the help dialog and the status element.
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
/** Check-in resolved `ago` ms ago, and the strike announced for in 3 days (`begun`: started 5 minutes ago). */
function feed(ago: number, begun = false): StatusPayload {
  const f = statusFeed({ status_url: 'https://example.com/status' });
  const checkin = f.incidents[0]!;
  const strike = structuredClone(checkin);
  Object.assign(checkin, { id: 'checkin', title: { en: 'Check-in works again', nl: 'Inchecken werkt weer' }, phase: 'resolved', next_update_at: null, resolved_at: iso(-ago), updated_at: iso(-ago) });
  Object.assign(strike, {
    id: 'staking',
    title: { en: 'Ground handlers strike on Tuesday', nl: 'Staking grondpersoneel dinsdag' },
    phase: 'investigating',
    starts_at: iso(begun ? -5 * MIN : 3 * DAY),
    next_update_at: iso(20 * 60 * MIN),
    actions: [{ label: { en: 'Check your booking on Monday', nl: 'Kijk maandag in Mijn boeking' } }],
  });
  f.incidents = [checkin, strike];
  return f;
}
const text = (el: Element, sel: string) => (el.shadowRoot!.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const order = (el: Element) => [...el.shadowRoot!.querySelectorAll('[data-incident]')].map((a) => a.getAttribute('data-incident'));

beforeEach(() => localStorage.clear());

describe('an all-clear of the last hour before an incident announced for later', () => {
  it('<clearline-banner>: the all-clear first, "(en nog 1)"; after the hour, or once the strike has begun, the strike', async () => {
    const nl = await fixture<ClearlineBanner>(html`<clearline-banner lang="nl" .data=${feed(7 * MIN)}></clearline-banner>`);
    expect(text(nl, '.sev')).to.match(/^Opgelost .*\d:\d{2}:$/); // "om 15:05", or with the day just after midnight
    expect(text(nl, '[part~=link]')).to.equal('Inchecken werkt weer (en nog 1)');
    const en = await fixture<ClearlineBanner>(html`<clearline-banner lang="en" .data=${feed(7 * MIN)}></clearline-banner>`);
    expect(text(en, '[part~=title]')).to.equal('Check-in works again');
    const later = await fixture<ClearlineBanner>(html`<clearline-banner lang="nl" .data=${feed(70 * MIN)}></clearline-banner>`);
    expect(text(later, '[part~=title]')).to.equal('Staking grondpersoneel dinsdag');
    expect(text(later, '.sev')).to.match(/^Vanaf /);
    const begun = await fixture<ClearlineBanner>(html`<clearline-banner lang="nl" .data=${feed(7 * MIN, true)}></clearline-banner>`);
    expect(text(begun, '[part~=title]'), 'a strike going on comes before the all-clear').to.equal('Staking grondpersoneel dinsdag');
  });

  it('<clearline-help>: the dialog opens on the all-clear, the strike under "Daarnaast" with its actions under its own title; no dot', async () => {
    const el = await fixture<ClearlineHelp>(html`<clearline-help lang="nl" .data=${feed(7 * MIN)} .entries=${[]}></clearline-help>`);
    expect(el.shadowRoot!.querySelector('[part~=marker]') === null, 'no dot: nothing is going on').to.equal(true);
    await el.show();
    expect(text(el, '#incident-title')).to.equal('Inchecken werkt weer');
    expect(text(el, '[part~=incident] p strong')).to.match(/^Opgelost /);
    expect(text(el, '[part~=incident] .more')).to.equal('Daarnaast: Staking grondpersoneel dinsdag');
    expect(text(el, '[part~=can-wait] h5.about')).to.equal('Staking grondpersoneel dinsdag');
    expect(text(el, '[part~=can-wait] li')).to.equal('Kijk maandag in Mijn boeking');
    const later = await fixture<ClearlineHelp>(html`<clearline-help lang="en" .data=${feed(70 * MIN)} .entries=${[]}></clearline-help>`);
    await later.show();
    expect(text(later, '#incident-title'), 'after the hour: the strike').to.equal('Ground handlers strike on Tuesday');
  });

  it('<clearline-status>: the resolved list first and open for the hour, then the strike; after the hour after the strike, still open within the day', async () => {
    const el = await fixture<ClearlineStatus>(html`<clearline-status lang="nl" .data=${feed(7 * MIN)}></clearline-status>`);
    expect(order(el)).to.deep.equal(['checkin', 'staking']);
    expect(el.shadowRoot!.querySelector<HTMLDetailsElement>('[part~=resolved]')!.open, 'the all-clear is not folded away').to.equal(true);
    const later = await fixture<ClearlineStatus>(html`<clearline-status lang="nl" .data=${feed(70 * MIN)}></clearline-status>`);
    expect(order(later)).to.deep.equal(['staking', 'checkin']);
    expect(later.shadowRoot!.querySelector<HTMLDetailsElement>('[part~=resolved]')!.open, 'unfolded for a day (trial W)').to.equal(true);
    const begun = await fixture<ClearlineStatus>(html`<clearline-status lang="nl" .data=${feed(7 * MIN, true)}></clearline-status>`);
    expect(order(begun), 'a strike going on comes first').to.deep.equal(['staking', 'checkin']);
  });

  it('<clearline-badge>: stays "Announced" (it has no all-clear state; "No known disruptions" would hide the strike)', async () => {
    const badge = await fixture<ClearlineBadge>(html`<clearline-badge lang="en" .data=${feed(7 * MIN)}></clearline-badge>`);
    expect(badge.state).to.equal('announced');
  });
});
