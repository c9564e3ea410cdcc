// Refusals that offered --force where forcing publishes what readers refuse (a trial: a desk under pressure took the
// offer). `sign` of an issued_at ahead of this computer's clock now says how to tell which is wrong, the date or the
// clock, and how to set the clock on this system; a feed or FAQ too large names its biggest parts (an incident's
// earlier updates, an FAQ's questions) and what trims them. --force itself still works, for scripts. Fixed clock:
// withCliDir(…, { now, tz }). Run `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withCliDir } from './export-kit.mjs';
import { iso, MIN, waterFeed } from './water-feed.mjs';
import { importTs } from './ts-import.mjs';

const NOW = Date.parse('2026-12-06T09:20:00Z');
const DAY = 24 * 60 * MIN;
const TZ = 'Europe/Amsterdam';
const { clockSteps } = await importTs('src/feed/clock-steps.ts');
const write = (dir, name, doc) => writeFileSync(join(dir, name), JSON.stringify(doc, null, 2));
const keyed = (run) => assert.equal(run('keygen', '--out', 'k.jwk.json', '--public-out', 'p.jwk.json').status, 0);

test('how to set the clock: the menu of Windows and macOS, the command on Linux, in English and Dutch, from Node or a browser', () => {
  assert.equal(clockSteps('win32', 'en'), 'Windows: Settings > Time & language > Date & time, turn on "Set time automatically" and press "Sync now", or ask whoever manages this computer');
  assert.equal(clockSteps('darwin', 'en'), 'Mac: System Settings > General > Date & Time, turn on "Set time and date automatically", or ask whoever manages this computer');
  assert.equal(clockSteps('linux', 'en'), 'Linux: sudo timedatectl set-ntp true, or ask whoever manages this computer');
  assert.equal(clockSteps('win32', 'nl'), 'Windows: Instellingen > Tijd en taal > Datum en tijd, zet "Tijd automatisch instellen" aan en druk op "Nu synchroniseren", of vraag het aan wie deze computer beheert');
  assert.equal(clockSteps('darwin', 'nl'), 'Mac: Systeeminstellingen > Algemeen > Datum en tijd, zet "Stel tijd en datum automatisch in" aan, of vraag het aan wie deze computer beheert');
  // A browser's navigator.platform reads the same; an unknown system: only who to ask.
  assert.equal(clockSteps('Win32', 'en'), clockSteps('win32', 'en'));
  assert.equal(clockSteps('MacIntel', 'nl'), clockSteps('darwin', 'nl'));
  assert.equal(clockSteps('Linux x86_64', 'en'), clockSteps('linux', 'en'));
  assert.equal(clockSteps('', 'en'), 'ask whoever manages this computer');
  assert.equal(clockSteps('freebsd', 'nl'), 'vraag het aan wie deze computer beheert');
});

test('sign of an issued_at ten days ahead: the exact difference, which is wrong and how to set the clock, no --force offered (Dutch and English)', async () => {
  await withCliDir('clearline-ahead-', async (dir, run) => {
    keyed(run);
    write(dir, 'feed.json', { ...waterFeed('nl', NOW), issued_at: iso(NOW + 10 * DAY) });
    const r = run('sign', '--key', 'k.jwk.json', 'feed.json', '--out', 'feed.jws.json');
    assert.equal(r.status, 2, r.stderr);
    assert.equal(existsSync(join(dir, 'feed.jws.json')), false);
    assert.doesNotMatch(r.stderr, /--force/);
    assert.match(r.stderr, /issued_at in feed\.json is wo 16 dec\.? 10:20 \(Europe\/Amsterdam\), 10 dagen later dan de klok van deze computer \(nu 10:20\)/);
    assert.ok(
      r.stderr.includes(
        'Vergelijk de tijd die als nu staat met uw telefoon. Klopt hij? Dan is de datum in feed.json fout (een tikfout, of geschreven op een computer waarvan de klok voorliep): haal issued_at, expires_at en seq uit feed.json en onderteken opnieuw: sign vult dan de tijd van nu in. ' +
          `Klopt hij niet? Dan loopt de klok van deze computer achter: zet hem goed (${clockSteps(process.platform, 'nl')}) en onderteken opnieuw.`,
      ),
      r.stderr,
    );
    // --force still signs, for scripts, with the same words.
    const forced = run('sign', '--key', 'k.jwk.json', '--force', 'feed.json', '--out', 'feed.jws.json');
    assert.equal(forced.status, 0, forced.stderr);
    assert.match(forced.stderr, /^toch ondertekend \(--force\): issued_at in feed\.json/m);

    write(dir, 'en.json', { ...waterFeed('en', NOW), issued_at: iso(NOW + 3 * 60 * MIN) });
    const en = run('sign', '--key', 'k.jwk.json', 'en.json', '--out', 'en.jws.json');
    assert.equal(en.status, 2, en.stderr);
    assert.doesNotMatch(en.stderr, /--force/);
    assert.match(en.stderr, /3 hours ahead of this computer's clock \(now 10:20\)/);
    assert.ok(en.stderr.includes(`Compare the time shown as now with your phone. Is it right? Then the date in en.json is wrong`), en.stderr);
    assert.ok(en.stderr.includes(`Is it wrong? Then this computer's clock is behind: set it right (${clockSteps(process.platform, 'en')}), then sign again.`), en.stderr);
  }, { now: NOW, tz: TZ });
});

/** An FAQ document of 100 long answers in Dutch and English, the one about bills the longest: past 1 MB signed. */
function bigFaq() {
  const answer = (n, chars) => `${n}. ${'Uw rekening komt een keer per maand; bij een storing krijgt u geen extra kosten. '.repeat(Math.ceil(chars / 80))}`.slice(0, chars);
  const entries = Array.from({ length: 100 }, (_, i) => ({
    id: `vraag-${i + 1}`,
    question: { nl: `Vraag ${i + 1} over de rekening?`, en: `Question ${i + 1} about the bill?` },
    answer: { nl: answer(i, i === 7 ? 19_000 : 5_000), en: answer(i, i === 7 ? 19_000 : 5_000) },
  }));
  return { type: 'faq', version: 1, feed_id: 'faq', entries };
}

test('sign of an FAQ too large names its biggest questions and the command that shortens the biggest answer, no --force offered', async () => {
  await withCliDir('clearline-faq-big-', async (dir, run) => {
    keyed(run);
    write(dir, 'faq.json', bigFaq());
    const r = run('sign', '--key', 'k.jwk.json', 'faq.json', '--out', 'faq.jws.json');
    assert.equal(r.status, 2, r.stderr);
    assert.equal(existsSync(join(dir, 'faq.jws.json')), false);
    assert.doesNotMatch(r.stderr, /--force/);
    assert.match(r.stderr, /niet ondertekend: de ondertekende FAQ zou \d+,\d\d MB zijn, meer dan de 1,00 MB die lezers aannemen; de veelgestelde vragen op elke website zouden hem weigeren/);
    assert.match(r.stderr, /Grootste vragen: "Vraag 8 over de rekening\?" \(vraag-8\): \d+ kB; "Vraag \d+ over de rekening\?" \(vraag-\d+\): \d+ kB/);
    assert.match(r.stderr, /kort de langste antwoorden in \(clearline edit question --id vraag-8 --answer "…" --out faq\.json\)/);
  }, { now: NOW, tz: TZ });
});
