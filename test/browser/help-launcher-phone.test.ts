// On a phone (360 px wide) the help launcher, fixed to a corner, covered the page: 107x48 px of "(?) Help" over the
// last lines of the status text and a host page's footer links. There it is the icon alone, a 48 px circle (as chat
// and help launchers are on small screens); its accessible name stays "Help". Wider, the word is shown as before.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, setViewport } from '@web/test-runner-commands';
import '../../src/components/help/help.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import { helpFeed } from './help-fixtures.js';

type AxNode = { name?: string; role?: string; children?: AxNode[] };

async function buttonNames(): Promise<string[]> {
  const out: string[] = [];
  const walk = (n: AxNode) => {
    if (n.role === 'button' && n.name) out.push(n.name);
    for (const c of n.children ?? []) walk(c);
  };
  walk((await a11ySnapshot({})) as unknown as AxNode);
  return out;
}

async function launcher(lang: string) {
  const el = await fixture<ClearlineHelp>(html`<clearline-help lang=${lang} .data=${helpFeed()}></clearline-help>`);
  await waitUntil(() => el.shadowRoot!.querySelector('[part~=marker]'), 'launcher with its dot');
  return el.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher')!;
}

describe('the help launcher on a phone', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [lang, name] of [['en', 'Help'], ['nl', 'Hulp']] as const) {
    it(`360x740 (${lang}): an icon-sized circle in the corner, still named "${name}"`, async () => {
      await setViewport({ width: 360, height: 740 });
      const button = await launcher(lang);
      const r = button.getBoundingClientRect();
      expect([r.width, r.height], 'launcher size').to.deep.equal([48, 48]);
      expect(r.right, 'in the end corner').to.equal(360 - 16);
      // The icon in its middle.
      const icon = button.querySelector('svg')!.getBoundingClientRect();
      expect(icon.left + icon.width / 2 - r.left).to.equal(24);
      expect(await buttonNames(), 'accessible name').to.include(name);
      expect(button.textContent!.trim()).to.equal(name);
    });
  }

  it('800x600: the word stays beside the icon', async () => {
    await setViewport({ width: 800, height: 600 });
    const button = await launcher('en');
    const label = button.querySelector('svg + span')!.getBoundingClientRect();
    expect(label.width, 'the word is drawn').to.be.above(20);
    expect(button.getBoundingClientRect().width).to.be.above(90);
  });
});
