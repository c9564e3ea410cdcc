// A UK water company's trial: clock times with two-digit hours where readers and desks see them ("04:00", not "4:00",
// which at 2 a.m. read as 4 am or 4 pm). The --next-update help of update and new incident gives its late-evening
// example that way too, in English and Dutch. Uses dist/cli.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { CLI, feed, folder } from './desk-feed-kit.mjs';

const help = (dir, args) => {
  const r = spawnSync(process.execPath, [CLI, ...args, '--help'], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'UTC' } });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.replace(/\s+/g, ' ');
};

test('--next-update help: "tomorrow 00:30" / "morgen 00:30", not "0:30"', () => {
  const english = folder(feed('en'));
  const dutch = folder(feed('nl'));
  for (const command of [['update'], ['new', 'incident']]) {
    const en = help(english, command);
    assert.match(en, /late in the evening also 'tomorrow 00:30'/, command.join(' '));
    assert.doesNotMatch(en, /'tomorrow 0:30'/);
    assert.doesNotMatch(help(dutch, command), /[^0-9]0:30'/, command.join(' '));
  }
  assert.match(help(dutch, ['update']), /'s avonds laat ook 'morgen 00:30'/);
});
