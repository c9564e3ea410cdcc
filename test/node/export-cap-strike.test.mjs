// Trial Z, finding 11 (a UK hospital trust's resident doctors' strike, made from the strike template in the studio): the CAP
// alert said <category>Infra</category><event>Service disruption</event>, an infrastructure fault. A strike is none, and
// hits a hospital, a school or a council as much as a utility: without --category it now goes out as Other, event "Strike"
// ("Staking" in Dutch), and the export says so; --category still chooses. Uses dist/.
import assert from 'node:assert/strict';
import test from 'node:test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exporters, feed, NOW, withCliDir } from './export-kit.mjs';

const x = await exporters();
/** The fixture feed with its first incident as one the studio made from the strike template. */
const strikeFeed = (id = 'strike-2026-11-23-0900') => {
  const f = feed();
  f.incidents = [{ ...f.incidents[0], id }];
  return f;
};
const tag = (text, name) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(text)[1];

test('CAP: an incident from the strike template is category Other, event "Strike" / "Staking", without --category', () => {
  for (const [lang, event] of [['en', 'Strike'], ['nl', 'Staking']]) {
    const r = x.exportCap(strikeFeed(), { langs: [lang], now: NOW });
    const text = r.alerts.at(-1).text;
    assert.equal(tag(text, 'category'), 'Other', lang);
    assert.equal(tag(text, 'event'), event, lang);
    assert.deepEqual(r.strike, ['strike-2026-11-23-0900']);
  }
  // A Dutch desk's own id, and --category Other given by hand, say the strike too.
  assert.equal(tag(x.exportCap(strikeFeed('staking-zorg'), { langs: ['nl'], now: NOW }).alerts.at(-1).text, 'event'), 'Staking');
  assert.equal(tag(x.exportCap(strikeFeed(), { category: 'Other', langs: ['en'], now: NOW }).alerts.at(-1).text, 'event'), 'Strike');
  // The desk's --category still chooses; other incidents keep Infra; "strikes" or "striker-…" is no strike template id.
  const health = x.exportCap(strikeFeed(), { category: 'Health', langs: ['en'], now: NOW });
  assert.equal(tag(health.alerts.at(-1).text, 'category'), 'Health');
  assert.deepEqual(health.strike, []);
  assert.equal(tag(x.exportCap(strikeFeed('strikes'), { langs: ['en'], now: NOW }).alerts.at(-1).text, 'category'), 'Infra');
  assert.equal(tag(x.exportCap(feed(), { langs: ['en'], now: NOW }).alerts.at(-1).text, 'event'), 'Service disruption');
});

test('clearline export --to cap says it sent the strike as Other, event "Strike", and how to choose another', async () => {
  await withCliDir('clearline-cap-strike-', async (dir, cli) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(strikeFeed()));
    const en = cli('export', 'feed.json', '--to', 'cap', '--force', '--lang', 'en');
    assert.match(en.stderr, /cap: category Other \(event "Strike"\) for "No water in Utrecht-Oost after a burst main": made from the strike template; give --category to choose another, such as Health for a hospital/);
    assert.doesNotMatch(en.stderr, /category Infra/, 'no alert went out as Infra');
    const nl = cli('export', 'feed.json', '--to', 'cap', '--force');
    assert.match(nl.stderr, /cap: categorie Other \(gebeurtenis "Staking"\) voor .*: gemaakt uit het sjabloon staking/);
  }, { now: NOW });
});
