// A desk at 2 a.m. types the next update as it would say it: "over 2 uur", "kwart over 3", and the start as
// "40 minuten geleden". The studio answered '“over 2 uur” is geen tijd: typ +30m, +1u …'. It now reads them (the
// CLI's parser, feed/spoken-times.ts) and says what is wrong with "half 3" and "31-11 10:00" instead of "geen tijd".
import { expect } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import { click, field, fill, newIncidentAt, root, text } from './editor-helpers.js';

// Friday 02:10 in Amsterdam
const newIncident = (lang: string, zone = 'Europe/Amsterdam') => newIncidentAt('2026-12-04T01:10:00Z', lang, zone);

describe('studio: times said in words', () => {
  const realNow = Date.now;
  afterEach(() => {
    Date.now = realNow;
  });

  it('“over 2 uur” and “kwart over 3” are promised as the times they name', async () => {
    const el = await newIncident('nl');
    await fill(el, 'Volgende update', 'over 2 uur');
    expect(text(el)).to.contain('04:10 (over 2 uur)');
    expect(text(el)).not.to.contain('is geen tijd');
    await fill(el, 'Volgende update', 'kwart over 3');
    expect(text(el)).to.contain('03:15 (over 1 uur en 5 minuten)');
  });

  it('“half 3” and “31-11 10:00” say what is wrong, in the desk\'s language', async () => {
    const el = await newIncident('nl');
    await fill(el, 'Volgende update', 'half 3');
    expect(text(el)).to.contain('"half 3" is in het Nederlands 02:30 en in het Engels 03:30; typ de tijd in cijfers, zoals 02:30 of 14:30.');
    expect(field(el, 'Volgende update').getAttribute('aria-invalid')).to.equal('true');
    await fill(el, 'Volgende update', '31-11 10:00');
    expect(text(el)).to.contain('31 november bestaat niet; kijk de dag en de maand na.');
    const en = await newIncident('en');
    await fill(en, 'Next update', '4 Dec');
    expect(text(en)).to.contain('"4 Dec" has no time; add one, such as 4 Dec 04:00.');
    await fill(en, 'Next update', '12-4 03:30');
    expect(text(en)).to.contain('12-4 is read day first, as 12 April; did you mean 4 December? then type 4 Dec 03:30.');
  });

  // Trial F: at Sign the desk read only "bij dit open incident staat niet wanneer de volgende update komt", and looked
  // for a time she had typed. Sign now names what she typed; with nothing typed it says what it said.
  it('Sign names the next update typed that could not be used', async () => {
    const said = (el: Element) => root(el as never).querySelector('[data-rule="next-update-missing"]')?.textContent!.replace(/\s+/g, ' ').trim();
    const el = await newIncident('nl');
    await fill(el, 'Volgende update', 'half 3');
    await click(el, 'Ondertekenen');
    expect(said(el)).to.contain('de volgende update “half 3” kon niet worden gebruikt, dus bij dit open incident staat niet wanneer de volgende update komt. Bij het veld staat waarom, en wat u kunt typen.');
    const en = await newIncident('en');
    await fill(en, 'Next update', '4 Dec');
    await click(en, 'Sign');
    expect(said(en)).to.contain('the next update “4 Dec” could not be used, so this open incident does not say when the next update comes. The field says why and what to type instead.');
    const empty = await newIncident('en');
    await click(empty, 'Sign');
    expect(said(empty)).to.contain('an open incident does not say when the next update comes. Choose a time');
    await fill(empty, 'Next update', '+30m');
    await click(empty, 'Sign');
    expect(said(empty)).to.equal(undefined);
  });

  it('a start said as how long ago, and refused with its reason', async () => {
    const el = await newIncident('nl');
    await fill(el, 'Begonnen om', '40 minuten geleden');
    expect(text(el)).to.contain('Begonnen: 01:30');
    await fill(el, 'Begonnen om', 'half 2');
    expect(text(el)).to.contain('"half 2" is in het Nederlands 01:30 en in het Engels 02:30');
    expect(field(el, 'Begonnen om').getAttribute('aria-invalid')).to.equal('true');
  });

  // A US desk typed "4:00 AM CST"; a Dutch desk working from a log in UTC "01:30 UTC" (feed/zone-words.ts).
  it('a time with a time-zone abbreviation is promised on the feed\'s clock', async () => {
    const us = await newIncidentAt('2026-12-04T08:10:00Z', 'en', 'America/Chicago'); // 2:10 AM in Chicago
    await fill(us, 'Next update', '4:00 AM CST');
    expect(text(us).replace(/\s+/g, ' ')).to.contain('Promised: 4:00 AM');
    await fill(us, 'Next update', '3:00 AM ET');
    expect(text(us)).to.contain('"3:00 AM ET" is 2:00 AM on this feed\'s clock (America/Chicago), and that has passed');
    // A clock by its name, US letters in small letters after am/pm (feed/zone-words.ts).
    await fill(us, 'Next update', '4 AM Eastern');
    expect(text(us).replace(/\s+/g, ' ')).to.contain('Promised: 3:00 AM');
    await fill(us, 'Next update', '4am et');
    expect(text(us).replace(/\s+/g, ' ')).to.contain('Promised: 3:00 AM');
    const nl = await newIncident('nl');
    await fill(nl, 'Volgende update', '01:30 UTC');
    expect(text(nl)).to.contain('02:30 (over 20 minuten)');
    expect(field(nl, 'Volgende update').getAttribute('aria-invalid')).not.to.equal('true');
    await fill(nl, 'Begonnen om', '01:00 UTC');
    expect(text(nl)).to.contain('Begonnen: 02:00');
    // An offset with minutes (feed/zone-words.ts).
    await fill(nl, 'Volgende update', '07:00 UTC+5:30');
    expect(text(nl)).to.contain('02:30 (over 20 minuten)');
  });

  // A night desk copies a supplier's "03:00 UTC" at 22:10: tomorrow's 04:00 is too far, said as for 04:00 on its own clock.
  it('another clock\'s time tomorrow, more than 4 hours away, says so', async () => {
    const nl = await newIncidentAt('2026-12-04T21:10:00Z', 'nl', 'Europe/Amsterdam'); // 22:10 in Amsterdam
    await fill(nl, 'Volgende update', '03:00 UTC');
    expect(text(nl)).to.contain('"03:00 UTC" is 04:00 op de klok van deze feed (Europe/Amsterdam), en dat is al voorbij, en morgen om 04:00 is meer dan 4 uur vooruit; beloof de volgende update binnen 4 uur: typ +15m, +30m of +1u');
    expect(field(nl, 'Volgende update').getAttribute('aria-invalid')).to.equal('true');
  });

  // A desk types the hour alone (feed/spoken-times.ts): "4" at 2:10 PM in Chicago, "15" where it may be minutes.
  it('a bare hour is that hour; "15" alone is asked about', async () => {
    const us = await newIncidentAt('2026-12-04T20:10:00Z', 'en', 'America/Chicago'); // 2:10 PM in Chicago
    await fill(us, 'Next update', 'by 4');
    expect(text(us).replace(/\s+/g, ' ')).to.contain('Promised: 4:00 PM');
    await fill(us, 'Started at', '4');
    expect(text(us).replace(/\s+/g, ' ')).to.contain('Started: 4:00 AM');
    const nl = await newIncident('nl');
    await fill(nl, 'Volgende update', '15');
    expect(text(nl)).to.contain('"15" kan 15:00 zijn of over 15 minuten; typ 15:00 voor de tijd, of +15m voor de minuten.');
    expect(field(nl, 'Volgende update').getAttribute('aria-invalid')).to.equal('true');
    await fill(nl, 'Volgende update', 'om 3');
    expect(text(nl)).to.contain('03:00 (over 50 minuten)');
  });
});
