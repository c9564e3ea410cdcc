// A Dutch desk types the next update as it writes a date everywhere else: "4-12-2026 18:30", "vandaag 18:30",
// "vanavond 8 uur". The studio said '“4-12-2026 18:30” is geen tijd: typ +30m, +1u of een tijd zoals 14:30', though
// its own hint offers "een datum en tijd". It now reads them (feed/day-words.ts, shared with the CLI) and, for what
// it cannot read, shows a date it would read.
import { expect } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import { field, fill, newIncidentAt, text } from './editor-helpers.js';


// Friday 18:00 in Amsterdam, 11:00 in Chicago
const newIncident = (lang: string, zone = 'Europe/Amsterdam') => newIncidentAt('2026-12-04T17:00:00Z', lang, zone);

describe('studio: next update typed with its day', () => {
  const realNow = Date.now;
  afterEach(() => {
    Date.now = realNow;
  });

  for (const typed of ['4-12-2026 18:30', 'vandaag 18:30', 'vr 4 dec om 18.30 uur']) {
    it(`“${typed}” is today 18:30`, async () => {
      const el = await newIncident('nl', 'Europe/Amsterdam');
      await fill(el, 'Volgende update', typed);
      expect(text(el)).to.contain('18:30 (over 30 minuten)');
      expect(text(el)).not.to.contain('is geen tijd');
    });
  }

  it('“vanavond 8 uur” is 20:00, not 08:00', async () => {
    const el = await newIncident('nl', 'Europe/Amsterdam');
    await fill(el, 'Volgende update', 'vanavond 8 uur');
    expect(text(el)).to.contain('20:00 (over 2 uur)');
  });

  it('what it cannot read: a date and time it would read, two hours ahead in the desk\'s own writing', async () => {
    const el = await newIncident('nl', 'Europe/Amsterdam');
    await fill(el, 'Volgende update', 'straks');
    expect(text(el)).to.contain('“straks” is geen tijd: typ +30m, +1u, een tijd zoals 14:30 of een datum en tijd zoals 4 dec 20:00');
    const us = await newIncident('en', 'America/Chicago');
    await fill(us, 'Next update', 'later');
    expect(text(us)).to.contain('“later” is not a time: type +30m, +1h, a time such as 2:30 PM or a date and time such as Dec 4 1:00 PM');
    await fill(us, 'Next update', 'Dec 5 2:30 PM');
    expect(text(us)).to.contain('tomorrow at 2:30 PM');
  });

  it('an emptied field says what to fill in, not "“” is not a time" (a bank\'s trial)', async () => {
    const el = await newIncident('en', 'Europe/London');
    await fill(el, 'Next update', '');
    expect(text(el)).to.contain('Say when the next update comes: type +30m, +1h, a time such as');
    expect(text(el)).not.to.contain('“”');
    const nl = await newIncident('nl', 'Europe/Amsterdam');
    await fill(nl, 'Volgende update', '  ');
    expect(text(nl)).to.contain('Zeg wanneer de volgende update komt: typ +30m, +1u, een tijd zoals 14:30');
    expect(field(nl, 'Volgende update').getAttribute('aria-invalid')).to.equal('true');
  });

  it('a time on another day stays in the field as the desk writes it, not as a UTC time, and reads back the same', async () => {
    const el = await newIncident('nl', 'Europe/Amsterdam');
    await fill(el, 'Volgende update', '5-12 9.00 uur');
    expect(field(el, 'Volgende update').value).to.equal('5 dec 09:00');
    expect(text(el)).to.contain('Beloofd: morgen om 09:00');
    await fill(el, 'Volgende update', field(el, 'Volgende update').value);
    expect(text(el)).to.contain('Beloofd: morgen om 09:00');
    const us = await newIncident('en', 'America/Chicago');
    await fill(us, 'Next update', '12/5 2:30 PM');
    expect(field(us, 'Next update').value).to.equal('Dec 5 2:30 PM');
    expect(text(us)).to.contain('Promised: tomorrow at 2:30 PM');
  });

  it('a date with another weekday than its own is said so, in the next update and in the start', async () => {
    const el = await newIncident('nl', 'Europe/Amsterdam');
    await fill(el, 'Volgende update', 'zo 5 dec 9:00');
    expect(text(el)).to.contain('Zondag past niet bij die datum: 5 december 2026 is een zaterdag; typ de datum opnieuw, of laat de dag weg.');
    expect(field(el, 'Volgende update').getAttribute('aria-invalid')).to.equal('true');
    await fill(el, 'Begonnen om', 'di 3 dec 23:50');
    expect(text(el)).to.contain('Dinsdag past niet bij die datum: 3 december 2026 is een donderdag');
    await fill(el, 'Begonnen om', 'do 3 dec 23:50');
    expect(text(el)).to.contain('Begonnen: gisteren om 23:50');
  });
});

