// Trial Q, a Dutch hospital (Europe/Amsterdam), its English and Dutch pages. The emergency block on top of a critical
// incident showed the 112 line's reason as typed, "bij levensgevaar, zoals pijn op de borst…", and Contact below it
// "Bij levensgevaar, zoals …".
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/status/status.js';
import '../../src/components/help/help.js';
import type { StatusPayload } from '../../src/feed/schema.js';
import { statusFeed } from './helpers.js';

const stopNavigation = (e: Event) => e.preventDefault();
before(() => window.addEventListener('click', stopNavigation));
after(() => window.removeEventListener('click', stopNavigation));

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const GP = {
  nl: 'Heeft u nu dringend zorg nodig? Bel eerst de huisartsenpost: 0900 700 8000. Bij levensgevaar: bel 112.',
  en: 'Do you need urgent care now? Call the out-of-hours GP service first: 0900 700 8000. If a life is in danger: call 112.',
};

function feed(): StatusPayload {
  const f = statusFeed({
    time_zone: 'Europe/Amsterdam',
    channels: [
      {
        id: 'alarm-112', kind: 'phone', label: { nl: 'Bij levensgevaar: bel 112', en: 'Life in danger? Call 112' }, href: 'tel:112', emergency: true,
        reason: { nl: 'bij levensgevaar, zoals pijn op de borst', en: 'when a life is in danger, such as chest pain' },
      },
      { id: 'algemeen', kind: 'phone', label: { nl: 'Algemeen nummer', en: 'General number' }, href: 'tel:+31267001000' },
    ],
  });
  f.incidents[0]!.severity = 'critical';
  f.incidents[0]!.actions = [{ label: GP, href: 'tel:+319007008000', urgent: true, who: { nl: 'U heeft nu dringend zorg nodig', en: 'You need urgent care now' } }];
  return f;
}

describe('a hospital\'s status page and help dialog say a line\'s reason and a number once, alike', () => {
  it('<clearline-status>: the emergency line\'s reason capitalised on top of the incident as in Contact (nl and en)', async () => {
    for (const [lang, when] of [['nl', 'Bij levensgevaar, zoals pijn op de borst'], ['en', 'When a life is in danger, such as chest pain']] as const) {
      const el = await fixture<HTMLElement>(html`<clearline-status lang=${lang} .data=${feed()}></clearline-status>`);
      const root = el.shadowRoot!;
      expect(text(root.querySelector('[part~=incident] .emergency [data-channel="alarm-112"] .when')), `${lang} top`).to.equal(when);
      expect(text(root.querySelector('[part~=emergency] [data-channel="alarm-112"] .when')), `${lang} Contact`).to.equal(when);
    }
  });

  it('<clearline-help>: the emergency block on the first screen says it capitalised too', async () => {
    const el = await fixture<HTMLElement>(html`<clearline-help lang="nl" .data=${feed()} .entries=${[]}></clearline-help>`);
    el.shadowRoot!.querySelector<HTMLElement>('button.launcher')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=emergency] [data-channel="alarm-112"]'), 'help open', { timeout: 5000 });
    expect(text(el.shadowRoot!.querySelector('[part~=emergency] [data-channel="alarm-112"]'))).to.contain('Bij levensgevaar, zoals pijn op de borst');
  });
});
