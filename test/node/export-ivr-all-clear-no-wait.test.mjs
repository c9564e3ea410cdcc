// Trial P (an insurer after a ransomware attack): on Wednesday, after the all-clear had emptied the line's wait (update
// --resolve removes waits with the disruption), `export --to ivr` wrote nothing: "de telefoonlijn "Klantenservice" heeft
// geen verwachte wachttijd … [ivr-no-wait]", so the phone message with the all-clear could not be made until a wait was
// typed in. With nothing open, a line without a wait is no error: the message says no wait. Uses dist/ (npm run build).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { exporters, withCliDir } from './export-kit.mjs';

const NOW = Date.parse('2026-12-16T09:10:00Z');
const feed = (phase) => ({
  type: 'status', version: 1, feed_id: 'zekerheid', time_zone: 'Europe/Amsterdam', publisher: { name: 'Zekerheid', url: 'https://www.zekerheid.example' },
  status_url: 'https://www.zekerheid.example/storing',
  channels: [{ id: 'phone', kind: 'phone', label: { nl: 'Klantenservice' }, href: 'tel:+31302345678' }],
  incidents: [{
    id: 'cyber', title: { nl: 'Mijn Zekerheid en de app werken weer' }, severity: 'major', phase,
    started_at: '2026-12-14T06:40:00Z', updated_at: '2026-12-16T09:00:00Z', ...(phase === 'resolved' ? { resolved_at: '2026-12-16T09:00:00Z' } : {}),
    known: { nl: 'Mijn Zekerheid en de app werken weer sinds 10:00.' }, unknown: { nl: '' }, next_update_at: phase === 'resolved' ? null : '2026-12-16T11:00:00Z',
  }],
});

test('after the all-clear a line without a wait is no ivr-no-wait error; while open it still is', async () => {
  const x = await exporters();
  assert.deepEqual(x.lintChannels(feed('resolved'), ['ivr'], { now: NOW, lang: 'nl' }).filter((f) => f.rule === 'ivr-no-wait'), []);
  assert.equal(x.lintChannels(feed('monitoring'), ['ivr'], { now: NOW, lang: 'nl' }).filter((f) => f.rule === 'ivr-no-wait').length, 1);
  await withCliDir('clearline-ivr-all-clear-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed('resolved')));
    const r = run('export', 'feed.json', '--to', 'ivr');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Mijn Zekerheid en de app werken weer/);
    assert.doesNotMatch(r.stdout, /wachttijd/);
  }, { now: NOW, tz: 'Europe/Amsterdam' });
});
