// A municipality hit by ransomware opened a temporary counter in the library for urgent matters (a death to register).
// Its desk tried `new channel --kind balie` and heard only "geef --kind met een van: phone, chat, email, web, callback",
// with nothing on where a counter goes. Now a kind that names a place people come to says it is no channel and gives the
// add-action command for it (and --kind phone or web for its own number or page). Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { ROOT } from './export-kit.mjs';

const run = (dir, ...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });

test('new channel --kind balie / counter: a place is no channel; the action that says where and when, in the desk\'s language', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-in-person-'));
  try {
    assert.equal(run(dir, 'new', 'feed', '--feed-id', 'gemeente-heuvelrand', '--publisher', 'Gemeente Heuvelrand', '--publisher-url', 'www.example.nl', '--time-zone', 'Europe/Amsterdam').status, 0);
    const kept = readFileSync(join(dir, 'feed.json'), 'utf8');
    const nl = run(dir, 'new', 'channel', '--kind', 'balie', '--link', 'Bibliotheek, Dorpsstraat 12', '--name', 'Tijdelijke balie', '--name', 'Temporary counter');
    assert.equal(nl.status, 2);
    assert.match(nl.stderr, /^clearline new channel: --kind balie: een plek waar mensen langskomen, zoals een balie, is geen kanaal/);
    assert.match(nl.stderr, /clearline update feed\.json --incident ID --add-action "Kom naar de tijdelijke balie in …, open van … tot …" --who "U moet een overlijden aangeven" --urgent/);
    const en = run(dir, 'new', 'channel', '--lang', 'en', '--kind', 'Counter', '--link', 'x', '--name', 'y');
    assert.equal(en.status, 2);
    assert.match(en.stderr, /--kind Counter: a place people come to, such as a counter, is not a channel/);
    // Another unknown kind: the list, as before.
    assert.match(run(dir, 'new', 'channel', '--kind', 'fax', '--link', 'x', '--name', 'y').stderr, /geef --kind met een van: phone, chat, email, web, callback/);
    assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), kept);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// A telecom listed "Get service status texts" as a web channel (trial G): readers got it under "How to reach us" and
// "Long wait? You may not need to call". A kind that names a sign-up says it is an action that can wait.
test('new channel --kind alerts / meldingen: a sign-up is no channel; the action that offers it, in the desk\'s language', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-sign-up-'));
  try {
    assert.equal(run(dir, 'new', 'feed', '--feed-id', 'northline', '--publisher', 'Northline Telecom', '--publisher-url', 'www.example.com', '--time-zone', 'Europe/London', '--lang', 'en').status, 0);
    const kept = readFileSync(join(dir, 'feed.json'), 'utf8');
    const en = run(dir, 'new', 'channel', '--kind', 'text-alerts', '--link', 'www.example.com/alerts', '--name', 'Get service status texts');
    assert.equal(en.status, 2);
    assert.match(en.stderr, /^clearline new channel: --kind text-alerts: a sign-up for status texts or e-mails is not a way to reach you/);
    assert.match(en.stderr, /clearline update feed\.json --incident ID --add-action "Get a text when it is fixed: sign up on our website" --link www\.example\.com\/alerts/);
    const nl = run(dir, 'new', 'channel', '--lang', 'nl', '--kind', 'meldingen', '--link', 'x', '--name', 'y');
    assert.equal(nl.status, 2);
    assert.match(nl.stderr, /--kind meldingen: aanmelden voor sms'jes of e-mails over de status is geen manier om u te bereiken/);
    assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), kept);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
