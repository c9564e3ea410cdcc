// Trial V, a UK water company: `--template sewage` was refused ("there is no template") for sewer flooding, and the
// boil-water template said "Boil-water advice" where British water companies, their regulators and readers say "Boil
// Water Notice", and sent someone ill at night to their GP's out-of-hours number, not NHS 111. Now there is a `sewage`
// template in Dutch and English, and on a British (or Irish) clock the boil template says Boil Water Notice; NHS 111
// in Britain only; Dutch and other feeds keep their words. Uses dist/ for the CLI (run `npm run build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importTs } from './ts-import.mjs';
import { withCliDir } from './export-kit.mjs';

const { templateNamed, TEMPLATE_NAMES, TEMPLATES, incidentFromTemplate, contactReasonsFromTemplate } = await importTs('src/templates/index.ts');
const { TEMPLATE_LABELS } = await importTs('src/templates/labels.ts');
const NOW = Date.parse('2026-12-09T02:10:00Z');
const texts = (node) => (Array.isArray(node) ? node.flatMap(texts) : node && typeof node === 'object' ? Object.values(node).flatMap(texts) : typeof node === 'string' ? [node] : []);
const english = (name, timeZone, lang = 'en') =>
  texts([incidentFromTemplate(name, { id: 'x', langs: [lang], now: NOW, timeZone }), contactReasonsFromTemplate(name, [lang], timeZone)]).join(' | ');

test('sewage is a template, found by the words a water desk types in English and Dutch', () => {
  assert.ok(TEMPLATE_NAMES.includes('sewage'));
  for (const name of ['sewage', 'sewer', 'sewer flooding', 'Sewage flooding', 'foul-water', 'riool', 'rioolwater', 'rioolstoring', 'Rioolwateroverlast']) assert.equal(templateNamed(name), 'sewage', name);
  assert.equal(TEMPLATE_LABELS.en.sewage, 'Sewer flooding');
  assert.equal(TEMPLATE_LABELS.nl.sewage, 'Rioolwateroverlast');
  assert.equal(templateNamed('water'), 'water', 'water stays the outage');
});

test('the sewage template: marked texts in Dutch and English, the act-now first, the clean-up and insurer after', () => {
  const inc = incidentFromTemplate('sewage', { id: 'sewage-1', langs: ['nl', 'en'], now: NOW });
  for (const t of [inc.title, inc.known, inc.unknown]) for (const l of ['nl', 'en']) assert.match(t[l], /^\[\[TODO: /, l);
  for (const a of inc.actions) for (const l of ['nl', 'en']) assert.match(a.label[l], /^\[\[TODO: /, `${l}: ${a.label[l]}`);
  const urgent = inc.actions.filter((a) => a.urgent).map((a) => a.label.en).join(' | ');
  const later = inc.actions.filter((a) => !a.urgent).map((a) => a.label.en).join(' | ');
  assert.match(urgent, /Keep away from sewage water, and keep children and pets away from it/);
  assert.match(urgent, /Do not use the toilet, sinks, shower or washing machine until we say you can, and call our 24-hour line/);
  assert.match(later, /Do not start cleaning up yourself yet: \[\[TODO: who cleans up/);
  assert.match(later, /tell your home insurer/);
  assert.ok(inc.actions.findIndex((a) => !a.urgent) > inc.actions.findLastIndex((a) => a.urgent), 'act-now first');
  assert.match(inc.actions[0].label.nl, /Blijf uit de buurt van rioolwater en houd kinderen en huisdieren erbij weg/);
  // Sewage in a home is urgent, not a danger to life: time-critical, so readers are not sent to 999/112 first.
  const reasons = contactReasonsFromTemplate('sewage', ['en']);
  assert.deepEqual(reasons.map((r) => r.id), ['sewage-inside', 'sewage-outside', 'blocked-drain', 'clean-up']);
  assert.equal(reasons[0].time_critical, true);
  assert.ok(!reasons.some((r) => r.urgent));
  assert.match(english('sewage', 'Europe/London'), /Sewer flooding in Harrogate/);
  assert.equal(TEMPLATES.sewage.severity, 'major');
});

test('clearline new incident --template "sewer flooding" on a London feed: the template, in British English', async () => {
  await withCliDir('clearline-sewage-', async (dir, cli) => {
    const r = cli('new', 'incident', '--template', 'sewer flooding', '--id', 'sewer-tewkesbury', '--lang', 'en', '--feed-id', 'severn-vale-water', '--publisher', 'Severn Vale Water', '--publisher-url', 'https://www.severnvalewater.example', '--time-zone', 'Europe/London');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout + r.stderr, /from the sewage template/);
    const feed = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
    assert.match(feed.incidents[0].title.en, /Sewer flooding in Harrogate/);
    assert.ok(feed.contact_reasons.some((c) => c.id === 'sewage-inside' && c.time_critical));
  }, { now: NOW, tz: 'UTC' });
});

test('the boil-water template on a British clock: "Boil Water Notice" and NHS 111; Irish: the notice, no 111', () => {
  const gb = english('water-quality', 'Europe/London');
  assert.match(gb, /Boil Water Notice in Harrogate/);
  assert.match(gb, /that a Boil Water Notice applies/);
  assert.match(gb, /Does the Boil Water Notice apply to my address\?/);
  assert.match(gb, /Call your GP, or NHS 111 when they are closed; in an emergency, 999/);
  assert.doesNotMatch(gb, /[Bb]oil-water advice|out-of-hours/);
  const ie = english('water-quality', 'Europe/Dublin');
  assert.match(ie, /Boil Water Notice in Galway/);
  assert.doesNotMatch(ie, /NHS|111/);
  // British English without a zone reads as British.
  assert.match(english('water-quality', undefined, 'en-GB'), /Boil Water Notice in Harrogate.*NHS 111/s);
});

test('Dutch, Amsterdam-English and US feeds keep their words', () => {
  for (const zone of ['Europe/Amsterdam', undefined]) {
    const en = english('water-quality', zone);
    assert.match(en, /Boil-water advice in Zeist/, String(zone));
    assert.doesNotMatch(en, /Boil Water Notice|NHS/, String(zone));
  }
  assert.doesNotMatch(english('water-quality', 'America/Chicago'), /Boil Water Notice|NHS/);
  const nl = texts(incidentFromTemplate('water-quality', { id: 'x', langs: ['nl'], now: NOW, timeZone: 'Europe/London' })).join(' | ');
  assert.match(nl, /Kookadvies in Zeist/);
  assert.match(nl, /Bel uw huisarts, of de huisartsenpost als die dicht is/);
});
