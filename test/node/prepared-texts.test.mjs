// An organisation's own prepared texts: a water company's approved holding statement for a burst main with its real tap
// point, a hospital's "computer systems down" text, made on a quiet day in prepared.json with the same commands as
// feed.json and never published. At 2 a.m. `clearline new incident --prepared prepared.json --like ID --id …` (and the
// studio's New incident, test/browser/editor-prepared.test.ts) copies one into feed.json as a new incident; before, only the
// built-in templates were there and the night desk improvised.
// The CLI tests need dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
import { importTs } from './ts-import.mjs';
import { withCliDir } from './export-kit.mjs';
import { startStudio, stopStudios } from './studio-kit.mjs';

const { incidentFromPrepared, preparedTexts, findPrepared } = await importTs('src/templates/prepared.ts');

// Monday 7 December 2026, 02:10 in Amsterdam.
const NOW = Date.parse('2026-12-07T01:10:00Z');

const BURST = {
  id: 'burst-main',
  title: { nl: 'Leidingbreuk: geen water in [[TODO: wijk]]', en: 'Burst main: no water in [[TODO: area]]' },
  severity: 'major',
  phase: 'monitoring',
  started_at: '2026-11-02T10:00:00Z',
  starts_at: '2026-11-03T10:00:00Z',
  updated_at: '2026-11-02T10:20:00Z',
  resolved_at: '2026-11-02T12:00:00Z',
  affects: [{ nl: 'Wijk [[TODO: naam]]', en: '[[TODO: area]]' }],
  known: { nl: 'Een hoofdleiding is gesprongen. Flessenwater: Sporthal De Bron, Kerkstraat 1.', en: 'A water main has burst. Bottled water: Sporthal De Bron, Kerkstraat 1.' },
  unknown: { nl: 'Hoe lang het duurt.', en: 'How long it takes.' },
  next_update_at: '2026-11-02T10:50:00Z',
  actions: [{ label: { nl: 'Laat de koude kraan lopen als het water terugkomt', en: 'Run the cold tap when the water comes back' }, who: { nl: 'Iedereen in de wijk', en: 'Everyone in the area' }, href: 'https://water.example/kraan', detail: { nl: 'Een minuut.', en: 'One minute.' }, urgent: true }],
  updates: [{ at: '2026-11-02T10:00:00Z', known: { nl: 'Oud', en: 'Old' } }],
};

test('incidentFromPrepared: its texts as a new incident: new id, times of now, first update in 30 minutes, no history, no all-clear, no announced start', () => {
  const inc = incidentFromPrepared(BURST, { id: 'burst-2026-12-07', now: NOW });
  assert.deepEqual(inc, {
    id: 'burst-2026-12-07',
    title: BURST.title,
    severity: 'major',
    phase: 'investigating',
    started_at: '2026-12-07T01:10:00Z',
    updated_at: '2026-12-07T01:10:00Z',
    affects: BURST.affects,
    known: BURST.known,
    unknown: BURST.unknown,
    next_update_at: '2026-12-07T01:40:00Z',
    actions: BURST.actions,
  });
  // Only the languages asked (an English-only feed), a title and severity given, a storm's `identified` kept, a notice promises none.
  const en = incidentFromPrepared({ ...BURST, phase: 'identified' }, { id: 'x', now: NOW, langs: ['en'], title: 'Burst main in Zeist', severity: 'minor', nextUpdateAt: '2026-12-07T02:00:00Z' });
  assert.deepEqual([en.title, en.known, en.actions[0].who, en.phase, en.severity, en.next_update_at], [{ en: 'Burst main in Zeist' }, { en: BURST.known.en }, { en: 'Everyone in the area' }, 'identified', 'minor', '2026-12-07T02:00:00Z']);
  assert.equal(incidentFromPrepared({ ...BURST, severity: 'info' }, { id: 'x', now: NOW }).next_update_at, null);
});

test('preparedTexts and findPrepared: a feed file\'s incidents by id, or by their title; anything else is no file of prepared texts', () => {
  const texts = preparedTexts({ type: 'status', incidents: [BURST, { id: 'no-title' }] });
  assert.deepEqual(texts.map((p) => p.id), ['burst-main']);
  assert.equal(findPrepared(texts, 'burst-main').id, 'burst-main');
  assert.equal(findPrepared(texts, '  burst main: NO water in [[TODO: area]] ').id, 'burst-main');
  assert.equal(findPrepared(texts, 'storm'), undefined);
  assert.equal(preparedTexts({ type: 'faq', entries: [] }), undefined);
});

/** prepared.json as the docs make it: new incident --template … --feed prepared.json, then update; and an empty feed.json. */
function setUp(run) {
  const ok = (r) => assert.equal(r.status, 0, r.stderr);
  ok(run('new', 'incident', '--template', 'water', '--id', 'burst-main', '--feed', 'prepared.json', '--feed-id', 'prepared', '--time-zone', 'Europe/Amsterdam', '--lang', 'nl,en'));
  ok(run('update', 'prepared.json', '--incident', 'burst-main', '--title', 'Leidingbreuk: geen water in [[TODO: wijk]]', '--title', 'Burst main: no water in [[TODO: area]]', '--known', BURST.known.nl, '--known', BURST.known.en));
  ok(run('new', 'incident', '--template', 'generic', '--id', 'computer-down', '--feed', 'prepared.json'));
  ok(run('new', 'feed', '--feed-id', 'waterbedrijf', '--publisher', 'Waterbedrijf Voorbeeld', '--publisher-url', 'www.water.example', '--time-zone', 'Europe/Amsterdam'));
}

test('CLI: new incident --prepared --like copies the prepared text into feed.json as a new incident and lists the placeholders still to fill', async () => {
  await withCliDir('clearline-prepared-', async (dir, run) => {
    setUp(run);
    const made = run('new', 'incident', '--prepared', 'prepared.json', '--like', 'burst-main', '--id', 'burst-2026-12-07');
    assert.equal(made.status, 0, made.stderr);
    const feed = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
    const inc = feed.incidents[0];
    assert.equal(inc.id, 'burst-2026-12-07');
    assert.deepEqual(inc.known, BURST.known);
    assert.deepEqual([inc.phase, inc.started_at, inc.updated_at, inc.next_update_at], ['investigating', '2026-12-07T01:10:00Z', '2026-12-07T01:10:00Z', '2026-12-07T01:40:00Z']);
    assert.equal(inc.updates, undefined);
    assert.equal(inc.actions.length, 3, 'the water template\'s actions, as prepared');
    // The Dutch desk is told where it came from and which placeholders are left (the street, kept on purpose).
    assert.match(made.stdout, /incident "burst-2026-12-07" uit uw voorbereide tekst "Leidingbreuk: geen water in \[\[TODO: wijk\]\]" \(prepared\.json, burst-main; talen nl, en\)/);
    assert.match(made.stdout, /Eerste update beloofd om 02:40 \(Europe\/Amsterdam\)/);
    assert.match(made.stdout, /\n {2}incidents\/0\/title\/nl\n/);
    // The template's contact reasons are not added unasked: the prepared text names no template.
    assert.equal(feed.contact_reasons, undefined);
    assert.doesNotMatch(made.stdout, /Contactredenen uit het sjabloon/);
  }, { now: NOW, tz: 'Europe/Amsterdam' });
});

test('CLI: lint --prepared checks prepared texts as the studio --prepare does: placeholders are warnings, a passed next update and no channels are not said', async () => {
  await withCliDir('clearline-prepared-lint-', async (dir, run, env) => {
    setUp(run);
    // A month after the texts were written (NOW), their promised first update has long passed.
    const later = { ...env, CLEARLINE_TEST_NOW: String(NOW + 31 * 86_400_000) };
    const lint = (...args) => spawnSync(process.execPath, [CLI, 'lint', ...args, 'prepared.json'], { cwd: dir, encoding: 'utf8', env: later });
    const rules = (r) => JSON.parse(r.stdout).findings.map((f) => `${f.rule}:${f.severity}`);
    const plain = lint('--json');
    assert.equal(plain.status, 2, 'as a feed about to be published, its placeholders are errors');
    for (const r of ['placeholder:error', 'next-update-past:error', 'channels-missing:warning']) assert.ok(rules(plain).includes(r), `${r} in ${plain.stdout}`);
    const prepared = lint('--json', '--prepared');
    assert.equal(prepared.status, 0, prepared.stdout + prepared.stderr);
    const said = rules(prepared);
    assert.ok(said.includes('placeholder:warning'), said.join());
    assert.deepEqual(said.filter((r) => /^(next-update|channels-missing|placeholder:error)/.test(r)), [], said.join());
    // In the desk's words, with the fix for a text filled in when used.
    assert.match(lint('--prepared').stdout, /Laat dit staan als het pas bij gebruik bekend is/);
  }, { now: NOW, tz: 'Europe/Amsterdam' });
});

// A major template's text without an "Act now" action was told "this warning does not stop you from signing", in the
// studio --prepare and lint --prepared, where nothing is signed: said as saving and using the prepared text.
test('CLI: lint --prepared says a suggestion does not stop saving or using the text, not signing, in Dutch and English', async () => {
  await withCliDir('clearline-prepared-signing-', async (dir, run) => {
    setUp(run);
    // Its "Act now" action taken out, as a desk may before choosing one.
    const file = join(dir, 'prepared.json');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    for (const inc of doc.incidents) for (const a of inc.actions ?? []) delete a.urgent;
    writeFileSync(file, JSON.stringify(doc, null, 2));
    const said = { nl: 'deze waarschuwing houdt het opslaan of gebruiken van de voorbereide tekst niet tegen', en: 'this warning does not stop you from saving the prepared text or using it' };
    for (const lang of ['nl', 'en']) {
      const fixes = JSON.parse(run('lint', '--json', '--prepared', '--lang', lang, 'prepared.json').stdout).findings.filter((f) => f.rule === 'urgent-action-missing').map((f) => f.fix);
      assert.ok(fixes.length > 0, lang);
      for (const fix of fixes) {
        assert.ok(fix.includes(said[lang]), fix);
        assert.doesNotMatch(fix, /sign|ondertek/i);
      }
    }
    // feed.json, to be signed, keeps saying it.
    assert.match(run('lint', '--json', '--lang', 'en', 'prepared.json').stdout, /does not stop you from signing/);
  }, { now: NOW, tz: 'Europe/Amsterdam' });
});

test('CLI: new incident --prepared refuses, in the desk\'s words and listing the prepared texts, and writes nothing', async () => {
  await withCliDir('clearline-prepared-refused-', async (dir, run) => {
    setUp(run);
    const before = readFileSync(join(dir, 'feed.json'), 'utf8');
    const several = run('new', 'incident', '--prepared', 'prepared.json', '--id', 'x');
    assert.equal(several.status, 2);
    assert.match(several.stderr, /prepared\.json heeft 2 voorbereide teksten; zeg met --like welke:\n {2}computer-down {2}“.*”\n {2}burst-main {5}“Leidingbreuk: geen water in \[\[TODO: wijk\]\]”\nBijvoorbeeld: --like computer-down\n$/);
    const unknown = run('new', 'incident', '--prepared', 'prepared.json', '--like', 'leidingbreuk', '--id', 'x');
    assert.match(unknown.stderr, /prepared\.json heeft geen voorbereide tekst "leidingbreuk"\. Wel deze:\n {2}computer-down {2}“.*”\n {2}burst-main /);
    assert.match(run('new', 'incident', '--prepared', 'voorbereid.json', '--id', 'x').stderr, /voorbereid\.json bestaat niet\. Voorbereide teksten maakt u vooraf, in een eigen bestand, als een feed: clearline new incident --template generic --id computers-plat --feed voorbereid\.json --feed-id voorbereid/);
    writeFileSync(join(dir, 'faq.json'), JSON.stringify({ type: 'faq', version: 1, feed_id: 'faq', entries: [] }));
    assert.match(run('new', 'incident', '--prepared', 'faq.json', '--id', 'x').stderr, /faq\.json is geen bestand met voorbereide teksten/);
    assert.match(run('new', 'incident', '--prepared', 'prepared.json', '--like', 'burst-main').stderr, /geef het nieuwe incident een eigen --id, bijvoorbeeld --id burst-main-2026-12-07/);
    assert.match(run('new', 'incident', '--prepared', 'prepared.json', '--template', 'water', '--id', 'x').stderr, /geef --template of --prepared, niet allebei/);
    assert.match(run('new', 'incident', '--prepared', 'prepared.json', '--like', 'burst-main', '--id', 'x', '--lang', 'de').stderr, /de voorbereide tekst "burst-main" is geschreven in nl, en; er is geen tekst in de/);
    assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), before);
  }, { now: NOW, tz: 'Europe/Amsterdam' });
});

test('CLI: with one prepared text and no --like, that one; by its title too; --lang en keeps only its English', async () => {
  await withCliDir('clearline-prepared-one-', async (dir, run) => {
    setUp(run);
    const file = JSON.parse(readFileSync(join(dir, 'prepared.json'), 'utf8'));
    writeFileSync(join(dir, 'one.json'), JSON.stringify({ ...file, incidents: [file.incidents.find((i) => i.id === 'burst-main')] }));
    const one = run('new', 'incident', '--prepared', 'one.json', '--id', 'burst-1', '--next-update', '+1h');
    assert.equal(one.status, 0, one.stderr);
    const title = run('new', 'incident', '--prepared', 'prepared.json', '--like', 'Burst main: no water in [[TODO: area]]', '--id', 'burst-2', '--lang', 'en', '--json');
    assert.equal(title.status, 0, title.stderr);
    assert.equal(JSON.parse(title.stdout).prepared, 'burst-main');
    const [second, first] = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents;
    assert.deepEqual([first.id, first.next_update_at, first.known.en], ['burst-1', '2026-12-07T02:10:00Z', BURST.known.en]);
    assert.deepEqual(second.known, { en: BURST.known.en });
  }, { now: NOW, tz: 'Europe/Amsterdam' });
});

test('studio --prepared: the page gets prepared-src, /api/prepared serves the prepared texts; a missing file is refused at start', async (t) => {
  t.after(stopStudios);
  await withCliDir('clearline-prepared-studio-', async (dir, run) => {
    setUp(run);
    const { url, stop } = await startStudio(dir, ['--port', '0', '--prepared', 'prepared.json', '--lang', 'nl']);
    try {
      assert.match(await (await fetch(url)).text(), /<clearline-editor [^>]*prepared-src="\/api\/prepared"/);
      const served = await (await fetch(new URL('/api/prepared', url))).json();
      assert.deepEqual(served.incidents.map((i) => i.id), ['computer-down', 'burst-main']);
    } finally {
      stop();
    }
    const missing = run('studio', 'feed.json', '--prepared', 'voorbereid.json', '--lang', 'nl', '--port', '0');
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /voorbereid\.json bestaat niet/);
  });
});
