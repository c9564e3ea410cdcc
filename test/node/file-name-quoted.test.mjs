// A desk whose feed is "my feed.json" (a name with a space, as Windows and Mac users give files) was told to run
// `clearline edit feed --status-url … --feed my feed.json`, `clearline lint my feed.json`, and, for a phone line without
// a wait, `clearline edit channel --id phone --wait 0`, which edits feed.json, not the feed checked. Copied as printed,
// each failed. Now every printed command names the file as the shell takes it (lint/shell.ts), and one that edits the
// feed names the file checked; the commands here are run through a shell exactly as printed. Uses dist/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { ROOT } from './export-kit.mjs';

const CLI = join(ROOT, 'dist/cli.js');

function inDir(body) {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-quoted-'));
  const run = (...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, TZ: 'Europe/London' } });
  /** The `clearline …` command in `line` up to `end`, run through sh as printed. */
  const sh = (line, end = /[.;)]?$/) => {
    const command = line.slice(line.indexOf('clearline ')).replace(end, '').replace(/^clearline/, `"${process.execPath}" "${CLI}"`);
    return spawnSync('sh', ['-c', command], { cwd: dir, encoding: 'utf8', env: { ...process.env, TZ: 'Europe/London' } });
  };
  try {
    return body(dir, run, sh);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every line's commands (from its first "clearline ") name `name` only in double quotes. */
function quotedOnly(text, name) {
  for (const line of text.split('\n').filter((l) => l.includes('clearline '))) {
    const commands = line.slice(line.indexOf('clearline '));
    assert.doesNotMatch(commands, new RegExp(`(^|[^"])${name.replace(/\./g, '\\.')}`), line);
  }
}

test('new feed "my feed.json": the next commands name it quoted, and run as printed', () => {
  inDir((dir, run, sh) => {
    const made = run('new', 'feed', '--feed', 'my feed.json', '--feed-id', 'acme-energy', '--lang', 'en', '--publisher', 'Acme Energy', '--publisher-url', 'https://acme.example');
    assert.equal(made.status, 0, made.stderr);
    quotedOnly(made.stdout + made.stderr, 'my feed.json');
    const statusLine = made.stdout.split('\n').find((l) => l.includes('clearline edit feed --status-url'));
    const r = sh(statusLine, /, so the SMS.*$/);
    assert.equal(r.status, 0, `${statusLine}\n${r.stderr}`);
    assert.equal(JSON.parse(readFileSync(join(dir, 'my feed.json'), 'utf8')).status_url, 'https://acme.example/status');
    const studio = made.stdout.split('\n').find((l) => l.includes('clearline studio'));
    assert.match(studio, /clearline studio "my feed\.json" --lang en/);
  });
});

test('a phone line without a wait in "my feed.json": lint --for ivr and export --to ivr print the edit command for that file, which runs as printed', () => {
  inDir((dir, run, sh) => {
    const f = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/export/feed.json'), 'utf8'));
    for (const k of ['issued_at', 'expires_at', 'seq']) delete f[k];
    const at = new Date(Date.now() - 60_000).toISOString().replace(/\.\d+Z$/, 'Z');
    Object.assign(f.incidents[0], { started_at: at, updated_at: at, next_update_at: new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z') });
    f.incidents = [f.incidents[0]];
    delete f.channels.find((c) => c.id === 'klantenservice').wait_minutes;
    writeFileSync(join(dir, 'my feed.json'), JSON.stringify(f, null, 2));

    const lint = run('lint', 'my feed.json', '--for', 'ivr', '--lang', 'en');
    assert.match(lint.stdout, /\[ivr-no-wait\]/, lint.stdout + lint.stderr);
    quotedOnly(lint.stdout + lint.stderr, 'my feed.json');
    assert.match(lint.stdout, /clearline edit channel --feed "my feed\.json" --id klantenservice --wait 0, or/);

    // The signed file names the file it was signed from: `clearline edit channel --feed "my feed.jws.json"` is refused.
    assert.equal(run('keygen', '--out', 'k.jwk.json').status, 0);
    const signed = run('sign', '--key', 'k.jwk.json', 'my feed.json', '--out', 'my feed.jws.json');
    assert.equal(signed.status, 0, signed.stderr);
    const lintSigned = run('lint', 'my feed.jws.json', '--for', 'ivr', '--lang', 'en');
    assert.match(lintSigned.stdout, /clearline edit channel --feed "my feed\.json" --id klantenservice --wait 0, or/, lintSigned.stdout);

    const refused = run('export', 'my feed.json', '--to', 'ivr', '--channel', 'klantenservice');
    assert.equal(refused.status, 2, refused.stderr);
    quotedOnly(refused.stderr, 'my feed.json');
    const fix = refused.stderr.split('\n').find((l) => l.includes('--wait 0'));
    const r = sh(fix.slice(0, fix.indexOf(', of ') > 0 ? fix.indexOf(', of ') : fix.indexOf(', or ')), /$/);
    assert.equal(r.status, 0, `${fix}\n${r.stderr}`);
    const spoken = run('export', 'my feed.json', '--to', 'ivr', '--channel', 'klantenservice');
    assert.equal(spoken.status, 0, spoken.stderr);
  });
});

test('heartbeat and verify given the file you edit: the sign, heartbeat and verify commands name files and keys quoted', () => {
  inDir((dir, run) => {
    writeFileSync(join(dir, 'my feed.json'), JSON.stringify({ type: 'status', version: 1, incidents: [], channels: [] }));
    assert.equal(run('keygen', '--out', 'my key.jwk.json').status, 0);
    const hb = run('heartbeat', '--key', 'my key.jwk.json', 'my feed.json');
    assert.match(hb.stderr, /clearline heartbeat --key "my key\.jwk\.json" "my feed\.jws\.json" --out "my feed\.jws\.json"/, hb.stderr);
    assert.match(hb.stderr, /clearline sign --key "my key\.jwk\.json" "my feed\.json" --out "my feed\.jws\.json"/, hb.stderr);
    const verify = run('verify', '--key', 'my key.jwk.json', 'my feed.json');
    assert.match(verify.stderr, /clearline verify --key "my key\.jwk\.json" "my feed\.jws\.json"/, verify.stderr);
    // `new question` now makes a missing folder itself; `edit question` on one names the command that does, quoted.
    const question = run('edit', 'question', '--dir', 'my faq', '--id', 'x', '--answer', 'a');
    assert.match(question.stderr, /clearline new question --dir "my faq"/, question.stderr);
  });
});
