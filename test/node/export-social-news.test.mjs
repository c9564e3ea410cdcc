// Trial W, an Irish gas network (en-IE): at 12:02 the social post said only the first sentence of what we know, "Pressure
// in the gas main is back.", with 85 of its 280 characters free; under the title "No gas in Naas and Newbridge" it read as if
// gas was back, and the update's news was in no post. Now a post about an incident going on takes the next whole sentences
// of what we know while they fit, the news since the previous update first (known-room.ts). Small feed:
// test/fixtures/export/eirgas-1202.json. Uses dist/ for the CLI.
import assert from 'node:assert/strict';
import test from 'node:test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const { knownWithRoom } = await importTs('src/export/known-room.ts');

test('clearline export --to social: the 12:02 post says more than "Pressure in the gas main is back." when it has room (trial W)', async () => {
  await withCliDir('clearline-social-news-', async (dir, cli) => {
    writeFileSync(join(dir, 'feed.json'), readFileSync(join(FIXTURES, 'eirgas-1202.json'), 'utf8'));
    const r = cli('export', 'feed.json', '--to', 'social');
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines[1], 'Pressure in the gas main is back. Engineers have made all 8,500 homes in Naas and Newbridge (Co. Kildare) safe.');
    assert.match(r.stdout, /^Next update 16:00\.$/m, 'the next update stays');
    assert.match(r.stderr, /social \(en-IE\): \d+ of 280 characters$/m);
  }, { now: Date.parse('2026-12-15T12:02:00Z'), tz: 'Europe/Dublin' });
});

test('known-room.ts: the news since the previous update first, whole sentences only, in the text\'s order (nl and en)', () => {
  const nl = {
    updates: [{ at: '2026-12-15T08:00:00Z', known: { nl: 'De druk in de gasleiding is terug. Monteurs hebben o.a. alle woningen in Naas en Newbridge veilig gemaakt.' } }],
  };
  const view = {
    summary: 'De druk in de gasleiding is terug.',
    known: ['De druk in de gasleiding is terug. Monteurs hebben o.a. alle woningen in Naas en Newbridge veilig gemaakt. Het aansteken is begonnen, ca. 60% heeft weer gas.'],
  };
  const upTo = (n) => (k) => k.length <= n;
  // Room for one more sentence: the new one, not the older one before it.
  assert.equal(knownWithRoom(nl, 'nl', view, upTo(100)), 'De druk in de gasleiding is terug. Het aansteken is begonnen, ca. 60% heeft weer gas.');
  // Room for both: in the text's order.
  assert.equal(knownWithRoom(nl, 'nl', view, upTo(400)), view.known[0]);
  // No room: the summary as it was, never a part of a sentence.
  assert.equal(knownWithRoom(nl, 'nl', view, upTo(40)), view.summary);
  // A first update (no history): the next sentences in order, up to the first that does not fit.
  const en = { summary: 'Gas is back.', known: ['Gas is back. Relighting has started, house by house. It will take until Thursday.'] };
  assert.equal(knownWithRoom({}, 'en', en, upTo(60)), 'Gas is back. Relighting has started, house by house.');
});
