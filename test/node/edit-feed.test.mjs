// `clearline edit feed`: a bus company's desk learned after `new feed` that its strike SMS linked to the home page, and
// was told to type "status_url" into feed.json by hand (the studio asks for it only for a feed without an id). Now one
// command sets, changes or removes the status page, the name and the website, in the desk's language; a wrong address
// is refused and nothing written; the feed id stays. Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { ROOT } from './export-kit.mjs';

const run = (dir, ...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
const read = (dir) => JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));

test('edit feed: shows, sets and removes the status page; renames; refuses a wrong address in the desk\'s language', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-edit-feed-'));
  try {
    const made = run(dir, 'new', 'feed', '--feed-id', 'bus-regio', '--publisher', 'Bus Regio', '--publisher-url', 'www.busregio.example', '--time-zone', 'Europe/Amsterdam');
    // The example is on the feed's own website (new-feed-status-example.test.mjs), not www.voorbeeld.nl.
    assert.match(made.stdout, /Heeft u een statuspagina\? Zet het adres erin met clearline edit feed --status-url https:\/\/www\.busregio\.example\/storingen, dan linken/);
    const shown = run(dir, 'edit', 'feed');
    assert.equal(shown.status, 0, shown.stderr);
    assert.match(shown.stdout, /^feed\.json: gepubliceerd door Bus Regio, website https:\/\/www\.busregio\.example, statuspagina geen \(de sms, e-mail en berichten op sociale media linken naar de website\)\./);

    const set = run(dir, 'edit', 'feed', '--status-url', 'www.busregio.example/staking', '--publisher', 'Bus Regio Utrecht');
    assert.equal(set.status, 0, set.stderr);
    assert.equal(set.stdout, 'Gewijzigd in feed.json: statuspagina https://www.busregio.example/staking, naam "Bus Regio Utrecht". Onderteken het bestand om te publiceren.\n');
    assert.deepEqual([read(dir).status_url, read(dir).publisher, read(dir).feed_id], ['https://www.busregio.example/staking', { name: 'Bus Regio Utrecht', url: 'https://www.busregio.example' }, 'bus-regio']);

    const before = readFileSync(join(dir, 'feed.json'), 'utf8');
    for (const [option, bad] of [['--status-url', 'staking pagina'], ['--status-url', 'http://www.busregio.example/staking'], ['--publisher-url', 'ftp://busregio.example']]) {
      const r = run(dir, 'edit', 'feed', option, bad);
      assert.equal(r.status, 2, bad);
      assert.match(r.stderr, new RegExp(`^clearline edit feed: ${option} "${bad.replace(/[./]/g, '\\$&')}": geef een webadres dat begint met https://, bijvoorbeeld ${option} https://www\\.voorbeeld\\.nl`));
      assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), before, 'nothing written');
    }

    const gone = run(dir, 'edit', 'feed', '--status-url', 'geen');
    assert.match(gone.stdout, /^Gewijzigd in feed\.json: geen statuspagina/);
    assert.equal(read(dir).status_url, undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('edit feed in English, and a name per language for a feed whose name has languages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-edit-feed-'));
  try {
    run(dir, 'new', 'feed', '--feed-id', 'leeds-water', '--publisher', 'Leeds Water', '--publisher-url', 'www.leedswater.example', '--time-zone', 'Europe/London', '--lang', 'en');
    const r = run(dir, 'edit', 'feed', '--status-url', 'status.leedswater.example');
    assert.equal(r.stdout, 'Changed in feed.json: status page https://status.leedswater.example. Sign the file to publish.\n');
    const two = run(dir, 'edit', 'feed', '--publisher', 'Waterbedrijf Leeds', '--publisher', 'Leeds Water', '--lang', 'nl,en');
    assert.equal(two.status, 0, two.stderr);
    assert.deepEqual(read(dir).publisher.name, { nl: 'Waterbedrijf Leeds', en: 'Leeds Water' });
    assert.match(run(dir, 'edit', 'feed', '--status-url', 'status page').stderr, /--status-url "status page": give a web address starting with https:\/\/, e\.g\. --status-url https:\/\/www\.example\.com\/status; nothing was written/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
