// The label over the emergency lines ("Bij nood", "In an emergency") is drawn in capitals, but a screen
// reader must get the words as written: CSS text-transform reaches Chromium's accessibility tree, and
// "BIJ NOOD" or "IN AN EMERGENCY" may be spelled out letter by letter. Read from the tree itself.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../../src/components/status/status.js';
import { statusFeed } from './helpers.js';

type AxNode = { name?: string; role?: string; children?: AxNode[] };

async function texts(): Promise<string[]> {
  const out: string[] = [];
  const walk = (n: AxNode) => {
    if (n.name) out.push(n.name);
    for (const c of n.children ?? []) walk(c);
  };
  walk((await a11ySnapshot({})) as unknown as AxNode);
  return out;
}

describe('the emergency lines label reaches a screen reader in its own case', () => {
  for (const [lang, label] of [['nl', 'Bij nood'], ['en', 'In an emergency']] as const) {
    it(`${lang}: "${label}", shown in capitals`, async () => {
      const channels = [{ id: 'nood', kind: 'phone' as const, label: { en: 'Gas emergency', nl: 'Storingsnummer gas' }, href: 'tel:+318009009', emergency: true }];
      const el = await fixture<HTMLElement>(html`<clearline-status lang=${lang} .data=${statusFeed({ channels })}></clearline-status>`);
      await waitUntil(() => el.shadowRoot!.querySelector('.emergency-label'), 'emergency lines shown');
      const names = await texts();
      expect(names, names.join(' / ')).to.include(label);
      expect(names.filter((n) => n === label.toUpperCase()), 'no name in capitals').to.deep.equal([]);
      // Still set apart to the eye: capitals (small caps), bold.
      const style = getComputedStyle(el.shadowRoot!.querySelector('.emergency-label')!);
      expect(style.fontVariantCaps).to.equal('all-small-caps');
    });
  }
});
