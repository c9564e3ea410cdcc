import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/help/help.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import type { StatusPayload } from '../../src/feed/schema.js';
import { statusFeed } from './helpers.js';

// Trial Q, a hospital: "Ik ben huisarts of verloskundige" names only the referrers' line (restricted). The panel listed
// five patient instructions under "Wat u kunt doen" first and the referrers' line only after scrolling.
function feed(): StatusPayload {
  const p = statusFeed();
  p.channels = [
    ...p.channels,
    { id: 'verwijzers', kind: 'phone', label: { nl: 'Lijn voor verwijzers', en: 'Line for referrers' }, href: 'tel:+31267001200', restricted: true, purpose: { nl: 'Voor huisartsen en verloskundigen', en: 'For GPs and midwives' } },
  ];
  p.incidents[0]!.actions = [
    { label: { nl: 'Uw afspraak van dinsdag gaat niet door. Kom niet naar het ziekenhuis.', en: 'Your appointment on Tuesday is cancelled.' }, who: { nl: 'U heeft dinsdag een afspraak', en: 'You have an appointment on Tuesday' }, urgent: true },
    { label: { nl: 'Verwijs patiënten voor de spoedeisende hulp naar Ziekenhuis Oost.', en: 'Refer emergency patients to Oost hospital.' }, who: { nl: 'U bent huisarts of verloskundige', en: 'You are a GP or midwife' } },
  ];
  p.contact_reasons = [
    { id: 'verwijzer', label: { nl: 'Ik ben huisarts of verloskundige', en: 'I am a GP or midwife' }, channels: ['verwijzers'] },
    { id: 'afspraak', label: { nl: 'Gaat mijn afspraak door?', en: 'Is my appointment going ahead?' }, channels: ['phone'] },
  ];
  return p;
}

async function panel(id: string): Promise<ShadowRoot> {
  const el = await fixture<ClearlineHelp>(html`<clearline-help lang="nl" .data=${feed()} .entries=${[]}></clearline-help>`);
  const root = el.shadowRoot!;
  root.querySelector<HTMLElement>('button.launcher')!.click();
  await waitUntil(() => root.querySelector('[part~=still-need-us]'), 'help open', { timeout: 5000 });
  root.querySelector<HTMLElement>('[part~=still-need-us]')!.click();
  await el.updateComplete;
  root.querySelector<HTMLElement>(`button.reason[data-reason="${id}"]`)!.click();
  await el.updateComplete;
  return root;
}

const groups = (root: ShadowRoot) => [...root.querySelectorAll<HTMLElement>('[part~=reason-panel] [data-group]')].map((g) => g.dataset.group);

describe('a reason for referrers (only a restricted line)', () => {
  it('shows the referrers\' line first, and only the action addressed to them', async () => {
    const root = await panel('verwijzer');
    // The incident's what we know / don't know yet sits above the answers and actions of every reason that can wait (trial R).
    expect(groups(root)).to.deep.equal(['channels', 'incident', 'actions']);
    const actions = [...root.querySelectorAll('[part~=reason-panel] [part~=action]')].map((a) => a.textContent!.trim());
    expect(actions.length).to.equal(1);
    expect(actions[0]).to.contain('Verwijs patiënten');
    expect(root.querySelector('[part~=reason-panel] [data-channel="verwijzers"]') !== null).to.equal(true);
  });

  it('a reason for everyone keeps its actions before its lines, and never offers the referrers\' line (unchanged)', async () => {
    const root = await panel('afspraak');
    expect(groups(root)).to.deep.equal(['incident', 'actions', 'channels']);
    expect(root.querySelector('[part~=reason-panel] [data-channel="verwijzers"]') === null).to.equal(true);
  });
});
