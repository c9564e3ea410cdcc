// A bank's night desk, with its fraud line in the feed as the emergency line, filled in the payments template's "Bel direct
// ons fraudenummer en laat uw pas blokkeren" and was told to run `clearline update --incident … --link-action 3 --link
// 0800-1234`: without the feed file the command was refused ("geen feed opgegeven"), and the number was an example, not
// its fraud line. The fix now names feed.json and the feed's own emergency number, and runs as printed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { importTs } from './ts-import.mjs';
const { lintDocument } = await importTs('src/lint/index.ts');

const CLI = join(import.meta.dirname, '../../dist/cli.js');

test('urgent-call-without-number: the command names feed.json and the fraud line as dialled, and runs as printed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-call-link-'));
  const run = (args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'Europe/Amsterdam' } });
  try {
    assert.equal(run(['new', 'incident', '--template', 'payments', '--id', 'pin', '--feed-id', 'bank', '--publisher', 'Bank', '--publisher-url', 'https://bank.example', '--time-zone', 'Europe/Amsterdam']).status, 0);
    assert.equal(run(['new', 'channel', '--kind', 'phone', '--link', '088 123 4567', '--name', 'Fraudelijn', '--name', 'Fraud line', '--emergency', '--reason', 'Pas kwijt?', '--reason', 'Card lost?']).status, 0);
    const feed = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
    for (const a of feed.incidents[0].actions) for (const l of Object.keys(a.label)) a.label[l] = a.label[l].replace(/^\[\[TODO: [^\]]*\]\]\s*/, '');
    const warning = lintDocument(feed, { now: Date.now(), lang: 'nl' }).find((f) => f.rule === 'urgent-call-without-number');
    assert.equal(warning.path, 'incidents/0/actions/2/href');
    const command = /clearline (update feed\.json [^,]*),/.exec(warning.fix)?.[1];
    assert.equal(command, 'update feed.json --incident pin --link-action 3 --link "088 123 4567"');
    // As the desk pastes it: the quoted number is one argument.
    const args = command.match(/"[^"]*"|\S+/g).map((a) => a.replace(/^"|"$/g, ''));
    const r = run(args);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents[0].actions[2].href, 'tel:+31881234567');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
