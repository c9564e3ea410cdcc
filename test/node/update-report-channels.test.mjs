// Trial Y, a US water utility (en-US, America/Chicago), boil water advisory: after every `clearline update` the CLI told the
// desk "The SMS, the phone message and the social post start with both: "Boil water advisory for ZIP codes 60617, 60619,
// 60633", then "Do not drink tap water in ZIP codes …"", while the SMS carried neither whole ("Boil water advisory for ZIP
// codes 60617... Boil tap water …"). At 6 p.m. the SMS was the 6 a.m. one byte for byte, and the news (the main repaired)
// was in no short channel. Now the update says what each channel starts with as `clearline export` makes it, and when the
// SMS says nothing of the news, so, with `--parts 2` when two parts say it, else where the news is.
// Fixture: test/fixtures/export/riverbend-1226.json (the trial's feed before the 6 p.m. update). Uses dist/ for the CLI.
import assert from 'node:assert/strict';
import test from 'node:test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const { smsNewsSaid, startOf } = await importTs('src/cli/update-report-channels.ts');
const SIX_PM = Date.parse('2026-12-15T00:00:00Z');
const ID = 'water-quality-2026-12-14-0552';
const KNOWN = 'Keep boiling: do not drink tap water in ZIP codes 60617, 60619 and 60633 without boiling it for 1 minute first. The broken main at Elm Ave and 5th St was repaired at 5:15 p.m. Water pressure is back to normal everywhere. The boil water advisory stays in effect until two rounds of lab tests, taken 24 hours apart, show the water is safe. Bottled water pickup continues Tuesday from 8 a.m. to 8 p.m. at Riverbend High School and Eastside Community Center.';
const NEWS = 'The broken main at Elm Ave and 5th St was repaired at 5:15 p.m.';
const LINK = 'https://status.riverbendwater.example';

test('clearline update (6 p.m., trial Y): what each channel starts with is what export writes, and the SMS without the news is said so', async () => {
  await withCliDir('clearline-update-channels-', async (dir, cli) => {
    writeFileSync(join(dir, 'feed.json'), readFileSync(join(FIXTURES, 'riverbend-1226.json'), 'utf8'));
    const before = cli('export', 'feed.json', '--to', 'sms', '--force').stdout; // its next update passed: lint refuses it without --force
    const r = cli('update', 'feed.json', '--incident', ID, '--phase', 'monitoring', '--known', KNOWN, '--next-update', 'tomorrow 10am', '--daily');
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /start with both/, 'the claim no export keeps');
    const sms = cli('export', 'feed.json', '--to', 'sms').stdout.trim();
    const social = cli('export', 'feed.json', '--to', 'social').stdout.trim();
    const ivr = cli('export', 'feed.json', '--to', 'ivr').stdout.trim();
    assert.ok(r.stdout.includes(`As exported now, the SMS "${startOf(sms, LINK)}"; the phone message "${startOf(ivr, LINK)}"; the social post "${startOf(social, LINK)}".`), r.stdout);
    if (sms.includes(NEWS)) return assert.doesNotMatch(r.stdout, /The SMS (repeats|says nothing)/);
    const same = sms === before.trim() ? 'The SMS repeats the previous one word for word: it says nothing of what is new' : 'The SMS says nothing of what is new';
    const where = ['on the website', ...(ivr.includes(NEWS) ? ['in the phone message'] : []), ...(social.includes(NEWS) ? ['in the social post'] : [])];
    const two = cli('export', 'feed.json', '--to', 'sms', '--parts', '2').stdout;
    const then = two.includes(NEWS) ? 'Two SMS parts do: clearline export feed.json --to sms --parts 2' : `What is new is only ${new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(where)}.`;
    assert.ok(r.stdout.includes(`\n${same} ("${NEWS}"). ${then}\n`), r.stdout);
    assert.ok(social.includes(NEWS), 'the social post carries the news (social-news.ts)');
  }, { now: SIX_PM, tz: 'America/Chicago' });
});

test('update-report-channels.ts: the SMS without the news, said plainly in English and Dutch, with --parts 2 when two parts say it', () => {
  const report = (o) => ({ starts: { sms: 'x', ivr: 'y', social: 'z' }, news: ['De leiding is gerepareerd.'], carries: { sms: false, ivr: false, social: true }, smsSame: true, twoParts: false, ...o });
  assert.equal(smsNewsSaid(report({}), 'feed.json', 'nl'), 'De sms herhaalt de vorige woord voor woord: hij zegt niets van wat nieuw is ("De leiding is gerepareerd."). Wat nieuw is, staat alleen op de website en in het bericht op sociale media.');
  assert.equal(smsNewsSaid(report({ smsSame: false, twoParts: true }), 'mijn feed.json', 'nl'), 'De sms zegt niets van wat nieuw is ("De leiding is gerepareerd."). Twee sms-delen wel: clearline export "mijn feed.json" --to sms --parts 2');
  assert.equal(smsNewsSaid(report({ carries: { ivr: true, social: true } }), 'feed.json', 'en'), 'The SMS repeats the previous one word for word: it says nothing of what is new ("De leiding is gerepareerd."). What is new is only on the website, in the phone message and in the social post.');
  assert.equal(smsNewsSaid(report({ carries: { sms: true } }), 'feed.json', 'en'), null, 'the SMS says it');
  assert.equal(smsNewsSaid(report({ news: [] }), 'feed.json', 'en'), null, 'no news');
  assert.equal(startOf(`Title.\nFirst.\n${LINK}`, LINK), 'Title. First.');
  assert.equal(startOf('word '.repeat(40), LINK).length <= 122, true);
});
