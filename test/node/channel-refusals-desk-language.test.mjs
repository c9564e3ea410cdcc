// The refusals of `new channel` and `edit channel` a Dutch desk met in English in a 2 a.m. walk-through: a wait that is no
// number ("--wait abc: give whole minutes…"), a link another channel has, and --id on a feed without channels ("the
// channels: none"). In the feed's language now, English for an English feed. Uses dist/ (npm run build first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAt } from './desk-kit.mjs';

const NOW = Date.UTC(2026, 11, 3, 1, 0);
const run = (dir, ...args) => runAt(NOW, dir, ...args);

function folder(langs, channels) {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-channel-words-'));
  const text = (nl, en) => Object.fromEntries(langs.map((l) => [l, l === 'nl' ? nl : en]));
  writeFileSync(join(dir, 'feed.json'), JSON.stringify({
    type: 'status', version: 1, feed_id: 'water', time_zone: langs[0] === 'nl' ? 'Europe/Amsterdam' : 'Europe/London', publisher: { name: 'Water', url: 'https://water.example' },
    channels: channels ? [
      { id: 'emergency', kind: 'phone', label: text('Alarmnummer', 'Emergency'), href: 'tel:112', emergency: true },
      { id: 'phone', kind: 'phone', label: text('Klantenservice', 'Customer service'), href: 'tel:+31881234567' },
    ] : [],
    incidents: [],
  }, null, 2));
  return dir;
}

test('a Dutch feed: a wait that is no number, a link another channel has, --id without channels: refused in Dutch, nothing written', () => {
  const dir = folder(['nl', 'en'], true);
  try {
    const before = readFileSync(join(dir, 'feed.json'), 'utf8');
    const wait = run(dir, 'edit', 'channel', '--id', 'phone', '--wait', 'abc');
    assert.notEqual(wait.status, 0);
    assert.equal(wait.stderr, 'clearline edit channel: --wait abc: geef hele minuten (0 tot 10080), of "geen" om de wachttijd weg te halen\n');
    const added = run(dir, 'new', 'channel', '--kind', 'chat', '--link', 'https://water.example/chat', '--name', 'Chat', '--wait', '5x');
    assert.equal(added.stderr, 'clearline new channel: --wait 5x: geef hele minuten (0 tot 10080), of "geen" om de wachttijd weg te halen\n');
    const link = run(dir, 'edit', 'channel', '--id', 'phone', '--link', '112');
    assert.equal(link.stderr, 'clearline edit channel: het kanaal "emergency" heeft al tel:112; feed.json is niet gewijzigd\n');
    assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const empty = folder(['nl', 'en'], false);
  try {
    const r = run(empty, 'edit', 'channel', '--id', 'phone', '--wait', '5');
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /^clearline edit channel: feed\.json heeft nog geen kanalen; voeg er een toe met clearline new channel /);
    assert.doesNotMatch(r.stderr, /none/);
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});

test('an English feed: the same refusals in English', () => {
  const dir = folder(['en'], true);
  try {
    assert.equal(run(dir, 'edit', 'channel', '--id', 'phone', '--wait', 'abc').stderr, 'clearline edit channel: --wait abc: give whole minutes (0 to 10080), or "none" to remove the wait\n');
    assert.equal(run(dir, 'edit', 'channel', '--id', 'phone', '--link', '112').stderr, 'clearline edit channel: the channel "emergency" already has tel:112; feed.json is unchanged\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
