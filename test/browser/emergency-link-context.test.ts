// An emergency line may be labelled with its number alone ("999", "112"): its link is then named "999". The words
// beside it ("In an emergency", "Call now") are what it is for; a screen reader tabbing through the links said only
// "999, link" where those words were not the name of a group around it. Every emergency link is inside a group or
// region named by those words: in <clearline-status> also the line under a critical incident's title (it had none),
// in <clearline-help> also a reason's "Call now" (it had none).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/help/help.js';
import '../../src/components/status/status.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import type { Channel, ContactReason } from '../../src/feed/schema.js';
import { HELP_CHANNELS, HELP_ENTRIES } from './help-fixtures.js';
import { statusFeed } from './helpers.js';

const SOS: Channel = { id: 'sos', kind: 'phone', label: { en: '999', nl: '999' }, href: 'tel:999', emergency: true };
const DANGER: ContactReason = { id: 'danger', label: { en: 'Someone is in danger', nl: 'Iemand is in gevaar' }, urgent: true, channels: ['sos', 'phone'] };

function feed() {
  const base = statusFeed();
  return statusFeed({ channels: [SOS, ...HELP_CHANNELS], contact_reasons: [DANGER], incidents: [{ ...base.incidents[0]!, severity: 'critical' as const }] });
}

/** The name of the group or region around a link, as its aria-label or aria-labelledby gives it (undefined: none). */
function groupName(link: Element): string | undefined {
  const group = link.closest('[role=group], [role=region], section[aria-labelledby], section[aria-label]');
  if (!group) return undefined;
  const by = group.getAttribute('aria-labelledby');
  const name = group.getAttribute('aria-label') ?? (by ? (link.getRootNode() as ShadowRoot).getElementById(by)?.textContent : undefined);
  return name?.trim();
}

const links = (root: ShadowRoot) => [...root.querySelectorAll('a[href="tel:999"]')];

describe('an emergency link labelled with its number is inside a group named by the words beside it', () => {
  for (const [lang, emergency, callNow] of [['en', 'In an emergency', 'Call now'], ['nl', 'Bij nood', 'Bel nu']] as const) {
    it(`<clearline-status> (${lang}): under the critical incident's title and in Contact`, async () => {
      const el = await fixture<HTMLElement>(html`<clearline-status lang=${lang} .data=${feed()}></clearline-status>`);
      await waitUntil(() => links(el.shadowRoot!).length === 2, 'the line under the title and in Contact');
      for (const a of links(el.shadowRoot!)) {
        expect(a.textContent!.trim(), 'the label is the number').to.equal('999');
        expect(groupName(a), a.closest('[part]')?.getAttribute('part') ?? a.parentElement!.className).to.equal(emergency);
      }
    });

    it(`<clearline-help> (${lang}): on the first screen and under an urgent reason's "${callNow}"`, async () => {
      const el = await fixture<ClearlineHelp>(html`<clearline-help lang=${lang} .data=${feed()} .entries=${HELP_ENTRIES}></clearline-help>`);
      const sr = el.shadowRoot!;
      await el.show();
      await waitUntil(() => links(sr).length === 1, 'the first screen');
      expect(groupName(links(sr)[0]!), 'first screen').to.equal(emergency);
      sr.querySelector<HTMLButtonElement>('[part~=still-need-us]')!.click();
      await el.updateComplete;
      sr.querySelector<HTMLButtonElement>('button.reason[data-reason=danger]')!.click();
      await waitUntil(() => sr.querySelector('[data-group=emergency] a[href="tel:999"]'), 'the reason panel');
      expect(groupName(links(sr)[0]!), 'reason panel').to.equal(callNow);
    });
  }
});
