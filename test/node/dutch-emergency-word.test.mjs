// One Dutch word for a line marked as an emergency line: the studio ticks "Noodnummer (altijd bovenaan)" and lint says
// "noodnummer", but `new channel` answered "noodlijn (staat bovenaan)" and reason-emergency-unnamed "noodlijnen". What the
// desk reads from the CLI, lint and the studio now says "noodnummer" (feed texts such as a desk's "Noodlijn gemeente" are
// its own and not here).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import test from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const files = (dir) => readdirSync(join(ROOT, dir), { recursive: true }).filter((f) => String(f).endsWith('.ts')).map((f) => join(dir, String(f)));

test('the CLI, lint and the studio say "noodnummer", not "noodlijn"', () => {
  const said = [];
  for (const file of ['src/cli', 'src/lint', 'src/components/editor'].flatMap(files)) {
    // Strings only, not comments: a line's code outside // comments.
    readFileSync(join(ROOT, file), 'utf8').split('\n').forEach((line, i) => {
      const code = line.replace(/^\s*(?:\/\/|\*|\/\*).*$/, '');
      if (/\bnoodlijn/i.test(code)) said.push(`${file}:${i + 1}: ${line.trim()}`);
    });
  }
  assert.deepEqual(said, []);
});
