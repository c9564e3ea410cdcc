// Trial Q, finding 8: a hospital's FAQ answer "Gaat mijn afspraak door? Ja, tenzij wij u bellen…" stood first in the help
// dialog while an IT outage cancelled every Tuesday appointment, and the night desk could not correct or hide it (the FAQ
// is the web team's own signed document). An incident now lists the FAQ entries whose standing answer does not hold while
// it goes on: `faq_outdated`. The CLI tests use dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import test, { describe } from 'node:test';
import { pathToFileURL } from 'node:url';
import { feed as deskFeed, folder, run } from './desk-feed-kit.mjs';
import { importTs } from './ts-import.mjs';
import { lintCleanFeed } from './lint-feed.mjs';

const { validatePayload } = await importTs('src/feed/schema.ts');
const { jsonSchema } = await importTs('src/feed/json-schema.ts');

const NOW = Date.parse('2026-12-15T08:00:00Z');
const ids = (n) => Array.from({ length: n }, (_, i) => `entry-${i}`);

describe('the feed field faq_outdated', () => {
  test('an incident keeps the FAQ entry ids it lists; an old feed without them is unaffected', () => {
    const feed = { ...lintCleanFeed(NOW), seq: 1, issued_at: '2026-12-15T08:00:00Z', expires_at: '2026-12-15T09:00:00Z' };
    const plain = validatePayload('status', feed);
    assert.equal(plain.ok, true);
    assert.equal('faq_outdated' in plain.value.incidents[0], false);
    feed.incidents[0].faq_outdated = ['afspraak-door', 'parkeren'];
    const result = validatePayload('status', feed);
    assert.equal(result.ok, true, JSON.stringify(result.issues));
    assert.deepEqual(result.value.incidents[0].faq_outdated, ['afspraak-door', 'parkeren']);
  });
  test('at most 50 ids, each an id', () => {
    const feed = { ...lintCleanFeed(NOW), seq: 1, issued_at: '2026-12-15T08:00:00Z', expires_at: '2026-12-15T09:00:00Z' };
    feed.incidents[0].faq_outdated = ids(50);
    assert.equal(validatePayload('status', feed).ok, true);
    feed.incidents[0].faq_outdated = ids(51);
    const many = validatePayload('status', feed);
    assert.equal(many.ok, false);
    assert.equal(many.issues[0].path, 'incidents/0/faq_outdated');
    feed.incidents[0].faq_outdated = ['gaat mijn afspraak door?'];
    assert.equal(validatePayload('status', feed).issues[0].path, 'incidents/0/faq_outdated/0');
  });
  test('the published JSON Schema has it', () => {
    const incident = jsonSchema('status').properties.incidents.items;
    assert.equal(incident.properties.faq_outdated.type, 'array');
    assert.equal(incident.properties.faq_outdated.maxItems, 50);
  });
});

// The CLI: the night desk sets the list on the incident, without touching the FAQ. Uses dist/ (run `npm run build` first).
const ROOT = resolve(import.meta.dirname, '../..');
const { lintDocument } = await import(pathToFileURL(join(ROOT, 'dist/lint.js')).href);

const FAQ = {
  type: 'faq', version: 1, feed_id: 'hogeschool-faq',
  entries: [
    { id: 'gaat-les-door', question: { nl: 'Gaat mijn les door?', en: 'Is my class going ahead?' }, answer: { nl: 'Ja, tenzij wij u mailen.', en: 'Yes, unless we e-mail you.' } },
    { id: 'examen-verzetten', question: { nl: 'Kan ik mijn examen verzetten?', en: 'Can I move my exam?' }, answer: { nl: 'Via het formulier.', en: 'Use the form.' } },
    { id: 'parkeren', question: { nl: 'Waar parkeer ik?', en: 'Where do I park?' }, answer: { nl: 'In de garage.', en: 'In the garage.' } },
  ],
};
const withFaq = (doc) => {
  const dir = folder(doc);
  writeFileSync(join(dir, 'faq.json'), JSON.stringify(FAQ));
  return dir;
};
const incidentIn = (dir, id = 'storm') => JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents.find((i) => i.id === id);

describe('update --faq-outdated and new incident --faq-outdated', () => {
  test('update sets the list (comma-separated or repeated), says so, keeps "Updated", and "" clears it', () => {
    const dir = withFaq(deskFeed('nl'));
    const before = incidentIn(dir).updated_at;
    const r = run(dir, 'update', 'feed.json', '--incident', 'storm', '--faq-outdated', 'gaat-les-door,examen-verzetten', '--faq-outdated', 'gaat-les-door', '--faq-file', 'faq.json');
    assert.equal(r.status, 0, r.stderr + r.stdout);
    assert.match(r.stdout, /FAQ-antwoorden die nu niet kloppen/);
    assert.deepEqual(incidentIn(dir).faq_outdated, ['gaat-les-door', 'examen-verzetten']);
    assert.equal(incidentIn(dir).updated_at, before, 'no news in the incident itself');
    const c = run(dir, 'update', 'feed.json', '--incident', 'storm', '--faq-outdated', '');
    assert.equal(c.status, 0, c.stderr + c.stdout);
    assert.equal('faq_outdated' in incidentIn(dir), false);
  });

  test('with --faq-file, an id the FAQ lacks is refused before writing, naming the ids that look alike', () => {
    const dir = withFaq(deskFeed('nl'));
    const before = readFileSync(join(dir, 'feed.json'), 'utf8');
    const r = run(dir, 'update', 'feed.json', '--incident', 'storm', '--faq-outdated', 'gaat-les-dor', '--faq-file', 'faq.json');
    assert.equal(r.status, 1, r.stdout);
    assert.match(r.stderr, /niet gewijzigd/);
    assert.match(r.stderr, /\[faq-outdated-unknown\]/);
    assert.match(r.stderr, /Bedoelt u "gaat-les-door"\?/);
    assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), before);
    // Not an id at all: refused by the schema, with or without the FAQ.
    const bad = run(dir, 'update', 'feed.json', '--incident', 'storm', '--faq-outdated', 'Gaat mijn les door?');
    assert.equal(bad.status, 1, bad.stdout);
    assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), before);
  });

  test('new incident takes it too', () => {
    const dir = withFaq(deskFeed('en'));
    const r = run(dir, 'new', 'incident', '--template', 'storm', '--id', 'storm-2', '--faq-outdated', 'gaat-les-door', '--faq-file', 'faq.json');
    assert.equal(r.status, 0, r.stderr + r.stdout);
    assert.deepEqual(incidentIn(dir, 'storm-2').faq_outdated, ['gaat-les-door']);
    const wrong = run(dir, 'new', 'incident', '--template', 'storm', '--id', 'storm-3', '--faq-outdated', 'parking', '--faq-file', 'faq.json');
    assert.equal(wrong.status, 1, wrong.stdout);
    assert.match(wrong.stderr, /\[faq-outdated-unknown\]/);
    assert.equal(incidentIn(dir, 'storm-3'), undefined);
  });

  test('the Dutch help describes both options', () => {
    for (const command of [['update'], ['new', 'incident']]) {
      const r = run(folder(deskFeed('nl')), ...command, '--help');
      assert.match(r.stdout, /--faq-outdated[\s\S]*niet kloppen zolang dit incident duurt/, command.join(' '));
      assert.match(r.stdout, /--faq-file[\s\S]*de id's van --faq-outdated moeten erin staan/, command.join(' '));
    }
  });
});

describe('lint: faq-outdated-unknown', () => {
  test('only with the FAQ given, only for open incidents; the fix names the ids that look alike', () => {
    const feed = deskFeed('en');
    feed.incidents[0].faq_outdated = ['gaat-les-door', 'les-door'];
    const rules = (o) => lintDocument(feed, { now: Date.now(), ...o }).filter((f) => f.rule === 'faq-outdated-unknown');
    assert.deepEqual(rules({}), [], 'the feed alone cannot know the FAQ ids');
    const [found, more] = rules({ faq: FAQ });
    assert.equal(more, undefined);
    assert.equal(found.path, 'incidents/0/faq_outdated/1');
    assert.match(found.fix, /Did you mean "gaat-les-door"\?/);
    assert.match(rules({ faq: FAQ, lang: 'nl' })[0].fix, /Bedoelt u "gaat-les-door"\?/);
    // Nothing alike: the fix lists the FAQ's ids.
    feed.incidents[0].faq_outdated = ['xyz'];
    assert.match(rules({ faq: FAQ })[0].fix, /\(gaat-les-door, examen-verzetten, parkeren\)/);
    // The studio's words: where to tick.
    for (const lang of ['en', 'nl']) {
      const [desk] = rules({ faq: FAQ, audience: 'desk', lang });
      assert.match(desk.fix, lang === 'en' ? /FAQ answers that do not hold now/ : /FAQ-antwoorden die nu niet kloppen/);
      assert.doesNotMatch(`${desk.message} ${desk.fix}`, /faq_outdated|feed\.json|"[a-z_]+"\s*:/);
    }
    Object.assign(feed.incidents[0], { phase: 'resolved', resolved_at: feed.incidents[0].updated_at, next_update_at: null });
    assert.deepEqual(rules({ faq: FAQ }), [], 'a resolved incident\'s list does nothing');
  });
});
