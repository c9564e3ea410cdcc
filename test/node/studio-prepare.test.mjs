// `clearline studio prepared.json --prepare`: a comms officer writes the organisation's prepared texts in the studio on a
// quiet day. Before, only `new incident --feed prepared.json` and `update` could, and the studio (which signs every save)
// could not keep a [[TODO: …]] for the street: a water company's burst-main text waited for an engineer. The page saves
// the file as it is (no envelope, no key, no --publish-cmd), checked as lint checks prepared texts (lint/prepared.ts), and
// `new incident --prepared prepared.json --like ID` copies what was written. Needs dist/ (run `npm run build` first).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStudio, stopStudios } from './studio-kit.mjs';
import { post } from './studio-api-kit.mjs';

after(stopStudios);

const CLI = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'dist/cli.js');
const run = (dir, ...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
const FEED = { type: 'status', version: 1, feed_id: 'waterbedrijf', publisher: { name: { nl: 'Waterbedrijf Voorbeeld', en: 'Waterbedrijf Voorbeeld' }, url: 'https://www.water.example' }, time_zone: 'Europe/Amsterdam', channels: [], incidents: [] };
const BURST = {
  id: 'burst-main',
  title: { nl: 'Leidingbreuk: geen water in [[TODO: wijk of straat]]', en: 'Burst main: no water in [[TODO: area or street]]' },
  severity: 'major',
  phase: 'identified',
  started_at: '2026-12-07T10:00:00Z',
  updated_at: '2026-12-07T10:00:00Z',
  known: { nl: 'Een hoofdleiding is gesprongen. Flessenwater haalt u bij Sporthal De Bron, Kerkstraat 1.', en: 'A water main has burst. Get bottled water at Sporthal De Bron, Kerkstraat 1.' },
  unknown: { nl: 'Hoe lang het herstel duurt.', en: 'How long the repair takes.' },
  next_update_at: null,
  actions: [{ label: { nl: 'Laat de koude kraan lopen tot het water helder is', en: 'Run the cold tap until the water runs clear' }, urgent: true }],
};

function folder() {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-studio-prepare-'));
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(FEED, null, 2) + '\n');
  return dir;
}

test('studio --prepare: the page is the prepared texts, a save with a placeholder writes prepared.json only, and new incident --prepared copies it', async () => {
  const dir = folder();
  try {
    const { url, line, stop } = await startStudio(dir, ['--prepare', '--port', '0'], {}, 'prepared.json');
    try {
      // Said in the feed beside it's language (Dutch); nothing here is signed or published.
      assert.match(line, /voorbereide teksten in .*prepared\.json: hier wordt niets ondertekend of gepubliceerd/);
      const html = await (await fetch(url)).text();
      assert.match(html, /<clearline-editor [^>]*prepare="prepare"/);
      assert.doesNotMatch(html, /sign-url=|public-key=|prepared-src=/);
      assert.match(html, /<title>Voorbereide teksten: prepared\.json/);
      // Not made yet: it starts with the publisher, zone and languages of the feed.json beside it; the first save makes it.
      const opened = await fetch(new URL('/api/feed', url));
      assert.equal(opened.status, 200);
      assert.equal(opened.headers.get('x-clearline-version'), 'absent');
      const start = await opened.json();
      assert.deepEqual([start.feed_id, start.time_zone, start.publisher], ['prepared', 'Europe/Amsterdam', FEED.publisher]);
      assert.equal(existsSync(join(dir, 'prepared.json')), false);

      const feed = JSON.stringify({ ...start, incidents: [BURST] }, null, 2) + '\n';
      const saved = await post(url, '/api/save', { feed, version: 'absent' });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.deepEqual(saved.body.files, ['prepared.json']);
      assert.equal(readFileSync(join(dir, 'prepared.json'), 'utf8'), feed);
      assert.match(readFileSync(join(dir, 'prepared.json'), 'utf8'), /\[\[TODO: wijk of straat\]\]/);
      assert.deepEqual(readdirSync(dir).sort(), ['feed.json', 'prepared.json']);
      assert.equal(JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents.length, 0);

      // Opened again: the file as saved. A page that opened it before gets "changed since you opened it".
      const again = await fetch(new URL('/api/feed', url));
      assert.equal(await again.text(), feed);
      const stale = await post(url, '/api/save', { feed, version: 'absent' });
      assert.equal(stale.status, 409);
      assert.match(stale.body.message, /prepared\.json is gewijzigd sinds u hem opende/);
      // A problem that is not a placeholder is refused, as lint says it: an empty title cannot be chosen at 2 a.m.
      const untitled = JSON.stringify({ ...start, incidents: [{ ...BURST, title: { nl: '', en: '' } }] });
      const refused = await post(url, '/api/save', { feed: untitled, version: saved.body.version });
      assert.equal(refused.status, 422);
      assert.match(refused.body.message, /los eerst dit op \(een \[\[TODO: …\]\] mag blijven staan\)/);
      assert.equal(readFileSync(join(dir, 'prepared.json'), 'utf8'), feed);
    } finally {
      stop();
    }

    // At 2 a.m.: the text written in the studio is copied into the real feed, its placeholder named to fill in.
    const copied = run(dir, 'new', 'incident', '--prepared', 'prepared.json', '--like', 'burst-main', '--id', 'burst-2026-12-07');
    assert.equal(copied.status, 0, copied.stderr);
    const inc = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents[0];
    assert.deepEqual([inc.id, inc.title, inc.known, inc.phase, inc.actions], ['burst-2026-12-07', BURST.title, BURST.known, 'identified', BURST.actions]);
    assert.match(copied.stdout, /wijk of straat/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('studio --prepare: a key, a publish command or the published feed itself is refused in words, and nothing starts', () => {
  const dir = folder();
  try {
    const key = run(dir, 'studio', 'prepared.json', '--prepare', '--key', 'private.jwk.json');
    assert.equal(key.status, 2);
    assert.match(key.stderr, /--key: voorbereide teksten worden nooit ondertekend of gepubliceerd/);
    const cmd = run(dir, 'studio', '--prepare', '--publish-cmd', 'rsync feed.jws.json web:/var/www/', '--lang', 'en');
    assert.match(cmd.stderr, /--publish-cmd: prepared texts are never signed or published/);
    writeFileSync(join(dir, 'feed.jws.json'), '{}');
    const published = run(dir, 'studio', 'feed.json', '--prepare', '--lang', 'en');
    assert.match(published.stderr, /feed\.json is your published feed \(feed\.jws\.json is beside it\)\. Prepared texts go in a file of their own, which is never published: clearline studio prepared\.json --prepare/);
    assert.notEqual(published.status, 0);
    // A desk told its prepared texts are missing hears of the studio too, not only of commands.
    const missing = run(dir, 'new', 'incident', '--prepared', 'prepared.json', '--id', 'x');
    assert.match(missing.stderr, /prepared\.json bestaat niet\. .*, of schrijf ze in de studio: clearline studio prepared\.json --prepare/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
