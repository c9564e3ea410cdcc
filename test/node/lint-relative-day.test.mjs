// A bus operator wrote the evening before a strike "Morgen rijden de bussen niet"; the heartbeat
// re-signed the feed every few minutes, so on the strike day itself readers still read "morgen" as
// the day after the strike, and nothing warned the desk. Lint now warns (relative-day-stale) when an
// incident's text names a day relative to when it was written and that calendar day, in the feed's
// zone, is over. Every clock here is injected; nothing depends on the time these tests run.
import { test, describe, after } from 'node:test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import assert from 'node:assert/strict';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { lintCleanFeed } from './lint-feed.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { lintDocument, formatFinding } = await import(pathToFileURL(join(ROOT, 'dist/lint.js')).href);

const AMS = 'Europe/Amsterdam';
const MIN = 60_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The strike feed: written `written`, linted at `now`; texts without relative words unless given. */
function strikeFeed(now, written, texts = {}) {
  const f = lintCleanFeed(now);
  const inc = f.incidents[0];
  inc.updated_at = iso(written);
  inc.started_at = iso(Math.min(written, now - 60 * MIN));
  inc.title = { nl: 'Staking bij de bussen', en: 'Bus strike' };
  inc.known = { nl: 'De chauffeurs staken.', en: 'The drivers are on strike.' };
  inc.actions[0].who = { nl: 'U reist met de bus', en: 'You travel by bus' };
  for (const [path, value] of Object.entries(texts)) {
    const keys = path.split('/');
    let at = inc;
    for (const k of keys.slice(0, -1)) at = at[k];
    at[keys.at(-1)] = value;
  }
  return f;
}

const stale = (f, now, options = {}) => lintDocument(f, { now, timeZone: AMS, ...options }).filter((x) => x.rule === 'relative-day-stale');

describe('relative-day-stale: "morgen" written yesterday', () => {
  // Wed 2 Dec 21:30 in Amsterdam; read Thu 3 Dec 08:00.
  const written = Date.parse('2026-12-02T20:30:00Z');
  const now = Date.parse('2026-12-03T07:00:00Z');
  const feed = () => strikeFeed(now, written, { title: { nl: 'Morgen rijden de bussen niet', en: 'Tomorrow the buses do not run' } });

  test('warns in each language, naming the word, the field, the day it was written and what to do', () => {
    const [nl] = stale(feed(), now, { lang: 'nl' });
    assert.equal(nl.severity, 'warning');
    assert.equal(nl.path, 'incidents/0/title/nl');
    assert.equal(nl.message, '"Morgen" in "title" is geschreven op wo 2 dec en bedoelde do 3 dec; wie het vandaag (do 3 dec) leest, denkt aan vr 4 dec');
    assert.equal(nl.fix, 'Schrijf de datum in plaats van "Morgen", bijvoorbeeld „op donderdag 3 december”, of werk de tekst bij. Tot dan publiceert elke heartbeat hem opnieuw zoals hij is.');
    const en = stale(feed(), now, { lang: 'en' });
    assert.deepEqual(en.map((x) => x.path), ['incidents/0/title/nl', 'incidents/0/title/en']);
    assert.equal(en[1].message, '"Tomorrow" in "title" was written on Wed 2 Dec and meant Thu 3 Dec; people reading it today (Thu 3 Dec) take it as Fri 4 Dec');
    assert.match(en[1].fix, /^Write the date instead of "Tomorrow", for example "on Thursday 3 December", or update the text\./);
    assert.match(formatFinding(en[1]), /\[relative-day-stale\]/);
  });

  test('at the desk (the studio): the form\'s field names, no heartbeat', () => {
    const [nl, en] = stale(feed(), now, { lang: 'nl', audience: 'desk' });
    assert.equal(nl.message, '"Morgen" in “Titel” is geschreven op wo 2 dec en bedoelde do 3 dec; wie het vandaag (do 3 dec) leest, denkt aan vr 4 dec');
    assert.doesNotMatch(nl.fix + en.fix, /heartbeat|"title"/);
    const desk = stale(strikeFeed(now, written, { known: { nl: 'Vanavond rijden de laatste bussen om 20:00.', en: 'Tonight the last buses leave at 20:00.' } }), now, { lang: 'en', audience: 'desk' });
    assert.equal(desk[1].message, '"Tonight" in “What we know” was written on Wed 2 Dec and meant Wed 2 Dec; people reading it today (Thu 3 Dec) take it as Thu 3 Dec');
  });

  test('a text written today does not warn, the same words and all', () => {
    const today = Date.parse('2026-12-03T06:30:00Z');
    assert.deepEqual(stale(strikeFeed(now, today, { title: { nl: 'Morgen rijden de bussen niet', en: 'Tomorrow the buses do not run' } }), now), []);
    // Nor a text without such a word, written days ago.
    assert.deepEqual(stale(strikeFeed(now, written - 3 * 86_400_000), now), []);
  });

  test('other words: today, yesterday, tonight, this morning, the day after tomorrow; vannacht and last night without a day', () => {
    const cases = [
      ['Vandaag rijden er geen bussen.', 'nl', '"Vandaag" in "known" is geschreven op wo 2 dec en bedoelde wo 2 dec'],
      ['Gisteren begon de staking.', 'nl', '"Gisteren" in "known" is geschreven op wo 2 dec en bedoelde di 1 dec'],
      ['Morgenochtend rijdt lijn 12 weer.', 'nl', '"Morgenochtend" in "known" is geschreven op wo 2 dec en bedoelde do 3 dec'],
      ['Overmorgen rijdt alles weer.', 'nl', 'bedoelde vr 4 dec; wie het vandaag (do 3 dec) leest, denkt aan za 5 dec'],
      ['Vanochtend is er gestaakt.', 'nl', '"Vanochtend" in "known" is geschreven op wo 2 dec'],
      ['Vannacht rijden er geen nachtbussen.', 'nl', '"Vannacht" in "known" is geschreven op wo 2 dec; mensen lezen het vandaag (do 3 dec), op een andere dag'],
      ['The strike started this morning.', 'en', '"this morning" in "known" was written on Wed 2 Dec and meant Wed 2 Dec'],
      ['Buses run again the day after tomorrow.', 'en', '"the day after tomorrow" in "known" was written on Wed 2 Dec and meant Fri 4 Dec'],
      ['The strike began yesterday.', 'en', '"yesterday" in "known" was written on Wed 2 Dec and meant Tue 1 Dec'],
      ['No night buses ran last night.', 'en', '"last night" in "known" was written on Wed 2 Dec; people read it today (Thu 3 Dec), a different day'],
    ];
    for (const [text, lang, message] of cases) {
      const f = strikeFeed(now, written, { [`known/${lang}`]: text });
      const found = stale(f, now, { lang: lang === 'nl' ? 'nl' : 'en' });
      assert.equal(found.length, 1, `${text}: ${JSON.stringify(found)}`);
      assert.equal(found[0].path, `incidents/0/known/${lang}`);
      assert.ok(found[0].message.startsWith(message) || found[0].message.includes(message), `${text}: ${found[0].message}`);
    }
  });

  test('a Belgian Dutch text (nl-BE) is Dutch; a plain string is read in both; other languages are not read', () => {
    const be = strikeFeed(now, written, { known: { 'nl-BE': 'Vanavond rijden er geen bussen.', en: 'No buses this evening.' } });
    assert.deepEqual(stale(be, now).map((x) => x.path), ['incidents/0/known/nl-BE', 'incidents/0/known/en']);
    assert.deepEqual(stale(strikeFeed(now, written, { known: 'Morgen geen bussen.' }), now).map((x) => x.path), ['incidents/0/known']);
    assert.deepEqual(stale(strikeFeed(now, written, { known: 'No buses tomorrow.' }), now).map((x) => x.path), ['incidents/0/known']);
    // "today" in a Dutch text, "morgen" in an English one, "Morgen" in German (Good morning): not this language's word.
    assert.deepEqual(stale(strikeFeed(now, written, { known: { nl: 'De app "Today" werkt niet.', en: 'The "Morgen" depot is closed.', de: 'Guten Morgen: keine Busse.' } }), now), []);
  });
});

describe('relative-day-stale stays quiet where the word is not the writer\'s day', () => {
  const written = Date.parse('2026-12-02T20:30:00Z');
  const now = Date.parse('2026-12-03T07:00:00Z');
  test('"today" in an action is the reader\'s day (as the templates write: "U reist vandaag op deze lijn"); "morgen" there is not', () => {
    const today = strikeFeed(now, written, { 'actions/0/who': { nl: 'U reist vandaag met de bus', en: 'You travel by bus today' }, 'actions/0/label': { nl: 'Plan uw reis vandaag opnieuw', en: 'Plan your journey again today' } });
    assert.deepEqual(stale(today, now), []);
    const tomorrow = strikeFeed(now, written, { 'actions/0/who': { nl: 'U moet morgen naar een van onze locaties', en: 'You are due at one of our sites tomorrow' } });
    const found = stale(tomorrow, now, { lang: 'en', audience: 'desk' });
    assert.deepEqual(found.map((x) => x.path), ['incidents/0/actions/0/who/nl', 'incidents/0/actions/0/who/en']);
    assert.match(found[1].message, /^"tomorrow" in “Who is this for” of action 1 was written on Wed 2 Dec/);
  });

  test('the Dutch morning ("de morgen", "zaterdagmorgen", "\'s morgens", "Goedemorgen") is not tomorrow; a link is not a word', () => {
    for (const nl of ['In de loop van de morgen rijden er weer bussen.', 'Zaterdag morgen rijden er bussen.', 'Op zaterdagmorgen en \'s morgens vroeg rijden er bussen.', 'Goedemorgen, de bussen rijden.', 'Zie [de dienstregeling](https://example.com/vandaag/morgen).', 'Zie https://example.com/vandaag.']) {
      assert.deepEqual(stale(strikeFeed(now, written, { 'known/nl': nl }), now), [], nl);
    }
  });

  test('earlier updates (shown under their own date) are not read; a resolved incident only where readers still see it', () => {
    const history = strikeFeed(now, written);
    history.incidents[0].updates = [{ at: iso(written - 60 * MIN), known: { nl: 'Morgen rijden de bussen niet.', en: 'Tomorrow the buses do not run.' } }];
    assert.deepEqual(stale(history, now), []);
    const resolved = strikeFeed(now, written, { unknown: { nl: 'Of er morgen weer gestaakt wordt.', en: 'Whether there is a strike tomorrow too.' }, 'actions/0/who': { nl: 'U reist morgen', en: 'You travel tomorrow' }, 'known/nl': 'Morgen rijden de bussen weer.' });
    Object.assign(resolved.incidents[0], { phase: 'resolved', resolved_at: iso(written), next_update_at: null });
    assert.deepEqual(stale(resolved, now).map((x) => x.path), ['incidents/0/known/nl'], 'readers of a resolved incident see its title and what we know, not unknown or the actions');
  });

  test('a time written in the future, or not a time, is no reason to warn', () => {
    assert.deepEqual(stale(strikeFeed(now, now + 30 * MIN, { 'known/nl': 'Morgen geen bussen.' }), now), []);
    const bad = strikeFeed(now, written, { 'known/nl': 'Morgen geen bussen.' });
    bad.incidents[0].updated_at = 'gisteren';
    assert.deepEqual(stale(bad, now), []);
  });
});

describe('relative-day-stale: the calendar day in the feed\'s zone, not UTC', () => {
  const text = { title: { nl: 'Morgen rijden de bussen niet', en: 'Tomorrow the buses do not run' } };
  test('written 23:30 in Amsterdam, read 00:30 there: a new day in Amsterdam, the same day in UTC', () => {
    const written = Date.parse('2026-12-02T22:30:00Z'); // Wed 23:30 Amsterdam, Wed 22:30 UTC
    const now = Date.parse('2026-12-02T23:30:00Z'); // Thu 00:30 Amsterdam, Wed 23:30 UTC
    const f = strikeFeed(now, written, text);
    assert.equal(stale(f, now, { timeZone: AMS }).length, 2);
    assert.match(stale(f, now, { timeZone: AMS, lang: 'nl' })[0].message, /geschreven op wo 2 dec .* vandaag \(do 3 dec\)/);
    assert.deepEqual(stale(f, now, { timeZone: 'UTC' }), []);
  });
  test('written 00:10 in Amsterdam (23:10 UTC the day before), read at 01:30 there: the same day in Amsterdam, a new one in UTC', () => {
    const written = Date.parse('2026-12-02T23:10:00Z'); // Thu 00:10 Amsterdam, Wed 23:10 UTC
    const now = Date.parse('2026-12-03T00:30:00Z'); // Thu 01:30 Amsterdam, Thu 00:30 UTC
    const f = strikeFeed(now, written, text);
    assert.deepEqual(stale(f, now, { timeZone: AMS }), []);
    assert.equal(stale(f, now, { timeZone: 'UTC' }).length, 2);
  });
  test('one minute before and after midnight in Amsterdam', () => {
    const written = Date.parse('2026-12-02T12:00:00Z');
    const before = Date.parse('2026-12-02T22:59:00Z'); // Wed 23:59 Amsterdam
    const after = Date.parse('2026-12-02T23:00:00Z'); // Thu 00:00 Amsterdam
    assert.deepEqual(stale(strikeFeed(before, written, text), before), []);
    assert.equal(stale(strikeFeed(after, written, text), after).length, 2);
  });
});

// The desk meets it where it works: lint, sign and the heartbeat job, with the CLI's clock standing
// still (fixed-clock.mjs). The feed is on Amsterdam time: at 00:10 there it is Thursday, while in
// UTC it is still Wednesday 23:10, so the warning comes from the feed's zone, not the machine's.
describe('relative-day-stale at clearline lint, sign and heartbeat', () => {
  const CLI = join(ROOT, 'dist/cli.js');
  const CLOCK = pathToFileURL(join(ROOT, 'test/node/fixed-clock.mjs')).href;
  const dir = mkdtempSync(join(tmpdir(), 'clearline-relative-day-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const cliAt = (now, ...args) => spawnSync(process.execPath, ['--import', CLOCK, CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, CLEARLINE_TEST_NOW: String(now), TZ: 'UTC' } });
  const wednesday = Date.parse('2026-12-02T22:50:00Z'); // Wed 23:50 in Amsterdam
  const thursday = Date.parse('2026-12-02T23:10:00Z'); // Thu 00:10 in Amsterdam, still Wed in UTC

  test('quiet on the evening it was written; at 00:10 lint, sign and heartbeat name it in Dutch and still sign', () => {
    const feed = strikeFeed(wednesday, Date.parse('2026-12-02T20:30:00Z'), { title: { nl: 'Morgen rijden de bussen niet', en: 'Tomorrow the buses do not run' } });
    Object.assign(feed, { time_zone: AMS });
    feed.incidents[0].next_update_at = '2026-12-03T01:00:00Z';
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed, null, 2));
    assert.equal(cliAt(wednesday, 'keygen', '--out', 'k.jwk.json', '--public-out', 'pub.jwk.json').status, 0);

    const evening = cliAt(wednesday, 'lint', 'feed.json');
    assert.equal(evening.status, 0, evening.stderr);
    assert.doesNotMatch(evening.stdout + evening.stderr, /relative-day-stale/);
    const signed = cliAt(wednesday, 'sign', '--key', 'k.jwk.json', 'feed.json', '--out', 'feed.jws.json');
    assert.equal(signed.status, 0, signed.stderr);
    assert.doesNotMatch(signed.stderr, /relative-day-stale/);

    const said = /let op {2}incidents\/0\/title\/nl \(incident "Morgen rijden de bussen niet", id storm\): "Morgen" in "title" is geschreven op wo 2 dec en bedoelde do 3 dec; wie het vandaag \(do 3 dec\) leest, denkt aan vr 4 dec \[relative-day-stale\]\n\s+oplossing: Schrijf de datum in plaats van "Morgen", bijvoorbeeld „op donderdag 3 december”/;
    const beat = cliAt(thursday, 'heartbeat', '--key', 'k.jwk.json', 'feed.jws.json', '--out', 'feed.jws.json');
    assert.equal(beat.status, 0, `a warning does not stop the heartbeat (the feed would expire): ${beat.stderr}`);
    assert.match(beat.stderr, said, beat.stderr);
    assert.match(beat.stderr, /Heartbeat: "lint-air" volgnummer/);
    const payload = JSON.parse(Buffer.from(JSON.parse(readFileSync(join(dir, 'feed.jws.json'), 'utf8')).payload, 'base64url').toString('utf8'));
    assert.equal(payload.issued_at, '2026-12-02T23:10:00Z', 're-signed');

    const morning = cliAt(thursday, 'lint', 'feed.json');
    assert.equal(morning.status, 0, 'a warning: exit 0 without --strict');
    assert.match(morning.stdout + morning.stderr, said);
    assert.equal(cliAt(thursday, 'lint', '--strict', 'feed.json').status, 1);
    const json = JSON.parse(cliAt(thursday, 'lint', '--json', '--lang', 'en', 'feed.json').stdout);
    assert.deepEqual(json.findings.map((f) => [f.rule, f.path]), [['relative-day-stale', 'incidents/0/title/nl'], ['relative-day-stale', 'incidents/0/title/en']]);
    const resigned = cliAt(thursday, 'sign', '--key', 'k.jwk.json', 'feed.json', '--out', 'feed.jws.json');
    assert.equal(resigned.status, 0, resigned.stderr);
    assert.match(resigned.stderr, said);
  });
});
