// Who a contact line is for (a channel's `purpose`): a transport company's "Assisted travel" line, for disabled passengers
// (trial O). Written as the wait's reason, readers said "Expected wait about 5 minutes: For disabled passengers …", and
// the all-clear took it away with the wait. Now it is its own line under the name, apart from the wait and its reason, in
// <clearline-status> and the help dialog, also without a wait; an emergency line's reason still says when to use it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/status/status.js';
import '../../src/components/help/help.js';
import type { ClearlineStatus } from '../../src/components/status/status.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import type { Channel, StatusPayload } from '../../src/feed/schema.js';
import { iso, MIN, statusFeed } from './helpers.js';

const stopNavigation = (e: Event) => e.preventDefault();
before(() => window.addEventListener('click', stopNavigation));
after(() => window.removeEventListener('click', stopNavigation));

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const FOR = { en: 'For disabled passengers and anyone who needs help to travel', nl: 'voor reizigers met een beperking en iedereen die hulp nodig heeft bij het reizen' };
const assist = (wait = true): Channel => ({
  id: 'assist', kind: 'phone', label: { en: 'Assisted travel', nl: 'Reisassistentie' }, href: 'tel:+441614960456', purpose: FOR,
  ...(wait ? { wait_minutes: 5, reason: { en: 'many calls about the strike', nl: 'veel telefoontjes over de staking' } } : {}),
});
const safety: Channel = {
  id: 'safety', kind: 'phone', emergency: true, label: { en: 'Safety line', nl: 'Veiligheidslijn' }, href: 'tel:+441614960999', wait_minutes: 1,
  purpose: { en: 'For passengers and staff at our stops', nl: 'Voor reizigers en personeel bij onze haltes' },
  reason: { en: 'Someone hurt or in danger? Call at once.', nl: 'Iemand gewond of in gevaar? Bel direct.' },
};
const resolvedFeed = (channels: Channel[]): StatusPayload => {
  const f = statusFeed({ channels });
  Object.assign(f.incidents[0]!, { phase: 'resolved', resolved_at: iso(-5 * MIN), next_update_at: null });
  return f;
};
const status = (data: StatusPayload, lang: string) => fixture<ClearlineStatus>(html`<clearline-status lang=${lang} .data=${data}></clearline-status>`);

describe('a channel\'s purpose', () => {
  it('<clearline-status>: under the name, apart from the wait and its reason, in Dutch and English', async () => {
    for (const [lang, purpose, wait] of [
      ['en', FOR.en, 'Expected wait about 5 minutes: many calls about the strike'],
      ['nl', 'Voor reizigers met een beperking en iedereen die hulp nodig heeft bij het reizen', 'Verwachte wachttijd ongeveer 5 minuten: veel telefoontjes over de staking'],
    ] as const) {
      const el = await status(statusFeed({ channels: [assist()] }), lang);
      const item = el.shadowRoot!.querySelector('[part~=channel][data-channel=assist]')!;
      expect(text(item.querySelector('.purpose'))).to.equal(purpose);
      expect([...item.querySelectorAll('.wait')].map(text)).to.deep.equal([wait]);
      // Under the name: after the link, before the wait.
      expect([...item.querySelectorAll('a, .purpose, .wait')].map((e) => e.className || e.tagName)).to.deep.equal(['A', 'purpose', 'wait']);
    }
  });

  it('<clearline-status>: after the all-clear (no wait, no reason) the line still says who it is for', async () => {
    const el = await status(resolvedFeed([assist(false)]), 'en');
    const item = el.shadowRoot!.querySelector('[part~=channel][data-channel=assist]')!;
    expect(text(item.querySelector('.purpose'))).to.equal(FOR.en);
    expect(item.querySelector('.wait')).to.equal(null);
  });

  it('<clearline-status>: an emergency line shows its purpose, then its reason as when to use it, then its wait', async () => {
    const f = statusFeed({ channels: [safety, assist()] });
    f.incidents[0]!.severity = 'critical';
    const el = await status(f, 'en');
    for (const sel of ['[part~=emergency] [data-channel=safety]', '[part~=incident] .emergency [data-channel=safety]']) {
      const line = el.shadowRoot!.querySelector(sel)!;
      expect([...line.querySelectorAll('.purpose, .when, .wait')].map(text), sel).to.deep.equal([
        'For passengers and staff at our stops',
        'Someone hurt or in danger? Call at once.',
        'Expected wait about 1 minute',
      ]);
    }
  });

  it('<clearline-help>: the channels under "Still need us?" say who each line is for, apart from the wait', async () => {
    const el = await fixture<ClearlineHelp>(html`<clearline-help lang="en" .data=${statusFeed({ channels: [safety, assist()] })} .entries=${[]}></clearline-help>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=still-need-us]'), 'dialog open', { timeout: 5000 });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=still-need-us]')!.click();
    await el.updateComplete;
    const item = el.shadowRoot!.querySelector('[part~=contact] [part~=channel][data-channel=assist]')!;
    expect(text(item.querySelector('.purpose'))).to.equal(FOR.en);
    expect([...item.querySelectorAll('.wait')].map(text)).to.deep.equal(['Expected wait about 5 minutes: many calls about the strike']);
    const sos = el.shadowRoot!.querySelector('[part~=contact] [part~=channel][data-channel=safety]')!;
    expect([...sos.querySelectorAll('.purpose, .wait')].map(text)).to.deep.equal(['For passengers and staff at our stops', 'Someone hurt or in danger? Call at once. Expected wait about 1 minute']);
  });
});
