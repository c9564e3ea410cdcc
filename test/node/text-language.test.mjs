// At 2 a.m. a desk pastes the English into the Dutch field; Dutch readers get English on the page, in the SMS and on
// the phone. Lint now says so (text-in-other-language), told from the small words of each language. It must never
// name a right text: checked on every sector template in both languages (Dutch, British and American English) and on
// a second, differently shaped set: real English questions and answers (../shared/data/stackfaq.json).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { writtenIn } = await importTs('src/lint/rules/text-language.ts');
const { TEMPLATE_NAMES, incidentFromTemplate, contactReasonsFromTemplate } = await importTs('src/templates/index.ts');
const { lintDocument } = await importTs('src/lint/index.ts');

test('reads clear Dutch and clear English; says nothing of names, short labels and mixed texts', () => {
  assert.equal(writtenIn('Om 01:40 is een hoofdleiding gesprongen. Zo’n 3.000 woningen hebben geen water.'), 'nl');
  assert.equal(writtenIn('We weten nog niet wanneer het water terugkomt.'), 'nl');
  // "was" is Dutch too: it does not count for English.
  assert.equal(writtenIn('Het was druk, maar het water was er snel weer.'), 'nl');
  assert.equal(writtenIn('A main pipe burst at 01:40. About 3,000 homes have no water.'), 'en');
  assert.equal(writtenIn('We do not know yet when the water comes back.'), 'en');
  for (const quiet of ['Storingslijn 0800-9009', 'Gemeente Utrecht', 'Klantenservice', 'Call us', 'Bel 112', 'Rue de la Paix 12, Brussel', 'Check-in app', 'NS en Arriva', 'The Hague', 'De app is stuk: the app is broken']) {
    assert.equal(writtenIn(quiet), undefined, quiet);
  }
});

test('every template text in its own language: none reads as the other (1,431 texts of five words or more)', () => {
  let checked = 0;
  let read = 0;
  for (const zone of ['Europe/Amsterdam', 'Europe/London', 'America/New_York']) {
    const values = [];
    TEMPLATE_NAMES.forEach((name, i) => {
      const inc = incidentFromTemplate(name, { id: `t${i}`, langs: ['nl', 'en'], timeZone: zone });
      values.push(inc.title, inc.known, inc.unknown, ...inc.actions.flatMap((a) => [a.label, a.who]));
    });
    for (const r of TEMPLATE_NAMES.flatMap((n) => contactReasonsFromTemplate(n, ['nl', 'en'], zone))) values.push(r.label);
    for (const v of values) {
      for (const lang of ['nl', 'en']) {
        const text = v?.[lang];
        if (typeof text !== 'string' || text.split(/\s+/).length < 5) continue;
        checked++;
        const w = writtenIn(text);
        if (w) read++;
        assert.notEqual(w, lang === 'nl' ? 'en' : 'nl', `${zone} ${lang}: ${text}`);
      }
    }
  }
  assert.ok(checked > 1000, `${checked} texts checked`);
  // Most are read (so a swap is caught); the rest say too little to tell.
  assert.ok(read / checked > 0.7, `${read} of ${checked} read`);
});

test('real English questions and answers never read as Dutch', () => {
  const { entries } = JSON.parse(readFileSync(new URL('../../../shared/data/stackfaq.json', import.meta.url), 'utf8'));
  let english = 0;
  let checked = 0;
  for (const e of entries) {
    for (const text of [e.question, e.answer, ...(e.queries ?? [])]) {
      if (text.split(/\s+/).length < 5) continue;
      checked++;
      const w = writtenIn(text);
      assert.notEqual(w, 'nl', text);
      if (w === 'en') english++;
    }
  }
  assert.ok(checked > 1000 && english / checked > 0.6, `${english} of ${checked} read as English`);
});

test('lint: the English in the Dutch field is named at that language, once; a copy in both is text-same-in-languages alone', () => {
  const now = Date.parse('2026-12-05T02:00:00Z');
  const iso = (m) => new Date(now + m * 60_000).toISOString().replace('.000Z', 'Z');
  const feed = (known) => ({
    type: 'status', version: 1, feed_id: 'water', seq: 1, issued_at: iso(-1), expires_at: iso(60), publisher: { name: 'Waterbedrijf', url: 'https://example.com' }, time_zone: 'Europe/Amsterdam',
    channels: [], incidents: [{ id: 'burst', title: { nl: 'Geen water in Tiel', en: 'No water in Tiel' }, severity: 'major', phase: 'investigating', started_at: iso(-20), updated_at: iso(-1), next_update_at: iso(30), known, unknown: { nl: 'Wanneer het water terugkomt.', en: 'When the water comes back.' } }],
  });
  const swapped = lintDocument(feed({ nl: 'A main pipe burst at 01:40. About 3,000 homes have no water and we do not know when it comes back.', en: 'A main pipe burst at 01:40. About 3,000 homes have no water.' }), { now, lang: 'nl' });
  const found = swapped.filter((f) => f.rule === 'text-in-other-language');
  assert.deepEqual(found.map((f) => [f.path, f.severity, f.message]), [['incidents/0/known/nl', 'warning', 'deze tekst in het Nederlands lijkt Engels']]);
  const copied = lintDocument(feed({ nl: 'A main pipe burst at 01:40 and the homes have no water.', en: 'A main pipe burst at 01:40 and the homes have no water.' }), { now });
  assert.equal(copied.filter((f) => f.rule === 'text-in-other-language').length, 0);
  assert.equal(copied.filter((f) => f.rule === 'text-same-in-languages').length, 1);
  const right = lintDocument(feed({ nl: 'Om 01:40 is een hoofdleiding gesprongen. Zo’n 3.000 woningen hebben geen water.', en: 'A main pipe burst at 01:40. About 3,000 homes have no water.' }), { now });
  assert.equal(right.filter((f) => f.rule === 'text-in-other-language').length, 0);
});
