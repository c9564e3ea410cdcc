import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/help/help.js';
import '../../src/components/status/status.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import type { ClearlineStatus } from '../../src/components/status/status.js';
import { summary } from '../../src/components/shared/announcer.js';
import type { StatusPayload } from '../../src/feed/schema.js';
import { HELP_ENTRIES, helpFeed } from './help-fixtures.js';
import { statusFeed } from './helpers.js';

// A reader at 23:40 on Monday 26 October 2026 (this browser's clock, whatever its zone), the next update promised
// for 0:30 tomorrow. It read "Volgende update om di 27 okt, 0:30 (over 50 minuten)": Dutch "om" cannot stand before
// a date. Another day now has the date in place of "om" / "at"; today keeps "om 23:55" / "at 11:55 PM".
const NOW = new Date(2026, 9, 26, 23, 40).getTime();
const local = (day: number, hour: number, minute: number) => new Date(2026, 9, day, hour, minute).toISOString();
const realNow = Date.now;
beforeEach(() => {
  Date.now = () => NOW;
  localStorage.clear();
});
afterEach(() => {
  Date.now = realNow;
});

const promised = (at: string, feed: StatusPayload = statusFeed()): StatusPayload => {
  feed.incidents[0]!.next_update_at = at;
  return feed;
};
const text = (n: Element | null | undefined) => n!.textContent!.replace(/\s+/g, ' ').trim();
const nextLine = async (data: StatusPayload, lang: string) =>
  text((await fixture<ClearlineStatus>(html`<clearline-status lang=${lang} .data=${data}></clearline-status>`)).shadowRoot!.querySelector('[part~=next-update]'));

describe('a next update on another day has its date in place of "om" / "at"', () => {
  it('<clearline-status>, Dutch and English; today still "om" / "at"', async () => {
    expect(await nextLine(promised(local(27, 0, 30)), 'nl')).to.equal('Volgende update di 27 okt, 0:30 (over 50 minuten)');
    expect(await nextLine(promised(local(27, 0, 30)), 'en')).to.equal('Next update Tue, Oct 27, 12:30 AM (in 50 minutes)');
    expect(await nextLine(promised(local(27, 0, 30)), 'en-GB')).to.equal('Next update Tue 27 Oct, 0:30 (in 50 minutes)');
    expect(await nextLine(promised(local(26, 23, 55)), 'nl')).to.equal('Volgende update om 23:55 (over 15 minuten)');
    expect(await nextLine(promised(local(26, 23, 55)), 'en')).to.equal('Next update at 11:55 PM (in 15 minutes)');
  });

  it('the help dialog', async () => {
    const el = await fixture<ClearlineHelp>(html`<clearline-help lang="nl" .data=${promised(local(27, 0, 30), helpFeed())} .entries=${HELP_ENTRIES}></clearline-help>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'dialog opens');
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[part~=incident] [part~=next-update]'))).to.equal('Volgende update di 27 okt, 0:30 (over 50 minuten)');
  });

  it('what the screen reader hears', () => {
    expect(summary(promised(local(27, 0, 30)), 'nl', NOW)).to.contain(' Volgende update di 27 okt, 0:30 (over 50 minuten).');
    expect(summary(promised(local(27, 0, 30)), 'en', NOW)).to.contain(' Next update Tue, Oct 27, 12:30 AM (in 50 minutes).');
    expect(summary(promised(local(26, 23, 55)), 'nl', NOW)).to.contain(' Volgende update om 23:55 (over 15 minuten).');
  });
});
