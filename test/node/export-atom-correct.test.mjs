// A night desk fixed a wrong number with `clearline update --correct` ("bel 088 123 4576" should be 4567): the page,
// the elements and the SMS said the right number, but `export --to atom` kept every entry it had published byte for
// byte, so feed-reader subscribers kept the wrong number and nothing said so. Now an entry is a snapshot of its
// update (the same whenever it is exported), so one that differs was corrected: it is sent again, <updated> when the
// corrected feed was issued, and the export says so. Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { exporters, feed, ROOT } from './export-kit.mjs';

const x = await exporters();
const entries = (text) => text.match(/<entry>[^]*?<\/entry>/g);
const WRONG = 'Bel voor een tappunt 088 123 4576.';
const RIGHT = 'Bel voor een tappunt 088 123 4567.';

/** The fixture with its first incident's known text (nl) set to `known`, issued at `issued`. */
function withKnown(known, issued) {
  const f = feed();
  f.incidents[0].known.nl = known;
  f.issued_at = issued;
  return f;
}

test('a corrected current text is sent again to Atom subscribers; nothing else changes, and exporting later changes nothing', () => {
  const published = x.exportAtom(withKnown(WRONG, '2026-11-23T08:46:00Z'), { lang: 'nl', now: Date.parse('2026-11-23T08:50:00Z') });
  assert.match(published.text, /088 123 4576/);
  // The same feed exported later (its next update now late, another day): byte for byte the same, nothing "corrected".
  const later = x.exportAtom(withKnown(WRONG, '2026-11-24T08:00:00Z'), { lang: 'nl', now: Date.parse('2026-11-24T09:00:00Z'), previous: published.text });
  assert.equal(later.corrected, 0);
  assert.deepEqual(entries(later.text), entries(published.text));
  // The correction: same update time, the right number, signed at 09:05.
  const fixed = x.exportAtom(withKnown(RIGHT, '2026-11-23T09:05:00Z'), { lang: 'nl', now: Date.parse('2026-11-23T09:06:00Z'), previous: published.text });
  assert.equal(fixed.corrected, 1);
  assert.equal(fixed.added, 0);
  assert.deepEqual(fixed.ids, published.ids, 'the same entries, the same ids');
  assert.doesNotMatch(fixed.text, /088 123 4576/, 'the wrong number is gone from every entry');
  const entry = entries(fixed.text).find((e) => e.includes('088 123 4567'));
  assert.match(entry, /<published>2026-11-23T08:45:00Z<\/published><updated>2026-11-23T09:05:00Z<\/updated>/, 'published when it was, updated when corrected');
  assert.match(fixed.text, /^<updated>2026-11-23T09:05:00Z<\/updated>$/m, 'the feed is updated then too');
  const others = (t) => entries(t).filter((e) => !/088 123 45/.test(e));
  assert.deepEqual(others(fixed.text), others(published.text), 'the other entries are kept byte for byte');
  // Exported again from the corrected feed: kept as sent, not sent a third time.
  const again = x.exportAtom(withKnown(RIGHT, '2026-11-23T09:35:00Z'), { lang: 'nl', now: Date.parse('2026-11-23T09:36:00Z'), previous: fixed.text });
  assert.equal(again.corrected, 0);
  assert.equal(again.text, fixed.text.replace(/(<feed[^]*?<updated>)[^<]*/, '$1' + '2026-11-23T09:05:00Z'));
});

test('an unsigned feed.json (update removed issued_at): the changed entry is updated at the export\'s time', () => {
  const published = x.exportAtom(withKnown(WRONG, '2026-11-23T08:46:00Z'), { lang: 'nl', now: Date.parse('2026-11-23T08:50:00Z') });
  const unsigned = withKnown(RIGHT, undefined);
  delete unsigned.issued_at;
  const fixed = x.exportAtom(unsigned, { lang: 'nl', now: Date.parse('2026-11-23T09:07:30Z'), previous: published.text });
  assert.equal(fixed.corrected, 1);
  assert.match(fixed.text, /<published>2026-11-23T08:45:00Z<\/published><updated>2026-11-23T09:07:30Z<\/updated>/);
});

test('a new update is no correction: the earlier entry stays as it was published', () => {
  const f = withKnown(WRONG, '2026-11-23T08:46:00Z');
  const published = x.exportAtom(f, { lang: 'nl', now: Date.parse('2026-11-23T08:50:00Z') });
  const inc = f.incidents[0];
  inc.updates = [{ at: inc.updated_at, known: inc.known, unknown: inc.unknown }, ...inc.updates];
  Object.assign(inc, { updated_at: '2026-11-23T09:50:00Z', next_update_at: '2026-11-23T10:30:00Z', known: { nl: 'De leiding is gerepareerd.', en: 'The main is repaired.' } });
  const next = x.exportAtom(f, { lang: 'nl', now: Date.parse('2026-11-23T09:51:00Z'), previous: published.text });
  assert.equal(next.added, 1);
  assert.equal(next.corrected, 0);
  for (const e of entries(published.text)) assert.ok(next.text.includes(e), 'kept byte for byte');
});

test('clearline export --to atom says how many entries it sent again with corrected text, in the desk\'s language', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-atom-'));
  try {
    const run = (file) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'export', file, '--to', 'atom', '--lang', 'nl', '--out', 'status.nl.atom', '--force'], { cwd: dir, encoding: 'utf8' });
    writeFileSync(join(dir, 'wrong.json'), JSON.stringify(withKnown(WRONG, '2026-11-23T08:46:00Z')));
    writeFileSync(join(dir, 'right.json'), JSON.stringify(withKnown(RIGHT, '2026-11-23T09:05:00Z')));
    const first = run('wrong.json');
    assert.match(first.stderr, /atom \(nl\): \d+ berichten, \d+ nieuw\n/, first.stderr);
    const second = run('right.json');
    assert.match(second.stderr, /atom \(nl\): \d+ berichten, 0 nieuw, 1 opnieuw verstuurd met gewijzigde tekst \(een correctie of een nieuwe tijd voor de volgende update\)\n/, second.stderr);
    assert.match(readFileSync(join(dir, 'status.nl.atom'), 'utf8'), /088 123 4567/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
