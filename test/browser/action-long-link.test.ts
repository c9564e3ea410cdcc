// A municipality's action (trial F) was a paragraph with its urgent line as link: "Kom vandaag tot 17.00 uur naar het
// Stadhuis, Markt 1 (balie Inkomen) … Na 17.00 uur: bel de Spoedlijn Inkomen, tot 20.00 uur. (0599 123 456)" was one
// tel: link, so tapping the directions to the town hall dialled, and a screen reader heard the whole paragraph as the
// link's name. A long action (over 60 characters) now links only its number: the one its text writes, or else the
// number in brackets after it. A short one ("Bel de Spoedlijn Inkomen") stays one link, a big target to tap.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/status/status.js';
import '../../src/components/help/help.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import type { Action, StatusPayload } from '../../src/feed/schema.js';
import { statusFeed } from './helpers.js';

const PARAGRAPH = 'Kom vandaag tot 17.00 uur naar het Stadhuis, Markt 1 (balie Inkomen) voor een noodbetaling. Na 17.00 uur: bel de Spoedlijn Inkomen, tot 20.00 uur.';
const WITH_NUMBER = 'Kom vandaag naar het Stadhuis, Markt 1. Na 17.00 uur: bel de Spoedlijn Inkomen op 0599 123 456, tot 20.00 uur.';

function municipality(actions: Action[]): StatusPayload {
  const f = statusFeed({ time_zone: 'Europe/Amsterdam', channels: [] });
  f.incidents[0]!.actions = actions;
  return f;
}
const said = (e: Element) => e.textContent!.replace(/\s+/g, ' ').trim();
const links = (root: ParentNode) => [...root.querySelectorAll('[part~=action] a')].map(said);

describe('a long action links only its number', () => {
  it('<clearline-status>: the paragraph is text, the number in brackets after it is the link', async () => {
    const el = await fixture<HTMLElement>(html`<clearline-status lang="nl" .data=${municipality([{ label: { nl: PARAGRAPH }, href: 'tel:+31599123456', urgent: true }])}></clearline-status>`);
    const item = el.shadowRoot!.querySelector('[part~=action]')!;
    expect(said(item)).to.include(`${PARAGRAPH} (0599 123 456)`);
    // The brackets are seen, not heard as the link's name (trial T: a screen reader read "(pvec.example/outage-map)").
    expect(links(el.shadowRoot!)).to.deep.equal(['0599 123 456']);
    expect(item.querySelector('a')!.getAttribute('href')).to.equal('tel:+31599123456');
  });

  it('a number the text writes itself is the link, in its place; nothing is said twice', async () => {
    const el = await fixture<HTMLElement>(html`<clearline-status lang="nl" .data=${municipality([{ label: { nl: WITH_NUMBER }, href: 'tel:+31599123456' }])}></clearline-status>`);
    const item = el.shadowRoot!.querySelector('[part~=action]')!;
    expect(said(item)).to.include(WITH_NUMBER);
    expect(said(item)).not.to.include('(0599 123 456)');
    expect(links(el.shadowRoot!)).to.deep.equal(['0599 123 456']);
  });

  it('a number the text writes with its own dashes is the link, in its place (trial R: "… bel buiten 0800-9009. (0800 9009)")', async () => {
    const gas = 'Woont u in de Molenstraat en ruikt u gas? Ga direct naar buiten, laat de deur open en bel buiten 0800-9009.';
    const el = await fixture<HTMLElement>(html`<clearline-status lang="nl" .data=${municipality([{ label: { nl: gas }, href: 'tel:+318009009', urgent: true }])}></clearline-status>`);
    const item = el.shadowRoot!.querySelector('[part~=action]')!;
    expect(said(item)).to.include(gas);
    expect(said(item)).not.to.include('(0800 9009)');
    expect(links(el.shadowRoot!)).to.deep.equal(['0800-9009']);
  });

  it('an e-mail address in a long text is the link; a short action stays one link', async () => {
    const mail = 'Stuur uw vraag over de noodbetaling met uw naam en adres naar inkomen@zuiderhaven.example, wij antwoorden vandaag.';
    const el = await fixture<HTMLElement>(html`<clearline-status lang="nl" .data=${municipality([
      { label: { nl: mail }, href: 'mailto:inkomen@zuiderhaven.example' },
      { label: { nl: 'Bel de Spoedlijn Inkomen' }, href: 'tel:+31599123456', urgent: true },
    ])}></clearline-status>`);
    expect(links(el.shadowRoot!)).to.have.members(['inkomen@zuiderhaven.example', 'Bel de Spoedlijn Inkomen (0599 123 456)']);
  });

  it('a long action with a web page: the text, then its address as the link (trial P: "Klik niet op de link" was itself the link)', async () => {
    const warning = 'Wij vragen nooit om uw bankgegevens of pincode. Kreeg u zo\'n bericht? Klik niet op de link en meld het bij de Fraudehelpdesk.';
    const el = await fixture<HTMLElement>(html`<clearline-status lang="nl" .data=${municipality([
      { label: { nl: warning }, href: 'https://www.fraudehelpdesk.example/melden/', urgent: true },
      { label: { nl: 'Meld het bij de Fraudehelpdesk' }, href: 'https://www.fraudehelpdesk.example/melden' },
    ])}></clearline-status>`);
    expect(links(el.shadowRoot!)).to.deep.equal(['fraudehelpdesk.example/melden', 'Meld het bij de Fraudehelpdesk']);
    expect(said(el.shadowRoot!.querySelector('[part~=action]')!)).to.include(`${warning} (fraudehelpdesk.example/melden)`);
  });

  it('<clearline-help>: the same in the help dialog', async () => {
    const el = await fixture<ClearlineHelp>(html`<clearline-help lang="nl" .data=${municipality([{ label: { nl: PARAGRAPH }, href: 'tel:+31599123456', urgent: true }])} .entries=${[]}></clearline-help>`);
    await el.show();
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('[part~=incident] a[href^="tel:"]'), 'the incident with its action');
    const link = [...root.querySelectorAll('[part~=incident] a[href="tel:+31599123456"]')];
    expect(link.map(said)).to.deep.equal(['0599 123 456']);
    expect(said(root.querySelector('[part~=incident]')!)).to.include(`${PARAGRAPH} (0599 123 456)`);
  });
});
