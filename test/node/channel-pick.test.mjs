// Trial N (a heat network at 2 a.m.): `new channel` names phone lines phone, phone-2, phone-3, and the desk exporting the
// fault line's phone message needed `--channel phone-3`, "which nobody remembers". Now --channel (export, update) and
// edit channel --id also take the name readers see. The CLI tests use dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { exporters, ROOT } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const { channelIdFor, channelChoice } = await importTs('src/feed/channel-pick.ts');
const CHANNELS = [
  { id: 'phone', kind: 'phone', label: { nl: 'Klantenservice', en: 'Customer service' } },
  { id: 'phone-2', kind: 'phone', label: { nl: 'Voorranglijn kwetsbare klanten', en: 'Priority line for vulnerable customers' } },
  { id: 'phone-3', kind: 'phone', label: { nl: 'Storingslijn', en: 'Fault line' } },
  { id: 'web', kind: 'web', label: 'Storingskaart' },
];

test('a channel by its id, or by its name in any language and case, whole, its start or a part; never a guess between two', () => {
  assert.equal(channelIdFor(CHANNELS, 'phone-3'), 'phone-3');
  assert.equal(channelIdFor(CHANNELS, 'Storingslijn'), 'phone-3');
  assert.equal(channelIdFor(CHANNELS, ' fault LINE: '), 'phone-3');
  assert.equal(channelIdFor(CHANNELS, 'Voorrang'), 'phone-2', 'its start');
  assert.equal(channelIdFor(CHANNELS, 'kwetsbare'), 'phone-2', 'a part of it');
  assert.equal(channelIdFor(CHANNELS, 'Storings'), undefined, 'Storingslijn and Storingskaart: not a guess');
  assert.equal(channelIdFor(CHANNELS, 'li'), undefined, 'two letters in the middle of a name are no name');
  assert.equal(channelIdFor(CHANNELS, 'Gaslijn'), undefined);
  assert.equal(channelChoice(CHANNELS[2], 'nl'), 'phone-3 (Storingslijn)');
  assert.equal(channelChoice(CHANNELS[2], 'en'), 'phone-3 (Fault line)');
});

const x = await exporters();
const NOW = Date.parse('2026-12-07T01:12:00Z');
const feed = () => ({
  type: 'status', version: 1, feed_id: 'warmtenet', time_zone: 'Europe/Amsterdam', publisher: { name: 'Warmtenet Flevostad', url: 'https://www.warmtenet.example' },
  channels: [
    { ...CHANNELS[0], href: 'tel:+31881234567' },
    { ...CHANNELS[2], href: 'tel:+31881234599', wait_minutes: 40, reason: { nl: 'heel veel telefoontjes', en: 'very many calls' } },
  ],
  incidents: [{
    id: 'warmte', title: { nl: 'Geen verwarming in Flevostad-Noord', en: 'No heating in Flevostad-Noord' }, severity: 'major', phase: 'investigating',
    known: { nl: 'Een hoofdleiding is gesprongen.', en: 'A main pipe has burst.' },
    started_at: '2026-12-07T01:00:00Z', updated_at: '2026-12-07T01:10:00Z', next_update_at: '2026-12-07T05:00:00Z',
  }],
});

test('export --to ivr for the line named "Storingslijn" is the fault line\'s message; an unknown name lists the lines by id and name', () => {
  const byName = x.exportIvr(feed(), { lang: 'nl', channel: 'Storingslijn', now: NOW });
  assert.equal(byName.channel, 'phone-3');
  assert.match(byName.text, /40 minuten/);
  assert.equal(x.exportIvr(feed(), { lang: 'nl', channel: 'phone-3', now: NOW }).text, byName.text);
  assert.throws(() => x.exportIvr(feed(), { lang: 'nl', channel: 'Gaslijn', now: NOW }), /phone \(Klantenservice\), phone-3 \(Storingslijn\)/);
});

test('CLI: update --channel and edit channel --id by the name readers see', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-channel-name-'));
  const run = (...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
  try {
    assert.equal(run('new', 'feed', '--feed-id', 'warmtenet', '--publisher', 'Warmtenet Flevostad', '--publisher-url', 'www.warmtenet.example', '--time-zone', 'Europe/Amsterdam').status, 0);
    assert.equal(run('new', 'channel', '--kind', 'phone', '--link', '088 123 4567', '--name', 'Klantenservice').status, 0);
    assert.equal(run('new', 'channel', '--kind', 'phone', '--link', '088 123 4599', '--name', 'Storingslijn').status, 0);
    const ids = () => JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).channels;
    assert.deepEqual(ids().map((c) => c.id), ['phone', 'phone-2']);
    const edited = run('edit', 'channel', '--id', 'storingslijn', '--wait', '40', '--lang', 'nl,en', '--reason', 'Heel veel telefoontjes', '--reason', 'Very many calls');
    assert.equal(edited.status, 0, edited.stderr);
    assert.equal(ids()[1].wait_minutes, 40);
    assert.equal(run('new', 'incident', '--template', 'cyberattack', '--id', 'aanval').status, 0);
    const updated = run('update', 'feed.json', '--incident', 'aanval', '--channel', 'Storingslijn', '--wait', '55');
    assert.equal(updated.status, 0, updated.stderr);
    assert.equal(ids()[1].wait_minutes, 55);
    assert.equal(ids()[0].wait_minutes, undefined);
    const unknown = run('update', 'feed.json', '--incident', 'aanval', '--channel', 'Gaslijn', '--wait', '5');
    assert.notEqual(unknown.status, 0);
    assert.match(unknown.stderr, /phone \(Klantenservice\), phone-2 \(Storingslijn\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
