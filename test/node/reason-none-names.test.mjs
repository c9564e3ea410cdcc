// `clearline edit reason` on a feed without contact reasons says how to add one. It printed one --name, and on a feed in
// two languages new reason refuses one name for both (e8e447c): the command failed as printed. Now it prints one --name
// per language of the feed, in the desk's language; here it is run through a shell as printed, its "…" filled in.
// Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { ROOT } from './export-kit.mjs';

const CLI = join(ROOT, 'dist/cli.js');

for (const [zone, hint, names, labels] of [
  ['Europe/Amsterdam', /^my feed\.json heeft nog geen contactredenen; voeg er een toe met (clearline new reason --feed "my feed\.json" --name "…" --name "…")$/, ['Mijn afval is niet opgehaald', 'My bin was not emptied'], { nl: 'Mijn afval is niet opgehaald', en: 'My bin was not emptied' }],
  ['Europe/London', /^my feed\.json has no contact reasons yet; add one with (clearline new reason --feed "my feed\.json" --name "…")$/, ['My bin was not emptied'], { en: 'My bin was not emptied' }],
]) {
  test(`edit reason without reasons (${zone}): the command to add one runs as printed`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'clearline-reason-none-'));
    const env = { ...process.env, TZ: zone };
    try {
      const run = (...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', env });
      assert.equal(run('new', 'feed', '--feed', 'my feed.json', '--feed-id', 'gemeente-voorbeeld', '--publisher', 'Voorbeeld', '--publisher-url', 'www.example.com', '--time-zone', zone).status, 0);
      const listed = run('edit', 'reason', '--feed', 'my feed.json');
      assert.equal(listed.status, 0, listed.stderr);
      const printed = hint.exec(listed.stdout.trim());
      assert.ok(printed, listed.stdout);
      // The desk's own words where the hint has "…", one per --name, through sh.
      let i = 0;
      const command = printed[1].replace(/…/g, () => names[i++]).replace(/^clearline/, `"${process.execPath}" "${CLI}"`);
      assert.equal(i, names.length);
      const r = spawnSync('sh', ['-c', command], { cwd: dir, encoding: 'utf8', env });
      assert.equal(r.status, 0, `${command}\n${r.stderr}`);
      assert.deepEqual(JSON.parse(readFileSync(join(dir, 'my feed.json'), 'utf8')).contact_reasons.map((x) => x.label), [labels]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
