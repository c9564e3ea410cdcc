// What a reader of <clearline-status> takes in at a glance on a phone: a resolved incident reads as
// resolved (not in the red of its severity).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/status/status.js';
import type { ClearlineStatus } from '../../src/components/status/status.js';
import type { Channel, Incident, StatusPayload } from '../../src/feed/schema.js';
import { iso, MIN, shownTime, statusFeed } from './helpers.js';

// Following a channel link must not navigate the test page away.
const stopNavigation = (e: Event) => e.preventDefault();
before(() => window.addEventListener('click', stopNavigation));
after(() => window.removeEventListener('click', stopNavigation));

const mount = (data: StatusPayload, lang = 'en') =>
  fixture<ClearlineStatus>(html`<clearline-status lang=${lang} .data=${data} style="width: 360px"></clearline-status>`);
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A water company's feed: nothing about gas, so the line can only come from the feed's own words. */
const line: Channel = {
  id: 'no-water',
  kind: 'phone',
  emergency: true,
  label: { en: 'Water emergency line', nl: 'Storingslijn water' },
  href: 'tel:+318000359',
  wait_minutes: 1,
  reason: { en: 'Water brown or smelling of chlorine? Do not drink it; call us.', nl: 'Water bruin of ruikt het naar chloor? Niet drinken; bel ons.' },
};
const feed = (severity: Incident['severity'], channels: Channel[] = [...statusFeed().channels, line]) => {
  const f = statusFeed({ channels });
  f.incidents[0]!.severity = severity;
  return f;
};

describe('<clearline-status> at a glance', () => {
  it('a resolved incident shows a calm "Resolved" badge, its old severity only in muted words', async () => {
    const resolvedAt = iso(-20 * MIN);
    const f = statusFeed();
    Object.assign(f.incidents[0]!, { severity: 'major', phase: 'resolved', resolved_at: resolvedAt, next_update_at: null });
    for (const [lang, resolved, was, severity] of [
      ['en', 'Resolved at', 'was: major disruption', 'Major disruption'],
      ['nl', 'Opgelost om', 'was: grote storing', 'Grote storing'],
    ] as const) {
      const el = await mount(f, lang);
      const card = el.shadowRoot!.querySelector('[part~=incident]')!;
      const badge = card.querySelector('.meta .badge')!;
      expect(text(badge).startsWith(`${resolved} `), `${lang}: ${text(badge)}`).to.equal(true);
      if (lang === 'en') expect(text(badge)).to.equal(`${resolved} ${shownTime(Date.parse(resolvedAt))}`);
      expect(text(card.querySelector('.meta')), lang).to.contain(was);
      expect(text(card), 'the severity never reads as the current state').not.to.contain(severity);
      expect(badge.querySelector('svg') !== null, 'an icon, not colour alone').to.equal(true);
      // The all-clear colour, as <clearline-badge> shows a feed with only resolved incidents; not the severity's red.
      const ok = getComputedStyle(el).getPropertyValue('--_ok').trim();
      const probe = Object.assign(document.createElement('span'), { style: `color: ${ok}` });
      el.shadowRoot!.append(probe);
      expect(getComputedStyle(badge).color).to.equal(getComputedStyle(probe).color);
      expect(getComputedStyle(card).borderLeftColor).to.equal(getComputedStyle(probe).color);
      probe.remove();
    }
  });

  it('an open incident keeps its severity badge and phase', async () => {
    const el = await mount(feed('major'), 'nl');
    const meta = text(el.shadowRoot!.querySelector('[part~=incident] .meta'));
    expect(meta).to.contain('Grote storing');
    expect(meta).to.contain('Oorzaak gevonden');
    expect(meta).not.to.contain('was:');
  });
});
