// Trial X (step 18): "Bel 0118 555 001" for the line 0118 555 010 was refused by the studio's Sign ("Controleer het nummer
// in de tekst …", with a tick for a scammer's number quoted on purpose) but only a warning in `clearline lint` (exit 0), so
// `clearline sign` published it. One rule set now: lint and sign hold it as an error too; `sign --force` is the CLI's tick.
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
    assert.match(nl.stdout, /laat het dan staan en onderteken met clearline sign --force/);
    const en = run('lint', '--lang', 'en', 'feed.json');
    assert.equal(en.status, 2);
    assert.match(en.stdout, /^error\s+incidents\/0\/known\/nl.*has two digits swapped.*\[number-near-channel\]/m);
    assert.match(en.stdout, /leave it and sign with clearline sign --force/);
  }, { now: NOW, tz: 'Europe/Amsterdam' });
});

test('sign: refuses the swapped number, as the studio does; --force signs it (a scammer\'s number quoted on purpose)', async () => {
  await withCliDir('clearline-held-', (dir, run) => {
    assert.equal(run('keygen', '--out', 'private.jwk.json', '--public-out', 'public.jwk.json').status, 0);
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(swapped(), null, 2));
    const refused = run('sign', '--key', 'private.jwk.json', '--lang', 'nl', 'feed.json', '--out', 'feed.jws.json');
    assert.equal(refused.status, 2, refused.stderr);
    assert.match(refused.stderr, /niet ondertekend: 1 fout hierboven/);
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
