// An urgent contact reason lists the "act now" actions of the open incidents under "Do this now" (of those its
// emergency line is about, when some dial it: see the second part below). The one that uses
// the reason's own line comes first: "I smell gas" showed "Close the gas tap at the meter" (for a postcode) above
// "Go outside and call the gas leak line" when the feed listed them in that order. The rest keep the feed's order;
// a reason that can wait, and the incident at the top of the dialog, keep it too.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/help/help.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import type { Action } from '../../src/feed/schema.js';
import { HELP_ENTRIES, helpFeed } from './help-fixtures.js';

const TAP: Action = { urgent: true, who: { en: 'You live in postcode 3581', nl: 'U woont in postcode 3581' }, label: { en: 'Close the gas tap at the meter', nl: 'Draai de gaskraan dicht' } };
const SHELTER: Action = { urgent: true, who: { en: 'You are cold', nl: 'U heeft het koud' }, label: { en: 'Come to the warm shelter', nl: 'Kom naar de warme opvang' }, href: 'https://example.com/shelter' };
const CALL: Action = { urgent: true, who: { en: 'You smell gas', nl: 'U ruikt gas' }, label: { en: 'Go outside and call the gas leak line', nl: 'Ga naar buiten en bel de gaslek-lijn' }, href: 'tel:0800-9009' };
const LATER: Action = { who: { en: 'You live elsewhere', nl: 'U woont elders' }, label: { en: 'You do not need to do anything', nl: 'U hoeft niets te doen' } };

function feed() {
  const base = helpFeed();
  return helpFeed({ incidents: [{ ...base.incidents[0]!, actions: [TAP, SHELTER, LATER, CALL] }] });
}

async function reasonActions(reason: string): Promise<string[]> {
  const el = await fixture<ClearlineHelp>(html`<clearline-help lang="en" .data=${feed()} .entries=${HELP_ENTRIES}></clearline-help>`);
  const sr = el.shadowRoot!;
  await el.show();
  const top = [...sr.querySelectorAll('[part~=actions] li')].map((li) => li.querySelector('.who')!.textContent!.trim());
  expect(top, 'the incident at the top keeps the feed order').to.deep.equal(['You live in postcode 3581', 'You are cold', 'You smell gas']);
  await waitUntil(() => sr.querySelector('[part~=still-need-us]'), 'dialog open');
  sr.querySelector<HTMLButtonElement>('[part~=still-need-us]')!.click();
  await el.updateComplete;
  sr.querySelector<HTMLButtonElement>(`button.reason[data-reason=${reason}]`)!.click();
  await waitUntil(() => sr.querySelector('[data-group=actions] li'), 'the reason panel');
  return [...sr.querySelectorAll('[data-group=actions] li')].map((li) => li.querySelector('.who')!.textContent!.trim());
}

describe('an urgent reason: the act-now action that uses its own line first', () => {
  it('"I smell gas": the call to the gas leak line leads; the others follow in the feed order', async () => {
    expect(await reasonActions('smell-gas')).to.deep.equal(['You smell gas', 'You live in postcode 3581', 'You are cold']);
  });

  it('a reason that can wait: urgent first, each group in the feed order (unchanged)', async () => {
    expect(await reasonActions('no-heating')).to.deep.equal(['You live in postcode 3581', 'You are cold', 'You smell gas', 'You live elsewhere']);
  });
});

// A multi-utility with two open incidents of the same severity: a gas leak in Lombok and, updated later, no internet in
// Overvecht. "I smell gas" listed "Restart your router" under "Do this now", between the gas leak line and the gas tap.
const GAS_LEAK = { id: 'gas-lombok', title: { en: 'Gas leak in Lombok', nl: 'Gaslek in Lombok' }, actions: [CALL, TAP] };
const ROUTER: Action = { urgent: true, who: { en: 'You have no internet', nl: 'U heeft geen internet' }, label: { en: 'Restart your router', nl: 'Herstart uw router' } };
const HOTSPOT: Action = { who: { en: 'You work from home', nl: 'U werkt thuis' }, label: { en: 'Use your phone as a hotspot', nl: 'Gebruik uw telefoon als hotspot' } };
const NO_NET = { id: 'net-overvecht', title: { en: 'No internet in Overvecht', nl: 'Geen internet in Overvecht' }, actions: [ROUTER, HOTSPOT] };

function twoIncidents(gasActions = GAS_LEAK.actions) {
  const base = helpFeed().incidents[0]!;
  const at = (min: number) => new Date(Date.now() - min * 60_000).toISOString();
  return helpFeed({ incidents: [
    { ...base, ...GAS_LEAK, actions: gasActions, updated_at: at(40) },
    { ...base, ...NO_NET, updated_at: at(20) },
  ] });
}

async function panel(data: ReturnType<typeof helpFeed>, reason: string, lang = 'en'): Promise<string[]> {
  const el = await fixture<ClearlineHelp>(html`<clearline-help lang=${lang} .data=${data} .entries=${HELP_ENTRIES}></clearline-help>`);
  const sr = el.shadowRoot!;
  await el.show();
  await waitUntil(() => sr.querySelector('[part~=still-need-us]'), 'dialog open');
  sr.querySelector<HTMLButtonElement>('[part~=still-need-us]')!.click();
  await el.updateComplete;
  sr.querySelector<HTMLButtonElement>(`button.reason[data-reason=${reason}]`)!.click();
  await waitUntil(() => sr.querySelector('[data-group=actions] li'), 'the reason panel');
  return [...sr.querySelectorAll('[data-group=actions] li')].map((li) => li.querySelector('.who')!.textContent!.trim());
}

describe('an urgent reason with two open incidents: only the one its emergency line is about', () => {
  it('"I smell gas" lists the gas leak\'s act-now actions, not the internet outage\'s (English and Dutch)', async () => {
    expect(await panel(twoIncidents(), 'smell-gas')).to.deep.equal(['You smell gas', 'You live in postcode 3581']);
    expect(await panel(twoIncidents(), 'smell-gas', 'nl')).to.deep.equal(['U ruikt gas', 'U woont in postcode 3581']);
  });

  it('no incident dials its line: the gas leak, whose title says what the reason says; with no such incident, every act-now action stays', async () => {
    // Trial H: "Ik ruik gas" listed a power cut's action for people with medical equipment at home. The others' actions
    // stay at the top of the dialog.
    expect(await panel(twoIncidents([TAP]), 'smell-gas')).to.deep.equal(['You live in postcode 3581']);
    expect(await panel(twoIncidents([TAP]), 'smell-gas', 'nl')).to.deep.equal(['U woont in postcode 3581']);
    // Neither dialled nor named: nothing for someone in danger is left out on a guess.
    const unnamed = twoIncidents([{ ...TAP, label: { en: 'Close the tap at the meter', nl: 'Draai de kraan dicht' } }]);
    unnamed.incidents[0]!.title = { en: 'Leak in Lombok', nl: 'Lek in Lombok' };
    // Both began at the same time: the feed's order leads (the gas leak), whichever was updated last (trial V).
    expect(await panel(unnamed, 'smell-gas')).to.deep.equal(['You live in postcode 3581', 'You have no internet']);
  });

  it('a reason that can wait keeps every incident\'s actions, urgent first', async () => {
    expect(await panel(twoIncidents(), 'no-heating')).to.deep.equal(['You smell gas', 'You live in postcode 3581', 'You have no internet', 'You work from home']);
  });
});
