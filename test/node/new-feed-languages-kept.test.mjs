// A municipality's trial: `new feed --lang nl` kept no languages, so the next commands took the clock's nl,en again:
// `new channel --name "Contactformulier"` wrote it as "nl" and as "en", `--hours "24 uur per dag"` was refused ("deze
// feed staat in nl, en"), and so was `new reason --name "Wanneer is het voorbij?"`. Languages named with --lang that are
// not the clock's are now kept as the publisher name's languages (new-feed.ts), which every next command reads
// (languages.ts unwrittenLanguages). The clock's own languages leave the name as typed. Uses dist/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { ROOT } from './export-kit.mjs';

const run = (dir, ...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
const feedIn = (dir) => JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));

function inDir(fn) {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-langs-'));
  try {
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('new feed --lang nl on Amsterdam time: channels, hours and reasons in Dutch only, and lint is clean', () => inDir((dir) => {
  const made = run(dir, 'new', 'feed', '--feed-id', 'gem-waterland', '--publisher', 'Gemeente Waterland', '--publisher-url', 'www.waterland.example', '--time-zone', 'Europe/Amsterdam', '--lang', 'nl');
  assert.equal(made.status, 0, made.stderr);
  assert.deepEqual(feedIn(dir).publisher.name, { nl: 'Gemeente Waterland' });
  const channel = run(dir, 'new', 'channel', '--kind', 'web', '--link', 'www.waterland.example/contact', '--name', 'Contactformulier', '--hours', '24 uur per dag');
  assert.equal(channel.status, 0, channel.stderr);
  const reason = run(dir, 'new', 'reason', '--name', 'Wanneer is het voorbij?');
  assert.equal(reason.status, 0, reason.stderr);
  const feed = feedIn(dir);
  assert.deepEqual([feed.channels[0].label, feed.channels[0].hours], [{ nl: 'Contactformulier' }, { nl: '24 uur per dag' }]);
  assert.deepEqual(feed.contact_reasons[0].label, { nl: 'Wanneer is het voorbij?' });
  const lint = run(dir, 'lint', 'feed.json');
  assert.equal(lint.status, 0, lint.stdout + lint.stderr);
}));

test('the clock\'s own languages (nl,en in Amsterdam, en in London) leave the name as typed', () => inDir((dir) => {
  assert.equal(run(dir, 'new', 'feed', '--feed-id', 'a', '--publisher', 'Voorbeeld', '--publisher-url', 'www.example.nl', '--time-zone', 'Europe/Amsterdam', '--lang', 'nl,en').status, 0);
  assert.equal(feedIn(dir).publisher.name, 'Voorbeeld');
  assert.equal(run(dir, 'new', 'feed', '--feed', 'uk.json', '--feed-id', 'b', '--publisher', 'Northbank', '--publisher-url', 'www.example.co.uk', '--time-zone', 'Europe/London', '--lang', 'en').status, 0);
  assert.equal(JSON.parse(readFileSync(join(dir, 'uk.json'), 'utf8')).publisher.name, 'Northbank');
}));
