// A Flemish secondary-school group (Europe/Brussels, nl and en) closes campuses for a storm: its
// numbers are shown as Belgians write them (+32 3 123 45 67, +32 470 12 34 56), its desk sees them in
// the studio as it dials them (03 123 45 67), and Belgian helplines such as Awel (102) and the fire
// brigade's storm line (1722) are accepted; the storm template asks what a school must say (found in
// the Belgian school walkthrough). The CLI test uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import test from 'node:test';
import { fileURLToPath } from 'node:url';
import { importTs } from './ts-import.mjs';

const { formatTel } = await importTs('src/content/links.ts');
const { groupBelgian } = await importTs('src/feed/phone.ts');
const { channelLink, deskLink, dialledExample } = await importTs('src/feed/channel-edit.ts');
const { callingCodeForZone, isShortNumber } = await importTs('src/feed/dialling.ts');
const { lintDocument } = await importTs('src/lint/index.ts');
const { exportEmail } = await importTs('src/export/index.ts');

test('readers and exports show a Belgian number as Belgians write it, not in threes (+32 312 34567)', () => {
  const cases = {
    'tel:+3231234567': '+32 3 123 45 67', // Antwerp: a one-digit zone
    'tel:+3221234567': '+32 2 123 45 67', // Brussels
    'tel:+3292345678': '+32 9 234 56 78', // Ghent
    'tel:+3241234567': '+32 4 123 45 67', // Liège (8 digits: not a mobile)
    'tel:+3250123456': '+32 50 12 34 56', // Bruges: a two-digit zone
    'tel:+3278170170': '+32 78 170 170', // 078, as Card Stop prints it (trial U: before, 078 17 01 70)
    'tel:+32470123456': '+32 470 12 34 56', // a mobile
    'tel:+3280012345': '+32 800 12 345', // 0800 xx xxx (trial U: before, 0800 123 45)
  };
  for (const [href, want] of Object.entries(cases)) {
    assert.equal(formatTel(href), want, href);
    assert.equal(formatTel(href, 'nl'), want, `${href} on a Dutch page`);
    // A Belgian page (nl-BE, fr-BE) writes them as dialled at home, as en-GB does British ones: 03 123 45 67.
    const home = want.replace('+32 ', '0');
    assert.equal(formatTel(href, 'nl-BE'), home, `${href} on a Belgian page`);
    assert.equal(formatTel(href, 'fr-BE'), home, `${href} on a Belgian page in French`);
  }
  assert.equal(groupBelgian('470123456'), '470 12 34 56');
  // Other countries keep their own grouping.
  assert.equal(formatTel('tel:+31302345678', 'nl-BE'), '+31 30 234 5678');
  assert.equal(formatTel('tel:+33123456789'), '+33 123 456 789');
  assert.equal(formatTel('tel:116000'), '116 000');
});

test('the studio shows a Belgian feed its numbers as the desk dials them (03 123 45 67, not 031234567), with a Belgian example', () => {
  const code = callingCodeForZone('Europe/Brussels');
  assert.equal(code, '32');
  assert.equal(deskLink('tel:+3231234567', code), '03 123 45 67');
  assert.equal(deskLink('tel:+32470123456', code), '0470 12 34 56');
  assert.equal(deskLink('tel:+3250123456', code), '050 12 34 56');
  // What is shown turns back into the same link.
  assert.equal(channelLink('03 123 45 67', code), 'tel:+3231234567');
  assert.equal(channelLink('0470 12 34 56', code), 'tel:+32470123456');
  // A Dutch feed shows the Belgian number with +32.
  assert.equal(deskLink('tel:+3231234567', '31'), '+32 3 123 45 67');
  assert.equal(dialledExample(code), '03 123 45 67');
});

const school = (href) => ({
  type: 'status', version: 1, feed_id: 'scholengroep-schelde', time_zone: 'Europe/Brussels',
  issued_at: '2026-12-02T16:00:00Z', expires_at: '2026-12-02T18:00:00Z', seq: 1,
  publisher: { name: 'Scholengroep Schelde', url: 'https://www.scholengroep-schelde.example/' },
  channels: [
    { id: 'phone', kind: 'phone', label: { nl: 'Secretariaat', en: 'School office' }, href: 'tel:+3231234567' },
    { id: 'help', kind: 'phone', label: { nl: 'Hulplijn', en: 'Helpline' }, href },
  ],
  incidents: [{
    id: 'storm', title: { nl: 'Storm: drie campussen morgen dicht', en: 'Storm: three campuses closed tomorrow' }, severity: 'major', phase: 'identified',
    started_at: '2026-12-02T15:00:00Z', updated_at: '2026-12-02T16:00:00Z',
    known: { nl: 'De campussen Hoboken, Wilrijk en Kontich zijn morgen dicht.', en: 'The Hoboken, Wilrijk and Kontich campuses are closed tomorrow.' },
    unknown: { nl: 'Of ze vrijdag weer opengaan.', en: 'Whether they reopen on Friday.' },
    next_update_at: '2026-12-02T17:00:00Z',
    actions: [{ label: { nl: 'Kom niet naar school', en: 'Do not come to school' }, urgent: true }],
  }],
});

test('lint accepts the Belgian helplines a school lists (Awel 102, 1722, 1712, 1813) as short numbers, not "not in E.164 form"', () => {
  for (const n of ['102', '106', '1712', '1722', '1733', '1747', '1813', '100']) {
    assert.ok(isShortNumber(`tel:${n}`, '32'), n);
    assert.ok(!isShortNumber(`tel:${n}`, '44'), `${n} in a British feed`);
    const found = lintDocument(school(`tel:${n}`)).filter((f) => f.rule === 'phone-e164');
    assert.deepEqual(found, [], n);
  }
  // A typo is still caught, and outside Belgium 102 and 1722 are no public numbers.
  assert.ok(lintDocument(school('tel:1723')).some((f) => f.rule === 'phone-e164'));
  for (const zone of ['Europe/Amsterdam', 'Europe/London']) {
    for (const n of ['102', '1722']) assert.ok(lintDocument({ ...school(`tel:${n}`), time_zone: zone }).some((f) => f.rule === 'phone-e164'), `${n} in ${zone}`);
  }
});

test("a Belgian school's e-mail gives its numbers as Belgians write them", () => {
  const now = Date.parse('2026-12-02T16:05:00Z');
  const mail = exportEmail(school('tel:+32470123456'), { now, lang: 'nl' });
  // Dutch from a feed on Belgian time: as dialled in Belgium, as the school's nl-BE pages show them.
  assert.match(mail.text, /Secretariaat: 03 123 45 67\n/);
  assert.match(mail.text, /Hulplijn: 0470 12 34 56\n/);
  assert.doesNotMatch(mail.text, /312 34567|470 123 456/);
  // In English (international parents, most of them in Belgium) as dialled in Belgium too (trials Q, R: a Dutch feed's
  // English readers were given "+31 800 9009", which nobody dials at home); the link keeps +32.
  const en = exportEmail(school('tel:+32470123456'), { now, lang: 'en' });
  assert.match(en.text, /School office: 03 123 45 67\n/);
});

const { incidentFromTemplate, contactReasonsFromTemplate, templateNamed } = await importTs('src/templates/index.ts');

test('the storm template asks a school or municipality what it needs to say: which buildings are closed, childcare, moved exams; its reasons say no "outage"', () => {
  const inc = incidentFromTemplate('storm', { id: 'storm', langs: ['nl', 'en'], now: Date.parse('2026-12-02T16:00:00Z') });
  // Before, only "welke gebieden of diensten geraakt zijn" / "outages and delays".
  for (const want of [/gebouwen/, /scholen/, /dicht/, /opvang/, /examens/, /code oranje\/rood/]) assert.match(inc.known.nl, want);
  for (const want of [/buildings/, /schools/, /closed/, /childcare/, /exams/, /weather warning/]) assert.match(inc.known.en, want);
  assert.match(inc.unknown.nl, /schade/);
  assert.match(inc.unknown.en, /damage/);
  assert.doesNotMatch(inc.title.nl, /storing/i);
  assert.doesNotMatch(inc.title.en, /outage/i);
  // The contact reasons reach readers unmarked: words for every sector.
  const reasons = contactReasonsFromTemplate('storm', ['nl', 'en']);
  assert.deepEqual(reasons.map((r) => r.id), ['danger', 'disrupted', 'damage']);
  for (const r of reasons) {
    assert.doesNotMatch(r.label.nl, /storing/i, r.label.nl);
    assert.doesNotMatch(r.label.en, /outage/i, r.label.en);
  }
  assert.equal(templateNamed('noodweer'), 'storm');
});

test('new channel --name "Secretariaat" "School office": the CLI says to give --name once per text, not to join both into one name', () => {
  const cli = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'dist/cli.js');
  const dir = mkdtempSync(join(tmpdir(), 'clearline-school-'));
  const run = (...args) => spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'UTC' } });
  try {
    assert.equal(run('new', 'incident', '--template', 'storm', '--id', 'storm', '--feed-id', 'scholengroep-schelde', '--time-zone', 'Europe/Brussels').status, 0);
    const before = readFileSync(join(dir, 'feed.json'), 'utf8');
    const r = run('new', 'channel', '--kind', 'phone', '--link', '03 123 45 67', '--name', 'Secretariaat', 'School office');
    assert.equal(r.status, 2);
    // The school's feed is Dutch first (nl,en), so the CLI says it in Dutch (program.ts usageLanguage).
    assert.match(r.stderr, /Geef --name één keer per tekst: --name "Secretariaat" --name "School office"\./);
    assert.doesNotMatch(r.stderr, /--name "Secretariaat School office"/);
    assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), before, 'nothing changed');
    // Words split by the shell are still one text to quote.
    assert.match(run('new', 'channel', '--kind', 'phone', '--link', '03', '123', '45', '67', '--name', 'Secretariaat').stderr, /Zet een tekst met spaties tussen aanhalingstekens: --link "03 123 45 67"/);
    assert.equal(run('new', 'channel', '--kind', 'phone', '--link', '03 123 45 67', '--name', 'Secretariaat', '--name', 'School office').status, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a Belgian school's phone message is spoken by a Flemish voice (nl-BE), not a Netherlands one (nl-NL)", async () => {
  const { exportIvr } = await importTs('src/export/index.ts');
  const feed = school('tel:+32470123456');
  feed.channels[0].wait_minutes = 5;
  feed.channels[0].wait_reason = { nl: 'veel telefoontjes over de storm', en: 'many calls about the storm' };
  const now = Date.parse('2026-12-02T16:05:00Z');
  assert.match(exportIvr(feed, { now, lang: 'nl' }).ssml, /<lang xml:lang="nl-BE">/);
  // English stays British English; a Dutch feed keeps nl-NL.
  assert.match(exportIvr(feed, { now, lang: 'en' }).ssml, /<lang xml:lang="en-GB">/);
  assert.match(exportIvr({ ...feed, time_zone: 'Europe/Amsterdam' }, { now, lang: 'nl' }).ssml, /<lang xml:lang="nl-NL">/);
});

test('the studio\'s "Affects" hint names Flemish places for a feed from Belgium, not Amsterdam and Utrecht', async () => {
  const { affectsHint } = await importTs('src/components/editor/locale.ts');
  const own = 'Gescheiden door komma’s, bijv. Amsterdam, Utrecht';
  assert.equal(affectsHint('nl', 'Europe/Brussels', own), 'Gescheiden door komma’s, bijv. Antwerpen, Gent');
  assert.equal(affectsHint('en', 'Europe/Brussels', 'x'), 'Comma-separated, e.g. Antwerp, Ghent');
  assert.equal(affectsHint('nl', 'Europe/Amsterdam', own), own);
});

test('keygen next to a feed.json fills in its feed id in the embed code, not "your-feed-id"', () => {
  const cli = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'dist/cli.js');
  const dir = mkdtempSync(join(tmpdir(), 'clearline-school-'));
  const run = (...args) => spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'UTC' } });
  try {
    assert.equal(run('new', 'incident', '--template', 'storm', '--id', 'storm', '--feed-id', 'scholengroep-schelde', '--time-zone', 'Europe/Brussels').status, 0);
    const r = run('keygen', '--out', 'private.jwk.json');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /feed-id="scholengroep-schelde"/);
    assert.match(r.stdout, /feed-id="scholengroep-schelde-faq"/);
    assert.doesNotMatch(r.stdout, /your-feed-id|geef --feed-id/);
    // --feed-id still wins.
    assert.match(run('keygen', '--out', 'k2.jwk.json', '--feed-id', 'other').stdout, /feed-id="other"/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('lint warns about a Belgian number with a digit too few or too many, as it does about a Dutch or British one', async () => {
  const { digitCountProblem } = await importTs('src/feed/dialling.ts');
  for (const ok of ['tel:+3231234567', 'tel:+3250123456', 'tel:+32470123456', 'tel:+3280012345', 'tel:+3241234567']) assert.equal(digitCountProblem(ok), undefined, ok);
  assert.deepEqual(digitCountProblem('tel:+323123456'), { code: '32', got: 7, allowed: [8] });
  assert.deepEqual(digitCountProblem('tel:+3247012345'), { code: '32', got: 8, allowed: [9] });
  const doc = school('tel:+32470123456');
  doc.channels[0].href = 'tel:+323123456';
  const [f] = lintDocument(doc, { lang: 'nl' }).filter((x) => x.rule === 'phone-length');
  assert.ok(f, 'a warning');
  assert.match(f.message, /Belgische nummer tel:\+323123456 \(03123456\) heeft 7 cijfers na \+32; zulke nummers hebben er 8/);
});
