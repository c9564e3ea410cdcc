// An urgent contact reason ("Ik ruik gas") is marked for sighted readers by a thick start border; a
// screen reader must hear it too. Read from the browser's accessibility tree (name and description),
// in the launcher and under an FAQ answer, in Dutch and English.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../../src/components/faq/faq.js';
import '../../src/components/help/help.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import { HELP_ENTRIES, helpFeed } from './help-fixtures.js';

type AxNode = { name?: string; role?: string; description?: string; children?: AxNode[] };

/** Every button on the page as "name | description", as the accessibility tree has them. */
async function buttons(): Promise<string[]> {
  const out: string[] = [];
  const walk = (n: AxNode) => {
    if (n.role === 'button') out.push(`${n.name ?? ''} | ${n.description ?? ''}`);
    for (const c of n.children ?? []) walk(c);
  };
  walk((await a11ySnapshot({})) as unknown as AxNode);
  return out;
}

const CASES = [
  { lang: 'nl', urgent: 'Ik ruik gas | Dringend', plain: 'Geen verwarming | ' },
  { lang: 'en', urgent: 'I smell gas | Urgent', plain: 'No heating | ' },
] as const;

describe('an urgent contact reason is said to be urgent to screen readers; its name stays the label', () => {
  for (const { lang, urgent, plain } of CASES) {
    it(`<clearline-help> (${lang})`, async () => {
      const el = await fixture<ClearlineHelp>(html`<clearline-help lang=${lang} .data=${helpFeed()} .entries=${HELP_ENTRIES}></clearline-help>`);
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~=still-need-us]'), 'dialog open');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=still-need-us]')!.click();
      await el.updateComplete;
      const names = await buttons();
      expect(names, names.join(' / ')).to.include(urgent);
      expect(names, 'an ordinary reason has no description').to.include(plain);
    });

    it(`<clearline-faq>, the reasons after "no" (${lang})`, async () => {
      const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<clearline-faq lang=${lang} .statusData=${helpFeed()} .entries=${HELP_ENTRIES}></clearline-faq>`);
      const sr = el.shadowRoot!;
      await waitUntil(() => sr.querySelector('button.question[data-id="move"]'), 'FAQ shown');
      sr.querySelector<HTMLButtonElement>('button.question[data-id="move"]')!.click();
      await el.updateComplete;
      sr.querySelector<HTMLButtonElement>('button.fb[data-helpful=no]')!.click();
      await el.updateComplete;
      const names = await buttons();
      expect(names, names.join(' / ')).to.include(urgent);
      expect(names).to.include(plain);
    });
  }
});
