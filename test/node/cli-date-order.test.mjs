// Trial T on the command line: a US desk (America/Chicago, English) typed `new incident … --starts "17-12 1:00 AM"`, a
// day-first habit, and was told only "is not a time; use +15m, +1h, …", with no word about the order dates are read in.
// The studio's "Begins later" already said it (date-example.ts). Now --starts and --next-update of `new incident` and
// `update` say the order, that there is no month 17, and the date to type; a start passed or no time at all is said
// as the studio says it, with an example whose day is above 12 (it was the next update's "promise … within 4 hours").
// A Dutch desk hears the same in Dutch. The CLI tests use dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';

// Monday 7 December 2026, 10:00 AM in Chicago; 17:00 in Amsterdam.
const NOW = Date.parse('2026-12-07T16:00:00Z');

test('CLI, a US desk: a day-first date for --starts or --next-update names the month-first order and "no month 17"', async () => {
  await withCliDir('clearline-date-order-us-', async (_dir, run) => {
    const feed = run('new', 'feed', '--feed-id', 'coop', '--publisher', 'Prairie Electric', '--publisher-url', 'www.prairie.example', '--time-zone', 'America/Chicago', '--lang', 'en');
    assert.equal(feed.status, 0, feed.stderr);
    const starts = run('new', 'incident', '--template', 'power', '--id', 'planned', '--starts', '17-12 1:00 AM');
    assert.equal(starts.status, 2, starts.stderr);
    assert.match(starts.stderr, /--starts 17-12 1:00 AM: 17-12 is read month first, and there is no month 17; did you mean December 17\? then type Dec 17 1:00 AM/);
    assert.doesNotMatch(starts.stderr, /is not a time;/);
    const next = run('new', 'incident', '--template', 'power', '--id', 'planned', '--next-update', '13/12 1:00 AM');
    assert.match(next.stderr, /--next-update 13\/12 1:00 AM: 13\/12 is read month first, and there is no month 13; did you mean December 13\?/);
    // A start that has passed: not the next update's "within 4 hours", but a date to come, its day above 12.
    const made = run('new', 'incident', '--template', 'power', '--id', 'planned', '--starts', '12-17 1:00 AM');
    assert.equal(made.status, 0, made.stderr);
    const passed = run('update', 'feed.json', '--incident', 'planned', '--starts', '12-4 1:00 AM');
    assert.equal(passed.status, 2, passed.stderr);
    assert.match(passed.stderr, /--starts 12-4 1:00 AM: “12-4 1:00 AM” is not a time still to come: type a date and time such as 12-13 1:00 AM/);
    assert.doesNotMatch(passed.stderr, /next update/);
    const words = run('update', 'feed.json', '--incident', 'planned', '--starts', 'after the talks');
    assert.match(words.stderr, /--starts after the talks: “after the talks” is not a date and time: type one such as 12-13 1:00 AM/);
  }, { now: NOW, tz: 'America/Chicago' });
});

test('CLI, a Dutch desk: a month-first date is said in Dutch, with the day-first order and "een maand 17 bestaat niet"', async () => {
  await withCliDir('clearline-date-order-nl-', async (_dir, run) => {
    const feed = run('new', 'feed', '--feed-id', 'water', '--publisher', 'Waterbedrijf', '--publisher-url', 'www.water.example', '--time-zone', 'Europe/Amsterdam', '--lang', 'nl');
    assert.equal(feed.status, 0, feed.stderr);
    const starts = run('new', 'incident', '--template', 'water', '--id', 'werk', '--starts', '12-17 01:00');
    assert.equal(starts.status, 2, starts.stderr);
    assert.match(starts.stderr, /--starts 12-17 01:00: 12-17 wordt gelezen met de dag eerst, en een maand 17 bestaat niet; bedoelt u 17 december\? Typ dan 17 dec 01:00/);
    const made = run('new', 'incident', '--template', 'water', '--id', 'werk', '--starts', '17-12 01:00');
    assert.equal(made.status, 0, made.stderr);
    const passed = run('update', 'feed.json', '--incident', 'werk', '--starts', '4-12 01:00');
    assert.match(passed.stderr, /--starts 4-12 01:00: „4-12 01:00” is geen tijd die nog moet komen: typ een datum en tijd zoals 13-12 01:00/);
  }, { now: NOW, tz: 'Europe/Amsterdam' });
});

test('CLI help: the --starts example names its month, not "10-12 00:01" (10 December day first, 12 October month first)', async () => {
  await withCliDir('clearline-date-order-help-', async (_dir, run) => {
    for (const cmd of [['new', 'incident'], ['update']]) {
      const en = run(...cmd, '--help').stdout;
      assert.match(en, /--starts[\s\S]*e\.g\. '10 Dec 00:01'/, cmd.join(' '));
      assert.doesNotMatch(en, /'10-12 00:01'/, cmd.join(' '));
      const nl = run(...cmd, '--help', '--lang', 'nl').stdout;
      assert.match(nl, /bijv\. '10 dec 00:01'/, cmd.join(' '));
      assert.doesNotMatch(nl, /'10-12 00:01'/, cmd.join(' '));
    }
  }, { now: NOW, tz: 'America/Chicago' });
});
