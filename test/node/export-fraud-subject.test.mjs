// Trial W, an Irish gas network (en-IE) with a doorstep-fraud warning open beside its gas outage. The gas social post and
// the all-clear SMS carried the fraud action "Do not let them in and do not pay." without its subject: after "Gas back on
// in Naas and Newbridge. Do not turn your meter back on yourself." it reads as "do not let the engineers in", the opposite
// of what homes waiting for a relight must do. Now a line carried over from another incident says whose it is: with its who,
// or after the warning's title when it points elsewhere ("them", "ze"); else it is not carried (fraud-line.ts).
// Small feeds: test/fixtures/export/eirgas-1506.json, eirgas-1718-resolved.json. Uses dist/ for the CLI.
import assert from 'node:assert/strict';
import test from 'node:test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const { fraudLineText } = await importTs('src/export/fraud-line.ts');
const GAS = 'gas-2026-12-15-0610';
const fixture = (name) => readFileSync(join(FIXTURES, name), 'utf8');
/** A line of an SMS or post that tells people not to let someone in, without saying who (after a who's question it says who). */
const BARE = /(?:^|[.!]\s+)Do not let them in/m;

test('clearline export --to social: the gas post says whose "Do not let them in" is (trial W, 15:06)', async () => {
  await withCliDir('clearline-fraud-subject-', async (dir, cli) => {
    writeFileSync(join(dir, 'feed.json'), fixture('eirgas-1506.json'));
    const r = cli('export', 'feed.json', '--to', 'social', '--incident', GAS);
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stdout, BARE, r.stdout);
    // With its who (social-who.ts: "Someone at your door asks for money …? Do not let them in"), or after the warning's title.
    assert.match(r.stdout, /^(?:People posing as Éirgas engineers:|Someone at your door asks for money to relight the gas\?) Do not let them in and do not pay\. Close the door and call the Gardaí on 112 or 999\.$/m);
  }, { now: Date.parse('2026-12-15T15:06:00Z'), tz: 'Europe/Dublin' });
});

test('clearline export --to sms: the gas all-clear never tells everyone "Do not let them in" without whom (trial W, Thu 18:05)', async () => {
  await withCliDir('clearline-fraud-subject-', async (dir, cli) => {
    writeFileSync(join(dir, 'feed.json'), fixture('eirgas-1718-resolved.json'));
    for (const to of ['sms', 'social']) {
      const r = cli('export', 'feed.json', '--to', to, '--incident', GAS);
      assert.equal(r.status, 0, r.stderr);
      assert.doesNotMatch(r.stdout, BARE, `${to}: ${r.stdout}`);
      assert.match(r.stdout, /^Gas back on in Naas and Newbridge\./, to);
    }
  }, { now: Date.parse('2026-12-17T18:05:00Z'), tz: 'Europe/Dublin' });
});

test('fraud-line.ts: a line that points elsewhere is said after its title or with its who (en-IE and nl)', () => {
  const gas = JSON.parse(fixture('eirgas-1506.json')).incidents.find((i) => i.id === 'scam-engineers');
  assert.equal(fraudLineText(gas, 'en-IE', 'all'), 'People posing as Éirgas engineers: Do not let them in and do not pay. Close the door and call the Gardaí on 112 or 999.');
  assert.equal(fraudLineText(gas, 'en-IE', 'first'), 'People posing as Éirgas engineers: Do not let them in and do not pay.');
  assert.match(fraudLineText(gas, 'en-IE', 'who-all'), /^Someone at your door asks for money to relight the gas\? Do not let them in/);
  const nl = {
    id: 'nepmonteurs',
    title: { nl: 'Nepmonteurs aan de deur' },
    actions: [{ label: { nl: 'Laat ze niet binnen en betaal niets. Sluit de deur en bel 112' }, who: { nl: 'Iemand aan de deur vraagt geld' }, urgent: true }],
  };
  assert.equal(fraudLineText(nl, 'nl', 'all'), 'Nepmonteurs aan de deur: Laat ze niet binnen en betaal niets. Sluit de deur en bel 112.');
  assert.equal(fraudLineText(nl, 'nl', 'first'), 'Nepmonteurs aan de deur: Laat ze niet binnen en betaal niets.');
  // A line that names what it is about stays as it was (trial U's bank): "Klik niet op de link, bel niet terug …".
  const phish = { ...nl, title: { nl: "Valse sms'en uit naam van de bank" }, actions: [{ label: { nl: 'Klik niet op de link, bel niet terug en geef niemand uw codes' }, urgent: true }] };
  assert.equal(fraudLineText(phish, 'nl', 'all'), 'Klik niet op de link, bel niet terug en geef niemand uw codes.');
  const untitled = { ...nl, title: { nl: '' } };
  assert.equal(fraudLineText(untitled, 'nl', 'all'), '', 'without a title, such a line only goes with its who');
});
