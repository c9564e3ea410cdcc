// The heading over urgent actions. "Kom nu in actie als…" / "Act now if…" is finished by each
// action's "who" ("U vliegt vandaag"). A district-heating company's cyberattack feed, made in the
// studio, had urgent actions without a who ("Klik niet op links in e-mails …"): the heading ended
// on nothing, on screen and read aloud. Without any who it says "Doe dit nu" / "Do this now".
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/help/help.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import '../../src/components/status/status.js';
import type { ClearlineStatus } from '../../src/components/status/status.js';
import type { Action } from '../../src/feed/schema.js';
import { statusFeed } from './helpers.js';

const noWho: Action[] = [
  { label: { en: 'Do not click links in e-mails that seem to come from us', nl: 'Klik niet op links in e-mails die van ons lijken te komen' }, urgent: true },
  { label: { en: 'Change your password if you use it elsewhere too', nl: 'Wijzig uw wachtwoord als u het ook elders gebruikt' } },
];
const withWho: Action[] = [{ ...noWho[0]!, who: { en: 'Everyone', nl: 'Iedereen' } }];

function feedWith(actions: Action[]) {
  const feed = statusFeed();
  feed.incidents[0]!.actions = actions;
  return feed;
}

async function statusHeading(actions: Action[], lang: string): Promise<string> {
  const el = await fixture<ClearlineStatus>(html`<clearline-status lang=${lang} .data=${feedWith(actions)}></clearline-status>`);
  await el.updateComplete;
  return el.shadowRoot!.querySelector('[data-group=urgent] .group-title')!.textContent!.trim();
}

async function helpHeading(actions: Action[], lang: string): Promise<string> {
  const el = await fixture<ClearlineHelp>(html`<clearline-help lang=${lang} .data=${feedWith(actions)}></clearline-help>`);
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher')!.click();
  await waitUntil(() => el.shadowRoot!.querySelector('[part~=incident] [part~=actions] h4'), 'incident shown');
  return el.shadowRoot!.querySelector('[part~=incident] [part~=actions] h4')!.textContent!.trim();
}

describe('the heading over urgent actions', () => {
  it('<clearline-status>: "Doe dit nu" when no urgent action says who it is for; "Kom nu in actie als…" when one does', async () => {
    expect(await statusHeading(noWho, 'nl')).to.equal('Doe dit nu');
    expect(await statusHeading(noWho, 'en')).to.equal('Do this now');
    expect(await statusHeading(withWho, 'nl')).to.equal('Kom nu in actie als…');
    expect(await statusHeading(withWho, 'en')).to.equal('Act now if…');
  });

  it('<clearline-help>: the same in the incident on its first screen', async () => {
    expect(await helpHeading(noWho, 'nl')).to.equal('Doe dit nu');
    expect(await helpHeading(noWho, 'en')).to.equal('Do this now');
    expect(await helpHeading(withWho, 'nl')).to.equal('Kom nu in actie als…');
  });
});

// Trial I: in the help dialog "Act now if…" and "Can wait" are headings; on the status page they were <strong>, so heading
// navigation went from "What you can do" straight to "Contact". Trial N: "Act now if…" now stands under the title, above
// "What we know", a heading of that level; "Can wait" a level below "What you can do", following heading-level.
describe('<clearline-status>: "Act now" and "Can wait" are headings', () => {
  for (const [level, want] of [[undefined, 'H4'], [3, 'H5']] as const) {
    it(`"Act now" beside "What we know", "Can wait" a level below "What you can do" (heading-level ${level ?? 'default'})`, async () => {
      const feed = statusFeed();
      const el = await fixture<ClearlineStatus>(html`<clearline-status lang="en" heading-level=${level ?? 2} .data=${feed}></clearline-status>`);
      await el.updateComplete;
      const root = el.shadowRoot!;
      const sub = want === 'H4' ? 'H3' : 'H4';
      expect(root.querySelector('[part~=known] > :first-child')!.tagName).to.equal(sub);
      expect(root.querySelector('[part~=actions]:has([data-group=later]) > :first-child')!.tagName).to.equal(sub);
      expect(root.querySelector('[data-group=urgent] > :first-child')!.tagName, 'urgent').to.equal(sub);
      expect(root.querySelector('[data-group=later] > :first-child')!.tagName, 'later').to.equal(want);
      expect(getComputedStyle(root.querySelector('[data-group=urgent] .group-title')!).fontWeight).to.equal('700');
    });
  }
});
