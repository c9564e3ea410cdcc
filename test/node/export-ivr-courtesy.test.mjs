// Trial T (a US co-op, ice storm, 13:05): the 45-second phone message could not fit urgent actions 2–4 (medical
// equipment, generator, warming centres) beside the news, and still ended with "Thank you for waiting.": the thanks came
// back in the 2 seconds the medical-equipment action did not fit in. Now the greeting and the thanks go before any urgent
// action does and stay out while one is left out (ivr-courtesy.ts); the news still comes before the actions. Uses dist/.
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';

const x = await exporters();
const NOW = Date.parse('2026-12-15T19:05:00Z');
const feed = (lang, zone, t) => ({
  type: 'status', version: 1, feed_id: 'pvec-outages', time_zone: zone, publisher: { name: { [lang]: t.publisher }, url: 'https://www.pvec.example/' },
  channels: [
    { id: 'sos', kind: 'phone', label: { [lang]: t.sos }, href: t.sosHref, emergency: true, reason: { [lang]: t.reason } },
    { id: 'line', kind: 'phone', label: { [lang]: t.line }, href: 'tel:+18005550199', wait_minutes: 45, reason: { [lang]: t.busy } },
    { id: 'map', kind: 'web', label: { [lang]: t.map }, href: 'https://www.pvec.example/outage-map' },
  ],
  incidents: [{
    id: 'storm', title: { [lang]: t.title }, severity: 'critical', phase: 'identified', started_at: '2026-12-15T10:15:00Z', updated_at: '2026-12-15T19:00:00Z',
    next_update_at: '2026-12-15T21:00:00Z', known: { [lang]: t.known.join(' ') }, unknown: { [lang]: t.unknown },
    updates: [{ at: '2026-12-15T13:20:00Z', known: { [lang]: t.before.join('\n') }, unknown: { [lang]: t.unknown } }],
    actions: [
      ...t.actions.map(([who, label]) => ({ who: { [lang]: who }, label: { [lang]: label }, urgent: true })),
      { label: { [lang]: t.report }, href: 'https://www.pvec.example/outage-map' },
    ],
  }],
});

const US = {
  publisher: 'Prairie Valley Electric Cooperative', sos: 'Emergency: call 911', sosHref: 'tel:911', reason: 'A power line is down, or someone on home oxygen or other medical equipment is in danger without power',
  line: '24/7 Outage Line', busy: 'many calls about the ice storm', map: 'Outage map', title: 'Ice storm: 22,000 members still without power',
  known: ['Crews restored power to 19,000 members this morning.', 'About 22,000 members in Harlan, Dodge and Pike counties are still without power.', 'Crews from four neighboring co-ops are working with ours.', 'We still expect most members to have power back by Thursday night.'],
  before: ['More lines came down as the ice got heavier: about 41,000 members in Harlan, Dodge and Pike counties are without power.', 'Crews from four neighboring co-ops arrive today to help our crews.', 'We expect most members to have power back by Thursday night. Some will be back sooner.'],
  unknown: 'When power comes back on your street: the outage map shows the areas crews are working in.',
  actions: [
    ['A line is down near you?', 'Stay at least 30 feet away from downed lines and anything they touch. Call 911, then our outage line.'],
    ['Someone uses medical equipment at home', 'Call the supplier of the equipment; call 911 if a life is in danger'],
    ['Using a generator?', 'Run a generator outdoors only, at least 20 feet from windows and doors, never in a garage. Never plug it into a wall outlet.'],
    ['Your home is getting too cold?', 'Warming centers are open day and night: Harlan Community Center, 210 N Main St, Harlan; Dodge County Fairgrounds Expo Hall, 1500 Fair Ave, Dodgeville; First Baptist Church, 45 Elm St, Pike City. Pets welcome in carriers.'],
  ],
  report: 'Report your outage once: on the outage map, by text or on the outage line. You do not need to call again.',
};

const NL = {
  publisher: 'Netbeheerder Oost', sos: 'Bij levensgevaar: bel 112', sosHref: 'tel:112', reason: 'Als er een kabel op straat ligt, of als iemand met medische apparatuur thuis in gevaar is zonder stroom',
  line: 'Storingslijn', busy: 'veel telefoontjes over de ijzel', map: 'Storingskaart', title: 'IJzel: 22.000 huizen nog zonder stroom',
  known: ['Monteurs hebben vanochtend 19.000 huizen weer aangesloten.', 'Ongeveer 22.000 huizen in Harlan, Dodge en Pike zijn nog zonder stroom.', 'Monteurs van vier buurbedrijven werken met de onze mee.', 'We verwachten nog steeds dat de meeste huizen donderdagavond weer stroom hebben.'],
  before: ['Door het zware ijs zijn er meer bovenleidingen gebroken: ongeveer 41.000 huizen in Harlan, Dodge en Pike zijn zonder stroom.', 'Monteurs van vier buurbedrijven komen vandaag helpen.', 'We verwachten dat de meeste huizen donderdagavond weer stroom hebben.'],
  unknown: 'Wanneer de stroom in uw straat terugkomt: de storingskaart toont waar de monteurs werken.',
  actions: [
    ['Ligt er een kabel op straat bij u?', 'Blijf minstens 10 meter van de kabel en alles wat hem raakt. Bel 112, daarna onze storingslijn.'],
    ['Gebruikt iemand thuis medische apparatuur?', 'Bel de leverancier van de apparatuur; bel 112 als iemand in levensgevaar is.'],
    ['Gebruikt u een aggregaat?', 'Zet een aggregaat alleen buiten, minstens 6 meter van ramen en deuren, nooit in een garage. Sluit het nooit aan op een stopcontact.'],
    ['Wordt het te koud in huis?', 'Warmtepunten zijn dag en nacht open: buurthuis De Linde, Dorpsstraat 210, Harlan; sporthal De Weide, Veldweg 15, Dodge. Huisdieren in een mand zijn welkom.'],
  ],
  report: 'Meld uw storing één keer: op de storingskaart of via de storingslijn. U hoeft niet opnieuw te bellen.',
};

for (const [name, lang, zone, t, thanks, known2] of [
  ['en-US', 'en-US', 'America/Chicago', US, /Thank you for waiting/, /About 22,000 members in Harlan/],
  ['nl', 'nl', 'Europe/Amsterdam', NL, /Fijn dat u wacht/, /Ongeveer 22\.000 huizen in Harlan/],
]) {
  test(`urgent actions left out: the thanks goes too, the news still first (trial T 13:05, ${name})`, () => {
    const ivr = x.exportIvr(feed(lang, zone, t), { now: NOW });
    const why = `${ivr.text}\n${ivr.dropped}`;
    assert.ok(ivr.dropped.some((k) => /^todo-storm-/.test(k)), `an urgent action is left out here: ${why}`);
    assert.doesNotMatch(ivr.text, thanks, why);
    assert.ok(ivr.dropped.includes('thanks'), why);
    assert.ok(ivr.dropped.includes('hello'), why);
    // The news and the estimate are still said before the urgent actions (ivr-news.ts, export-ivr-estimate).
    assert.match(ivr.text, known2, why);
    assert.ok(ivr.seconds <= 45, why);
  });
}

test('with room for every urgent action the thanks is still said (en-US)', () => {
  const f = feed('en-US', 'America/Chicago', { ...US, actions: US.actions.slice(0, 1), known: US.known.slice(0, 1), unknown: 'How long it takes.' });
  const ivr = x.exportIvr(f, { now: NOW });
  assert.ok(!ivr.dropped.some((k) => /^(todo-|action)/.test(k)), ivr.dropped.join());
  assert.match(ivr.text, /Thank you for waiting\.$/, ivr.text);
});

// The first urgent action's sentences after what to do and its emergency line (`todo-…-rest`) went before the thanks
// (rank 1.5 above 1): "A downed line can be live even when it does not spark." was left out for "Thank you for waiting.".
const restFeed = (lang, t) => ({
  type: 'status', version: 1, feed_id: 'pvec-outages', time_zone: 'America/Chicago', publisher: { name: { [lang]: t.publisher }, url: 'https://www.pvec.example/' },
  channels: [
    { id: 'sos', kind: 'phone', label: { [lang]: t.sos }, href: t.sosHref, emergency: true },
    { id: 'line', kind: 'phone', label: { [lang]: t.line }, href: 'tel:+18005550199', wait_minutes: 45, reason: { [lang]: t.busy } },
  ],
  incidents: [{
    id: 'storm', title: { [lang]: t.title }, severity: 'critical', phase: 'identified', started_at: '2026-12-15T10:15:00Z', updated_at: '2026-12-15T19:00:00Z',
    next_update_at: '2026-12-15T21:00:00Z', known: { [lang]: t.summary }, actions: [{ who: { [lang]: t.who }, label: { [lang]: t.todo }, urgent: true }],
  }],
});
for (const [lang, t, rest, thanks] of [
  ['en-US', { ...US, who: 'A line is down near you?', todo: 'Stay at least 30 feet away from downed lines and anything they touch. Call 911, then our outage line. A downed line can be live even when it does not spark.',
    summary: 'Crews restored power to 19,000 members this morning, but more lines came down in Harlan, Dodge and Pike counties as the ice got heavier this afternoon.' }, /A downed line can be live even when it does not spark\./, /Thank you for waiting/],
  ['nl', { ...NL, who: 'Ligt er een kabel op straat bij u?', todo: 'Blijf minstens 10 meter van de kabel en alles wat hem raakt. Bel 112, daarna onze storingslijn. Een kabel kan onder stroom staan, ook als hij niet vonkt.',
    summary: 'Monteurs hebben vanochtend 19.000 huizen weer aangesloten, maar door het zware ijs zijn er vanmiddag in Harlan, Dodge en Pike opnieuw veel bomen en kabels op straat gevallen.' }, /Een kabel kan onder stroom staan, ook als hij niet vonkt\./, /Fijn dat u wacht/],
]) {
  test(`the urgent action's last sentence is kept and the thanks goes (${lang})`, () => {
    const ivr = x.exportIvr(restFeed(lang, t), { now: NOW });
    const why = `${ivr.text}\n${ivr.dropped}`;
    assert.match(ivr.text, rest, why);
    assert.doesNotMatch(ivr.text, thanks, why);
    assert.ok(ivr.dropped.includes('thanks') && !ivr.dropped.includes('todo-storm-rest'), why);
    assert.ok(ivr.seconds <= 45, why);
  });
}
