// At 400 % zoom (a 320 x 180 px viewport) the fixed help button, raised above a floating banner, sat on the site's "EN"
// link in its header: Tab reached a link nobody could see (WCAG 2.4.11), and a link at the top cannot be scrolled out
// from under it. While the page's focused control is under the button, the button fades and lets clicks through.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/help/help.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import { overlaps } from '../../src/components/help/focus-clear.js';
import { helpFeed } from './help-fixtures.js';

describe('the help launcher yields to the focused control under it', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('fades and lets clicks through while a link under it has focus, and comes back after', async () => {
    await setViewport({ width: 320, height: 180 });
    const page = await fixture<HTMLDivElement>(html`<div>
      <a id="far" href="#far" style="position:fixed;left:8px;top:8px">Home</a>
      <a id="under" href="#under" style="position:fixed;right:20px;bottom:24px">EN</a>
      <clearline-help lang="en" .data=${helpFeed()}></clearline-help>
    </div>`);
    const help = page.querySelector<ClearlineHelp>('clearline-help')!;
    await waitUntil(() => help.shadowRoot!.querySelector('.launcher'), 'launcher');
    const launcher = help.shadowRoot!.querySelector<HTMLButtonElement>('.launcher')!;
    const under = page.querySelector<HTMLAnchorElement>('#under')!;
    expect(overlaps(under.getBoundingClientRect(), launcher.getBoundingClientRect()), 'the link is under the button').to.equal(true);
    expect(document.elementFromPoint(...centre(under)) === help, 'the button covers the link').to.equal(true);

    under.focus();
    await help.updateComplete;
    expect(launcher.hasAttribute('data-yield')).to.equal(true);
    expect(Number(getComputedStyle(launcher).opacity)).to.be.below(0.3);
    expect(document.elementFromPoint(...centre(under)) === under, 'the link is what a click or tap reaches').to.equal(true);

    page.querySelector<HTMLAnchorElement>('#far')!.focus();
    await help.updateComplete;
    expect(launcher.hasAttribute('data-yield')).to.equal(false);
    expect(getComputedStyle(launcher).opacity).to.equal('1');

    // Tab from the link to the button: the button itself is reached as before, whole.
    under.focus();
    await sendKeys({ press: 'Tab' });
    await help.updateComplete;
    expect(help.shadowRoot!.activeElement === launcher, 'the button has focus').to.equal(true);
    expect(launcher.hasAttribute('data-yield')).to.equal(false);
  });

  it("also when focus moves inside another element's shadow root (a banner's link to its close button under the button)", async () => {
    await setViewport({ width: 320, height: 180 });
    if (!customElements.get('x-two-buttons')) {
      customElements.define('x-two-buttons', class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' }).innerHTML = '<a href="#a" style="position:fixed;left:8px;top:8px">Storm</a><button style="position:fixed;right:20px;bottom:24px">×</button>';
        }
      });
    }
    const page = await fixture<HTMLDivElement>(html`<div><x-two-buttons></x-two-buttons><clearline-help lang="en" .data=${helpFeed()}></clearline-help></div>`);
    const help = page.querySelector<ClearlineHelp>('clearline-help')!;
    await waitUntil(() => help.shadowRoot!.querySelector('.launcher'), 'launcher');
    const other = page.querySelector('x-two-buttons')!.shadowRoot!;
    other.querySelector('a')!.focus();
    await help.updateComplete;
    expect(help.shadowRoot!.querySelector('.launcher')!.hasAttribute('data-yield')).to.equal(false);
    await sendKeys({ press: 'Tab' });
    await help.updateComplete;
    expect(other.activeElement === other.querySelector('button'), 'the close button has focus').to.equal(true);
    expect(help.shadowRoot!.querySelector('.launcher')!.hasAttribute('data-yield'), 'faded off the close button').to.equal(true);
  });

  it('stays while focus is on a control it does not cover', async () => {
    await setViewport({ width: 800, height: 600 });
    const page = await fixture<HTMLDivElement>(html`<div><a id="top" href="#top">Home</a><clearline-help lang="en" .data=${helpFeed()}></clearline-help></div>`);
    const help = page.querySelector<ClearlineHelp>('clearline-help')!;
    await waitUntil(() => help.shadowRoot!.querySelector('.launcher'), 'launcher');
    page.querySelector<HTMLAnchorElement>('#top')!.focus();
    await help.updateComplete;
    expect(help.shadowRoot!.querySelector('.launcher')!.hasAttribute('data-yield')).to.equal(false);
  });
});

function centre(el: Element): [number, number] {
  const r = el.getBoundingClientRect();
  return [r.left + r.width / 2, r.top + r.height / 2];
}
