// Trial I: with the help dialog open, the rest of the page is inert (a modal dialog), so the banner's announcement of a new
// update went unheard: the reader who had opened Help was not told that flights were now cancelled. The dialog says it itself.
import { a11ySnapshot } from '@web/test-runner-commands';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/help/help.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import { HELP_ENTRIES, helpFeed } from './help-fixtures.js';
import { nextSeq } from './helpers.js';

const region = (el: ClearlineHelp) => el.shadowRoot!.querySelector('dialog [role=status]');
function updated(title: string) {
  const feed = helpFeed();
  feed.seq = nextSeq();
  feed.incidents[0]!.title = { en: title, nl: title };
  return feed;
}

describe('<clearline-help>: a new update while the dialog is open', () => {
  it('is said in the dialog, where a screen reader still hears it; not on opening, nor while closed', async () => {
    const el = await fixture<ClearlineHelp>(html`<clearline-help lang="en" .data=${helpFeed()} .entries=${HELP_ENTRIES}></clearline-help>`);
    el.data = updated('Storm: delays expected');
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'dialog opens');
    expect(region(el)!.textContent, 'nothing said on opening, nor of the update while closed').to.equal('');
    el.data = updated('Storm: flights cancelled at Amsterdam');
    await waitUntil(() => region(el)!.textContent!.includes('flights cancelled'), 'said');
    expect(region(el)!.textContent).to.match(/^New update: Storm: flights cancelled at Amsterdam\. /);
    // In the accessibility tree while the dialog is modal (the page's own regions are not).
    type AxNode = { name?: string; role?: string; children?: AxNode[] };
    const found: string[] = [];
    const walk = (n: AxNode) => (n.role === 'status' && found.push(JSON.stringify(n)), (n.children ?? []).forEach(walk));
    walk((await a11ySnapshot({})) as unknown as AxNode);
    expect(found.join(' '), found.join(' ')).to.contain('flights cancelled');
  });
});
