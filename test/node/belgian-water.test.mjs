// A Flemish drinking-water company (Europe/Brussels, nl) issues a boil-water advice ("kookadvies") after E. coli
// is found: its desk types numbers the Belgian way (078/35 35 99), lists the Flemish government's 1700 beside
// 112 and 1733, and its phone message must say what was found whole (found in the Flemish water walkthrough).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const { channelLink } = await importTs('src/feed/channel-edit.ts');
const { isShortNumber } = await importTs('src/feed/dialling.ts');
const { lintDocument } = await importTs('src/lint/index.ts');
const { exportIvr, firstSentence } = await importTs('src/export/index.ts');

const NOW = Date.parse('2026-12-03T04:30:00Z');

const water = () => ({
  type: 'status', version: 1, feed_id: 'waterbedrijf-vlaanderen', time_zone: 'Europe/Brussels',
  issued_at: '2026-12-03T04:20:00Z', expires_at: '2026-12-03T08:00:00Z', seq: 1,
  publisher: { name: 'Waterbedrijf Vlaanderen', url: 'https://www.waterbedrijf.example' },
  channels: [
    { id: 'phone', kind: 'phone', label: { nl: 'Klantendienst' }, href: 'tel:+3278353599', wait_minutes: 10 },
    { id: 'phone-2', kind: 'phone', label: { nl: 'Storingslijn (gratis)' }, href: 'tel:+3280090400', emergency: true },
    { id: 'phone-3', kind: 'phone', label: { nl: 'Huisartsenwachtpost' }, href: 'tel:1733' },
  ],
  incidents: [{
    id: 'kookadvies', title: { nl: 'Kookadvies in Gent, Merelbeke en Melle' }, severity: 'critical', phase: 'investigating',
    started_at: '2026-12-03T04:00:00Z', updated_at: '2026-12-03T04:20:00Z', next_update_at: '2026-12-03T07:00:00Z',
    known: { nl: 'Bij een controle vonden we bacteriën (E. coli) in het kraantjeswater in Merelbeke en Melle. Drink het niet zonder het te koken.' },
    unknown: { nl: 'Hoelang het kookadvies duurt.' },
    actions: [{ label: { nl: 'Laat kraantjeswater 3 minuten doorkoken voor u het drinkt' }, urgent: true }],
  }],
});

test('new channel and the studio read a number written the Belgian way, with a slash after the zone (078/35 35 99)', () => {
  assert.equal(channelLink('078/35 35 99', '32'), 'tel:+3278353599');
  assert.equal(channelLink('078/35.35.99', '32'), 'tel:+3278353599');
  assert.equal(channelLink('09/123.45.67', '32'), 'tel:+3291234567');
  assert.equal(channelLink('0470/12 34 56', '32'), 'tel:+32470123456');
  // A web address with a path is still one.
  assert.equal(channelLink('www.waterbedrijf.be/kookadvies', '32'), 'https://www.waterbedrijf.be/kookadvies');
});

test('the phone message says what was found whole: "bacteriën (E. coli) in …", not "bacteriën (E."', () => {
  assert.equal(firstSentence('Bij een controle vonden we bacteriën (E. coli) in het water. Drink het niet.'), 'Bij een controle vonden we bacteriën (E. coli) in het water.');
  // A sentence still ends before a capital or a digit.
  assert.equal(firstSentence('Er is een lek. 112 woningen hebben geen water.'), 'Er is een lek.');
  assert.equal(firstSentence('Ruikt u gas? Ga naar buiten.'), 'Ruikt u gas?');
  const ivr = exportIvr(water(), { lang: 'nl', now: NOW });
  // Whole, its brackets said as pauses (export-ivr-brackets.test.mjs).
  assert.match(ivr.text, /bacteriën, E\. coli, in het kraantjeswater in Merelbeke en Melle\./);
  assert.doesNotMatch(ivr.text, /E\. [A-Z]/);
});

test("lint accepts the Flemish government's information line 1700 in a Belgian feed, and names a Belgian example for a number it cannot read", () => {
  assert.ok(isShortNumber('tel:1700', '32'));
  assert.ok(!isShortNumber('tel:1700', '31'), 'only in a feed from Belgium');
  const doc = water();
  doc.channels.push({ id: 'infolijn', kind: 'phone', label: { nl: 'Vlaamse Infolijn' }, href: 'tel:1700' });
  assert.deepEqual(lintDocument(doc, { lang: 'nl', now: NOW }).filter((f) => f.rule === 'phone-e164'), []);
  doc.channels.at(-1).href = 'tel:1799';
  const [f] = lintDocument(doc, { lang: 'nl', now: NOW }).filter((x) => x.rule === 'phone-e164');
  assert.ok(f, 'an error');
  assert.match(f.fix, /tel:\+3231234567 voor een Belgisch nummer/);
  assert.doesNotMatch(f.fix, /Nederlands|Brits/);
});

test('an SMS in two parts with room to spare says the other urgent actions too: who feels ill calls 1733, not only the boiling', async () => {
  const { exportSms } = await importTs('src/export/index.ts');
  const doc = water();
  doc.incidents[0].actions.push(
    { label: { nl: "Voelt u zich ziek? Bel uw huisarts, 's nachts de wachtpost op 1733" }, urgent: true, href: 'tel:1733' },
    { label: { nl: 'Haal gratis flessen water in Sporthal Melle' }, urgent: false },
  );
  const two = exportSms(doc, { lang: 'nl', now: NOW, parts: 2 });
  assert.equal(two.text, "Kookadvies in Gent, Merelbeke en Melle. Laat kraantjeswater 3 minuten doorkoken voor u het drinkt. Voelt u zich ziek? Bel uw huisarts, 's nachts de wachtpost op 1733. Volgende update 08:00. https://www.waterbedrijf.example");
  assert.ok(two.fits);
  // One SMS keeps to the one most urgent action, as before; an action that can wait is never added.
  const one = exportSms(doc, { lang: 'nl', now: NOW });
  assert.doesNotMatch(one.text, /1733|flessen/);
  assert.doesNotMatch(two.text, /flessen/);
});

test('the phone message says the other urgent actions when there is time (who feels ill calls 1733), not an emergency line said anyway', () => {
  const doc = water();
  doc.channels.push({ id: 'nood', kind: 'phone', label: { nl: 'Noodnummer' }, href: 'tel:112', emergency: true });
  doc.incidents[0].actions.push(
    { label: { nl: "Voelt u zich ziek? Bel uw huisarts, 's nachts de wachtpost op 1733" }, urgent: true, href: 'tel:1733' },
    { label: { nl: 'In levensgevaar: bel 112' }, urgent: true, href: 'tel:112' },
    { label: { nl: 'Haal gratis flessen water in Sporthal Melle' }, urgent: false },
  );
  const ivr = exportIvr(doc, { lang: 'nl', now: NOW });
  assert.ok(ivr.fits);
  assert.match(ivr.text, /Laat kraantjeswater 3 minuten doorkoken voor u het drinkt\. Voelt u zich ziek\? Bel uw huisarts, 's nachts de wachtpost op 1733\./);
  assert.match(ivr.ssml, /wachtpost op <prosody rate="90%"><say-as interpret-as="telephone">1733<\/say-as><\/prosody>\./);
  // 112 is said once, as the emergency line; an action that can wait is not said.
  assert.equal(ivr.text.match(/112/g).length, 1);
  assert.doesNotMatch(ivr.text, /flessen/);
  // Without time it goes before the summary, the wait or the next update: the 45 seconds hold.
  doc.incidents[0].known.nl = `${doc.incidents[0].known.nl.replace(/\..*/, '')}, ${'Gent, Mariakerke, Drongen, Wondelgem, Oostakker, '.repeat(6)}Merelbeke en Melle.`;
  const long = exportIvr(doc, { lang: 'nl', now: NOW });
  assert.ok(long.fits, `${long.seconds} s`);
  assert.ok(long.dropped.includes('todo-kookadvies-2'), long.dropped.join());
  assert.ok(!long.dropped.includes('summary'));
});

test('new feed --lang nl names --lang nl in its suggested new incident too: run as printed, it made a Dutch and an English incident', async () => {
  await withCliDir('clearline-belgian-water-', async (dir, run) => {
    const made = run('new', 'feed', '--feed-id', 'waterbedrijf-vlaanderen', '--time-zone', 'Europe/Brussels', '--lang', 'nl', '--publisher', 'Waterbedrijf Vlaanderen', '--publisher-url', 'www.waterbedrijf.example');
    assert.equal(made.status, 0, made.stderr);
    const line = /clearline new incident --template … --id …(.*?) {3}\(/.exec(made.stdout);
    assert.ok(line, made.stdout);
    assert.equal(line[1], ' --lang nl');
    const inc = run('new', 'incident', '--template', 'water', '--id', 'kookadvies', '--title', 'Kookadvies in Melle', ...line[1].trim().split(' '));
    assert.equal(inc.status, 0, inc.stderr);
    assert.deepEqual(Object.keys(JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents[0].title), ['nl']);
  });
});

test('new incident --lang nl-BE writes the Dutch template keyed nl-BE, and on a feed without texts refuses in the desk\'s language', async () => {
  const { templateLanguage, incidentFromTemplate } = await importTs('src/templates/index.ts');
  assert.equal(templateLanguage('nl-BE'), 'nl');
  assert.equal(templateLanguage('en-GB'), 'en');
  assert.equal(templateLanguage('de'), undefined);
  const inc = incidentFromTemplate('water', { id: 'kook', langs: ['nl-BE'], now: NOW });
  assert.deepEqual(Object.keys(inc.known), ['nl-BE']);
  assert.match(inc.actions[0].label['nl-BE'], /Laat de koude kraan lopen tot het water helder is/);
  await withCliDir('clearline-belgian-water-', async (dir, run) => {
    const made = run('new', 'feed', '--feed-id', 'waterbedrijf-vlaanderen', '--time-zone', 'Europe/Brussels', '--lang', 'nl-BE', '--publisher', 'Waterbedrijf Vlaanderen', '--publisher-url', 'www.waterbedrijf.example');
    assert.equal(made.status, 0, made.stderr);
    assert.match(made.stdout, /clearline new incident --template … --id … --lang nl-BE {3}\(/);
    // Without --id, before any text: said in Dutch (it was English: "give the incident an --id"); without --lang too, on the
    // feed's Belgian time, as new feed spoke and as the incident it then writes is announced (new-feed-clock-language.test.mjs).
    assert.match(run('new', 'incident', '--template', 'water', '--lang', 'nl-BE').stderr, /^clearline new incident: geef het incident een --id/);
    assert.match(run('new', 'incident', '--template', 'water').stderr, /^clearline new incident: geef het incident een --id/);
    const inc2 = run('new', 'incident', '--template', 'water', '--id', 'kookadvies', '--title', 'Kookadvies in Melle', '--lang', 'nl-BE');
    assert.equal(inc2.status, 0, inc2.stderr);
    const feed = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
    assert.deepEqual(Object.keys(feed.incidents[0].title), ['nl-BE']);
    assert.match(feed.incidents[0].actions[0].label['nl-BE'], /Laat de koude kraan lopen tot het water helder is/);
    // A second one without --lang takes the feed's nl-BE, not nl and en.
    assert.equal(run('new', 'incident', '--template', 'water', '--id', 'tweede').status, 0);
    assert.deepEqual(Object.keys(JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents[0].known), ['nl-BE']);
  });
});

test("the studio's new incident in an nl-BE feed fills its fields from the Dutch template, not the English", async () => {
  const { draftFromTemplate } = await importTs('src/components/editor/draft.ts');
  const d = draftFromTemplate('water', { ...water(), incidents: [] }, ['nl-BE'], NOW);
  assert.match(d.known['nl-BE'], /^\[\[TODO: wat staat vast\?/);
  // A feed in nl and en as before.
  const both = draftFromTemplate('water', { ...water(), incidents: [] }, ['nl', 'en'], NOW);
  assert.match(both.known.nl, /^\[\[TODO: wat staat vast\?/);
  assert.match(both.known.en, /^\[\[TODO: what is certain\?/);
});

test("lint does not ask a Belgian feed to list the police's 101 as its own emergency line, as it does not for 100 or 112", () => {
  for (const href of ['tel:101', 'tel:100', 'tel:112']) {
    const doc = water();
    doc.incidents[0].actions.push({ label: { nl: `In gevaar? Bel ${href.slice(4)}` }, urgent: true, href });
    assert.deepEqual(lintDocument(doc, { lang: 'nl', now: NOW }).filter((f) => f.rule === 'emergency-channel-missing'), [], href);
  }
});

test('the SMS of a lifted boil-water advice says the sentences of its closing text that fit, not only the first', async () => {
  const { exportSms } = await importTs('src/export/index.ts');
  const doc = water();
  Object.assign(doc.incidents[0], {
    phase: 'resolved', resolved_at: '2026-12-03T04:25:00Z', updated_at: '2026-12-03T04:25:00Z',
    known: { nl: 'Het kookadvies is opgeheven. Laat uw kranen eerst 2 minuten lopen. Daarna kunt u het water weer gewoon drinken, ook voor de zuigfles van uw baby, en hoeft u het niet meer te koken.' },
  });
  delete doc.incidents[0].next_update_at;
  const sms = exportSms(doc, { lang: 'nl', now: NOW });
  assert.equal(sms.text, 'Opgelost: Kookadvies in Gent, Merelbeke en Melle. Het kookadvies is opgeheven. Laat uw kranen eerst 2 minuten lopen. https://www.waterbedrijf.example');
  assert.deepEqual(sms.shortened, []);
  // In two parts the whole closing text.
  assert.match(exportSms(doc, { lang: 'nl', now: NOW, parts: 2 }).text, /hoeft u het niet meer te koken\. https/);
});

test('--next-update 8u, as a Flemish desk writes the hour, is 08:00 in the feed\'s zone, as 8u30 and 8 uur already were', async () => {
  const { readWhen } = await importTs('src/feed/times.ts');
  const at = (s) => readWhen(s, { now: NOW, timeZone: 'Europe/Brussels' });
  for (const s of ['8u', '8U', '8 uur', '8u00']) assert.equal(at(s).iso, '2026-12-03T07:00:00Z', s);
  assert.equal(at('14u').iso, '2026-12-03T13:00:00Z');
  assert.equal(at('3.15 uur').ok, false, 'passed: tomorrow asked for');
  assert.equal(at('+2u').iso, '2026-12-03T06:30:00Z', 'with + it is a duration');
  // A bare hour is that hour (bare-hour.test.mjs); "15" alone may be minutes, asked.
  assert.equal(at('8').iso, '2026-12-03T07:00:00Z');
  assert.equal(at('10').ok, false);
});
