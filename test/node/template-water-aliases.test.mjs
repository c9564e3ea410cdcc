// A British water company's night desk, a main burst in Harrogate, typed `--template burst-main` and then
// `supply-interruption`, the words on its own incident pages, and was refused both times with the list to guess from.
// They name the water template (no water or low pressure), as the Dutch words for it do. (dist/: run `npm run build` first.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';

for (const alias of ['burst-main', 'supply-interruption', 'no-water', 'low-pressure', 'leidingbreuk']) {
  test(`new incident --template ${alias} is the water template`, async () => {
    await withCliDir('clearline-water-alias-', async (dir, run) => {
      const r = run('new', 'incident', '--template', alias, '--id', 'w', '--feed-id', 'dales-water', '--time-zone', 'Europe/London');
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /from the water template/);
      const f = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
      assert.ok(f.contact_reasons.some((x) => x.id === 'no-water'), JSON.stringify(f.contact_reasons));
    });
  });
}
