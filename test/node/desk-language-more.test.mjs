// The rest of what a Dutch desk meets in `update` speaks Dutch on a Dutch feed, as the rest of update
// does (desk-lang.ts): the mistakes in an `--from update.md` file, `--correct` with a new phase,
// a refused `--next-update`, `--link` without an action, and `keygen` next to the feed. A Dutch
// water company's 2 a.m. walk-through met "u.md line 1: put a language heading such as "## nl" …"
// and "--correct: a correction keeps the phase; … laat --correct weg …". An English feed stays
// English; exit codes stay. Uses dist/ (npm run build first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importTs } from './ts-import.mjs';
import { feed, run, runAt } from './desk-kit.mjs';
import { spawnSync } from 'node:child_process';

const CLI_PATH = join(import.meta.dirname, '../../dist/cli.js');


/** Runs update with an update file holding `text`; returns its exit code and message. */
function from(dir, text) {
  writeFileSync(join(dir, 'u.md'), text);
  const r = run(dir, 'update', 'feed.json', '--incident', 'leiding', '--from', 'u.md');
  return [r.status, r.stderr];
}

test('update --from in a Dutch feed: what is wrong with the file, in Dutch; in an English feed in English', () => {
  const nl = feed('nl,en');
  const en = feed('en');
  try {
    assert.deepEqual(from(nl, '### wat we weten\nDe leiding is gerepareerd.\n'), [2, 'clearline update: u.md regel 1: zet een taalkop zoals "## nl" boven "### wat we weten"\n']);
    assert.deepEqual(from(nl, 'De leiding is gerepareerd.\n'), [2, 'clearline update: u.md regel 1: begin met een taalkop zoals "## nl"\n']);
    assert.deepEqual(from(nl, '## nl\n### weet niet\nx\n'), [2, 'clearline update: u.md regel 2: "### weet niet" is geen onderdeel; gebruik ### wat we weten, ### wat we nog niet weten of ### notitie (of ### known, ### unknown, ### note)\n']);
    assert.deepEqual(from(nl, '# Storing\n'), [2, 'clearline update: u.md regel 1: "# Storing" is geen taalkop; gebruik "## nl", "## en", …\n']);
    assert.deepEqual(from(nl, '\n'), [2, 'clearline update: u.md bevat geen tekst; schrijf "## nl" (of een andere taal) met de tekst eronder\n']);
    const missing = run(nl, 'update', 'feed.json', '--incident', 'leiding', '--from', 'update.md');
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, 'clearline update: er is geen bestand update.md (de updatetekst); controleer de naam en de map waarin u staat\n');
    // English feed: the same mistakes in English.
    assert.deepEqual(from(en, '# Outage\n'), [2, 'clearline update: u.md line 1: "# Outage" is not a language heading; use "## nl", "## en", …\n']);
    assert.deepEqual(from(en, '## en\n### maybe\nx\n'), [2, 'clearline update: u.md line 2: "### maybe" is not a part; use ### known, ### unknown or ### note\n']);
    assert.match(run(en, 'update', 'feed.json', '--incident', 'leiding', '--from', 'update.md').stderr, /there is no file update\.md \(the update text\); check the name/);
  } finally {
    rmSync(nl, { recursive: true, force: true });
    rmSync(en, { recursive: true, force: true });
  }
});

test('update --correct, --next-update and --link in a Dutch feed: refused in Dutch, the exit codes unchanged', () => {
  const nl = feed('nl,en');
  const en = feed('en');
  try {
    const correct = run(nl, 'update', 'feed.json', '--incident', 'leiding', '--correct', '--phase', 'identified', '--lang', 'nl,en', '--known', 'Tikfout verbeterd.', '--known', 'Typo fixed.');
    assert.equal(correct.status, 2);
    assert.equal(correct.stderr, 'clearline update: --correct: een verbetering houdt dezelfde fase; een nieuwe fase is een nieuwe update; laat --correct weg om het als nieuwe update te publiceren\n');
    const note = from(nl, '## nl\n### wat we weten\nTikfout.\n### notitie\nx\n## en\n### known\nTypo.\n');
    assert.equal(note[0], 0, 'without --correct the file is fine');
    writeFileSync(join(nl, 'u.md'), '## nl\n### wat we weten\nTikfout.\n### notitie\nx\n## en\n### known\nTypo.\n');
    assert.match(run(nl, 'update', 'feed.json', '--incident', 'leiding', '--from', 'u.md', '--correct').stderr, /--correct: een verbetering heeft geen notitie; een notitie hoort bij een nieuwe update;/);
    // Times that cannot be read or have passed (a passed one at a fixed clock: not dependent on the time of day).
    const clock = run(nl, 'update', 'feed.json', '--incident', 'leiding', '--next-update', '25:00');
    assert.equal(clock.status, 2);
    assert.equal(clock.stderr, 'clearline update: --next-update 25:00: 25:00 is geen kloktijd; gebruik UU:MM tussen 00:00 en 23:59\n');
    assert.match(run(nl, 'update', 'feed.json', '--incident', 'leiding', '--next-update', 'straks').stderr, /--next-update straks: "straks" is geen tijd; gebruik \+15m, \+1u, een kloktijd zoals 14:30 \(Europe\/Amsterdam\) of een datum en tijd zoals \d{1,2} [a-z]{3} \d{2}:[03]0$/m);
    // A date with another weekday than its own: said, not guessed.
    assert.match(run(nl, 'update', 'feed.json', '--incident', 'leiding', '--next-update', 'zo 5 dec 2026 9:00').stderr, /--next-update zo 5 dec 2026 9:00: zondag past niet bij die datum: 5 december 2026 is een zaterdag; typ de datum opnieuw, of laat de dag weg\n$/);
    // At a fixed 08:05 in Amsterdam: the next 10:00 is within lint's 4 hours, so it is offered.
    const morning = Date.parse('2026-12-03T07:05:00Z');
    assert.match(runAt(morning, nl, 'update', 'feed.json', '--incident', 'leiding', '--next-update', '2020-01-01T10:00').stderr, /--next-update 2020-01-01T10:00: 2020-01-01T10:00 is al voorbij; bedoelt u "2026-12-03 10:00"\? Typ dat, of \+115m\n$/);
    assert.equal(run(nl, 'update', 'feed.json', '--incident', 'leiding', '--link', '0800-1234').stderr, 'clearline update: --link hoort bij de actie die u toevoegt met --add-action, of die u noemt met --reword-action of --link-action\n');
    // new incident: a refused first update time in the language of the new incident.
    assert.match(run(nl, 'new', 'incident', '--template', 'water', '--id', 'tweede', '--next-update', '25:00').stderr, /25:00 is geen kloktijd/);
    // English feed: English, as before.
    const enCorrect = run(en, 'update', 'feed.json', '--incident', 'leiding', '--correct', '--phase', 'identified', '--known', 'Typo fixed.');
    assert.equal(enCorrect.stderr, 'clearline update: --correct: a correction keeps the phase; a new phase is a new update; leave out --correct to publish it as a new update\n');
    assert.equal(run(en, 'update', 'feed.json', '--incident', 'leiding', '--next-update', '25:00').stderr, 'clearline update: --next-update 25:00: 25:00 is not a clock time; use HH:MM between 00:00 and 23:59\n');
    assert.match(runAt(morning, en, 'update', 'feed.json', '--incident', 'leiding', '--next-update', '2020-01-01T10:00').stderr, /2020-01-01T10:00 has passed; did you mean "2026-12-03 10:00"\? type that, or \+115m\n$/);
    assert.equal(run(en, 'update', 'feed.json', '--incident', 'leiding', '--link', '0800-1234').stderr, 'clearline update: --link is for the action added with --add-action, or the one named by --reword-action or --link-action\n');
  } finally {
    rmSync(nl, { recursive: true, force: true });
    rmSync(en, { recursive: true, force: true });
  }
});

test('a passed clock time and a time on another day are said in Dutch for a Dutch desk (injected clock)', async () => {
  const { nextUpdateOption, shownTime } = await importTs('src/cli/when.ts');
  const doc = { time_zone: 'Europe/Amsterdam' };
  const now = Date.parse('2026-12-01T12:00:00Z'); // 13:00 in Amsterdam
  // Tomorrow at 10:30 is more than lint's 4 hours away: not offered (feed/passed.ts), a promise within 4 hours is.
  assert.throws(() => nextUpdateOption('10:30', doc, now, 'nl'), (e) => e.message === '--next-update 10:30: 10:30 is al voorbij, en morgen om 10:30 is meer dan 4 uur vooruit; beloof de volgende update binnen 4 uur: typ +15m, +30m, +1u of een kloktijd tot 17:00' && e.exitCode === 2 && e.code === 'usage');
  assert.throws(() => nextUpdateOption('10:30', doc, now), (e) => e.message === '--next-update 10:30: 10:30 has passed, and tomorrow at 10:30 is more than 4 hours away; promise the next update within 4 hours: type +15m, +30m, +1h or a clock time up to 17:00' && e.exitCode === 2);
  assert.equal(shownTime('2026-12-02T09:43:00Z', doc, now, 'nl'), 'wo 2 dec 10:43');
  assert.equal(shownTime('2026-12-02T09:43:00Z', doc, now), 'Wed 2 Dec 10:43');
  assert.equal(nextUpdateOption('2026-12-02T10:43', doc, now, 'nl').shown, 'wo 2 dec 10:43');
});

test('keygen next to a Dutch feed speaks Dutch; next to an English feed or none, English', () => {
  const nl = feed('nl,en');
  const en = feed('en');
  const none = mkdtempSync(join(tmpdir(), 'clearline-desk-'));
  try {
    const made = run(nl, 'keygen', '--out', 'private.jwk.json');
    assert.equal(made.status, 0, made.stderr);
    assert.match(made.stdout, /^Privésleutel opgeslagen in private\.jwk\.json \(bestandsrechten 0600\)\. Houd hem geheim en zet hem nooit op de webserver\.\n\nPublieke sleutel \(kid [\w-]+\):\n\{.+\}\n\nInsluitcode voor de vijf elementen:\n<script/);
    // The feed.json beside it gives the embed its feed id (no "geef --feed-id …" hint to act on).
    assert.match(made.stdout, /feed-id="water"/);
    const again = run(nl, 'keygen', '--out', 'private.jwk.json');
    assert.equal(again.status, 2);
    // Not "without --force": a new key there would make every site that pins the old one refuse the feed.
    assert.equal(again.stderr, 'clearline keygen: private.jwk.json bestaat al; een ondertekeningssleutel wordt nooit overschreven: een site waarvan de insluitcode zijn publieke sleutel vastlegt, zou elke feed weigeren die met een nieuwe sleutel is ondertekend, en lezers zouden "Status onbekend" zien. Voor een tweede sleutel (sleutels wisselen) geeft u een ander bestand: --out nieuw.jwk.json\n');
    assert.equal(run(nl, 'keygen').stderr, 'clearline keygen: geef --out BESTAND voor de privésleutel\n');
    assert.equal(run(nl, 'keygen', '--alg', 'RS256', '--out', 'x.json').stderr, 'clearline keygen: --alg moet een van deze zijn: Ed25519, ES256\n');
    for (const dir of [en, none]) {
      const r = run(dir, 'keygen', '--out', 'private.jwk.json');
      assert.match(r.stdout, /^Private key written to private\.jwk\.json \(mode 0600\)\. Keep it secret and off the web server\.\n\nPublic key \(kid /);
      assert.equal(run(dir, 'keygen', '--out', 'private.jwk.json').stderr, 'clearline keygen: private.jwk.json exists; a signing key is never overwritten: a site whose embed code pins its public key would refuse every feed signed with a new one, and readers would see "Status unknown". For a second key (changing keys), give another file: --out new.jwk.json\n');
    }
  } finally {
    for (const d of [nl, en, none]) rmSync(d, { recursive: true, force: true });
  }
});

// A bank's night desk on Amsterdam time ran keygen first, before any feed, and got its first answer in English; every
// later command spoke Dutch. Without a feed keygen now follows the clock, as new feed and the studio do.
test('keygen with no feed beside it: Dutch on a Dutch clock, English on a UTC or British one', () => {
  const none = mkdtempSync(join(tmpdir(), 'clearline-desk-'));
  try {
    const at = (TZ) => spawnSync(process.execPath, [CLI_PATH, 'keygen', '--out', `${TZ.replace('/', '-')}.jwk.json`], { cwd: none, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ } });
    assert.match(at('Europe/Amsterdam').stdout, /^Privésleutel opgeslagen in Europe-Amsterdam\.jwk\.json/);
    for (const TZ of ['UTC', 'Europe/London']) assert.match(at(TZ).stdout, /^Private key written to /, TZ);
  } finally {
    rmSync(none, { recursive: true, force: true });
  }
});
