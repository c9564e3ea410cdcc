// Trial X (step 18): "Bel 0118 555 001" for the line 0118 555 010 was refused by the studio's Sign ("Controleer het nummer
// in de tekst …", with a tick for a scammer's number quoted on purpose) but only a warning in `clearline lint` (exit 0), so
// `clearline sign` published it. One rule set now: lint and sign hold it as an error too; `sign --number-ok <number>` is the
// CLI's tick (it was `sign --force`, which also signs past every other error: trial X's desk was told "or sign anyway with
// --force"; --force still works for scripts, but no message offers it for a number).
// The studio's side: test/browser/editor-near-number.test.ts. Uses dist/ on a fixed clock.
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';
import { lintCleanFeed } from './lint-feed.mjs';

const NOW = Date.parse('2026-12-14T15:30:00Z');

/** The clean feed with its phone line (020 123 4567) written with two digits swapped in the Dutch text. */
function swapped() {
  const feed = lintCleanFeed(NOW);
  feed.incidents[0].known.nl = 'Wij annuleren de helft van de vluchten. Bel 020 123 4576 als u vandaag moet reizen.';
  feed.incidents[0].known.en = 'We are cancelling half of the flights. Call 020 123 4567 if you must travel today.';
  return feed;
}

test('lint: a number in the text with two digits swapped from the phone line is an error (exit 2), in Dutch and English', async () => {
  await withCliDir('clearline-held-', (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(swapped(), null, 2));
    const nl = run('lint', '--lang', 'nl', 'feed.json');
    assert.equal(nl.status, 2, nl.stdout + nl.stderr);
    assert.match(nl.stdout, /^fout\s+incidents\/0\/known\/nl.*in ‘020 123 4576’ staan twee cijfers omgewisseld ten opzichte van 020 123 4567.*\[number-near-channel\]/m);
    assert.match(nl.stdout, /laat het dan staan en onderteken met clearline sign --number-ok "020 123 4576"\./);
    const en = run('lint', '--lang', 'en', 'feed.json');
    assert.equal(en.status, 2);
    assert.match(en.stdout, /^error\s+incidents\/0\/known\/nl.*has two digits swapped.*\[number-near-channel\]/m);
    assert.match(en.stdout, /leave it and sign with clearline sign --number-ok "020 123 4576"\./);
    assert.doesNotMatch(nl.stdout + en.stdout, /--force/);
  }, { now: NOW, tz: 'Europe/Amsterdam' });
});

test('sign: refuses the swapped number, as the studio does; --force still signs it (scripts)', async () => {
  await withCliDir('clearline-held-', (dir, run) => {
    assert.equal(run('keygen', '--out', 'private.jwk.json', '--public-out', 'public.jwk.json').status, 0);
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(swapped(), null, 2));
    const refused = run('sign', '--key', 'private.jwk.json', '--lang', 'nl', 'feed.json', '--out', 'feed.jws.json');
    assert.equal(refused.status, 2, refused.stderr);
    assert.match(refused.stderr, /niet ondertekend: het nummer hierboven verschilt/);
    assert.equal(existsSync(join(dir, 'feed.jws.json')), false);
    const forced = run('sign', '--key', 'private.jwk.json', '--lang', 'nl', '--force', 'feed.json', '--out', 'feed.jws.json');
    assert.equal(forced.status, 0, forced.stderr);
    assert.equal(existsSync(join(dir, 'feed.jws.json')), true);
  }, { now: NOW, tz: 'Europe/Amsterdam' });
});

test('the right number, and a number that is no slip, sign as before', async () => {
  await withCliDir('clearline-held-', (dir, run) => {
    const feed = swapped();
    feed.incidents[0].known.nl = 'Wij annuleren de helft van de vluchten. Bel 020 123 4567 als u vandaag moet reizen.';
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed, null, 2));
    const r = run('lint', '--lang', 'nl', 'feed.json');
    assert.equal(r.status, 0, r.stdout + r.stderr);
  }, { now: NOW, tz: 'Europe/Amsterdam' });
});

test('sign: the refusal of a held number names --number-ok with the number, not --force; --number-ok signs it', async () => {
  await withCliDir('clearline-held-ok-', (dir, run) => {
    assert.equal(run('keygen', '--out', 'private.jwk.json', '--public-out', 'public.jwk.json').status, 0);
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(swapped(), null, 2));
    const nl = run('sign', '--key', 'private.jwk.json', '--lang', 'nl', 'feed.json', '--out', 'feed.jws.json');
    assert.equal(nl.status, 2, nl.stderr);
    assert.match(nl.stderr, /niet ondertekend: het nummer hierboven verschilt één cijfer of een omwisseling van uw eigen lijn\. Klopt het niet, verbeter het dan in feed\.json\. Is het met opzet zo \(het nummer van oplichters waarvoor u waarschuwt\), onderteken dan zo: clearline sign --key private\.jwk\.json --number-ok "020 123 4576" feed\.json --out feed\.jws\.json\n$/);
    assert.doesNotMatch(nl.stderr, /--force/);
    const en = run('sign', '--key', 'private.jwk.json', '--lang', 'en', 'feed.json', '--out', 'feed.jws.json');
    assert.match(en.stderr, /not signed: the number above is one digit or one swap off your own line\. If it is wrong, correct it in feed\.json\. If it is meant as it is \(a scammer's number you warn about\), sign so: clearline sign --key private\.jwk\.json --number-ok "020 123 4576" feed\.json --out feed\.jws\.json\n$/);
    // A number that is not the held one lets nothing through, and says so.
    const other = run('sign', '--key', 'private.jwk.json', '--lang', 'en', '--number-ok', '020 123 9999', 'feed.json', '--out', 'feed.jws.json');
    assert.equal(other.status, 2, other.stderr);
    assert.match(other.stderr, /--number-ok 020 123 9999: no number in the texts one digit or one swap off your own line is written so; nothing was let through for it/);
    assert.equal(existsSync(join(dir, 'feed.jws.json')), false);
    // The number as the refusal gives it, or written another way (+31), signs; it is then a warning, still printed.
    const ok = run('sign', '--key', 'private.jwk.json', '--lang', 'nl', '--number-ok', '+31 20 123 4576', 'feed.json', '--out', 'feed.jws.json');
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stderr, /let op\s+incidents\/0\/known\/nl.*\[number-near-channel\]/);
    assert.equal(existsSync(join(dir, 'feed.jws.json')), true);
    // lint --number-ok: the same number a warning, exit 0.
    const lint = run('lint', '--lang', 'nl', '--number-ok', '020 123 4576', 'feed.json');
    assert.equal(lint.status, 0, lint.stdout + lint.stderr);
  }, { now: NOW, tz: 'Europe/Amsterdam' });
});

test('sign --number-ok lets only that number through: a [[TODO]] beside it still stops the signing, and --force is not offered', async () => {
  await withCliDir('clearline-held-ok-', (dir, run) => {
    assert.equal(run('keygen', '--out', 'private.jwk.json', '--public-out', 'public.jwk.json').status, 0);
    const feed = swapped();
    feed.incidents[0].unknown = { nl: '[[TODO: wat we nog niet weten]]', en: '[[TODO: what we do not know yet]]' };
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed, null, 2));
    const r = run('sign', '--key', 'private.jwk.json', '--lang', 'nl', '--number-ok', '020 123 4576', 'feed.json', '--out', 'feed.jws.json');
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /\[placeholder\]/);
    assert.match(r.stderr, /niet ondertekend: \d+ fouten? hierboven; los ze op in feed\.json en onderteken opnieuw\n$/);
    assert.equal(existsSync(join(dir, 'feed.jws.json')), false);
    // Without --number-ok: both errors, and the number named for its own way through.
    const both = run('sign', '--key', 'private.jwk.json', '--lang', 'en', 'feed.json', '--out', 'feed.jws.json');
    assert.match(both.stderr, /not signed: \d+ lint error\(s\) above; fix them in feed\.json and sign again; a number above that is meant as it is \(a scammer's\) goes through with --number-ok "020 123 4576"\n$/);
    assert.doesNotMatch(r.stderr + both.stderr, /--force/);
  }, { now: NOW, tz: 'Europe/Amsterdam' });
});

test('sign --help: --number-ok in Dutch; --force still listed, for scripts', async () => {
  await withCliDir('clearline-held-help-', (dir, run) => {
    const nl = run('sign', '--help', '--lang', 'nl');
    assert.equal(nl.status, 0, nl.stderr);
    assert.match(nl.stdout, /--number-ok VALUE +een nummer in de teksten dat één cijfer of een omwisseling van uw eigen lijn verschilt/);
    assert.match(nl.stdout, /--force +voor scripts, in het uiterste geval/);
    const lint = run('lint', '--help', '--lang', 'nl');
    assert.match(lint.stdout, /--number-ok VALUE +een nummer dat één cijfer/);
  }, { now: NOW, tz: 'Europe/Amsterdam' });
});
