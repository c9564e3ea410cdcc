// A water company exported its boil-water advice with `--category Health`; every CAP receiver was told the event was
// "Storing in de dienstverlening" (a service disruption). The <event> now follows the category, in the alert's language;
// Infra (the default) and Other keep "Storing in de dienstverlening" / "Service disruption". Uses dist/.
import assert from 'node:assert/strict';
import test from 'node:test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exporters, feed, NOW, withCliDir } from './export-kit.mjs';

const x = await exporters();
const event = (category, lang) => /<event>([^<]*)<\/event>/.exec(x.exportCap(feed(), { category, langs: [lang], now: NOW }).alerts.at(-1).text)[1];

test('CAP <event> says what kind of event, by category and language', () => {
  assert.equal(event('Health', 'nl'), 'Gezondheidsadvies');
  assert.equal(event('Health', 'en'), 'Health advice');
  assert.equal(event('Met', 'nl'), 'Noodweer');
  assert.equal(event('Transport', 'en'), 'Transport disruption');
  assert.equal(event('Security', 'nl'), 'Beveiligingsincident');
  assert.equal(event('Infra', 'nl'), 'Storing in de dienstverlening');
  assert.equal(event('Other', 'en'), 'Service disruption');
  assert.equal(event(undefined, 'en'), 'Service disruption', 'the default, Infra');
});

// A municipality's storm desk exported CAP without --category: every receiver got a "Storing in de dienstverlening"
// (Infra) and the desk did not know the option. Now the export says which category it used and which others fit.
test('clearline export --to cap names the category it used when none was given, and refuses an unknown one in the desk\'s words', async () => {
  await withCliDir('clearline-cap-', async (dir, cli) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed()));
    const run = (...a) => cli('export', 'feed.json', '--to', 'cap', '--force', ...a);
    const plain = run();
    assert.match(plain.stderr, /cap: categorie Infra \(nutsvoorzieningen, telecom, IT: gebeurtenis "Storing in de dienstverlening"\); voor een ander soort gebeurtenis geeft u --category, bijvoorbeeld Met bij storm, Health bij een kookadvies/);
    assert.match(run('--lang', 'en').stderr, /cap: category Infra \(utilities, telecom, IT: event "Service disruption"\); for another kind of event give --category, e\.g\. Met for a storm/);
    const met = run('--category', 'Met');
    assert.doesNotMatch(met.stderr, /categorie Infra/, 'not said when chosen');
    assert.match(met.stdout, /<event>Noodweer<\/event>/);
    const bad = run('--category', 'Storm');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--category "Storm" is geen CAP-categorie; geef een van: Geo, Met, Safety/);
  });
});
