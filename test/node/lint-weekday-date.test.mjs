// A hospital's desk typed "The strike runs from 07:00 on Thursday 18 December" under a title saying "Thursday 17" and a
// start of Thursday 17 December 07:00 (trial Z, finding 14); 18 December 2026 is a Friday, and neither `clearline lint`
// nor the studio said so: patients got two start days. Lint now refuses a weekday that does not go with its date
// (weekday-date-mismatch, src/lint/rules/weekday-date.ts). Every clock here is injected.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { lintCleanFeed } from './lint-feed.mjs';
import { withCliDir } from './export-kit.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { lintDocument } = await import(pathToFileURL(join(ROOT, 'dist/lint.js')).href);

const LONDON = 'Europe/London';
/** Monday 7 December 2026, noon in London. */
const NOW = Date.parse('2026-12-07T12:00:00Z');
const MIN = 60_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The strike feed of trial Z: starts Thursday 17 December 07:00 London time; `known` as given. */
function strikeFeed(known, now = NOW) {
  const f = lintCleanFeed(now);
  f.time_zone = LONDON;
  Object.assign(f.incidents[0], {
    title: { en: "Doctors' strike Thursday 17 to Saturday 19 December: A&E stays open", nl: 'Artsenstaking donderdag 17 t/m zaterdag 19 december: de SEH blijft open' },
    starts_at: '2026-12-17T07:00:00Z',
    known,
  });
  return f;
}

const found = (doc, options = {}) => lintDocument(doc, { now: NOW, timeZone: LONDON, ...options }).filter((x) => x.rule === 'weekday-date-mismatch');
/** The findings for one text, as an FAQ answer in `lang` ('' for a plain string). */
const inText = (text, lang = 'en', now = NOW) => {
  const answer = lang ? { [lang]: text } : text;
  return lintDocument({ type: 'faq', version: 1, feed_id: 'f', entries: [{ id: 'a', question: lang ? { [lang]: 'When?' } : 'When?', answer }] }, { now, timeZone: LONDON }).filter((x) => x.rule === 'weekday-date-mismatch');
};

describe('weekday-date-mismatch: trial Z\'s "Thursday 18 December"', () => {
  test('is an error at its field, with both days it may have meant and the incident\'s start', () => {
    const doc = strikeFeed({ en: 'The strike runs from 07:00 on Thursday 18 December to 07:00 on Saturday 19 December.', nl: 'De staking duurt van donderdag 17 december 07:00 tot zaterdag 19 december 07:00.' });
    const [f, ...more] = found(doc);
    assert.deepEqual(more, []);
    assert.equal(f.severity, 'error');
    assert.equal(f.path, 'incidents/0/known/en');
    assert.equal(f.message, '“Thursday 18 December” in "known": 18 December is a Friday');
    assert.equal(f.fix, 'Did you mean Thursday 17 December or Friday 18 December? The incident begins on Thursday 17 December. Correct the day or the date, so that everyone reads the same day.');
    // In Dutch, and in the studio's words (the form's label, not the JSON's).
    const [nl] = found(doc, { lang: 'nl', audience: 'desk' });
    assert.equal(nl.message, '“Thursday 18 December” bij “Wat we weten”: 18 december is een vrijdag');
    assert.match(nl.fix, /^Bedoelt u Thursday 17 December of Friday 18 December\? Het incident begint op Thursday 17 December\. Verbeter de dag of de datum/);
  });

  test('the right day passes, and so does the title\'s range "Thursday 17 to Saturday 19 December"', () => {
    assert.deepEqual(found(strikeFeed({ en: 'The strike runs from 07:00 on Thursday 17 December.', nl: 'De staking begint donderdag 17 december om 07:00.' })), []);
  });
});

describe('weekday-date-mismatch: the forms read', () => {
  for (const [text, lang, said] of [
    ['Thu 18 Dec', 'en', 'Thu 18 Dec'],
    ['Closed on Thursday, December 18.', 'en', 'Thursday, December 18'],
    ['18 December (Thursday)', 'en', '18 December (Thursday)'],
    ['on Thursday the 18th of December', 'en', 'Thursday the 18th of December'],
    ['Thursday 18 December 2026', 'en', 'Thursday 18 December 2026'],
    ['donderdag 18 december', 'nl', 'donderdag 18 december'],
    ['Vanaf do 18 dec.', 'nl', 'do 18 dec.'],
    ['18 december (donderdag)', 'nl', '18 december (donderdag)'],
    ['Donderdag 18 december is de SEH open.', '', 'Donderdag 18 december'],
    ['From Thursday 18 December the A&E is open.', 'en-GB', 'Thursday 18 December'],
    ['Open zaterdag 18 december.', 'nl-BE', 'zaterdag 18 december'],
  ]) {
    test(`"${text}" (${lang || 'plain'})`, () => {
      const f = inText(text, lang);
      assert.equal(f.length, 1, JSON.stringify(f));
      assert.match(f[0].message, new RegExp(`^“${said.replace(/[.()]/g, '\\$&')}”`));
    });
  }
  test('suggestions are written as the text writes dates: month first, with the year written, in Dutch', () => {
    assert.match(inText('Thursday, December 18')[0].fix, /Thursday, December 17 or Friday, December 18\?/);
    assert.match(inText('Thursday 18 December 2026')[0].fix, /Thursday 17 December 2026 or Friday 18 December 2026\?/);
    assert.match(inText('do 18 dec', 'nl')[0].fix, /donderdag 17 december or vrijdag 18 december\?/);
  });
  test('a range is read with the month at its end, both days, the first in the month before when its day is larger', () => {
    assert.deepEqual(inText('Thursday 17 to Saturday 19 December'), []);
    assert.deepEqual(inText('do 17 t/m za 19 dec', 'nl'), []);
    assert.deepEqual(inText('Thursday 17 and Friday 18 December'), []);
    assert.deepEqual(inText('Wednesday 30 to Friday 1 January'), []);
    assert.deepEqual(inText('Thursday 18 to Saturday 19 December').map((x) => x.message), ['“Thursday 18”: 18 December is a Friday']);
    assert.deepEqual(inText('Thursday 17 to Sunday 19 December').map((x) => x.message), ['“Sunday 19 December”: 19 December is a Saturday']);
    assert.deepEqual(inText('Thursday 30 to Friday 1 January').map((x) => x.message), ['“Thursday 30”: 30 December is a Wednesday']);
  });
});

describe('weekday-date-mismatch stays quiet where there is no weekday date', () => {
  for (const [text, lang] of [
    ['Thursday, 18 hours without power', 'en'],
    ['Thursday 18:00 to 20:00', 'en'],
    ['Thursday 18.00', 'en'],
    ['donderdag 18:00 tot 20:00', 'nl'],
    ['Friday 5 may be late', 'en'],
    ['sat 18 dec on the bench', 'en'],
    ['Donnerstag 18 Dezember', 'de'],
    ['Thursday 18 December', 'de'],
    ['jeudi 18 décembre', 'fr'],
    ['Thursday 18 December', 'nl'],
    ['donderdag 18 december', 'en'],
    ['Thursday 18 December 2025', 'en'],
    ['On Monday 14 December 2000 homes lost power', 'en'],
    ['Tuesday 29 February', 'en'],
  ]) {
    test(`"${text}" (${lang})`, () => assert.deepEqual(inText(text, lang), []));
  }
  test('earlier updates are left alone: readers see them under their own date', () => {
    const doc = strikeFeed({ en: 'The strike starts on Thursday 17 December.', nl: 'De staking begint donderdag 17 december.' });
    doc.incidents[0].updates = [{ at: iso(NOW - 60 * MIN), known: { en: 'Strike on Thursday 18 December.', nl: 'Staking op donderdag 18 december.' } }];
    assert.deepEqual(found(doc), []);
  });
});

describe('weekday-date-mismatch: the year on the feed\'s clock', () => {
  test('a date without a year is read in the year nearest today: at the end of December, January is next year\'s', () => {
    const dec28 = Date.parse('2026-12-28T12:00:00Z');
    assert.deepEqual(inText('Friday 1 January', 'en', dec28), []);
    assert.deepEqual(inText('Thursday 1 January', 'en', dec28).map((x) => x.message), ['“Thursday 1 January”: 1 January is a Friday']);
    // Half a year away either year may be meant: 4 June 2027 is a Friday, 4 June 2026 a Thursday.
    assert.deepEqual(inText('Friday 4 June'), []);
    assert.deepEqual(inText('Thursday 4 June'), []);
  });
});

describe('weekday-date-mismatch at clearline lint', () => {
  test('`clearline lint` names it and exits 2', async () => {
    await withCliDir('clearline-weekday-', async (dir, run) => {
      writeFileSync(join(dir, 'feed.json'), JSON.stringify(strikeFeed({ en: 'The strike runs from 07:00 on Thursday 18 December.', nl: 'De staking begint donderdag 17 december om 07:00.' })));
      const r = run('lint', 'feed.json', '--lang', 'en');
      assert.equal(r.status, 2, r.stdout + r.stderr);
      assert.match(r.stdout + r.stderr, /incidents\/0\/known\/en .*“Thursday 18 December” in "known": 18 December is a Friday \[weekday-date-mismatch\]/);
      assert.match(r.stdout + r.stderr, /Did you mean Thursday 17 December or Friday 18 December\?/);
    }, { now: NOW, tz: LONDON });
  });
});
