// Trial W (a gas network, Naas/Newbridge): at 06:15 the SMS led with "Smell gas? Go outside and call the emergency line at
// once (+35 3…)"; at 12:02, with the same two urgent actions, it led with "Keep your gas meter turned off" and said "call the
// emergency line" with no number. Cause: the stand-in that finds urgent actions added in an update (newUrgentActions) took
// the meter action for new because the 08:27 texts lacked "yourself", which the 12:02 news and the meter action both say.
// And "Do not turn it back on yourself" never went in one SMS, whatever the room. Fixture: the trial's 12:02 feed, trimmed
// (test/fixtures/export/gas-w-1202.json); its 06:15 state is made from its history. Fixed clocks. Uses dist/ (npm run build).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { exporters, FIXTURES, withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const x = await exporters();
const { newUrgentActions } = await importTs('src/export/known-news.ts');
const AT_1202 = Date.parse('2026-12-15T12:05:00Z');
const AT_0615 = Date.parse('2026-12-15T06:15:00Z');
const at1202 = () => JSON.parse(readFileSync(join(FIXTURES, 'gas-w-1202.json'), 'utf8'));
/** The same feed as published at 06:10: first texts, no history. */
function at0610() {
  const f = at1202();
  const inc = f.incidents[0];
  const first = inc.updates.at(-1);
  Object.assign(inc, { phase: 'investigating', updated_at: first.at, known: first.known, unknown: first.unknown, next_update_at: '2026-12-15T08:00:00Z' });
  delete inc.updates;
  return f;
}
/** The feed in Dutch only, as a Dutch gas network would write it. */
function dutch(f) {
  const nl = (s) => ({ nl: s });
  const inc = f.incidents[0];
  inc.title = nl('Geen gas in Naas en Newbridge');
  const said = {
    'Pressure in the gas main': 'De druk in de hoofdleiding is terug. Monteurs hebben alle 8.500 woningen veilig gemaakt. Het opnieuw aansluiten is begonnen, huis voor huis. Zet uw meter niet zelf weer open.',
    'Since 05:40': 'Sinds 05:40 hebben ongeveer 8.500 woningen in Naas en Newbridge geen gas. Een hoofdleiding verloor druk door de kou. Zet uw meter niet zelf weer open: een monteur doet dat.',
    'About 8,500': 'Ongeveer 8.500 woningen in Naas en Newbridge zijn sinds 05:40 zonder gas. Monteurs hebben tot nu toe 1.200 woningen veilig gemaakt.',
  };
  const tr = (t) => nl(Object.entries(said).find(([k]) => t['en-IE'].startsWith(k))?.[1] ?? 'Wanneer uw straat weer gas heeft.');
  Object.assign(inc, { known: tr(inc.known), unknown: nl('Wanneer uw straat weer gas heeft.') });
  for (const u of inc.updates ?? []) Object.assign(u, { known: tr(u.known), unknown: nl('Wanneer het aansluiten begint.') });
  inc.affects = [nl('Naas'), nl('Newbridge')];
  const [gas, meter] = inc.actions;
  Object.assign(gas, { label: nl('Ruikt u gas? Ga naar buiten en bel direct de storingslijn'), who: nl('U ruikt gas') });
  Object.assign(meter, { label: nl('Laat uw gasmeter dicht. Zet hem niet zelf weer open: een monteur van Éirgas doet dat'), who: nl('U woont of werkt in het getroffen gebied') });
  for (const c of f.channels) c.label = nl(c.label['en-IE']);
  for (const c of f.channels) if (c.hours) c.hours = nl(c.hours['en-IE']);
  for (const c of f.channels) if (c.reason) c.reason = nl('veel vragen over de gasstoring');
  f.publisher.name = nl('Éirgas Networks');
  return f;
}
const LANG = { en: { feed: (f) => f, lang: 'en-IE', gas: 'Smell gas? Go outside and call the emergency line at once', meter: 'Keep your gas meter turned off' }, nl: { feed: dutch, lang: 'nl', gas: 'Ruikt u gas? Ga naar buiten en bel direct de storingslijn', meter: 'Laat uw gasmeter dicht' } };
/** The emergency action with a number in brackets after it (its display form is another matter: trial W finding 1). */
const numbered = (gas) => new RegExp(`${gas.replace(/[?.()+]/g, '\\$&')} \\(\\+?\\d[\\d ]+\\d\\)\\.`);

test('the cause: at 12:02 the meter action is not taken for one added in this update (a word the 06:10 texts said)', () => {
  const inc = at1202().incidents[0];
  const sentences = ['Pressure in the gas main is back.', 'Engineers have made all 8,500 homes in Naas and Newbridge (Co. Kildare) safe.', 'Relighting has started, house by house; it will take until Thursday.', 'If you are out when the engineer calls, they leave a card to book a visit.', 'Do not turn your meter back on yourself.'];
  const actions = inc.actions.map((a) => ({ label: a.label['en-IE'], who: a.who['en-IE'], urgent: a.urgent }));
  assert.deepEqual(newUrgentActions(inc, 'en-IE', sentences, actions), [false, false]);
});

for (const [name, l] of Object.entries(LANG)) {
  test(`${name}: at 12:02, as at 06:15, the SMS leads with the emergency action and its number, in one part and in two`, () => {
    for (const [feed, now] of [[at0610, AT_0615], [at1202, AT_1202]]) {
      for (const parts of [1, 2]) {
        const sms = x.exportSms(l.feed(feed()), { lang: l.lang, now, parts });
        assert.ok(sms.fits, sms.text);
        assert.match(sms.text, numbered(l.gas), `${parts} part(s): ${sms.text}`);
        const meter = sms.text.indexOf(l.meter);
        assert.ok(meter < 0 || meter > sms.text.indexOf(l.gas), `the emergency action first: ${sms.text}`);
        if (parts === 2) assert.ok(meter > 0, `two parts carry the meter action too: ${sms.text}`);
      }
    }
  });

  test(`${name}: the emergency action stays first with its number even when the news names the meter action (it reads as new)`, () => {
    const f = l.feed(at1202());
    const inc = f.incidents[0];
    const k = Object.keys(inc.known)[0];
    // "Éirgas" is in no earlier update's texts: the stand-in takes the meter action ("… a monteur van Éirgas …") for new.
    inc.known[k] = name === 'en' ? 'An Éirgas engineer will relight every home.' : 'Een monteur van Éirgas sluit elke woning weer aan.';
    const sms = x.exportSms(f, { lang: l.lang, now: AT_1202 });
    assert.match(sms.text, numbered(l.gas), sms.text);
    const meter = sms.text.indexOf(l.meter);
    assert.ok(meter < 0 || meter > sms.text.indexOf(l.gas), sms.text);
  });

  test(`${name}: with room left in one SMS the second urgent action follows, shortened before it is left out`, () => {
    const f = l.feed(at0610());
    f.status_url = 'https://eg.ie/s';
    const inc = f.incidents[0];
    inc.title = { [l.lang]: name === 'en' ? 'No gas in Naas' : 'Geen gas in Naas' };
    const sms = x.exportSms(f, { lang: l.lang, now: AT_0615 });
    assert.ok(sms.fits, sms.text);
    assert.match(sms.text, numbered(l.gas), sms.text);
    // Whole sentences or clauses, without its who where the who says only "in the area" (sms-who.ts).
    assert.ok(sms.text.indexOf(l.meter) > sms.text.indexOf(l.gas), sms.text);
    assert.doesNotMatch(sms.text, /\b(turn|Zet) \S*\.\.\./u, `never cut inside a clause: ${sms.text}`);
  });
}

test('clearline export --to sms at 12:02 (fixed clock, Dublin time): the emergency action first, with its number', async () => {
  await withCliDir('sms-urgent-', async (dir, run) => {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(at1202()));
    const r = run('export', 'feed.json', '--to', 'sms');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, numbered(LANG.en.gas), r.stdout);
    assert.ok(!r.stdout.includes('Keep your gas meter turned off. Smell gas?'), r.stdout);
  }, { now: AT_1202, tz: 'Europe/Dublin' });
});

test('clearline export --to sms at 06:15: the desk is told which urgent action one SMS leaves out, and that 2 parts carry it', async () => {
  await withCliDir('sms-urgent-', async (dir, run) => {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(at0610()));
    const one = run('export', 'feed.json', '--to', 'sms');
    assert.equal(one.status, 0, one.stderr);
    assert.match(one.stderr, /note: this SMS leaves out the urgent action "Keep your gas meter turned off …"; 2 SMS parts carry it: add --parts 2/, one.stderr);
    const two = run('export', 'feed.json', '--to', 'sms', '--parts', '2');
    assert.doesNotMatch(two.stderr, /leaves out the urgent action/, two.stderr);
    writeFileSync(join(dir, 'nl.json'), JSON.stringify(dutch(at0610())));
    const nl = run('export', 'nl.json', '--to', 'sms', '--lang', 'nl');
    assert.match(nl.stdout, numbered(LANG.nl.gas), nl.stdout);
    assert.ok(x.exportSms(dutch(at0610()), { lang: 'nl', now: AT_0615 }).urgentLeftOut?.startsWith('Laat uw gasmeter dicht'), nl.stderr);
  }, { now: AT_0615, tz: 'Europe/Dublin' });
});
