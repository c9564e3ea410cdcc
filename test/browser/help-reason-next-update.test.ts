// A trial on a phone: in the help launcher, "Ik heb geen gas of verwarming" during the gas outage showed answers, actions and
// the lines with their waits ("Klantenservice … ongeveer 55 minuten"), but not when the next update comes nor that it need
// not be a call: the reader most likely to call was not told they can wait. A reason that can wait now says both, above
// the channels, in the words of the first screen; an urgent reason ("I smell gas") does not: nothing there makes anyone wait.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/help/help.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import type { StatusPayload } from '../../src/feed/schema.js';
import { HELP_ENTRIES, helpFeed } from './help-fixtures.js';
import { iso, MIN } from './helpers.js';

async function reasonPanel(lang: string, reason: string, feed: StatusPayload = helpFeed()): Promise<HTMLElement> {
  const el = await fixture<ClearlineHelp>(html`<clearline-help lang=${lang} .data=${feed} .entries=${HELP_ENTRIES}></clearline-help>`);
  const root = el.shadowRoot!;
  await el.show();
  await waitUntil(() => root.querySelector('[part~=still-need-us]'), 'the first screen');
  root.querySelector<HTMLButtonElement>('[part~=still-need-us]')!.click();
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>(`button.reason[data-reason="${reason}"]`)!.click();
  await el.updateComplete;
  return root.querySelector<HTMLElement>('[part~=reason-panel]')!;
}

const said = (e: Element | null) => e?.textContent?.replace(/\s+/g, ' ').trim();
// Times are matched loosely: near midnight they carry the day ("za 5 dec, 0:10"), and CI runs at any hour.

describe('<clearline-help>: a reason that can wait says when the next update comes', () => {
  it('en: the next update and "you do not need to call", above the channels', async () => {
    const panel = await reasonPanel('en', 'no-heating');
    const next = panel.querySelector('[part~=next-update]');
    expect(said(next)).to.match(/^Next update (?:at \S+(?: [AP]M)?|\w{3}, .+?) \(in (?:19|20) minutes\)\. If this is not urgent for you, you do not need to call: the next update will tell you more\.$/);
    expect(next!.querySelector('time')?.getAttribute('datetime'), 'a machine-readable time').to.match(/^\d{4}-\d\d-\d\dT/);
    const channels = panel.querySelector('[data-group=channels]')!;
    expect(next!.compareDocumentPosition(channels) & Node.DOCUMENT_POSITION_FOLLOWING, 'before the channels').to.be.greaterThan(0);
  });

  it('nl, the update late: says so, and that the news will be posted here', async () => {
    const feed = helpFeed();
    feed.incidents[0]!.next_update_at = iso(-5 * MIN);
    const panel = await reasonPanel('nl', 'no-heating', feed);
    expect(said(panel.querySelector('[part~=next-update]'))).to.match(/^De beloofde update van .+? is te laat\. We werken er nog aan\. Is het voor u niet dringend, dan hoeft u niet te bellen\. Zodra we nieuws hebben, staat het hier\.$/);
  });

  it('two incidents each promising an update: each line names its incident', async () => {
    const feed = helpFeed();
    const gas = feed.incidents[0]!;
    gas.title = { en: 'Gas outage North', nl: 'Gasstoring Noord' };
    feed.incidents.push({ ...gas, id: 'app', severity: 'minor', title: { en: 'App down', nl: 'App werkt niet' }, next_update_at: iso(-5 * MIN), actions: [] });
    const next = (await reasonPanel('nl', 'no-heating', feed)).querySelector('[part~=next-update]');
    expect(said(next)).to.match(/^Gasstoring Noord: Volgende update (?:om \S+|\w\w \d.+?) \(over (?:19|20) minuten\)\. App werkt niet: De beloofde update van .+? is te laat\. We werken er nog aan\. Is het voor u niet dringend, dan hoeft u niet te bellen: de volgende update vertelt u meer\.$/);
    expect(next!.querySelectorAll('time').length, 'the promise still on time is machine-readable').to.equal(1);
  });

  it('not under an urgent reason, nor when nothing is going on', async () => {
    expect((await reasonPanel('en', 'smell-gas')).querySelector('[part~=next-update]')).to.equal(null);
    const calm = await reasonPanel('en', 'no-heating', helpFeed({ incidents: [] }));
    expect(calm.querySelector('[data-group=channels]'), 'the panel is there').not.to.equal(null);
    expect(calm.querySelector('[part~=next-update]')).to.equal(null);
  });
});
