// <clearline-editor> on a phone (360 px): the New incident template select is a set width (16rem), and a name longer
// than it was cut off when chosen: "Storing website, app, IT of te", "Internet, TV or phone provi", "Boil-water or
// do-not-drink ad". Every name in the select now fits it, measured with the select's own font; a template whose full
// name is longer (templates/labels.ts TEMPLATE_SHORT_LABELS) has it said under the select, as the select's description.
// The template ids (the options' values) are unchanged.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { TEMPLATE_NAMES } from '../../src/templates/index.js';
import { emptyFeed, field, root } from './editor-helpers.js';

/** The options whose text is wider than the closed select's room for it (its inner width less the arrow's 12 px). */
function cutOff(select: HTMLSelectElement): string[] {
  const cs = getComputedStyle(select);
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
  const room = select.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 12;
  return [...select.options].filter((o) => ctx.measureText(o.text).width > room).map((o) => `${o.value}: ${o.text}`);
}

async function choose(el: ClearlineEditor, select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

const described = (el: ClearlineEditor, select: HTMLSelectElement) => {
  const id = select.getAttribute('aria-describedby');
  return id ? root(el).getElementById(id)?.textContent?.trim() : undefined;
};

describe('<clearline-editor> template names fit the select at 360 px', () => {
  before(() => setViewport({ width: 360, height: 740 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [lang, label, outage, full] of [
    ['nl', 'Sjabloon', 'Storing website, app of IT', 'Storing website, app, IT of telefooncentrale'],
    ['en', 'Template', 'Website, app or IT down', 'Website, app, IT or phone system down'],
  ] as const) {
    it(`every name fits, in ${lang}; the full name is said under it`, async () => {
      const el = await fixture<ClearlineEditor>(html`<clearline-editor lang=${lang} .feed=${emptyFeed()}></clearline-editor>`);
      const select = field(el, label) as unknown as HTMLSelectElement;
      expect(select.getBoundingClientRect().right, 'the select is on the screen').to.be.at.most(360);
      expect(cutOff(select)).to.deep.equal([]);
      expect([...select.options].map((o) => o.value)).to.deep.equal([...TEMPLATE_NAMES]);
      await choose(el, select, 'outage');
      expect(select.selectedOptions[0]!.text).to.equal(outage);
      expect(described(el, select)).to.equal(full);
      // A name that fits as it is has no description repeating it.
      await choose(el, select, 'strike');
      expect(described(el, select)).to.equal(undefined);
      expect(root(el).textContent).not.to.contain(full);
    });
  }
});
