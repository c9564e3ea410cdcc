// A pension fund's desk (walk-through 2026-12-02) added its fraud line with `clearline new channel
// --emergency`. The help said --reason is "why the wait is what it is"; on an emergency line readers see
// it under the number as when to use the line (the studio calls it "When to use this line"), so the desk
// could not tell what to write there. The help of new channel and edit channel now says both. Uses dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

for (const command of [['new', 'channel'], ['edit', 'channel']]) {
  test(`${command.join(' ')} --help: --reason on an emergency line is when to use it`, () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...command, '--help'], { encoding: 'utf8', timeout: 30_000 });
    const line = `${r.stdout}${r.stderr}`.split('\n').find((l) => l.trimStart().startsWith('--reason'));
    assert.ok(line, `${r.stdout}${r.stderr}`);
    assert.match(line, /why the wait is what it is/);
    assert.match(line, /on an emergency line, when to use it/);
  });
}
