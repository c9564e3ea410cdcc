// A Dutch mobile operator's night desk, on a computer on Amsterdam's clock, ran `clearline new feed --feed-id … --publisher
// … --publisher-url …` without --time-zone (the feed took the computer's zone, Europe/Amsterdam): it was answered in
// English and told to open `clearline studio --lang en`. Its next `new incident --template mobile-outagee` (a typo) was
// refused in English too, while the incident it then made was announced in Dutch.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';

const CLI = join(import.meta.dirname, '../../dist/cli.js');

function inDir(tz, body) {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-clock-lang-'));
  const run = (...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: tz } });
  try {
    return body(run, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('new feed on Amsterdam\'s clock without --time-zone speaks Dutch and names the studio with --lang nl', () => {
  inDir('Europe/Amsterdam', (run, dir) => {
    const r = run('new', 'feed', '--feed-id', 'belnet', '--publisher', 'Belnet', '--publisher-url', 'www.belnet.example.nl');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).time_zone, 'Europe/Amsterdam');
    assert.match(r.stdout, /^feed\.json gemaakt: feed "belnet", tijdzone Europe\/Amsterdam/);
    assert.match(r.stdout, /clearline studio --lang nl/);
    assert.doesNotMatch(r.stdout, /Next, before anything happens/);
    // Then a template name typed wrong is refused in Dutch, as the incident it makes is announced.
    const refused = run('new', 'incident', '--template', 'mobile-outagee', '--id', 'm');
    assert.notEqual(refused.status, 0);
    assert.match(refused.stderr, /er is geen sjabloon "mobile-outagee"; geef --template met een van: .*mobile \(mobiel netwerk/);
  });
});

test('on London\'s clock both stay English', () => {
  inDir('Europe/London', (run) => {
    const r = run('new', 'feed', '--feed-id', 'northline', '--publisher', 'Northline', '--publisher-url', 'www.northline.example');
    assert.match(r.stdout, /^Made feed\.json/);
    assert.match(r.stdout, /clearline studio --lang en/);
    assert.match(run('new', 'incident', '--template', 'mobile-outagee', '--id', 'm').stderr, /there is no template "mobile-outagee"/);
  });
});
