// CLI messages a bank's service desk met in a walk-through (2026-12-01): each says what to do, in
// the feed's clock, without contradicting itself. Uses dist/ (run `npm run build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAt } from './desk-kit.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'dist/cli.js');
// The machine runs in UTC; the bank's feed is in Amsterdam: every time printed must be Amsterdam's.
const run = (dir, ...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'UTC' } });

/** The bank's feed in a fresh folder; with `at`, made with the CLI's clock standing still at that instant. */
function bank(at) {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-msg-'));
  const steps = [
    ['keygen', '--out', 'private.jwk.json', '--public-out', 'public.jwk.json'],
    ['new', 'incident', '--template', 'generic', '--lang', 'en', '--id', 'payments', '--feed-id', 'example-bank', '--publisher', 'Example Bank', '--publisher-url', 'https://bank.example', '--time-zone', 'Europe/Amsterdam'],
  ];
  for (const s of steps) assert.equal((at === undefined ? run(dir, ...s) : runAt(at, dir, ...s)).status, 0, s.join(' '));
  return dir;
}

test('--next-update -30m reaches the time check (not "ambiguous argument" and the whole help)', () => {
  const dir = bank();
  try {
    const r = run(dir, 'update', 'feed.json', '--incident', 'payments', '--next-update', '-30m');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^clearline update: --next-update -30m: "-30m" is not a time; use \+15m/);
    assert.doesNotMatch(r.stderr, /ambiguous|Usage:/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('update names the next update once, in the feed\'s zone', () => {
  const dir = bank();
  try {
    const r = run(dir, 'update', 'feed.json', '--incident', 'payments', '--known', 'Card payments fail since 15:10.', '--next-update', '+45m');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /: texts, next update (\w{3} \d{1,2} \w{3} )?\d{1,2}:\d\d \(Europe\/Amsterdam\); phase \w+\. Sign it to publish\./);
    assert.equal(r.stdout.match(/next update/g).length, 1, r.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sign and verify print times in the feed\'s zone, not UTC', () => {
  const dir = bank();
  try {
    // --force: the template's placeholders are still there; this test is about the summary line.
    const signed = run(dir, 'sign', '--key', 'private.jwk.json', '--force', 'feed.json', '--out', 'feed.jws.json');
    assert.equal(signed.status, 0, signed.stderr);
    assert.match(signed.stderr, /valid until (\w{3} \d{1,2} \w{3} )?\d{1,2}:\d\d \(Europe\/Amsterdam\), with 1 key\(s\): feed\.jws\.json/);
    const verified = run(dir, 'verify', '--key', 'public.jwk.json', 'feed.jws.json');
    assert.match(verified.stdout, /issued (\w{3} \d{1,2} \w{3} )?\d{1,2}:\d\d, expires (\w{3} \d{1,2} \w{3} )?\d{1,2}:\d\d \(Europe\/Amsterdam; in \d+ min\)/);
    assert.doesNotMatch(signed.stderr + verified.stdout, /\d\d:\d\d:\d\dZ/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('export without the public key asks for --public-key, the option it has', () => {
  const dir = bank();
  try {
    run(dir, 'sign', '--key', 'private.jwk.json', '--force', 'feed.json', '--out', 'feed.jws.json');
    const r = run(dir, 'export', 'feed.jws.json', '--to', 'sms');
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /give the public key that checks the signed feed \(public\.jwk\.json from keygen\) with --public-key FILE/);
    assert.doesNotMatch(r.stderr, /--key FILE/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sign: a status feed stays valid until an hour after the promised next update (a water company promising 07:00 at 02:00 is not "outdated" at 03:00)', () => {
  const dir = bank();
  try {
    assert.equal(run(dir, 'update', 'feed.json', '--incident', 'payments', '--next-update', '+3h').status, 0);
    const next = Date.parse(JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents[0].next_update_at);
    assert.equal(run(dir, 'sign', '--key', 'private.jwk.json', '--force', 'feed.json', '--out', 'feed.jws.json').status, 0);
    const payload = JSON.parse(Buffer.from(JSON.parse(readFileSync(join(dir, 'feed.jws.json'), 'utf8')).payload, 'base64url'));
    assert.equal(Date.parse(payload.expires_at), next + 3_600_000);
    // An explicit --valid is kept, with a note that readers will see "outdated" before the update.
    const short = run(dir, 'sign', '--key', 'private.jwk.json', '--force', '--valid', '30m', 'feed.json', '--out', 'short.jws.json');
    assert.equal(short.status, 0, short.stderr);
    assert.match(short.stderr, /note: with --valid 30m the feed is valid until (\w{3} \d{1,2} \w{3} )?\d{1,2}:\d\d, before the next update you promised; from then on readers see "outdated"/);
    const shortPayload = JSON.parse(Buffer.from(JSON.parse(readFileSync(join(dir, 'short.jws.json'), 'utf8')).payload, 'base64url'));
    assert.equal(Date.parse(shortPayload.expires_at) - Date.parse(shortPayload.issued_at), 30 * 60_000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// On a fixed clock: CI at 19:10 UTC (20:10 in Amsterdam) saw "+5h" land after midnight, where the time names its day
// ("on Tue 8 Dec 01:10"), and a test that expected "(HH:MM, …)" failed. Both forms are checked, at 11:00 and at 20:10.
test('update refuses a next update that signing would refuse (over 4 hours away), and leaves feed.json as it was', () => {
  const cases = [
    [Date.parse('2026-12-07T10:00:00Z'), '(16:00, 2026-12-07T16:00:00+01:00)'],
    [Date.parse('2026-12-07T19:10:00Z'), '(on Tue 8 Dec 01:10, 2026-12-08T01:10:00+01:00)'],
  ];
  for (const [now, when] of cases) {
    const dir = bank(now);
    try {
      const before = readFileSync(join(dir, 'feed.json'), 'utf8');
      const r = runAt(now, dir, 'update', 'feed.json', '--incident', 'payments', '--next-update', '+5h');
      assert.equal(r.status, 1);
      assert.ok(
        r.stderr.includes(`not changed; feed.json is unchanged:\nerror   incidents/0/next_update_at (incident "payments"): the next update is 5 hours away ${when}; more than 4 hours of silence makes people call [next-update-too-far]`),
        r.stderr,
      );
      assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});

test('new incident refuses an id with spaces at once, with one it would take', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-msg-'));
  try {
    const r = run(dir, 'new', 'incident', '--template', 'payments', '--lang', 'en', '--id', 'Betalen storing', '--feed-id', 'voorbeeld-bank', '--publisher', 'Voorbeeld Bank', '--publisher-url', 'https://bank.example', '--time-zone', 'Europe/Amsterdam');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--id "Betalen storing": an incident id is letters, digits, "\.", "_" and "-" only \(no spaces\), at most 64, e\.g\. --id betalen-storing; readers never see it/);
    assert.throws(() => readFileSync(join(dir, 'feed.json')), /ENOENT/, 'no feed written');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('update --add-action --link: the action can be tapped; a number is read in the feed\'s country, a bad link is refused before writing', () => {
  const dir = bank();
  try {
    const r = run(dir, 'update', 'feed.json', '--incident', 'payments', '--add-action', 'Call the fraud line if you gave your PIN to anyone', '--urgent', '--link', '088 555 0000');
    assert.equal(r.status, 0, r.stderr);
    const actions = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents[0].actions;
    assert.deepEqual(actions.at(-1), { label: 'Call the fraud line if you gave your PIN to anyone', href: 'tel:+31885550000', urgent: true });
    const before = readFileSync(join(dir, 'feed.json'), 'utf8');
    const bad = run(dir, 'update', 'feed.json', '--incident', 'payments', '--add-action', 'See the FTP site', '--link', 'ftp://bank.example');
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /not changed; feed\.json is unchanged:\nerror\s+incidents\/0\/actions\/\d+\/href \(incident "payments"\): the link ftp:\/\/bank\.example is not https:, mailto: or tel:/);
    assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), before);
    assert.match(run(dir, 'update', 'feed.json', '--incident', 'payments', '--link', 'bank.example').stderr, /--link is for the action added with --add-action/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('update --title: the title changes when it is no longer true ("cards work again"), without moving the texts into the history', () => {
  const dir = bank();
  try {
    const r = run(dir, 'update', 'feed.json', '--incident', 'payments', '--title', 'iDEAL does not work; cards work again');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /: title; phase/);
    const inc = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents[0];
    assert.deepEqual(inc.title, { en: 'iDEAL does not work; cards work again' });
    assert.equal(inc.updates, undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('update without --incident names the feed\'s incidents, and the command for a channel alone', () => {
  const dir = bank();
  try {
    const r = run(dir, 'update', 'feed.json', '--channel', 'phone', '--wait', '5');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /give --incident ID \(in feed\.json: payments\); to change only a channel's wait or reason: clearline edit channel --id ID --wait MIN --reason TEXT/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('lint names the incident a finding is in, not only its number (which shifts when a new incident goes first)', () => {
  const dir = bank();
  try {
    const made = run(dir, 'new', 'incident', '--template', 'outage', '--lang', 'en', '--id', 'cards');
    assert.equal(made.status, 0);
    // new incident lists the new incident's placeholders, and counts the others'.
    assert.match(made.stdout, /Replace the 9 \[\[TODO: …\]\] placeholder\(s\) below \(and 7 in other incidents, which clearline lint lists\)/);
    assert.doesNotMatch(made.stdout, /incidents\/1\//);
    const r = run(dir, 'lint', 'feed.json');
    assert.match(r.stdout, /^error\s+incidents\/0\/title\/en \(incident "cards"\): /m);
    assert.match(r.stdout, /^error\s+incidents\/1\/title\/en \(incident "payments"\): /m);
    const nl = run(dir, 'lint', 'feed.json', '--lang', 'nl');
    assert.match(nl.stdout, /^fout\s+incidents\/0\/title\/en \(incident "cards"\): /m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('new incident without --lang in an English-only feed adds an English-only incident, not Dutch placeholders that break every English text', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-msg-'));
  try {
    const first = ['new', 'incident', '--template', 'storm', '--lang', 'en', '--id', 'flood', '--feed-id', 'riverside-flood', '--publisher', 'Riverside Borough Council', '--publisher-url', 'https://www.riverside.gov.uk', '--time-zone', 'Europe/London'];
    assert.equal(run(dir, ...first).status, 0);
    const r = run(dir, 'new', 'incident', '--template', 'generic', '--id', 'roads');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /from the generic template \(en\)\./);
    const feed = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
    assert.deepEqual(Object.keys(feed.incidents[0].title), ['en']);
    const lint = run(dir, 'lint', 'feed.json', '--json');
    assert.deepEqual(JSON.parse(lint.stdout).findings.filter((f) => f.rule === 'language-missing').map((f) => f.path), []);
    // --lang still wins, and a new feed keeps the documented nl,en.
    const both = run(dir, 'new', 'incident', '--template', 'generic', '--id', 'bins', '--lang', 'nl,en');
    // Said in Dutch (the feed's first language is now nl): "…uit het sjabloon “Andere verstoring” (generic); talen nl, en."
    assert.match(both.stdout, /\(nl, en\)\.|talen nl, en\./);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('new incident --template flood: a council in a flood gets flood guidance and contact reasons, not storm damage, and no 112 in English', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-msg-'));
  try {
    const r = run(dir, 'new', 'incident', '--template', 'flooding', '--lang', 'en', '--id', 'flood', '--feed-id', 'riverside-flood', '--publisher', 'Riverside Borough Council', '--publisher-url', 'https://www.riverside.gov.uk', '--time-zone', 'Europe/London');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /from the flood template \(en\)\./);
    const feed = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
    const inc = feed.incidents[0];
    assert.equal(inc.phase, 'identified');
    assert.match(inc.known.en, /roads are closed.*bin collections.*rest centre/);
    assert.deepEqual(feed.contact_reasons.map((c) => c.id), ['danger', 'water-home', 'leave-home', 'roads-services']);
    assert.doesNotMatch(JSON.stringify(feed), /storm|112/i);
    assert.match(run(dir, 'new', 'incident', '--help').stdout, /flood \(flooding \(river, sea or heavy rain\)\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('update --from in an English-only feed: no "## en" heading needed, and never told to write "## nl"', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-msg-'));
  try {
    const first = ['new', 'incident', '--template', 'generic', '--lang', 'en', '--id', 'flood', '--feed-id', 'riverside-flood', '--publisher', 'Riverside Borough Council', '--publisher-url', 'https://www.riverside.gov.uk', '--time-zone', 'Europe/London'];
    assert.equal(run(dir, ...first).status, 0);
    writeFileSync(join(dir, 'update.md'), '### known\nThe water is going down. Mill Lane has reopened.\n### unknown\nWhen bin collections restart.\n');
    const r = run(dir, 'update', 'feed.json', '--incident', 'flood', '--from', 'update.md', '--next-update', '+30m');
    assert.equal(r.status, 0, r.stderr);
    const inc = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents[0];
    assert.deepEqual(inc.known, { en: 'The water is going down. Mill Lane has reopened.' });
    assert.deepEqual(inc.unknown, { en: 'When bin collections restart.' });
    // An empty file: the message names the feed's language.
    writeFileSync(join(dir, 'empty.md'), '\n');
    const empty = run(dir, 'update', 'feed.json', '--incident', 'flood', '--from', 'empty.md');
    assert.match(empty.stderr, /write "## en"/);
    assert.doesNotMatch(empty.stderr, /## nl/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// A government login outage walk-through (2026-12-02): a desk officer typed texts and numbers without
// quotes; the shell split them and the CLI published the first word ("De") and dropped the rest.
test('words no option takes are refused with the quoted form, and the feed is unchanged', () => {
  const dir = bank();
  try {
    const before = readFileSync(join(dir, 'feed.json'), 'utf8');
    const r = run(dir, 'update', 'feed.json', '--incident', 'payments', '--known', 'De', 'site', 'werkt', 'niet', '--next-update', '+30m');
    assert.equal(r.status, 2, r.stdout);
    assert.match(r.stderr, /^clearline update: "site werkt niet" is left over: no option takes them\. A text with spaces needs quotes: --known "De site werkt niet"\. Nothing was changed\./);
    const channel = run(dir, 'new', 'channel', '--kind', 'phone', '--link', '020', '123', '4567', '--name', 'Helpdesk');
    assert.equal(channel.status, 2);
    assert.match(channel.stderr, /--link "020 123 4567"/);
    assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), before);
    // The file a command takes is still taken.
    assert.match(run(dir, 'lint', 'feed.json', 'feed.json').stderr, /^clearline lint: "feed\.json" is left over/);
    assert.match(run(dir, 'lint', 'feed.json').stdout, /placeholder/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
