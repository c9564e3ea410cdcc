// Trial Q, finding 8: a hospital's FAQ answer "Gaat mijn afspraak door? Ja, tenzij wij u bellen…" stood first in the help
// dialog while an IT outage cancelled every Tuesday appointment, and the night desk could not correct or hide it (the FAQ
// is the web team's own signed document). An incident now lists the FAQ entries whose standing answer does not hold while
// it goes on: `faq_outdated`. The CLI tests use dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test, { describe } from 'node:test';
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
