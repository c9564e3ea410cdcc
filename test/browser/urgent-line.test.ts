// A municipality's urgent income line ("no money for food today"), offered only by an urgent contact reason: on the
// status page it came last, after an e-mail answered in 2 working days, once the main line had a 45-minute queue
// (trial F). It now comes first among the ordinary lines (feed/channels.ts groupChannels; node test urgent-line).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/status/status.js';
import type { ClearlineStatus } from '../../src/components/status/status.js';
import { statusFeed } from './helpers.js';

function municipality() {
  return statusFeed({
    channels: [
      { id: 'phone', kind: 'phone', label: { en: 'Municipality', nl: 'Gemeente' }, href: 'tel:140599', wait_minutes: 45, reason: { en: 'very many calls', nl: 'heel veel telefoontjes' } },
      { id: 'email', kind: 'email', label: { en: 'E-mail', nl: 'E-mail' }, href: 'mailto:info@zuiderhaven.example', hours: { en: 'answer within 2 working days', nl: 'antwoord binnen 2 werkdagen' } },
      { id: 'spoed', kind: 'phone', label: { en: 'Urgent income line', nl: 'Spoedlijn Inkomen' }, href: 'tel:+31599123456' },
    ],
    contact_reasons: [
      { id: 'no-money', label: { en: 'I have no money for food today', nl: 'Ik heb vandaag geen geld voor eten' }, urgent: true, channels: ['spoed'] },
      { id: 'appointment', label: { en: 'My appointment', nl: 'Mijn afspraak' }, channels: ['phone', 'email'] },
    ],
  });
}

describe('a line only urgent contact reasons offer', () => {
  it('comes first among the ordinary lines on the status page while the queue is long', async () => {
    const el = await fixture<ClearlineStatus>(html`<clearline-status lang="nl" .data=${municipality()}></clearline-status>`);
    await el.updateComplete;
    const listed = [...el.shadowRoot!.querySelectorAll('section.channels li.channel')].map((li) => li.getAttribute('data-channel'));
    expect(listed).to.deep.equal(['spoed', 'email', 'phone']);
  });
});
