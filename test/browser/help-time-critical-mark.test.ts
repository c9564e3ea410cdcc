// Trial S, an airline: "Mijn vlucht vertrekt binnen 6 uur" is time-critical (needed soon, no danger). It is listed after
// the urgent reasons and before the rest, but looked like any other reason, so a reader scanning the list did not see
// which one was for them today. Now it says "Snel nodig" / "Needed soon" under its label, in a calm colour (not the
// urgent red border), and a screen reader hears those visible words with the label, in the button's name (an urgent
// reason, with only a border to see, has "Dringend" as its description: reasons-a11y.test.ts).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../../src/components/help/help.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import type { Channel, ContactReason } from '../../src/feed/schema.js';
import { statusFeed } from './helpers.js';

const CHANNELS: Channel[] = [
  { id: '112', kind: 'phone', label: { en: 'Life in danger: call 112', nl: 'Levensgevaar: bel 112' }, href: 'tel:112', emergency: true },
  { id: 'spoedlijn', kind: 'phone', label: { en: 'Urgent line abroad', nl: 'Spoedlijn buitenland' }, href: 'tel:+31207946100' },
  { id: 'klantenservice', kind: 'phone', label: { en: 'Customer service', nl: 'Klantenservice' }, href: 'tel:+31207946000', wait_minutes: 45, reason: { en: 'many calls', nl: 'veel telefoontjes' } },
];
const REASONS: ContactReason[] = [
  { id: 'compensation', label: { en: 'Compensation', nl: 'Compensatie' } },
  { id: 'today', label: { en: 'My flight leaves within 6 hours', nl: 'Mijn vlucht vertrekt binnen 6 uur' }, time_critical: true, channels: ['klantenservice'] },
  { id: 'stuck', label: { en: 'I am stuck abroad tonight', nl: 'Ik zit vannacht vast in het buitenland' }, urgent: true, time_critical: true, channels: ['spoedlijn'] },
];

type AxNode = { name?: string; role?: string; description?: string; children?: AxNode[] };
async function buttons(): Promise<string[]> {
  const out: string[] = [];
  const walk = (n: AxNode) => {
    if (n.role === 'button') out.push(`${n.name ?? ''} | ${n.description ?? ''}`);
    for (const c of n.children ?? []) walk(c);
  };
  walk((await a11ySnapshot({})) as unknown as AxNode);
  return out;
}

async function reasons(lang: string): Promise<ShadowRoot> {
  const el = await fixture<ClearlineHelp>(html`<clearline-help lang=${lang} .data=${statusFeed({ channels: CHANNELS, contact_reasons: REASONS })} .entries=${[]}></clearline-help>`);
  const root = el.shadowRoot!;
  await el.show();
  await waitUntil(() => root.querySelector('[part~=still-need-us]'), 'the first screen');
  root.querySelector<HTMLButtonElement>('[part~=still-need-us]')!.click();
  await el.updateComplete;
  return root;
}

const CASES = [
  { lang: 'nl', mark: 'Snel nodig', soon: 'Mijn vlucht vertrekt binnen 6 uur Snel nodig | ', urgent: 'Ik zit vannacht vast in het buitenland | Dringend', plain: 'Compensatie | ' },
  { lang: 'en', mark: 'Needed soon', soon: 'My flight leaves within 6 hours Needed soon | ', urgent: 'I am stuck abroad tonight | Urgent', plain: 'Compensation | ' },
] as const;

describe('<clearline-help>: a time-critical reason has a calm mark of its own (trial S)', () => {
  for (const { lang, mark, soon, urgent, plain } of CASES) {
    it(`${lang}: "${mark}" under its label, seen and heard; not on the urgent or the ordinary reason`, async () => {
      const root = await reasons(lang);
      const button = (id: string) => root.querySelector<HTMLButtonElement>(`button.reason[data-reason="${id}"]`)!;
      const seen = button('today').querySelector<HTMLElement>('.soon');
      expect(seen?.textContent?.trim()).to.equal(mark);
      expect(seen!.getBoundingClientRect().height > 0, 'visible').to.equal(true);
      // On a line of its own, under the label.
      expect(seen!.getBoundingClientRect().top >= button('today').getBoundingClientRect().top + 10).to.equal(true);
      // Urgent wins over time-critical (lint warns for both): the urgent mark only.
      expect(!!button('stuck').querySelector('.soon')).to.equal(false);
      expect(!!button('compensation').querySelector('.soon')).to.equal(false);
      // Calm: not the urgent reason's red border, nor its colour.
      const style = getComputedStyle(button('today'));
      const red = getComputedStyle(button('stuck')).borderInlineStartColor;
      expect(button('today').classList.contains('urgent')).to.equal(false);
      expect(style.borderInlineStartColor !== red && getComputedStyle(seen!).color !== red).to.equal(true);
      const names = await buttons();
      expect(names, names.join(' / ')).to.include(soon);
      expect(names).to.include(urgent);
      expect(names).to.include(plain);
    });
  }
});
