// Trial T (a US co-op, ice storm, finding 10): every heartbeat, every 20 minutes, repeated lint's warning "an urgent
// action calls +1 800 555 0199 (24/7 Outage Line), an ordinary line [emergency-channel-missing]" for a feed nobody had
// changed, and a tired desk re-read it each time. Now heartbeat names a warning that does not change with the time once,
// when the feed is signed (sign, lint), and after that only says how many it does not repeat and how to see them;
// a warning that is new since the previous envelope was signed (the line opened at 08:00 without a wait) and a warning
// about what time does to the texts ("binnen het uur", relative-time) are still named. Errors always are. Fixed clocks
// (withCliDir); uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import test from 'node:test';
import { ROOT, withCliDir } from './export-kit.mjs';
import { lintCleanFeed } from './lint-feed.mjs';

const MIN = 60_000;
// 07:40 in Amsterdam: the line (open 08:00–20:00) is still closed, so it needs no wait yet (phone-no-wait).
const SIGNED = Date.parse('2026-12-15T06:40:00Z');

/** The clean feed, its urgent action calling the ordinary line; the line with opening hours and no wait; `first` the desk's language. */
function deskFeed(first) {
  const f = lintCleanFeed(SIGNED);
  f.time_zone = 'Europe/Amsterdam';
  const line = f.channels[0];
  Object.assign(line, { opening_hours: 'Mo-Su 08:00-20:00' });
  delete line.wait_minutes;
  delete line.reason;
  const inc = f.incidents[0];
  inc.next_update_at = new Date(SIGNED + 3 * 60 * MIN).toISOString();
  inc.actions[0] = { ...inc.actions[0], label: { nl: 'Bel ons als u hulp nodig heeft', en: 'Call us if you need help' }, href: 'tel:+31201234567' };
  inc.known.nl += ' Binnen het uur weten we meer.';
  inc.known.en += ' We will know more in about an hour.';
  // The desk's language is the feed's first (desk-lang.ts): English first in every text for an English desk.
  return first === 'en' ? JSON.parse(JSON.stringify(f, (_, v) => (v && typeof v === 'object' && !Array.isArray(v) && 'nl' in v && 'en' in v ? { en: v.en, nl: v.nl } : v))) : f;
}

for (const [lang, note, constant, opened, relative] of [
  ['nl', /1 waarschuwing wordt niet herhaald: die gaat over de inhoud, en die is niet veranderd sinds het ondertekenen\. Bekijken: clearline lint feed\.jws\.json/, /een gewone lijn \(geen noodnummer\) \[emergency-channel-missing\]/, /\[phone-no-wait\]/, /\[relative-time\]/],
  ['en', /1 warning is not repeated: it is about the content, which has not changed since it was signed\. To see it: clearline lint feed\.jws\.json/, /an ordinary line \(no "emergency": true\) \[emergency-channel-missing\]/, /\[phone-no-wait\]/, /\[relative-time\]/],
]) {
  test(`heartbeat does not repeat a warning that does not change with the time (${lang})`, async () => {
    await withCliDir('clearline-heartbeat-repeat-', async (dir, run, env) => {
      // Each command at its own fixed instant.
      const at = (ms, ...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...env, CLEARLINE_TEST_NOW: String(ms) } });
      writeFileSync(join(dir, 'feed.json'), JSON.stringify(deskFeed(lang), null, 2));
      assert.equal(run('keygen', '--out', 'private.jwk.json', '--public-out', 'public.jwk.json').status, 0);
      const sign = run('sign', '--key', 'private.jwk.json', 'feed.json', '--out', 'feed.jws.json');
      assert.equal(sign.status, 0, sign.stderr);
      // Said once, when it is signed.
      assert.match(sign.stderr, constant, sign.stderr);
      assert.doesNotMatch(sign.stderr, opened, sign.stderr);
      assert.match(sign.stderr, relative, sign.stderr);

      // 08:00: the line has opened without a wait (new since it was signed), the feed's content is the same.
      const beat = (ms) => at(ms, 'heartbeat', '--key', 'private.jwk.json', 'feed.jws.json', '--out', 'feed.jws.json');
      const eight = beat(SIGNED + 20 * MIN);
      assert.equal(eight.status, 0, eight.stderr);
      assert.doesNotMatch(eight.stderr, constant, `not said again: ${eight.stderr}`);
      assert.match(eight.stderr, note, eight.stderr);
      assert.match(eight.stderr, opened, `new since it was signed: ${eight.stderr}`);
      assert.match(eight.stderr, relative, `about time: every heartbeat: ${eight.stderr}`);
      assert.match(eight.stderr, /Heartbeat: "lint-air"/);

      // 08:20: the open line's warning was said at 08:00; the relative time still is.
      const later = beat(SIGNED + 40 * MIN);
      assert.equal(later.status, 0, later.stderr);
      assert.doesNotMatch(later.stderr, constant, later.stderr);
      assert.doesNotMatch(later.stderr, opened, later.stderr);
      assert.match(later.stderr, relative, later.stderr);
      assert.match(later.stderr, lang === 'nl' ? /2 waarschuwingen worden niet herhaald: die gaan over de inhoud/ : /2 warnings are not repeated: they are about the content/, later.stderr);

      // lint still names every warning.
      const lint = at(SIGNED + 40 * MIN, 'lint', 'feed.jws.json');
      assert.match(lint.stdout + lint.stderr, constant);
      assert.match(lint.stdout + lint.stderr, opened);
    }, { now: SIGNED, tz: 'UTC' });
  });
}
