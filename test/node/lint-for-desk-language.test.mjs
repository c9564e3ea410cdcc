// A municipality's desk (feed written nl, en) ran `lint feed.json --for sms,ivr,email` to check its messages before
// sending, and was answered in English, "--for takes sms, ivr, social (comma-separated); not: email", with no word on the
// e-mail. Now the refusal is in the desk's language, and an export that has no length to check is named with the export
// command that shows it; --parts is refused in Dutch too. Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { ROOT } from './export-kit.mjs';

const run = (dir, ...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });

test('lint --for with an unknown channel: in the desk\'s language, the e-mail pointed to export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-lint-for-'));
  try {
    assert.equal(run(dir, 'new', 'incident', '--template', 'cyberattack', '--id', 'aanval', '--feed', 'gemeente.json', '--feed-id', 'gemeente-heuvelrand', '--publisher', 'Gemeente Heuvelrand', '--publisher-url', 'www.example.nl', '--time-zone', 'Europe/Amsterdam').status, 0);
    const nl = run(dir, 'lint', 'gemeente.json', '--for', 'sms,ivr,email');
    assert.equal(nl.status, 2);
    assert.equal(nl.stderr.trim(), "clearline lint: --for neemt sms, ivr, social (met komma's ertussen); niet: email. Daar is geen lengte te controleren; bekijk het met clearline export gemeente.json --to email");
    assert.equal(run(dir, 'lint', 'gemeente.json', '--for', 'sms,fax').stderr.trim(), "clearline lint: --for neemt sms, ivr, social (met komma's ertussen); niet: fax");
    assert.equal(run(dir, 'lint', 'gemeente.json', '--for', 'sms', '--parts', '0').stderr.trim(), 'clearline lint: --parts moet een heel getal van 1 tot 10 zijn');
    const en = run(dir, 'lint', 'gemeente.json', '--lang', 'en', '--for', 'mail');
    assert.equal(en.stderr.trim(), 'clearline lint: --for takes sms, ivr, social (comma-separated); not: mail. There is no length to check there; look at it with clearline export gemeente.json --to email');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
