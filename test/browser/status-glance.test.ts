// What a reader of <clearline-status> takes in at a glance on a phone: a resolved incident reads as
// resolved (not in the red of its severity), and the emergency line of a critical incident is right
// under its title, not only in Contact far below the card.
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
      ['nl', 'Opgelost om', 'was: grote hinder', 'Grote hinder'],
    ] as const) {
      const el = await mount(f, lang);
      const card = el.shadowRoot!.querySelector('[part~=incident]')!;
      const badge = card.querySelector('.meta .badge')!;
      // "Resolved at 11:50 PM"; after midnight, with its day and no "at" ("Resolved Fri, Dec 4, 11:50 PM"; red at 00:10 UTC).
      const shown = shownTime(Date.parse(resolvedAt));
      expect(text(badge).startsWith(`${resolved.split(' ')[0]} `), `${lang}: ${text(badge)}`).to.equal(true);
      if (lang === 'en') expect(text(badge)).to.equal(/,/.test(shown) ? `Resolved ${shown}` : `${resolved} ${shown}`);
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
    expect(meta).to.contain('Grote hinder');
    expect(meta).to.contain('Oorzaak gevonden');
    expect(meta).not.to.contain('was:');
  });

  it('a critical incident has the emergency line, in the feed\'s words, right under its title and before anything else', async () => {
    for (const [lang, reason, label] of [
      ['en', 'Water brown or smelling of chlorine? Do not drink it; call us.', 'Water emergency line'],
      ['nl', 'Water bruin of ruikt het naar chloor? Niet drinken; bel ons.', 'Storingslijn water'],
    ] as const) {
      const el = await mount(feed('critical'), lang);
      const root = el.shadowRoot!;
      const first = root.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
      expect(first.getAttribute('href'), `${lang}: the first number on the page`).to.equal('tel:+318000359');
      expect(text(first)).to.contain(label);
      expect(first.closest('[part~=incident]') !== null, 'inside the card').to.equal(true);
      const title = root.querySelector('[part~=incident] [part~=title]')!;
      expect(title.nextElementSibling?.contains(first), 'right under the title').to.equal(true);
      expect(text(first.closest('[data-channel]'))).to.contain(reason);
      // Still in Contact too, where it always was.
      expect(root.querySelectorAll('[part~=emergency] a[href="tel:+318000359"]').length).to.equal(1);
    }
  });

  it('following that line is a clearline-contact for the emergency channel', async () => {
    const el = await mount(feed('critical'));
    const seen: string[] = [];
    el.addEventListener('clearline-contact', (e) => seen.push((e as CustomEvent<{ channel: string }>).detail.channel));
    el.shadowRoot!.querySelector<HTMLElement>('[part~=incident] a[href="tel:+318000359"]')!.click();
    el.shadowRoot!.querySelector<HTMLElement>('[part~=emergency] a[href="tel:+318000359"]')!.click();
    expect(seen).to.deep.equal(['no-water', 'no-water']);
  });

  it('without a reason: the label and the link; several lines in the feed\'s order; none for a major incident or without an emergency line', async () => {
    const { reason: _, ...bare } = line;
    const el = await mount(feed('critical', [bare]), 'nl');
    // Its wait follows, as in Contact (emergency-zoom.test.ts).
    expect(text(el.shadowRoot!.querySelector('[part~=incident] .emergency'))).to.equal('Bij nood Storingslijn water: 0800 0359 Verwachte wachttijd ongeveer 1 minuut');
    const second: Channel = { ...line, id: 'danger', label: 'Danger line', href: 'tel:+31800112233' };
    const two = await mount(feed('critical', [second, ...statusFeed().channels, line]));
    expect([...two.shadowRoot!.querySelectorAll<HTMLElement>('[part~=incident] [data-channel]')].map((d) => d.dataset.channel)).to.deep.equal(['danger', 'no-water']);
    const major = await mount(feed('major'));
    expect(major.shadowRoot!.querySelector('[part~=incident] a[href="tel:+318000359"]') === null).to.equal(true);
    const none = await mount(feed('critical', statusFeed().channels));
    expect(none.shadowRoot!.querySelector('[part~=incident] [data-channel]') === null).to.equal(true);
  });

  it('a reason without a wait, written to follow "Expected wait …:", starts its own sentence', async () => {
    // The demo airline's call-back line: "u houdt uw plek in de rij …" read as a fragment in lower case under its name.
    const callback: Channel = { id: 'callback', kind: 'callback', label: { en: 'Have us call you back', nl: 'Laat u terugbellen' }, href: 'https://example.com/terugbellen', reason: { en: 'you keep your place in the queue', nl: 'u houdt uw plek in de rij' } };
    const urgent: Channel = { ...line, wait_minutes: undefined, reason: { en: 'water brown? Do not drink it', nl: 'water bruin? Niet drinken' } };
    for (const [lang, own, when] of [
      ['en', 'You keep your place in the queue', 'Water brown? Do not drink it'],
      ['nl', 'U houdt uw plek in de rij', 'Water bruin? Niet drinken'],
    ] as const) {
      const el = await mount(feed('minor', [urgent, callback]), lang);
      const root = el.shadowRoot!;
      expect(text(root.querySelector('[part~=channel][data-channel=callback] .wait'))).to.equal(own);
      expect(text(root.querySelector('[part~=emergency] [data-channel=no-water] .when'))).to.equal(when);
    }
  });
});
