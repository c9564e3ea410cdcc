// Trial W, an Irish gas network (finding 19): during relights people posed as its engineers at the door. `new incident
// --template scam` gave the phishing template (fake texts, PINs, codes; "Was my data stolen?", "Reporting a fake message")
// and the desk rewrote every text. Now there is a `doorstep` template, found by the words a desk types, in Dutch and
// English: keep the door closed, pay nothing, the police; check an engineer on the publisher's own number; real engineers
// never ask for money. British, Irish, North American and Belgian words where they differ. Uses dist/ for the CLI.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const { templateNamed, TEMPLATE_NAMES, incidentFromTemplate, contactReasonsFromTemplate } = await importTs('src/templates/index.ts');
const { TEMPLATE_LABELS } = await importTs('src/templates/labels.ts');
const NOW = Date.parse('2026-12-07T21:40:00Z');
const texts = (node, lang) => (Array.isArray(node) ? node.flatMap((n) => texts(n, lang)) : node && typeof node === 'object' ? Object.entries(node).flatMap(([k, v]) => (k === lang ? [v] : texts(v, lang))) : []);
const all = (lang, timeZone) => texts([incidentFromTemplate('doorstep', { id: 'x', langs: [lang], now: NOW, timeZone }), contactReasonsFromTemplate('doorstep', [lang], timeZone)], lang).join(' | ');

test('doorstep is a template, found by the words a desk types in English and Dutch; "scam" and "fraud" stay phishing', () => {
  assert.ok(TEMPLATE_NAMES.includes('doorstep'));
  for (const name of ['doorstep', 'doorstep fraud', 'bogus callers', 'Bogus caller', 'fake engineers', 'fake-technicians', 'nep-monteurs', 'nepmonteurs', 'babbeltruc', 'Nepmonteurs aan de deur', 'Fake engineers at the door']) assert.equal(templateNamed(name), 'doorstep', name);
  for (const name of ['scam', 'fraud', 'nep-sms']) assert.equal(templateNamed(name), 'phishing', name);
  assert.equal(TEMPLATE_LABELS.en.doorstep, 'Fake engineers at the door');
  assert.equal(TEMPLATE_LABELS.nl.doorstep, 'Nepmonteurs aan de deur');
});

test('the doorstep template: door closed, no money, the police first; check on our own number; real engineers never ask for money', () => {
  const inc = incidentFromTemplate('doorstep', { id: 'd', langs: ['nl', 'en'], now: NOW });
  assert.equal(inc.phase, 'identified');
  for (const t of [inc.title, inc.known, inc.unknown]) for (const l of ['nl', 'en']) assert.match(t[l], /^\[\[TODO: /, l);
  for (const a of inc.actions) for (const l of ['nl', 'en']) assert.match(a.label[l], /^\[\[TODO: /, `${l}: ${a.label[l]}`);
  const [door, check] = inc.actions;
  assert.equal(door.urgent, true);
  assert.match(door.label.nl, /Houd de deur dicht en betaal niets\. Bel 112 en vraag om de politie$/);
  assert.match(door.label.en, /Keep the door closed and do not pay\. Call the emergency number and ask for the police$/);
  assert.match(door.who.en, /Someone at your door asks for money or to come in/);
  assert.equal(check.urgent, true);
  assert.match(check.label.nl, /legitimatiebewijs .* ons belt op \[\[TODO: ons nummer\]\]\. Bel geen nummer dat de persoon aan de deur u geeft$/);
  assert.match(check.label.en, /Ask to see their ID, .* calling us on \[\[TODO: our number\]\]\. Do not call a number the person at the door gives you$/);
  const later = inc.actions.filter((a) => !a.urgent).map((a) => a.label.en).join(' | ');
  assert.match(later, /Our real engineers never ask for money or bank details at the door/);
  assert.match(inc.actions.filter((a) => !a.urgent).map((a) => a.label.nl).join(' | '), /Echte monteurs van ons vragen nooit om geld/);
  // None of the phishing template's words: no texts, PINs, codes or stolen data.
  assert.doesNotMatch(all('en'), /PIN|login code|Was my data stolen|fake message/);
  assert.deepEqual(contactReasonsFromTemplate('doorstep', ['nl', 'en']).map((r) => [r.id, r.label.en, r.urgent ?? false]), [
    ['at-door', 'Someone at my door says they are from you', true],
    ['let-in-paid', 'I let someone in or paid them', false],
    ['check-visit', 'Checking a visit from an engineer', false],
    ['report-caller', 'Reporting a fake engineer', false],
  ]);
});

test('by the feed\'s clock: 999 in Britain, the Gardaí in Ireland, 911 and technicians in the US, techniekers in Belgium', () => {
  assert.match(all('en', 'Europe/London'), /Call 999 and ask for the police/);
  assert.match(all('en', 'Europe/London'), /Fake engineers at the door in North Leeds/);
  const ie = all('en', 'Europe/Dublin');
  assert.match(ie, /Call 112 or 999 and ask for the Gardaí/);
  assert.match(ie, /Report it to the Gardaí and to us/);
  assert.match(ie, /whether the Gardaí know/);
  assert.doesNotMatch(ie, /police/);
  const us = all('en', 'America/Chicago');
  assert.match(us, /Call 911 and ask for the police/);
  assert.match(us, /Fake utility workers at the door/);
  assert.match(us, /one of our technicians or staff/);
  assert.doesNotMatch(us, /engineer|neighbours/);
  const be = all('nl-BE', 'Europe/Brussels');
  assert.match(be, /Valse techniekers aan de deur in Antwerpen-Noord/);
  assert.match(be, /Bel 112 en vraag om de politie/);
  assert.doesNotMatch(be, /monteur/i);
  assert.match(all('nl', 'Europe/Amsterdam'), /Nepmonteurs aan de deur in Utrecht-Oost/);
});

// The desk's own words in place of the marks, as a desk publishes it: lint finds no error.
const fill = (file) => {
  const f = JSON.parse(readFileSync(file, 'utf8'));
  const inc = f.incidents[0];
  for (const part of ['title', 'known', 'unknown']) for (const l of Object.keys(inc[part])) inc[part][l] = l === 'nl' ? 'Sinds maandag bellen twee mannen aan die zeggen monteur van ons te zijn.' : 'Since Monday two men have been calling at homes, saying they are our engineers.';
  for (const a of inc.actions) {
    for (const l of Object.keys(a.label)) a.label[l] = a.label[l].replace(/^\[\[TODO: [^\]]*\]\]\s*/, '').replace(/\[\[TODO: (?:our number|ons nummer)\]\]/, '1800 20 50 50');
    for (const l of Object.keys(a.who)) a.who[l] = a.who[l].replace(/^\[\[TODO: [^"]*"(.*)"\]\]$/, '$1');
  }
  writeFileSync(file, JSON.stringify(f, null, 2));
};

for (const [template, zone, langs] of [['bogus callers', 'Europe/Dublin', 'en'], ['nep-monteurs', 'Europe/Amsterdam', 'nl,en']]) {
  test(`clearline new incident --template "${template}" (${zone}, ${langs}): the doorstep incident, lint-clean once the marks are filled in`, async () => {
    await withCliDir('clearline-doorstep-', async (dir, run) => {
      const r = run('new', 'incident', '--template', template, '--id', 'doorstep-1', '--feed-id', 'gas', '--publisher', 'Gas Network', '--publisher-url', 'https://www.gas.example', '--time-zone', zone, '--lang', langs);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /\(doorstep\)|doorstep template/);
      const before = JSON.parse(run('lint', '--json', 'feed.json').stdout);
      assert.ok(before.findings.some((f) => f.rule === 'placeholder'), 'refused until edited');
      fill(join(dir, 'feed.json'));
      const after = JSON.parse(run('lint', '--json', 'feed.json').stdout);
      assert.deepEqual(after.findings.filter((f) => f.severity === 'error'), [], JSON.stringify(after.findings));
      assert.ok(!after.findings.some((f) => f.rule === 'placeholder'), JSON.stringify(after.findings));
    }, { now: NOW });
  });
}
