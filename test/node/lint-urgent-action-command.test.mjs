// A water company's desk, a burst main, removed the template's boil action and read "a major incident has no urgent
// action … marked "Act now" ("urgent": true)": a feed field, and --mark-urgent to be found in --help. On the command line
// the fix now names the command, and the command it names clears the warning; the studio keeps its words.
// (dist/: run `npm run build` first.)
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';

test('urgent-action-missing names clearline update --mark-urgent, which clears it', async () => {
  await withCliDir('clearline-urgent-cmd-', async (dir, run) => {
    const now = Date.now();
    const iso = (m) => new Date(now + m * 60_000).toISOString();
    writeFileSync(join(dir, 'feed.json'), JSON.stringify({
      type: 'status', version: 1, feed_id: 'dales-water', time_zone: 'Europe/London', publisher: { name: 'Dales Water', url: 'https://www.daleswater.example' },
      channels: [{ id: 'web', kind: 'web', label: { en: 'Report a leak' }, href: 'https://www.daleswater.example/leak' }],
      contact_reasons: [{ id: 'no-water', label: { en: 'No water' } }],
      incidents: [{ id: 'burst', title: { en: 'No water in Bilton' }, severity: 'major', phase: 'identified', started_at: iso(-5), updated_at: iso(-5), next_update_at: iso(30),
        known: { en: 'A main burst on Skipton Road.' }, unknown: { en: 'When the repair is done.' },
        actions: [{ label: { en: 'Collect free bottled water at Bilton Community Centre' }, who: { en: 'You live in HG1 2' } }] }],
    }));
    const r = run('lint', 'feed.json');
    assert.match(r.stdout, /clearline update feed\.json --incident burst --mark-urgent N for an action that is there \(1 = the first\), or --add-action "…" --urgent/, r.stdout);
    assert.equal(run('update', 'feed.json', '--incident', 'burst', '--mark-urgent', '1').status, 0);
    assert.doesNotMatch(run('lint', 'feed.json').stdout, /urgent-action-missing/);
  });
});
