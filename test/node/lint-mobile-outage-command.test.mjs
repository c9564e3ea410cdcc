// Two small rules that had a copy each. The template's "[[TODO: check and remove this mark]]" taken off a ready-made action:
// one regular expression in the studio's suggestions (editor/draft.ts) and one in lint's mobile-outage words; now one
// helper (feed/placeholder.ts unmarked). And mobile-outage-uses-mobile built its `clearline update … --reword-action N
// --label "…"` by hand, where every other rule prints an action's label command with document.ts updateCommand (one
// --label per language): the same command now, and it runs as printed once the "…" are written.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { lintDocument } = await importTs('src/lint/index.ts');
const { updateCommand } = await importTs('src/lint/rules/document.ts');
const { unmarked } = await importTs('src/feed/placeholder.ts');
const { draftFromTemplate, emptyFeed } = await importTs('src/components/editor/draft.ts');
const { incidentFromTemplate } = await importTs('src/templates/index.ts');
const CLI = join(import.meta.dirname, '../../dist/cli.js');

test('unmarked: only the mark a text starts with, and the space after it', () => {
  assert.equal(unmarked('[[TODO: controleer dit en haal deze markering weg]] Bel 112 met een vaste telefoon.'), 'Bel 112 met een vaste telefoon.');
  assert.equal(unmarked('[[TODO: check and remove this mark]]Call us.'), 'Call us.');
  assert.equal(unmarked('Call us. [[TODO: check]]'), 'Call us. [[TODO: check]]');
  assert.equal(unmarked('[[TODO: for whom?]]'), '');
  assert.equal(unmarked('Bel ons'), 'Bel ons');
});

test('the studio\'s suggestions and lint\'s words for the mobile act-now are the template\'s, the mark taken off alike', () => {
  const now = Date.parse('2026-12-03T01:15:00Z');
  const draft = draftFromTemplate('mobile', emptyFeed('nl'), ['nl', 'en'], now);
  const template = incidentFromTemplate('mobile', { id: 'm', langs: ['nl', 'en'], now, timeZone: 'Europe/Amsterdam' });
  assert.deepEqual(draft.suggestions.map((s) => s.label), template.actions.map((a) => ({ nl: unmarked(a.label.nl), en: unmarked(a.label.en) })));
  assert.ok(draft.suggestions.every((s) => !/\[\[TODO/.test(JSON.stringify(s))));
  // An act-now that sends people to 112 with their mobile: lint offers the template's words, unmarked, in both languages.
  const feed = { type: 'status', version: 1, feed_id: 'x', time_zone: 'Europe/Amsterdam', publisher: { name: 'X', url: 'https://x.example' }, channels: [],
    incidents: [{ id: 'm', title: { nl: 'Geen mobiel bereik', en: 'No mobile signal' }, severity: 'major', phase: 'investigating', started_at: '2026-12-03T01:10:00Z', updated_at: '2026-12-03T01:10:00Z',
      known: { nl: 'Bellen werkt niet.', en: 'Calls do not work.' }, unknown: { nl: 'De oorzaak.', en: 'The cause.' }, next_update_at: '2026-12-03T01:40:00Z',
      actions: [{ label: { nl: 'Bel 112 met uw mobiel in nood', en: 'Call 112 on your mobile in an emergency' }, urgent: true }] }] };
  const [f] = lintDocument(feed, { now, lang: 'en' }).filter((x) => x.rule === 'mobile-outage-uses-mobile');
  const { nl, en } = draft.suggestions[0].label;
  assert.ok(f.fix.includes(`--lang nl,en --label "${nl}" --label "${en}"`), f.fix);
});

test('mobile-outage-uses-mobile: the desk\'s own action gets the one label command of every rule, and it runs as printed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-mobile-command-'));
  const env = { ...process.env, TZ: 'Europe/Amsterdam' };
  const run = (...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env });
  const sh = (command) => spawnSync('sh', ['-c', command.replace(/^clearline /, `"${process.execPath}" "${CLI}" `)], { cwd: dir, encoding: 'utf8', timeout: 30_000, env });
  const read = () => JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
  try {
    assert.equal(run('new', 'incident', '--template', 'mobile', '--id', 'mobiel', '--feed-id', 'belnet', '--publisher', 'Belnet', '--publisher-url', 'www.belnet.example.nl',
      '--time-zone', 'Europe/Amsterdam', '--lang', 'nl,en', '--title', 'Storing mobiel netwerk', '--title', 'Mobile network outage').status, 0);
    const feed = read();
    const actions = feed.incidents[0].actions;
    for (const a of actions) for (const l of Object.keys(a.label)) a.label[l] = unmarked(a.label[l]);
    actions.push({ label: { nl: 'Bel ons met uw mobiel als het dringend is', en: 'Call us from your mobile if it is urgent' } });
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed, null, 2));
    const n = actions.length;
    const warned = () => lintDocument(read(), { now: Date.now(), lang: 'nl' }).filter((f) => f.rule === 'mobile-outage-uses-mobile');
    const [f] = warned();
    assert.equal(f.path, `incidents/0/actions/${n - 1}/label`);
    const command = /: (clearline update feed\.json .*)\.$/.exec(f.fix)?.[1];
    assert.equal(command, updateCommand(read(), f.path, ['nl', 'en']));
    assert.equal(command, `clearline update feed.json --incident mobiel --reword-action ${n} --lang nl,en --label "…" --label "…"`);
    const words = ['Bel ons met een vaste telefoon of chat met ons via wifi', 'Call us from a landline or chat with us over Wi-Fi'];
    const r = sh(command.replace(/"…"/g, () => `"${words.shift()}"`));
    assert.equal(r.status, 0, r.stderr + r.stdout);
    assert.deepEqual(warned(), []);
    assert.deepEqual(read().incidents[0].actions[n - 1].label, { nl: 'Bel ons met een vaste telefoon of chat met ons via wifi', en: 'Call us from a landline or chat with us over Wi-Fi' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
