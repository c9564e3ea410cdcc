// Trial U (a Belgian bank, 11:06): the 45-second phone message led with a phishing wave (major) and left out both its
// urgent actions ("Klik niet op de link, bel niet terug en geef niemand uw codes", "Bel meteen Card Stop…"), while it kept
// the minor incident's action and "Verwachte wachttijd ongeveer 5 minuten: normale drukte", and still ran 45.2 s; export
// printed that message anyway (exit 1). Now the wait's reason, a short wait and a less severe incident's urgent action
// give way before the lead's urgent actions (ivr-wait.ts), and `export --to ivr` writes no message over its budget.
// Fixture: the trial's 11:06 feed (test/fixtures/export/bank-phishing-1106.json). Uses dist/.
import assert from 'node:assert/strict';
import test from 'node:test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exporters, FIXTURES, withCliDir } from './export-kit.mjs';

const x = await exporters();
const NOW = Date.parse('2026-12-08T10:06:00Z');
const bank = () => JSON.parse(readFileSync(join(FIXTURES, 'bank-phishing-1106.json'), 'utf8'));
const T = {
  'nl-BE': { notice: 'Er staat een tweede melding op onze website.', minor: 'Laat uw kaart meteen blokkeren', reason: 'normale drukte', click: 'Klik niet op de link', wait: 'Verwachte wachttijd ongeveer 5 minuten' },
  en: { notice: 'There is a second notice on our website.', minor: 'Have your card blocked at once', reason: 'normal volume', click: 'Do not tap the link', wait: 'Expected wait about 5 minutes' },
};

for (const [lang, t] of Object.entries(T)) {
  test(`${lang}: the lead's urgent actions outrank the minor incident's action and the short wait's reason, within 45 s`, () => {
    const r = x.exportIvr(bank(), { lang, now: NOW });
    assert.ok(r.fits, `${r.seconds} s: ${r.text}`);
    // Every incident is named with what to do, or, with no room for that, callers hear there is a second notice on the
    // website: never a bare title (trial W, ivr-never-bare.ts).
    const title = bank().incidents[1].title[lang];
    assert.ok(r.text.includes(t.notice) ? !r.text.includes(title) : r.text.includes(title) && r.text.includes(t.minor), r.text);
    const leadOut = r.dropped.some((d) => /^todo-phishing-golf(-\d+)?$/.test(d));
    // While any urgent action of the lead is left out, the minor incident's action and "normal volume" are not said.
    if (leadOut) {
      assert.ok(!r.text.includes(t.minor), r.text);
      assert.ok(!r.text.includes(t.reason), r.text);
      assert.ok(r.dropped.includes('todo-cyberattack-2026-12-08-0608'), r.dropped.join());
    }
    // In English the first one fits once they have gone (in Dutch the lead's news comes first, as since trial R).
    if (lang === 'en') assert.ok(r.text.includes(t.click), r.text);
    // In Dutch the short wait comes back in the seconds left, without its reason (not "Er zijn 2 actuele storingen").
    else assert.ok(r.text.includes(`${t.wait}. `), r.text);
  });

  test(`${lang}: with room enough the wait's reason and the minor incident's action are still said`, () => {
    const f = bank();
    // Only the minor incident: nothing outranks its action.
    f.incidents = f.incidents.slice(1);
    const r = x.exportIvr(f, { lang, now: NOW });
    assert.ok(r.text.includes(t.minor) && r.text.includes(`${t.wait}: ${t.reason}`), r.text);
  });

  test(`${lang}: a wait over 5 minutes is always said, a short one may go`, () => {
    const long = bank();
    long.channels.find((c) => c.id === 'klantendienst').wait_minutes = 30;
    const r = x.exportIvr(long, { lang, now: NOW });
    assert.ok(!r.dropped.includes('wait'), r.dropped.join());
    assert.ok(r.text.includes(lang === 'en' ? 'Expected wait about 30 minutes' : 'Verwachte wachttijd ongeveer 30 minuten'), r.text);
  });

  // Trial V: an incident as severe as the lead keeps its action while there is room, and gives way before the lead's
  // urgent actions (before, never dropped: a water company's two-incident message took 54 s and was not written).
  test(`${lang}: an incident as severe as the lead gives way before the lead's urgent actions`, () => {
    const same = bank();
    same.incidents[1].severity = 'major';
    const s = x.exportIvr(same, { lang, now: NOW, incident: 'phishing-golf' });
    assert.ok(s.fits, `${s.seconds} s: ${s.text}`);
    const title = same.incidents[1].title[lang];
    assert.ok(s.text.includes(t.notice) ? !s.text.includes(title) : s.text.includes(title) && s.text.includes(t.minor), s.text);
    const other = s.dropped.indexOf('todo-cyberattack-2026-12-08-0608');
    const lead = s.dropped.findIndex((d) => /^todo-phishing-golf(-\d+)?$/.test(d));
    if (lead >= 0) assert.ok(other >= 0 && other < lead, s.dropped.join());
    // Alone with it (nothing of the lead's to make room for), it is said (export-ivr-two-incidents.test.mjs: with room).
    const alone = bank();
    alone.incidents = alone.incidents.slice(1);
    assert.ok(x.exportIvr(alone, { lang, now: NOW }).text.includes(t.minor));
  });
}

test('export --to ivr writes no message over its 45 s (exit 1, said why); --force writes it anyway', async () => {
  const f = bank();
  // Titles too long for any message: what is never left out no longer fits.
  f.incidents[0].title = { 'nl-BE': `${'Valse sms\'en, e-mails en telefoontjes uit naam van Scheldebank, '.repeat(6)}ook 's avonds`, en: `${'Fake texts, e-mails and calls in Scheldebank\'s name, '.repeat(6)}also at night` };
  await withCliDir('clearline-ivr-over-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(f));
    for (const [lang, said] of [['nl-BE', 'niet geschreven'], ['en', 'not written']]) {
      const r = run('export', 'feed.json', '--to', 'ivr', '--lang', lang);
      assert.equal(r.status, 1, r.stderr);
      assert.equal(r.stdout, '', r.stdout);
      assert.ok(r.stderr.includes(said) && r.stderr.includes('[over-budget]'), r.stderr);
      const ssml = run('export', 'feed.json', '--to', 'ssml', '--lang', lang);
      assert.equal(ssml.status, 1, ssml.stderr);
      assert.equal(ssml.stdout, '');
      const forced = run('export', 'feed.json', '--to', 'ivr', '--lang', lang, '--force');
      assert.equal(forced.status, 1, forced.stderr);
      assert.ok(forced.stdout.includes(lang === 'en' ? 'Fake texts' : 'Valse sms'), forced.stdout);
    }
  }, { now: NOW, tz: 'Europe/Brussels' });
});
