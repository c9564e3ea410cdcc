// With two disruptions open, the dialog's top box showed the first and "and 1 other disruption":
// a reader with a gas leak and an internet outage on the same day could not tell what the other
// one was without leaving the dialog. It now names them.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/help/help.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import { HELP_ENTRIES, helpFeed } from './help-fixtures.js';

function twoIncidents() {
  const base = helpFeed();
  const first = base.incidents[0]!;
  const second = { ...first, id: 'internet', severity: 'minor' as const, title: { en: 'Internet outage in Utrecht-Oost', nl: 'Internetstoring in Utrecht-Oost' }, actions: [] };
  const third = { ...first, id: 'tv', severity: 'minor' as const, title: { en: 'No TV in Zeist', nl: 'Geen tv in Zeist' }, actions: [] };
  return helpFeed({ incidents: [first, second, third] });
}

async function topBox(lang: string, data = twoIncidents()) {
  const el = await fixture<ClearlineHelp>(html`<clearline-help lang=${lang} .data=${data} .entries=${HELP_ENTRIES}></clearline-help>`);
  await el.show();
  return el.shadowRoot!.querySelector('[part~=incident]')!;
}

describe('the help dialog with more than one disruption open', () => {
  it('names the other disruptions under the first (en, nl)', async () => {
    expect((await topBox('en')).querySelector('.more')!.textContent!.trim()).to.equal('Also: Internet outage in Utrecht-Oost; No TV in Zeist');
    expect((await topBox('nl')).querySelector('.more')!.textContent!.trim()).to.equal('Daarnaast: Internetstoring in Utrecht-Oost; Geen tv in Zeist');
  });

  it('has no such line with one disruption', async () => {
    expect((await topBox('en', helpFeed())).querySelector('.more')).to.equal(null);
  });
});
