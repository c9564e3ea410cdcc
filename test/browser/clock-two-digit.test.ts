import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/banner/banner.js';
import '../../src/components/status/status.js';
import type { ClearlineBanner } from '../../src/components/banner/banner.js';
import type { ClearlineStatus } from '../../src/components/status/status.js';
import type { StatusPayload } from '../../src/feed/schema.js';
import { formatDateTime, formatTime, setReaderZone } from '../../src/i18n/lang.js';
import { statusFeed } from './helpers.js';

// A UK water company's trial: at 2 a.m. readers read "Next update at 3:00" and "valid until 4:00" as 3 or 4 in the
// afternoon just as well; UK and Dutch notices write 03:00, as the SMS, IVR and CAP exports already did. Now British
// English and Dutch pages show two-digit hours; American English keeps "3:00 AM". A reader at 02:20 on this browser's clock.
const NOW = new Date(2026, 11, 8, 2, 20).getTime();
const at = (hour: number, minute: number) => new Date(new Date(2026, 11, 8, hour, minute).getTime()).toISOString();
const realNow = Date.now;
beforeEach(() => {
  Date.now = () => NOW;
  localStorage.clear();
});
afterEach(() => {
  Date.now = realNow;
});

const feed = (): StatusPayload => {
  const f = statusFeed();
  f.incidents[0]!.next_update_at = at(3, 0);
  return f;
};
const text = (n: Element | null | undefined) => n!.textContent!.replace(/\s+/g, ' ').trim();
const nextLine = (el: Element) => text(el.shadowRoot!.querySelector('[part~=next-update]'));
const status = (lang: string) => fixture<ClearlineStatus>(html`<clearline-status lang=${lang} .data=${feed()}></clearline-status>`);
const banner = (lang: string) => fixture<ClearlineBanner>(html`<clearline-banner lang=${lang} .data=${feed()}></clearline-banner>`);

describe('clock times: two-digit hours in British English and Dutch, "3:00 AM" in American English', () => {
  it('<clearline-status>: "Next update at 03:00 (in 40 minutes)" in en-GB, "om 03:00" in nl and nl-BE, "3:00 AM" in en-US', async () => {
    expect(nextLine(await status('en-GB'))).to.equal('Next update at 03:00 (in 40 minutes)');
    expect(nextLine(await status('nl'))).to.equal('Volgende update om 03:00 (over 40 minuten)');
    expect(nextLine(await status('nl-BE'))).to.equal('Volgende update om 03:00 (over 40 minuten)');
    expect(nextLine(await status('en-US'))).to.equal('Next update at 3:00 AM (in 40 minutes)');
  });

  // An Irish gas network's trial: an en-IE page read "Next update at 8:00" and "opens at 8:00" beside its own "08:00–18:00".
  it('<clearline-status> in en-IE: "Next update at 03:00", as in Ireland', async () => {
    expect(nextLine(await status('en-IE'))).to.equal('Next update at 03:00 (in 40 minutes)');
  });

  it('<clearline-banner>: the same clock', async () => {
    expect(nextLine(await banner('en-GB'))).to.contain('03:00');
    expect(nextLine(await banner('nl'))).to.contain('03:00');
    expect(nextLine(await banner('en-US'))).to.contain('3:00 AM').and.not.contain('03:00');
  });
});

// The studio's preview shows times on the feed's clock (setReaderZone): Intl's formatters, with the same options.
describe('clock times through Intl (the studio preview on the feed\'s clock, a reader abroad)', () => {
  afterEach(() => setReaderZone());
  it('03:00 in en-GB, nl and nl-BE, 3:00 AM in en-US, on the feed\'s clock', () => {
    setReaderZone('Europe/London');
    const three = Date.parse('2026-12-08T03:00:00Z');
    const now = Date.parse('2026-12-08T02:20:00Z');
    expect(formatTime(three, 'en-GB')).to.equal('03:00');
    expect(formatTime(three, 'nl')).to.equal('03:00');
    expect(formatTime(three, 'nl-BE')).to.equal('03:00');
    expect(formatTime(three, 'en-US')).to.equal('3:00 AM');
    expect(formatDateTime(three, 'en-GB', now - 86_400_000)).to.equal('Tue 8 Dec, 03:00');
    expect(formatDateTime(three, 'nl', now - 86_400_000)).to.equal('di 8 dec, 03:00');
    expect(formatDateTime(three, 'en-US', now - 86_400_000)).to.equal('Tue, Dec 8, 3:00 AM');
  });
});
