import { expect } from '@open-wc/testing';
import { isTimeZone, zoneOffsetMinutes } from '../../src/feed/zone.js';

// feed/zone.ts answers with Temporal where the browser has it (no locale data to load before the
// first render, issue 13); it must answer as Intl does, which Node and Safari still use.
const viaIntl = (ms: number, zone: string) => {
  const name = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
};

describe('feed/zone: time zones with Temporal, as Intl says them', () => {
  it('gives the offset Intl gives, across daylight saving changes, for whole, half and quarter hours', () => {
    expect('Temporal' in globalThis, 'this Chromium has Temporal').to.equal(true);
    const zones = ['Europe/Amsterdam', 'Europe/London', 'America/New_York', 'America/St_Johns', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Chatham', 'UTC', 'Asia/Calcutta'];
    let n = 0;
    for (const zone of zones) {
      for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 29 * 3_600_000 + 17 * 60_000) {
        expect(zoneOffsetMinutes(ms, zone), `${zone} ${new Date(ms).toISOString()}`).to.equal(viaIntl(ms, zone));
        n++;
      }
    }
    expect(n).to.be.greaterThan(2500);
    // The reader's own clock: as the browser's Date says it.
    const ms = Date.UTC(2026, 6, 1, 12);
    expect(zoneOffsetMinutes(ms)).to.equal(-new Date(ms).getTimezoneOffset());
    expect(Number.isNaN(zoneOffsetMinutes(ms, 'Mars/Olympus_Mons'))).to.equal(true);
  });

  it('knows a zone as Intl does: names and old aliases yes; offsets, typos and made-up places no', () => {
    for (const zone of ['Europe/Amsterdam', 'europe/amsterdam', 'Asia/Calcutta', 'Europe/Kiev', 'UTC', 'Etc/GMT+1', 'America/Argentina/Buenos_Aires']) expect(isTimeZone(zone), zone).to.equal(true);
    for (const zone of ['', '+01:00', 'Europe/Amsterdam ', 'Europe/Amsterdan', 'Mars/Olympus_Mons', 'CET+1', 'Europe//Amsterdam']) expect(isTimeZone(zone), zone).to.equal(false);
  });
});
