// From a Dutch water company's walkthrough of `clearline studio`: the docs list the templates
// that exist, and the editor's pure parts behind the fixes (what a key file is, when leaving the
// page would lose work, where a finding is shown, the preview's example time, template names).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './ts-import.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { TEMPLATE_NAMES } = await importTs('src/templates/catalog.ts');

test('docs/studio.md lists the real templates (src/templates/catalog.ts), and none that does not exist', () => {
  const docs = readFileSync(join(ROOT, 'docs/studio.md'), 'utf8');
  const start = docs.indexOf('1. **Template**');
  assert.ok(start >= 0, 'the flow starts with **Template**');
  const step = docs.slice(start, docs.indexOf('\n2. ', start));
  const named = [...step.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]);
  assert.deepEqual(named, [...TEMPLATE_NAMES]);
  assert.doesNotMatch(docs, /travel disruption/i);
});

describe('editor pure parts', async () => {
  const { privateKeyIn, KeyFileError, KEY_FILE_TERMS } = await importTs('src/components/editor/key-file.ts');
  const { hasUnsavedEdit } = await importTs('src/components/editor/unsaved.ts');
  const { placeFindings } = await importTs('src/components/editor/findings.ts');
  const { TEMPLATE_LABELS } = await importTs('src/components/editor/template-labels.ts');

  test('a key file: the private key in it, or what it is instead', () => {
    const pub = { kty: 'OKP', crv: 'Ed25519', x: 'abc' };
    const priv = { ...pub, d: 'secret' };
    assert.deepEqual(privateKeyIn(JSON.stringify(priv)), { jwk: priv });
    assert.deepEqual(privateKeyIn(JSON.stringify({ keys: [pub, priv] })), { jwk: priv });
    assert.deepEqual(privateKeyIn(JSON.stringify(pub)), { problem: 'public-key' });
    assert.deepEqual(privateKeyIn(JSON.stringify({ keys: [pub] })), { problem: 'public-key' });
    assert.deepEqual(privateKeyIn(JSON.stringify({ payload: 'eyJ9', signatures: [{ protected: 'x', signature: 'y' }] })), { problem: 'signed-feed' });
    assert.deepEqual(privateKeyIn(JSON.stringify({ type: 'status', incidents: [] })), { problem: 'not-a-key' });
    assert.deepEqual(privateKeyIn('null'), { problem: 'not-a-key' });
    assert.deepEqual(privateKeyIn('-----BEGIN PRIVATE KEY-----'), { problem: 'not-json' });
    const e = new KeyFileError('signed-feed');
    assert.equal(e.name, 'KeyFileError');
    assert.equal(e.message, KEY_FILE_TERMS.en['signed-feed']);
    assert.equal(e.code, 'config');
    assert.equal(e.reason, 'signed-feed');
    for (const lang of ['en', 'nl']) for (const reason of ['too-large', 'not-json', 'public-key', 'signed-feed', 'not-a-key', 'unusable']) assert.ok(KEY_FILE_TERMS[lang][reason], `${lang} ${reason}`);
  });

  test('unsaved work: a draft changed since it was started or saved, channels or a new feed\'s identity changed since opened', () => {
    const opened = { type: 'status', version: 1, feed_id: 'w', publisher: { name: 'W', url: 'https://w.example' }, time_zone: 'Europe/Amsterdam', channels: [], incidents: [] };
    const draft = { mode: 'new', id: 'water-1', title: { nl: '' }, next: null, actions: [] };
    const state = (over) => ({ base: opened, opened, channels: [], ...over });
    assert.equal(hasUnsavedEdit(state({})), false);
    assert.equal(hasUnsavedEdit(state({ draft, savedDraft: draft })), false);
    assert.equal(hasUnsavedEdit(state({ draft: structuredClone(draft), savedDraft: draft })), false, 'the same content');
    assert.equal(hasUnsavedEdit(state({ draft: { ...draft, title: { nl: 'Geen water' } }, savedDraft: draft })), true);
    assert.equal(hasUnsavedEdit(state({ channels: [{ id: 'phone' }] })), true);
    assert.equal(hasUnsavedEdit(state({ base: { ...opened, publisher: { name: 'Waterbedrijf', url: 'https://w.example' } } })), true);
  });

  test('findings on a part the form has no field for are elsewhere, so they are listed and not only counted', () => {
    const draft = { actions: [{}] };
    const f = (path, severity = 'warning') => ({ path, severity, rule: 'r', message: 'm', fix: 'f' });
    const placed = placeFindings([f('contact_reasons'), f('incidents/0/started_at'), f('incidents/0/actions/0/href'), f('incidents/0/known/nl'), f('incidents/0/actions'), f('incidents/0/actions/0/who/nl', 'error'), f('channels/0/reason/nl'), f('contact_reasons/1/channels/0', 'error'), f('contact_reasons/0/label/en', 'error')], { incident: 0, identity: false, draft, langs: ['nl', 'en'] });
    assert.deepEqual(placed.elsewhere.map((x) => x.path), ['incidents/0/started_at']);
    // The contact reasons have their section in the form (reasons.ts): a reason's channel list, its label per language;
    // an action's link has its field too (lists.ts).
    assert.deepEqual([...placed.byField.keys()], ['contact_reasons', 'actions/0/href', 'known/nl', 'actions', 'actions/0/who/nl', 'channels/0/reason/nl', 'contact_reasons/1/channels', 'contact_reasons/0/label/en']);
    assert.equal(placed.warnings.length, 6);
    assert.equal(placed.errors.length, 3);
    // Without a draft only a new feed's identity fields are on screen.
    const bare = placeFindings([f('feed_id', 'error'), f('incidents/0/known/nl')], { incident: -1, identity: true, langs: ['nl'] });
    assert.deepEqual([...bare.byField.keys()], ['feed_id']);
    assert.deepEqual(bare.elsewhere.map((x) => x.path), ['incidents/0/known/nl']);
  });

  test('a start typed as no time is said in Sign\'s list in the desk\'s words, not the schema\'s RFC 3339 example (trial R)', () => {
    const schema = { path: 'incidents/0/started_at', severity: 'error', rule: 'schema', message: 'moet een datum en tijd zijn zoals 2026-11-23T08:00:00Z of 2026-11-23T09:00:00+01:00', fix: 'Pas dit veld aan zoals de melding zegt.' };
    const draft = { mode: 'new', actions: [], startInput: ' gisteren ', started_at: 'gisteren' };
    const [nl] = placeFindings([schema], { incident: 0, identity: false, draft, langs: ['nl'], ui: 'nl' }).errors;
    assert.equal(nl.message, 'het begin „gisteren” kon niet als tijd worden gebruikt');
    assert.equal(nl.fix, 'Bij het veld staat waarom, en wat u kunt typen.');
    const [en] = placeFindings([schema], { incident: 0, identity: false, draft: { ...draft, mode: 'update', startsInput: 'tues 5', starts_at: 'tues 5' }, langs: ['en'], ui: 'en' }).errors;
    assert.equal(en.message, 'the start “gisteren” could not be used as a time');
    const later = placeFindings([{ ...schema, path: 'incidents/0/starts_at' }], { incident: 0, identity: false, draft: { mode: 'update', actions: [], startsInput: 'tues 5', starts_at: 'tues 5' }, langs: ['en'], ui: 'en' }).errors[0];
    assert.equal(later.message, 'the start “tues 5” could not be used as a time');
    // A start the form read (kept as a time, not as typed) keeps lint's own words.
    const read = placeFindings([schema], { incident: 0, identity: false, draft: { ...draft, started_at: '2026-12-12T01:00:00Z' }, langs: ['nl'], ui: 'nl' }).errors[0];
    assert.equal(read.message, schema.message);
  });

  test('every template has a name in each UI language, not its id', () => {
    for (const lang of ['en', 'nl']) {
      assert.deepEqual(Object.keys(TEMPLATE_LABELS[lang]).sort(), [...TEMPLATE_NAMES].sort(), lang);
      for (const name of TEMPLATE_NAMES) assert.notEqual(TEMPLATE_LABELS[lang][name], name, `${lang} ${name}`);
    }
  });
});
