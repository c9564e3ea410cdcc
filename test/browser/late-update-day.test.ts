import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/banner/banner.js';
import '../../src/components/help/help.js';
import '../../src/components/status/status.js';
import type { ClearlineBanner } from '../../src/components/banner/banner.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import type { ClearlineStatus } from '../../src/components/status/status.js';
import { summary } from '../../src/components/shared/announcer.js';
import type { StatusPayload } from '../../src/feed/schema.js';
import { HELP_ENTRIES, helpFeed } from './help-fixtures.js';
import { statusFeed } from './helpers.js';

// A reader at 00:20 on Tuesday 27 October 2026 (on this browser's clock, whatever its zone). "The update promised for
// 23:50 is late" read as if 23:50 tonight were still to come; promised yesterday, the line says the day too. And a
// resolved time on another day was "Opgelost om ma 26 okt, 8:00" ("om" before a date): now "Opgelost ma 26 okt, 8:00".
// Likewise a next update tomorrow read "Volgende update om di 27 okt, 0:30": now "Volgende update di 27 okt, 0:30".
const NOW = new Date(2026, 9, 27, 0, 20).getTime();
const local = (day: number, hour: number, minute: number) => new Date(new Date(2026, 9, day, hour, minute).getTime()).toISOString();
const realNow = Date.now;
beforeEach(() => {
  Date.now = () => NOW;
  localStorage.clear();
});
afterEach(() => {
  Date.now = realNow;
});

/** A feed whose next update was promised for `promised` (yesterday 23:50, or today 00:05). */
const lateFeed = (promised: string, feed: StatusPayload = statusFeed()): StatusPayload => {
  feed.incidents[0]!.next_update_at = promised;
  return feed;
};
const text = (n: Element | null | undefined) => n!.textContent!.replace(/\s+/g, ' ').trim();
const status = (data: StatusPayload, lang: string) => fixture<ClearlineStatus>(html`<clearline-status lang=${lang} .data=${data}></clearline-status>`);
const nextLine = (el: Element) => text(el.shadowRoot!.querySelector('[part~=next-update]'));

/** The help dialog's next-update line (Dutch), with the dialog opened as a reader opens it. */
async function helpNextLine(data: StatusPayload) {
  const el = await fixture<ClearlineHelp>(html`<clearline-help lang="nl" .data=${data} .entries=${HELP_ENTRIES}></clearline-help>`);
  el.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher')!.click();
  await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'dialog opens');
  await el.updateComplete;
  return text(el.shadowRoot!.querySelector('[part~=incident] [part~=next-update]'));
}

describe('a late update promised for another day names the day', () => {
  it('<clearline-status>, in Dutch and English; today still the time only', async () => {
    expect(nextLine(await status(lateFeed(local(26, 23, 50)), 'nl'))).to.equal('De beloofde update van ma 26 okt, 23:50 is te laat. We werken er nog aan.');
    expect(nextLine(await status(lateFeed(local(26, 23, 50)), 'en'))).to.equal('The update promised for Mon, Oct 26, 11:50 PM is late. We are still working on it.');
    expect(nextLine(await status(lateFeed(local(26, 23, 50)), 'en-GB'))).to.equal('The update promised for Mon 26 Oct, 23:50 is late. We are still working on it.');
    expect(nextLine(await status(lateFeed(local(27, 0, 5)), 'nl'))).to.equal('De beloofde update van 00:05 is te laat. We werken er nog aan.');
  });

  it('<clearline-banner>', async () => {
    const banner = (data: StatusPayload, lang: string) => fixture<ClearlineBanner>(html`<clearline-banner lang=${lang} .data=${data}></clearline-banner>`);
    expect(nextLine(await banner(lateFeed(local(26, 23, 50)), 'nl'))).to.equal('Update van ma 26 okt, 23:50 is te laat');
    expect(nextLine(await banner(lateFeed(local(26, 23, 50)), 'en'))).to.equal('Update promised for Mon, Oct 26, 11:50 PM is late');
    expect(nextLine(await banner(lateFeed(local(27, 0, 5)), 'en'))).to.equal('Update promised for 12:05 AM is late');
  });

  it('the help dialog', async () => {
    expect(await helpNextLine(lateFeed(local(26, 23, 50), helpFeed()))).to.equal('De beloofde update van ma 26 okt, 23:50 is te laat. We werken er nog aan.');
  });

  it('what the screen reader hears', () => {
    expect(summary(lateFeed(local(26, 23, 50)), 'nl', NOW)).to.contain('De beloofde update van ma 26 okt, 23:50 is te laat.');
    expect(summary(lateFeed(local(26, 23, 50)), 'en', NOW)).to.contain('The update promised for Mon, Oct 26, 11:50 PM is late.');
    expect(summary(lateFeed(local(27, 0, 5)), 'nl', NOW)).to.contain('De beloofde update van 00:05 is te laat.');
  });
});

describe('a resolved time on another day has no "om" / "at" before its date', () => {
  const resolvedAt = (at: string) =>
    statusFeed({ incidents: [{ ...statusFeed().incidents[0]!, phase: 'resolved', resolved_at: at, next_update_at: null }] });
  const badge = async (at: string, lang: string) => text((await status(resolvedAt(at), lang)).shadowRoot!.querySelector('[part~=incident] .badge'));

  it('Dutch and English; today still "om 00:05" / "at 12:05 AM"', async () => {
    expect(await badge(local(26, 8, 0), 'nl')).to.equal('Opgelost ma 26 okt, 08:00');
    expect(await badge(local(26, 8, 0), 'en')).to.equal('Resolved Mon, Oct 26, 8:00 AM');
    expect(await badge(local(26, 8, 0), 'en-GB')).to.equal('Resolved Mon 26 Oct, 08:00');
    expect(await badge(local(27, 0, 5), 'nl')).to.equal('Opgelost om 00:05');
    expect(await badge(local(27, 0, 5), 'en')).to.equal('Resolved at 12:05 AM');
  });
});

// A reader at 23:40 the evening before, the next update promised for 0:30 tomorrow.
describe('a next update on another day has its date in place of "om" / "at"', () => {
  const EVENING = new Date(2026, 9, 26, 23, 40).getTime();
  beforeEach(() => {
    Date.now = () => EVENING;
  });

  it('<clearline-status>, Dutch and English; today still "om" / "at"', async () => {
    expect(nextLine(await status(lateFeed(local(27, 0, 30)), 'nl'))).to.equal('Volgende update di 27 okt, 00:30 (over 50 minuten)');
    expect(nextLine(await status(lateFeed(local(27, 0, 30)), 'en'))).to.equal('Next update Tue, Oct 27, 12:30 AM (in 50 minutes)');
    expect(nextLine(await status(lateFeed(local(27, 0, 30)), 'en-GB'))).to.equal('Next update Tue 27 Oct, 00:30 (in 50 minutes)');
    expect(nextLine(await status(lateFeed(local(26, 23, 55)), 'nl'))).to.equal('Volgende update om 23:55 (over 15 minuten)');
    expect(nextLine(await status(lateFeed(local(26, 23, 55)), 'en'))).to.equal('Next update at 11:55 PM (in 15 minutes)');
  });

  it('the help dialog', async () => {
    expect(await helpNextLine(lateFeed(local(27, 0, 30), helpFeed()))).to.equal('Volgende update di 27 okt, 00:30 (over 50 minuten)');
  });

  it('what the screen reader hears', () => {
    expect(summary(lateFeed(local(27, 0, 30)), 'nl', EVENING)).to.contain(' Volgende update di 27 okt, 00:30 (over 50 minuten).');
    expect(summary(lateFeed(local(27, 0, 30)), 'en', EVENING)).to.contain(' Next update Tue, Oct 27, 12:30 AM (in 50 minutes).');
    expect(summary(lateFeed(local(26, 23, 55)), 'nl', EVENING)).to.contain(' Volgende update om 23:55 (over 15 minuten).');
  });
});
