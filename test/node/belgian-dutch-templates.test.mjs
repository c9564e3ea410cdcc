// A Flemish bank (trial U: languages nl-BE and en, Europe/Brussels) ran `new incident --template payments` and read
// Netherlands Dutch: "Pinnen en betalen met de app werkt niet", services "(de app, internetbankieren, iDEAL, pinnen,
// overboekingen)", "salaris", "laat uw pas blokkeren", and the reasons "mijn pas is kwijt", "Komt mijn salaris of uitkering
// binnen?". Belgians say bankkaart, betalen met de kaart, overschrijving, loon, online bankieren; iDEAL is Dutch only, and
// docs/publishing.md promised it left out off Amsterdam's clock. The CLI test uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import test from 'node:test';
import { pathToFileURL } from 'node:url';
import { importTs } from './ts-import.mjs';

const { TEMPLATE_NAMES, TEMPLATES, AFFECTS_EXAMPLES, incidentFromTemplate, contactReasonsFromTemplate } = await importTs('src/templates/index.ts');
const { BELGIAN_DUTCH } = await importTs('src/templates/belgian.ts');
const { BELGIAN_EXAMPLES } = await importTs('src/templates/belgian-places.ts');
const { BELGIAN_WORDS } = await importTs('src/templates/belgian-words.ts');
const NOW = Date.parse('2026-12-08T05:10:00Z');
const ROOT = resolve(import.meta.dirname, '../..');

const texts = (node, lang) => (Array.isArray(node) ? node.flatMap((n) => texts(n, lang)) : node && typeof node === 'object' ? Object.entries(node).flatMap(([k, v]) => (k === lang ? [v] : texts(v, lang))) : []);
const dutchOf = (name, lang, timeZone) => texts([incidentFromTemplate(name, { id: 'x', langs: [lang], now: NOW, timeZone }), contactReasonsFromTemplate(name, [lang], timeZone)], lang).join(' | ');
const NETHERLANDS = /\b(?:iDEAL|pinnen|Pinnen|Pinbetalingen|uw pas|mijn pas|salaris|overboekingen|overgemaakt|overmaken|over te maken|afgeschreven|internetbankieren|betaalautoma\w*)\b/;
const BANKISH = ['payments', 'merchant-payments', 'cyberattack', 'phishing'];

test('every Belgian phrase is found in the catalog (a catalog edit cannot leave one behind)', () => {
  const all = JSON.stringify([TEMPLATES, AFFECTS_EXAMPLES]);
  for (const [phrase] of BELGIAN_DUTCH) assert.ok(all.includes(JSON.stringify(phrase).slice(1, -1)), phrase);
});

for (const [lang, zone] of [['nl-BE', 'Europe/Brussels'], ['nl-BE', undefined], ['nl', 'Europe/Brussels']]) {
  test(`the bank templates' Dutch (${lang}, ${zone ?? 'no zone'}) says Belgian words, without iDEAL`, () => {
    for (const name of BANKISH) assert.doesNotMatch(dutchOf(name, lang, zone), NETHERLANDS, name);
    const pay = dutchOf('payments', lang, zone);
    assert.match(pay, /Betalen met de bankkaart en met de app werkt niet/);
    assert.match(pay, /\(de app, online bankieren, betalen met de kaart, geld afhalen, overschrijvingen\)/);
    assert.match(pay, /of loon, pensioen en uitkeringen/);
    assert.match(pay, /laat uw bankkaart blokkeren/);
    assert.match(pay, /Komt mijn loon of uitkering binnen\?/);
    assert.match(dutchOf('phishing', lang, zone), /codes gegeven of geld overgeschreven/);
  });
}

test("on Amsterdam's clock, and without a zone, the Dutch keeps its words; elsewhere it leaves iDEAL out", () => {
  for (const zone of ['Europe/Amsterdam', undefined]) assert.match(dutchOf('payments', 'nl', zone), /\(de app, internetbankieren, iDEAL, pinnen, overboekingen\).*laat uw pas blokkeren/);
  const paramaribo = dutchOf('payments', 'nl', 'America/Paramaribo');
  assert.match(paramaribo, /\(de app, internetbankieren, pinnen, overboekingen\)/);
  assert.doesNotMatch(paramaribo, /iDEAL/);
  // Other templates are unchanged in Belgium but for money "overgeschreven", a few words (belgian-words.ts: gsm, factuur) and the examples (belgian-places.ts: Antwerpen-Noord, not Utrecht-Oost).
  const belgianExamples = (t) => [...BELGIAN_WORDS, ...BELGIAN_EXAMPLES].reduce((s, [from, to]) => s.replaceAll(from, to), t);
  // The doorstep template says "technieker" in Belgium, not "monteur" (template-doorstep.test.mjs).
  // The data-breach template names the Gegevensbeschermingsautoriteit in Belgium (template-data-breach.test.mjs).
  for (const name of TEMPLATE_NAMES.filter((n) => !BANKISH.includes(n) && n !== 'doorstep' && n !== 'data-breach')) assert.equal(dutchOf(name, 'nl-BE', 'Europe/Brussels'), belgianExamples(dutchOf(name, 'nl', 'Europe/Amsterdam')).replaceAll('geld overgemaakt', 'geld overgeschreven'), name);
});

test('CLI: new incident --template payments on a Brussels nl-BE feed writes Belgian Dutch, and its reason commands too', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-be-'));
  try {
    const feed = { type: 'status', version: 1, feed_id: 'scheldebank', time_zone: 'Europe/Brussels', publisher: { name: { 'nl-BE': 'Scheldebank', en: 'Scheldebank' }, url: 'https://www.scheldebank.be' }, incidents: [], contact_reasons: [{ id: 'money', label: { 'nl-BE': 'Is mijn geld veilig?', en: 'Is my money safe?' } }] };
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed, null, 2));
    const clock = pathToFileURL(join(ROOT, 'test/node/fixed-clock.mjs')).href;
    const r = spawnSync(process.execPath, ['--import', clock, join(ROOT, 'dist/cli.js'), 'new', 'incident', '--template', 'payments', '--lang', 'nl-BE,en', '--id', 'pay', '--feed', 'feed.json'], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, CLEARLINE_TEST_NOW: String(NOW), TZ: 'Europe/Brussels' } });
    assert.equal(r.status, 0, r.stderr);
    const inc = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents.find((i) => i.id === 'pay');
    assert.equal(inc.started_at, '2026-12-08T05:10:00Z');
    const nl = texts(inc, 'nl-BE').join(' | ');
    assert.match(nl, /Betalen met de bankkaart en met de app werkt niet/);
    assert.doesNotMatch(nl, NETHERLANDS);
    assert.match(r.stdout, /--name "Fraude of oplichting, of mijn bankkaart is kwijt of gestolen"/);
    assert.match(r.stdout, /"Komt mijn loon of uitkering binnen\?"/);
    assert.doesNotMatch(r.stdout, /\b(?:uw|mijn) pas\b|salaris|afgeschreven/);
    assert.match(texts(inc, 'en').join(' '), /online banking, cards, transfers/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
