// A bus and tram company had a tram stuck between two stops and a strike open at once (trial O). The help dialog's box,
// titled with the tram, listed under "Act now if…" the tram's actions and then the strike's ("Everyone travelling today –
// Check the journey planner …"), with nothing to say which was whose. The other incident's actions now follow under a
// small heading with its title (h5 under the h4, for a screen reader's list of headings); the tram's still come first.
import { expect, fixture, html } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import type { default as AxeCore } from 'axe-core';
import '../../src/components/help/help.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import { HELP_ENTRIES, helpFeed } from './help-fixtures.js';

function tramAndStrike() {
  const base = helpFeed().incidents[0]!;
  const tram = {
    ...base,
    id: 'tram',
    severity: 'major' as const,
    title: { en: 'Tram stopped between Market Street and Piccadilly Gardens', nl: 'Tram staat stil tussen Market Street en Piccadilly Gardens' },
    actions: [
      { label: { en: 'Stay on board: staff are on their way', nl: 'Blijf in de tram: personeel is onderweg' }, urgent: true, who: { en: 'You are on the stopped tram', nl: 'U zit in de stilstaande tram' } },
      { label: { en: 'Press the help point if you feel unwell', nl: 'Druk op de hulpknop als u zich niet goed voelt' }, urgent: true },
    ],
  };
  const strike = {
    ...base,
    id: 'strike',
    severity: 'major' as const,
    title: { en: 'Strike: no trams today', nl: 'Staking: vandaag geen trams' },
    actions: [
      { label: { en: 'Check the journey planner before you set off', nl: 'Kijk in de reisplanner voor u vertrekt' }, urgent: true, who: { en: 'Everyone travelling today', nl: 'Iedereen die vandaag reist' } },
      { label: { en: 'Ask for a refund of your day ticket', nl: 'Vraag uw dagkaart terug' }, who: { en: 'You bought a day ticket', nl: 'U hebt een dagkaart' } },
    ],
  };
  return helpFeed({ incidents: [tram, strike] });
}

async function box(lang: string, data = tramAndStrike()) {
  const el = await fixture<ClearlineHelp>(html`<clearline-help lang=${lang} .data=${data} .entries=${HELP_ENTRIES}></clearline-help>`);
  await el.show();
  return el.shadowRoot!.querySelector('[part~=incident]')!;
}

/** The group's headings and list items in order, as a screen reader meets them. */
const read = (group: Element) =>
  [...group.querySelectorAll('h4, h5, li')].map((n) => `${n.localName}: ${n.textContent!.replace(/\s+/g, ' ').trim()}`);

describe('the help dialog: whose action is whose with two incidents open', () => {
  it('lists the lead incident\'s actions first, then the other\'s under its title (en)', async () => {
    const top = await box('en');
    expect(read(top.querySelector('[part~=actions]')!)).to.deep.equal([
      'h4: Act now if…',
      'li: You are on the stopped tram Stay on board: staff are on their way',
      'li: Press the help point if you feel unwell',
      'h5: Strike: no trams today',
      'li: Everyone travelling today Check the journey planner before you set off',
    ]);
    expect(read(top.querySelector('[part~=can-wait]')!)).to.deep.equal(['h4: Can wait', 'h5: Strike: no trams today', 'li: You bought a day ticket Ask for a refund of your day ticket']);
  });

  it('does so in Dutch', async () => {
    const top = await box('nl');
    const said = read(top.querySelector('[part~=actions]')!);
    expect(said[3]).to.equal('h5: Staking: vandaag geen trams');
    expect(said[4]).to.equal('li: Iedereen die vandaag reist Kijk in de reisplanner voor u vertrekt');
  });

  it('passes axe with both incidents\' actions in the box', async () => {
    const top = await box('en');
    const axe = (window as unknown as { axe: typeof AxeCore }).axe;
    const results = await axe.run(top.closest('dialog')!, { resultTypes: ['violations'] });
    expect(results.violations.map((v) => v.id)).to.deep.equal([]);
  });

  it('names no incident over the actions of one alone', async () => {
    const top = await box('en', helpFeed());
    expect(top.querySelector('h5')).to.equal(null);
    expect(top.querySelectorAll('[part~=actions] li').length).to.equal(1);
  });
});
