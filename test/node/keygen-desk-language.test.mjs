// A Flemish school's desk ran keygen beside its Dutch feed: its embed code carried two English HTML
// comments ("or, for a classic script", "a Help button in the corner of every page") in an
// otherwise Dutch output. They are in the desk's language now. Run `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/cli.js');
const run = (dir, ...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
const MIN = 60_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function feed(first = 'nl') {
  const now = Date.now();
  const two = (nl, en) => (first === 'nl' ? { nl, en } : { en, nl });
  return {
    type: 'status', version: 1, feed_id: 'hogeschool-voorbeeld', publisher: { name: 'Hogeschool Voorbeeld', url: 'https://hogeschool.example' }, time_zone: 'Europe/Brussels',
    channels: [{ id: 'phone', kind: 'phone', label: two('Onthaal', 'Reception'), href: 'tel:+3232001234' }],
    incidents: [{
      id: 'storm', title: two('Storm: campus Hoboken blijft dicht', 'Storm: Hoboken campus stays closed'), severity: 'major', phase: 'identified',
      started_at: iso(now - 90 * MIN), updated_at: iso(now - 60 * MIN),
      known: two('De campus is vandaag dicht door stormschade.', 'The campus is closed today because of storm damage.'),
      unknown: two('Wanneer de campus weer opengaat.', 'When the campus reopens.'),
      next_update_at: iso(now + 60 * MIN),
    }],
  };
}

function folder(doc) {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-desk-words-'));
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(doc, null, 2) + '\n');
  return dir;
}

test('keygen beside a Dutch feed: the embed code\'s comments are Dutch too; beside an English one, English', () => {
  const nl = run(folder(feed('nl')), 'keygen', '--out', 'private.jwk.json');
  assert.equal(nl.status, 0, nl.stderr);
  const comments = nl.stdout.match(/<!--[^]*?-->/g);
  assert.equal(comments.length, 2);
  assert.match(comments[0], /^<!-- of, als klassiek script: <script src="…\/dist\/clearline\.iife\.js" defer><\/script> -->$/);
  assert.match(comments[1], /^<!-- een Help-knop in de hoek van elke pagina/);
  assert.doesNotMatch(nl.stdout, /classic script|Help button|every page/);
  const en = run(folder(feed('en')), 'keygen', '--out', 'private.jwk.json');
  assert.match(en.stdout, /<!-- or, for a classic script: <script/);
  assert.match(en.stdout, /<!-- a Help button in the corner of every page/);
});
