// Correcting a mistake in the update now published (a typo, a wrong number): the texts are
// replaced in place, nothing goes into the history readers see, `updated_at` keeps its time.
// One logic (feed/update.ts) for `clearline update --correct` and the studio's checkbox.
// The CLI part uses dist/ (run `npm run build` first).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './ts-import.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'dist/cli.js');
const MIN = 60_000;
const NOW = Date.parse('2026-12-01T02:00:00Z');
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const feed = () => ({
  type: 'status',
  version: 1,
  feed_id: 'example-water',
  publisher: { name: 'Example Water', url: 'https://water.example' },
  time_zone: 'Europe/Amsterdam',
  channels: [{ id: 'service', kind: 'phone', label: { en: 'Customer service', nl: 'Klantenservice' }, href: 'tel:+31881234567', wait_minutes: 40 }],
  incidents: [
    {
      id: 'zeist',
      title: { en: 'No tap water in Zeist', nl: 'Geen kraanwater in Zeist' },
      severity: 'major',
      phase: 'identified',
      started_at: iso(NOW - 60 * MIN),
      updated_at: iso(NOW - 10 * MIN),
      known: { en: 'About 3,000 homes have no watre.', nl: 'Zo’n 3.000 woningen hebben geen water.' },
      unknown: { en: 'When the water comes back.', nl: 'Wanneer het water terugkomt.' },
      next_update_at: iso(NOW + 30 * MIN),
      updates: [{ at: iso(NOW - 40 * MIN), known: { en: 'A pipe burst.', nl: 'Een leiding is gesprongen.' } }],
    },
  ],
});
const fixed = { en: 'About 3,000 homes have no water.', nl: 'Zo’n 3.000 woningen hebben geen water.' };

describe('feed/update postUpdate with correct', async () => {
  const { postUpdate } = await importTs('src/feed/update.ts');
  test('replaces the text, keeps updated_at, the next update and the history as they were', () => {
    const before = feed().incidents[0];
    const inc = postUpdate(feed(), 'zeist', { known: fixed, correct: true }, NOW).incidents[0];
    assert.deepEqual(inc.known, fixed);
    assert.equal(inc.updated_at, before.updated_at);
    assert.equal(inc.next_update_at, before.next_update_at);
    assert.deepEqual(inc.updates, before.updates);
    // The same change as news: the mistake would be an earlier update, at a new time.
    const news = postUpdate(feed(), 'zeist', { known: fixed }, NOW).incidents[0];
    assert.equal(news.updates.length, 2);
    assert.equal(news.updated_at, iso(NOW));
  });
  test('refuses a new phase, a resolution or a note, in words', () => {
    assert.throws(() => postUpdate(feed(), 'zeist', { known: fixed, phase: 'monitoring', correct: true }, NOW), /a correction keeps the phase; a new phase is a new update/);
    assert.throws(() => postUpdate(feed(), 'zeist', { known: fixed, resolve: true, correct: true }, NOW), /cannot resolve/);
    assert.throws(() => postUpdate(feed(), 'zeist', { known: fixed, note: 'x', correct: true }, NOW), /no note/);
    assert.doesNotThrow(() => postUpdate(feed(), 'zeist', { known: fixed, phase: 'identified', correct: true }, NOW), 'the same phase is no change');
  });
  test('a resolved incident corrected stays resolved at the time it was resolved, with "unknown" as written', () => {
    const resolved = postUpdate(feed(), 'zeist', { known: { en: 'The watre is back.', nl: 'Het water is terug.' }, resolve: true }, NOW);
    const inc = postUpdate(resolved, 'zeist', { known: { en: 'The water is back.', nl: 'Het water is terug.' }, resolve: true, correct: true }, NOW + 5 * MIN).incidents[0];
    assert.equal(inc.phase, 'resolved');
    assert.equal(inc.resolved_at, iso(NOW));
    assert.equal(inc.updated_at, iso(NOW));
    assert.equal(inc.updates.length, 2, 'the resolution added one entry; the correction none');
    assert.equal(inc.known.en, 'The water is back.');
  });
});

describe('the studio draft: buildFeed with the correction box checked', async () => {
  const { buildFeed, draftFromIncident } = await importTs('src/components/editor/draft.ts');
  const { continueDraft } = await importTs('src/components/editor/continue.ts');
  const langs = ['en', 'nl'];
  test('keeps the promised next update when no new one is chosen, and a save turns the box off', () => {
    const f = feed();
    const d = { ...draftFromIncident(f.incidents[0], langs), correct: true, known: { ...fixed } };
    const out = buildFeed(f, d, langs, f.channels, NOW);
    assert.equal(out.incidents[0].next_update_at, f.incidents[0].next_update_at);
    assert.equal(out.incidents[0].updated_at, f.incidents[0].updated_at);
    assert.equal(continueDraft(d, out, true).correct, false);
    assert.equal(continueDraft(d, out, false).correct, true, 'Apply my edit on top keeps what the person chose');
    // Without the box, the update needs its own next update (none chosen yet: null, which lint refuses).
    assert.equal(buildFeed(f, { ...d, correct: false }, langs, f.channels, NOW).incidents[0].next_update_at, null);
  });
});

describe('clearline update --correct', () => {
  const run = (dir, ...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'UTC' } });
  const withFeed = (fn) => {
    const dir = mkdtempSync(join(tmpdir(), 'clearline-correct-'));
    const f = feed();
    f.incidents[0].next_update_at = iso(Date.now() + 30 * MIN);
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(f, null, 2) + '\n');
    try {
      fn(dir, f);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  test('replaces the text without a new update, and says so', () =>
    withFeed((dir, f) => {
      const r = run(dir, 'update', 'feed.json', '--incident', 'zeist', '--correct', '--lang', 'en,nl', '--known', fixed.en, '--known', fixed.nl);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /corrected texts \(no new update\)/);
      const inc = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents[0];
      assert.deepEqual(inc.known, fixed);
      assert.equal(inc.updated_at, f.incidents[0].updated_at);
      assert.deepEqual(inc.updates, f.incidents[0].updates);
    }));
  test('a typo in one language is corrected with that language alone: the others keep their text (a night desk was told to retype the English)', () =>
    withFeed((dir, f) => {
      const r = run(dir, 'update', 'feed.json', '--incident', 'zeist', '--correct', '--lang', 'en', '--known', fixed.en);
      assert.equal(r.status, 0, r.stderr);
      const inc = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents[0];
      assert.deepEqual(inc.known, fixed, 'the Dutch text is kept as it was');
      assert.deepEqual(inc.unknown, f.incidents[0].unknown);
      assert.equal(inc.updated_at, f.incidents[0].updated_at);
      // News is still refused in one language: the other would keep an old message.
      assert.match(run(dir, 'update', 'feed.json', '--incident', 'zeist', '--lang', 'en', '--known', 'Water is back.').stderr, /known is also written in nl/);
    }));
  test('with --phase it is refused, the file unchanged, and the message says what to do', () =>
    withFeed((dir) => {
      const before = readFileSync(join(dir, 'feed.json'), 'utf8');
      const r = run(dir, 'update', 'feed.json', '--incident', 'zeist', '--correct', '--phase', 'monitoring', '--lang', 'en,nl', '--known', fixed.en, '--known', fixed.nl);
      assert.notEqual(r.status, 0);
      assert.match(r.stderr, /--correct: a correction keeps the phase; a new phase is a new update; leave out --correct to publish it as a new update/);
      assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), before);
    }));
});
