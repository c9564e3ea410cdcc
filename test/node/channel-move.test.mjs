// Moving a contact channel (feed/channel-edit.ts moveChannel), which the studio's Up / Down buttons use: the order is
// the order readers get, emergency lines first in it. A council put 112 above its own out-of-hours line.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { moveChannel } = await importTs('src/feed/channel-edit.ts');
const { groupChannels } = await importTs('src/feed/channels.ts');

test('one place up or down, a new array; nothing past either end', () => {
  const cs = ['gemeente', 'storingslijn', '112'];
  assert.deepEqual(moveChannel(cs, 2, 'up'), ['gemeente', '112', 'storingslijn']);
  assert.deepEqual(moveChannel(cs, 0, 'down'), ['storingslijn', 'gemeente', '112']);
  assert.deepEqual(moveChannel(cs, 0, 'up'), cs);
  assert.deepEqual(moveChannel(cs, 2, 'down'), cs);
  assert.deepEqual(cs, ['gemeente', 'storingslijn', '112'], 'the input is not changed');
});

test('readers then get 112 before the out-of-hours line', () => {
  const cs = [
    { id: 'gemeente', kind: 'phone', href: 'tel:14038' },
    { id: 'storingslijn', kind: 'phone', href: 'tel:+31381234567', emergency: true },
    { id: '112', kind: 'phone', href: 'tel:112', emergency: true },
  ];
  assert.deepEqual(groupChannels(moveChannel(cs, 2, 'up')).emergency.map((c) => c.id), ['112', 'storingslijn']);
});

test('clearline edit channel --move up: the same move from the terminal; a word other than up or down is refused, the file unchanged', async () => {
  const { spawnSync } = await import('node:child_process');
  const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join, resolve, dirname } = await import('node:path');
  const { fileURLToPath } = await import('node:url');
  const cli = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'dist/cli.js');
  const dir = mkdtempSync(join(tmpdir(), 'clearline-move-'));
  const file = join(dir, 'feed.json');
  const channels = [
    { id: 'gemeente', kind: 'phone', label: { nl: 'Gemeente', en: 'Municipality' }, href: 'tel:14038' },
    { id: 'storingslijn', kind: 'phone', label: { nl: 'Storingslijn', en: 'Out-of-hours line' }, href: 'tel:+31381234567', emergency: true },
    { id: 'alarm', kind: 'phone', label: { nl: 'Alarmnummer 112', en: 'Emergency number 112' }, href: 'tel:112', emergency: true },
  ];
  writeFileSync(file, JSON.stringify({ type: 'status', version: 1, feed_id: 'gemeente', time_zone: 'Europe/Amsterdam', publisher: { name: 'Gemeente', url: 'https://example.nl' }, channels, incidents: [] }, null, 2) + '\n');
  const run = (...a) => spawnSync(process.execPath, [cli, 'edit', 'channel', '--feed', file, ...a], { encoding: 'utf8', timeout: 30_000 });
  const ids = () => JSON.parse(readFileSync(file, 'utf8')).channels.map((c) => c.id);
  const up = run('--id', 'alarm', '--move', 'up');
  assert.equal(up.status, 0, up.stderr);
  assert.deepEqual(ids(), ['gemeente', 'alarm', 'storingslijn']);
  assert.match(up.stdout, /"alarm" is nu kanaal 2 van 3/);
  const before = readFileSync(file, 'utf8');
  const wrong = run('--id', 'alarm', '--move', 'top');
  assert.notEqual(wrong.status, 0);
  assert.match(wrong.stderr, /--move neemt up of down/);
  assert.equal(readFileSync(file, 'utf8'), before);
});
