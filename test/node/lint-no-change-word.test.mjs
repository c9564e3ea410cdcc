// Trial W (finding 24): a desk meaning "no change" ran `update --incident scam-engineers --known "Same" --next-update 20:00
// --correct`; What we know became the word "Same" and lint said "no problems found" (no-change-word).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';
import { lintCleanFeed } from './lint-feed.mjs';
import { importTs } from './ts-import.mjs';

const { lintDocument } = await importTs('src/lint/index.ts');

const NOW = Date.parse('2026-11-23T12:00:00Z');
const rule = (doc, options = {}) => lintDocument(doc, { now: NOW, ...options }).filter((f) => f.rule === 'no-change-word');
const withKnown = (en, nl = 'Wij annuleren de helft van de vluchten.') => {
  const f = lintCleanFeed(NOW);
  f.incidents[0].known = { nl, en };
  return f;
};

test('a text that is only "Same", "Idem", "No change", "Zie boven", "Ongewijzigd", "-" is named, in English and Dutch', () => {
  for (const word of ['Same', 'same.', 'Idem', 'No change', 'Unchanged', 'See above', 'Zie boven', 'Geen wijziging', 'Ongewijzigd', 'Hetzelfde', '-', ' — ']) {
    const found = rule(withKnown(word));
    assert.deepEqual(found.map((f) => f.path), ['incidents/0/known/en'], word);
    assert.equal(found[0].severity, 'warning');
  }
  const [en] = rule(withKnown('Same'));
  assert.equal(en.message, 'the text is only “Same”: readers, the text message and the phone message would say just that, instead of what is going on now');
  assert.match(en.fix, /give only a new next update instead: clearline update feed\.json --incident storm --next-update \+30m \(without --correct\) re-confirms the texts as they stand/);
  const [nl] = rule(withKnown('We are cancelling half of the flights.', 'Idem'), { lang: 'nl' });
  assert.equal(nl.path, 'incidents/0/known/nl');
  assert.match(nl.message, /^de tekst is alleen ‘Idem’/);
  // The studio's words: no command.
  const [desk] = rule(withKnown('Same'), { audience: 'desk' });
  assert.doesNotMatch(desk.fix, /clearline|--/);
  // In a title, what we don't know and an action too; a text that says more, or only "…" (the placeholder rule's), is left alone.
  const f = lintCleanFeed(NOW);
  Object.assign(f.incidents[0], { unknown: { nl: 'Ongewijzigd', en: 'Unchanged' } });
  assert.deepEqual(rule(f).map((x) => x.path), ['incidents/0/unknown/nl', 'incidents/0/unknown/en']);
  for (const text of ['Same as this morning: half of the flights are cancelled.', 'No change in the number of flights cancelled.', '…', 'Samen sterk']) assert.deepEqual(rule(withKnown(text)), [], text);
});

test('update --known "Same" --correct says it (trial W), and --next-update alone is named as the way to re-confirm', async () => {
  await withCliDir('clearline-no-change-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(lintCleanFeed(NOW)));
    const r = run('update', 'feed.json', '--incident', 'storm', '--lang', 'en', '--known', 'Same', '--next-update', '+30m', '--correct', '--json');
    assert.equal(r.status, 0, r.stderr);
    const found = JSON.parse(r.stdout).findings.filter((f) => f.rule === 'no-change-word');
    assert.deepEqual(found.map((f) => f.path), ['incidents/0/known/en']);
    const lint = run('lint', 'feed.json', '--lang', 'en');
    assert.match(lint.stdout + lint.stderr, /the text is only “Same”.*\[no-change-word\]/);
  }, { now: NOW + 5 * 60_000, tz: 'Europe/Amsterdam' });
});
