// `clearline export`, `clearline import statuspage|cap` and `clearline lint --for` end to end
// (dist/cli.js): a signed feed is verified first, a plain one linted first; outputs and exit codes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { feed, ROOT } from './export-kit.mjs';

const CLI = join(ROOT, 'dist/cli.js');
// Every run's clock stands still at Monday 7 December 2026, 11:00 in Amsterdam (fixed-clock.mjs): at 23:40 the next
// update, 30 minutes ahead, fell after midnight and the SMS said a different text than the one checked below.
const NOW = Date.parse('2026-12-07T10:00:00Z');
const CLOCK = { NODE_OPTIONS: `--import=${pathToFileURL(join(ROOT, 'test/node/fixed-clock.mjs')).href}`, CLEARLINE_TEST_NOW: String(NOW) };
let dir;
const p = (name) => join(dir, name);
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function cli(...args) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...CLOCK } });
  if (r.error) throw r.error;
  return r;
}
const ok = (r) => (assert.equal(r.status, 0, `exit ${r.status}\n${r.stdout}\n${r.stderr}`), r);

/** The fixture moved to now: the next update 30 minutes ahead, so lint has nothing to refuse. */
function liveFeed() {
  const f = feed();
  const now = NOW;
  for (const k of ['issued_at', 'expires_at', 'seq']) delete f[k];
  const inc = f.incidents[0];
  Object.assign(inc, { started_at: iso(now - 3 * 3_600_000), updated_at: iso(now - 600_000), next_update_at: iso(now + 1_800_000) });
  inc.updates[0].at = iso(now - 3 * 3_600_000);
  inc.updates[1].at = iso(now - 2 * 3_600_000);
  return f;
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'clearline-export-'));
  writeFileSync(p('feed.json'), JSON.stringify(liveFeed(), null, 2));
  ok(cli('keygen', '--out', 'private.jwk.json', '--public-out', 'public.jwk.json'));
  ok(cli('keygen', '--out', 'other.jwk.json', '--public-out', 'other.pub.json'));
  ok(cli('sign', '--key', 'private.jwk.json', 'feed.json', '--out', 'feed.jws.json'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('a signed feed is verified first: no key, a wrong key and a good key', () => {
  const none = cli('export', 'feed.jws.json', '--to', 'sms');
  assert.equal(none.status, 2);
  assert.match(none.stderr, /--public-key/);
  // A Dutch bus desk (trial 2026-12-05) got this in English, while public.jwk.json lay beside the file: now in the
  // feed's language, naming it.
  assert.match(none.stderr, /^clearline export: geef de publieke sleutel die de ondertekende feed controleert \(public\.jwk\.json van keygen\) met --public-key BESTAND \(hier: --public-key public\.jwk\.json\)$/m);
  assert.match(cli('export', 'feed.jws.json', '--to', 'sms', '--lang', 'en').stderr, /give the public key that checks the signed feed \(public\.jwk\.json from keygen\) with --public-key FILE \(here: --public-key public\.jwk\.json\)/);
  const wrong = cli('export', 'feed.jws.json', '--to', 'sms', '--public-key', 'other.pub.json');
  assert.equal(wrong.status, 1);
  assert.match(wrong.stderr, /\[signature\]/);
  assert.equal(wrong.stdout, '', 'nothing is written from an unverified feed');
  const sms = ok(cli('export', 'feed.jws.json', '--to', 'sms', '--public-key', 'public.jwk.json'));
  // Trial W: the phase ("Oorzaak gevonden:") gives way first, here to whom the action is for ("U hebt geen water?").
  assert.equal(sms.stdout, 'Geen water in Utrecht-Oost door gesprongen leiding. U hebt geen water? Haal drinkwater bij het tappunt Biltstraat. https://www.voorbeeldwater.example/storingen\n');
  // The note in the desk's language: the feed's first (Dutch), or the export's --lang.
  assert.match(sms.stderr, /sms: \d+ van 160 tekens \(GSM-7\), 1 bericht/);
  assert.match(ok(cli('export', 'feed.jws.json', '--to', 'sms', '--lang', 'en', '--public-key', 'public.jwk.json')).stderr, /sms: \d+ of 160 characters \(GSM-7\), 1 part/);
  const en = ok(cli('export', 'feed.jws.json', '--to', 'ivr', '--lang', 'en', '--public-key', 'public.jwk.json', '--json'));
  const r = JSON.parse(en.stdout);
  assert.ok(r.fits && r.seconds <= 45 && r.channel === 'klantenservice');
  assert.match(r.text, /Expected wait about 40 minutes: many questions about the outage in Utrecht-Oost\./);
});

test('a plain feed is linted first; lint errors refuse the export unless --force', () => {
  const late = liveFeed();
  late.incidents[0].next_update_at = iso(NOW - 600_000);
  writeFileSync(p('late.json'), JSON.stringify(late));
  const refused = cli('export', 'late.json', '--to', 'social');
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /next-update-past/);
  assert.equal(refused.stdout, '');
  const forced = ok(cli('export', 'late.json', '--to', 'social', '--force'));
  assert.match(forced.stdout, /te laat/);
  assert.match(forced.stdout, /is late/, 'one post per language');
  assert.equal(cli('export', 'feed.json', '--to', 'fax').status, 2);
});

test('export --to ivr refuses what lint --for ivr calls an error in the line it speaks for, unless --force', () => {
  const noWait = JSON.parse(readFileSync(p('feed.json'), 'utf8'));
  delete noWait.channels[1].wait_minutes;
  writeFileSync(p('no-wait.json'), JSON.stringify(noWait));
  assert.equal(cli('lint', 'no-wait.json', '--for', 'ivr').status, 2, 'lint calls it an error');
  for (const to of ['ivr', 'ssml']) {
    const refused = cli('export', 'no-wait.json', '--to', to);
    assert.equal(refused.status, 2, `${to}: ${refused.stderr}`);
    assert.match(refused.stderr, /\[ivr-no-wait\]/);
    assert.match(refused.stderr, /--force/);
    assert.equal(refused.stdout, '', 'no message that promises callers they will be helped shortly');
  }
  // Forced, it says nothing about a wait it does not know: no "U wordt zo geholpen" (trial E: said when queues were longest).
  const forced = ok(cli('export', 'no-wait.json', '--to', 'ivr', '--force')).stdout;
  assert.match(forced, /Fijn dat u wacht\./);
  assert.doesNotMatch(forced, /zo geholpen|wachttijd/i);
  // Signed: the same rule (the feed needs a new signature with the wait).
  ok(cli('sign', '--key', 'private.jwk.json', 'no-wait.json', '--out', 'no-wait.jws.json'));
  assert.equal(cli('export', 'no-wait.jws.json', '--to', 'ivr', '--public-key', 'public.jwk.json').status, 2);
  const noReason = JSON.parse(readFileSync(p('feed.json'), 'utf8'));
  delete noReason.channels[1].reason;
  writeFileSync(p('no-reason.json'), JSON.stringify(noReason));
  // Without a reason the message says the wait alone, and lint says so: no refusal (trial N: a feed the studio published).
  const said = cli('export', 'no-reason.json', '--to', 'ivr');
  assert.equal(said.status, 0, said.stderr);
  assert.match(said.stderr, /\[wait-without-reason\]/);
  assert.match(said.stdout, /Verwachte wachttijd ongeveer \d+ minuten\./);
  // Only the line spoken for: a second line without a wait does not hold up the first one's message.
  const other = JSON.parse(readFileSync(p('feed.json'), 'utf8'));
  other.channels.push({ ...other.channels[1], id: 'zakelijk', wait_minutes: undefined });
  writeFileSync(p('other-line.json'), JSON.stringify(other));
  ok(cli('export', 'other-line.json', '--to', 'ivr', '--channel', 'klantenservice'));
  assert.equal(cli('export', 'other-line.json', '--to', 'ivr', '--channel', 'zakelijk').status, 2);
});

test('every format writes; cap to a folder, atom keeps its entries, email as text or HTML', () => {
  for (const to of ['ivr', 'ssml', 'sms', 'social', 'atom', 'cap', 'html', 'email']) ok(cli('export', 'feed.json', '--to', to, '--lang', 'en', '--out', `out.${to}`));
  assert.match(readFileSync(p('out.ssml'), 'utf8'), /^<speak><lang xml:lang="en-GB">/);
  assert.match(readFileSync(p('out.html'), 'utf8'), /^<!doctype html>\n<html lang="en">/);
  assert.match(readFileSync(p('out.email'), 'utf8'), /^Subject: No water in Utrecht-Oost after a burst main \(Cause identified\)\n/);
  ok(cli('export', 'feed.json', '--to', 'email', '--out', 'mail.html'));
  assert.match(readFileSync(p('mail.html'), 'utf8'), /<h1 id="leiding-utrecht-oost-title">/);
  ok(cli('export', 'feed.json', '--to', 'cap', '--out', 'cap/'));
  // Three for the open incident; none for the one published already resolved (export-cap-published-resolved.test.mjs).
  assert.equal(readdirSync(p('cap')).filter((f) => f.endsWith('.xml')).length, 3);
  const first = ok(cli('export', 'feed.json', '--to', 'atom', '--out', 'status.nl.atom'));
  assert.match(first.stderr, /4 berichten, 4 nieuw/);
  // The next update, as `clearline update` makes it: the current state moves into the history.
  const next = JSON.parse(readFileSync(p('feed.json'), 'utf8'));
  const inc = next.incidents[0];
  inc.updates.unshift({ at: inc.updated_at, known: inc.known, unknown: inc.unknown });
  inc.updated_at = iso(NOW);
  inc.known = { nl: 'De leiding is gerepareerd.', en: 'The main is repaired.' };
  writeFileSync(p('next.json'), JSON.stringify(next));
  const before = readFileSync(p('status.nl.atom'), 'utf8');
  const second = ok(cli('export', 'next.json', '--to', 'atom', '--out', 'status.nl.atom'));
  assert.match(second.stderr, /5 berichten, 1 nieuw/);
  const afterText = readFileSync(p('status.nl.atom'), 'utf8');
  for (const e of before.match(/<entry>[^]*?<\/entry>/g)) assert.ok(afterText.includes(e), 'old entries unchanged');
});

test('import statuspage and cap: a feed with placeholders that lint refuses', () => {
  for (const [kind, file] of [['statuspage', 'statuspage-summary.json'], ['statuspage', 'statuspage-incidents.json'], ['cap', 'cap-alert.xml']]) {
    const r = ok(cli('import', kind, join(ROOT, 'test/fixtures/import', file), '--out', `imported-${file}.json`));
    // In the desk's language (import-command.ts): the CAP fixture is Dutch first; a Statuspage export's texts name no
    // language, so the Dutch feed.json in this folder says it.
    assert.match(r.stderr, /^\d+ incident(en)? geïmporteerd in /);
    const lint = cli('lint', `imported-${file}.json`);
    assert.equal(lint.status, 2, `${file}: lint refuses the import until a person writes the rest\n${lint.stdout}`);
    assert.match(lint.stdout + lint.stderr, /placeholder|next-update-past/);
  }
  const again = cli('import', 'cap', join(ROOT, 'test/fixtures/import/cap-alert.xml'), '--out', 'imported-cap-alert.xml.json');
  assert.equal(again.status, 2, 'an existing file is not overwritten');
  const wrong = cli('import', 'statuspage', join(ROOT, 'test/fixtures/import/cap-alert.xml'));
  assert.equal(wrong.status, 1);
  assert.match(wrong.stderr, /geen geldige JSON/);
});

test('lint --for sms,ivr,social: channel findings beside the document lint, exit 2 on errors', () => {
  const good = ok(cli('lint', 'feed.json', '--for', 'sms,ivr,social', '--json'));
  const report = JSON.parse(good.stdout);
  assert.equal(report.errors, 0);
  const bad = JSON.parse(readFileSync(p('feed.json'), 'utf8'));
  delete bad.channels[1].wait_minutes;
  bad.status_url = 'https://www.voorbeeldwater.example/storingen/utrecht-oost/biltstraat-hoofdleiding';
  bad.incidents[0].title.nl = `💧Geïnformeerd: ${'geen water '.repeat(6)}`; // the emoji makes it UCS-2 (a Dutch ï is written plain: trial W)
  writeFileSync(p('bad.json'), JSON.stringify(bad));
  const plain = cli('lint', '--lang', 'en', 'bad.json');
  const channels = cli('lint', '--lang', 'en', 'bad.json', '--for', 'sms,ivr');
  assert.equal(channels.status, 2);
  assert.match(channels.stdout, /\[ivr-no-wait\]/);
  assert.match(channels.stdout, /\[sms-too-long\]/);
  assert.doesNotMatch(plain.stdout, /ivr-no-wait|sms-too-long/, 'only with --for');
  assert.doesNotMatch(cli('lint', 'bad.json', '--for', 'sms', '--parts', '2').stdout, /sms-too-long/, 'two messages hold it');
  // With --lang nl the channel findings are Dutch too, like the document's.
  const dutch = cli('lint', 'bad.json', '--for', 'sms,ivr', '--lang', 'nl');
  assert.match(dutch.stdout, /de Nederlandse sms kan de titel en de statuslink niet kwijt/);
  assert.match(dutch.stdout, /heeft geen verwachte wachttijd/);
  assert.doesNotMatch(dutch.stdout, /SMS cannot hold|has no expected wait/);
  assert.match(channels.stdout, /the Dutch SMS cannot hold the title/);
  const unknown = cli('lint', 'feed.json', '--for', 'fax');
  assert.equal(unknown.status, 2);
  // The fixture is written nl, en: refused in Dutch, as the rest of lint speaks (lint-for-desk-language.test.mjs).
  assert.match(unknown.stderr, /--for neemt sms, ivr, social/);
});

// A Dutch desk exporting a feed.json it had just broken (a comma gone) read 'feed.json is not valid JSON:
// Expected ',' or '}' after property value in JSON at position 131' and, for a typo in the name, 'cannot
// read the feed nope.json: ENOENT', in English, where every other command says it in Dutch with what to do.
test('export: a missing or broken file is said as the other commands say it, in the feed\'s language or --lang', () => {
  const f = liveFeed();
  writeFileSync(p('kapot.json'), JSON.stringify(f, null, 2).replace('"type": "status",', '"type": "status"'));
  const broken = cli('export', '--to', 'sms', 'kapot.json');
  assert.equal(broken.status, 1);
  assert.match(broken.stderr, /kapot\.json is geen geldige JSON, op regel 3, kolom 3: hier vlak vóór mist een komma/);
  const missing = cli('export', '--to', 'sms', 'nope.json');
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /er is geen bestand nope\.json \(de feed\); controleer de naam en de map waarin u staat/);
  assert.match(cli('export', '--to', 'sms', '--lang', 'en', 'nope.json').stderr, /there is no file nope\.json \(the feed\); check the name and the folder you are in/);
});
