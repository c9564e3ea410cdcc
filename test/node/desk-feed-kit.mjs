// A Flemish college's nl,en (or en,nl) feed in a temporary folder, and the CLI run in that folder:
// shared by the desk-language tests of keygen and update --resolve. Folders are removed when the process exits.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/cli.js');
export const run = (dir, ...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
const MIN = 60_000;
export const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function feed(first = 'nl') {
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

const made = [];
process.on('exit', () => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

export function folder(doc) {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-desk-words-'));
  made.push(dir);
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(doc, null, 2) + '\n');
  return dir;
}
