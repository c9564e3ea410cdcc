// A Dutch municipality's desk gave one --title to a feed written in nl and en: `new incident` copied the Dutch into both
// languages without a word, so English readers (and the CAP English block, the English SMS) got Dutch, and lint said
// nothing. Now lint warns (text-same-in-languages) for an open incident's title, known, unknown or an action's label or
// who that is word for word the same in two languages, with the `clearline update --correct` that gives each language
// its own; `new incident` says so when it copies one --title. Uses dist/ (run `npm run build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { lintCleanFeed } from './lint-feed.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'dist/cli.js');
const { lintDocument } = await import(pathToFileURL(join(ROOT, 'dist/lint.js')).href);

const NOW = Date.parse('2026-11-23T12:00:00Z');
const RULE = 'text-same-in-languages';
const same = (f, o = {}) => lintDocument(f, { now: NOW, ...o }).filter((x) => x.rule === RULE);

test('a title, known, unknown, action label or who the same in nl and en is warned, at its text, in the feed\'s words', () => {
  const f = lintCleanFeed(NOW);
  const inc = f.incidents[0];
  inc.title = { nl: 'Geen water in Utrecht-Oost', en: 'Geen water in Utrecht-Oost' };
  inc.known = { nl: 'Er is een hoofdleiding gesprongen. ', en: ' Er is een hoofdleiding gesprongen.' };
  inc.unknown = { nl: 'Hoe lang het duurt.', en: 'Hoe lang het duurt.' };
  inc.actions[0].label = { nl: 'Ga niet naar het vliegveld', en: 'Ga niet naar het vliegveld' };
  inc.actions[0].who = { nl: 'U vliegt vandaag', en: 'U vliegt vandaag' };
  const found = same(f);
  assert.deepEqual(found.map((x) => [x.severity, x.path]), [
    ['warning', 'incidents/0/title'],
    ['warning', 'incidents/0/known'],
    ['warning', 'incidents/0/unknown'],
    ['warning', 'incidents/0/actions/0/label'],
    ['warning', 'incidents/0/actions/0/who'],
  ]);
  assert.equal(found[0].message, 'the title is word for word the same in nl, en: readers of one of these languages get it in another (on the page, in the SMS, e-mail and CAP alert)');
  assert.equal(found[0].fix, 'Give each language its own words (a name that is the same in every language may stay); as a correction, without a new update for readers: clearline update feed.json --incident storm --correct --lang nl,en --title "…" --title "…".');
  assert.match(found[3].fix, /clearline update feed\.json --incident storm --correct --reword-action 1 --lang nl,en --label "…" --label "…"\.$/);
  assert.match(found[4].fix, /clearline update feed\.json --incident storm --correct --reword-action 1 --lang nl,en --who "…" --who "…"\.$/);
  const nl = same(f, { lang: 'nl' });
  assert.equal(nl[1].message, '"known" (wat we weten) is in het Nederlands en Engels woord voor woord hetzelfde: lezers in een van die talen krijgen de tekst in een andere taal (op de pagina, in sms, e-mail en CAP-melding)');
  assert.match(nl[1].fix, /^Geef elke taal een eigen tekst .*: clearline update feed\.json --incident storm --correct --lang nl,en --known "…" --known "…"\.$/);
  // The studio: the form's words and the languages' names, no command.
  const desk = same(f, { lang: 'en', audience: 'desk' });
  assert.equal(desk[0].message, 'the “Title” is word for word the same in Dutch and English: readers of one of these languages get it in another (on the page, in the SMS, e-mail and CAP alert)');
  assert.equal(desk[0].fix, 'Give each language its own words (a name that is the same in every language may stay).');
  assert.equal(desk[3].message.startsWith('the “Action” field of action 1 is'), true);
  assert.equal(same(f, { lang: 'nl', audience: 'desk' })[4].message.startsWith('het veld “Voor wie” van actie 1 is in het Nederlands en Engels'), true);
});

test('names, numbers and short texts may be the same in every language; so may nl and nl-BE', () => {
  for (const text of ['Storingslijn 0800-9009', 'NS', '0800-9009', '112', 'Bel 112', 'Gemeente Utrecht', 'Storm', 'Zie https://www.utrecht.nl/storing/water-oost', 'Mail storing@utrecht.nl']) {
    const f = lintCleanFeed(NOW);
    f.incidents[0].title = { nl: text, en: text };
    f.incidents[0].actions[0].who = { nl: text, en: text };
    assert.deepEqual(same(f), [], text);
  }
  const flemish = lintCleanFeed(NOW);
  flemish.incidents[0].known = { nl: 'Er is een hoofdleiding gesprongen.', 'nl-BE': 'Er is een hoofdleiding gesprongen.' };
  flemish.incidents[0].unknown = { nl: 'Hoe lang het duurt.', 'nl-BE': 'Hoe lang het duurt.' };
  assert.deepEqual(same(flemish), []);
  // Three words is where running text starts.
  const three = lintCleanFeed(NOW);
  three.incidents[0].title = { nl: 'Storing bij betalen', en: 'Storing bij betalen' };
  assert.deepEqual(same(three).map((x) => x.path), ['incidents/0/title']);
});

test('a single-language feed and a resolved incident are not warned', () => {
  const f = lintCleanFeed(NOW);
  const inc = f.incidents[0];
  for (const k of ['title', 'known', 'unknown']) inc[k] = { nl: inc[k].nl };
  inc.actions[0].label = { nl: inc.actions[0].label.nl };
  inc.actions[0].who = { nl: inc.actions[0].who.nl };
  inc.title = { nl: 'Geen water in Utrecht-Oost' };
  assert.deepEqual(same(f), []);
  const plain = lintCleanFeed(NOW);
  plain.incidents[0].title = 'Geen water in Utrecht-Oost';
  assert.deepEqual(same(plain), []);
  const resolved = lintCleanFeed(NOW);
  Object.assign(resolved.incidents[0], { phase: 'resolved', resolved_at: new Date(NOW).toISOString(), next_update_at: null, title: { nl: 'Geen water in Utrecht-Oost', en: 'Geen water in Utrecht-Oost' } });
  assert.deepEqual(same(resolved), []);
});

function withDesk(body) {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-same-text-'));
  const env = { ...process.env, TZ: 'Europe/Amsterdam' };
  const run = (...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env });
  const sh = (command) => spawnSync('sh', ['-c', command.replace(/^clearline /, `"${process.execPath}" "${CLI}" `)], { cwd: dir, encoding: 'utf8', timeout: 30_000, env });
  try {
    return body({ run, sh, read: () => JSON.parse(readFileSync(join(dir, 'gemeente feed.json'), 'utf8')) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const NEW = ['new', 'incident', '--template', 'water', '--id', 'water-oost', '--lang', 'nl,en', '--feed', 'gemeente feed.json', '--feed-id', 'utrecht', '--publisher', 'Gemeente Utrecht', '--publisher-url', 'https://www.utrecht.nl', '--time-zone', 'Europe/Amsterdam'];

test('new incident with one --title for nl and en says it copied it, in Dutch, with the command that gives the English; a name is copied quietly', () => {
  withDesk(({ run, sh, read }) => {
    const r = run(...NEW, '--title', 'Geen water in Utrecht-Oost');
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(read().incidents[0].title, { nl: 'Geen water in Utrecht-Oost', en: 'Geen water in Utrecht-Oost' }, 'not refused: the title is written');
    const command = 'clearline update "gemeente feed.json" --incident water-oost --correct --lang en --title "…"';
    assert.equal(r.stderr.trim(), `Let op: één --title voor nl, en, dus elke taal heeft "Geen water in Utrecht-Oost" als titel (ook op de pagina, in sms, e-mail en CAP-melding). Geef de titel in het Engels: ${command}`);
    // The command, with the English in place of "…", leaves the Dutch as it was and ends the warning.
    const done = sh(command.replace('"…"', '"No water in Utrecht-Oost"'));
    assert.equal(done.status, 0, done.stderr);
    assert.deepEqual(read().incidents[0].title, { nl: 'Geen water in Utrecht-Oost', en: 'No water in Utrecht-Oost' });
    assert.doesNotMatch(run('lint', 'gemeente feed.json').stdout, /text-same-in-languages/);
  });
  withDesk(({ run }) => {
    const r = run(...NEW, '--title', 'NS');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
  });
});

test('lint\'s fix runs as printed and the warning goes; with words in place of "…" the texts are the desk\'s', () => {
  withDesk(({ run, sh, read }) => {
    assert.equal(run(...NEW, '--title', 'Geen water in Utrecht-Oost').status, 0);
    const fixOf = (stdout) => {
      const lines = stdout.split('\n');
      const at = lines.findIndex((l) => l.includes('[text-same-in-languages]'));
      return at < 0 ? undefined : lines[at + 1].match(/clearline update .*"…"/)[0];
    };
    const lint = run('lint', 'gemeente feed.json');
    assert.match(lint.stdout, /^let op {2}incidents\/0\/title \(incident "Geen water in Utrecht-Oost", id water-oost\): de titel is in het Nederlands en Engels woord voor woord hetzelfde/m);
    const fix = fixOf(lint.stdout);
    assert.equal(fix, 'clearline update "gemeente feed.json" --incident water-oost --correct --lang nl,en --title "…" --title "…"');
    // As printed: accepted, and the warning is gone (the "…" left is lint's placeholder error, with its own command).
    const printed = sh(fix);
    assert.equal(printed.status, 0, printed.stderr);
    const after = run('lint', 'gemeente feed.json');
    assert.equal(fixOf(after.stdout), undefined);
    assert.match(after.stdout, /incidents\/0\/title\/en .*“…”.*\[placeholder\]/);
    // With the desk's words.
    assert.equal(sh(fix.replace('"…"', '"Geen water in Utrecht-Oost"').replace('"…"', '"No water in Utrecht-Oost"')).status, 0);
    assert.deepEqual(read().incidents[0].title, { nl: 'Geen water in Utrecht-Oost', en: 'No water in Utrecht-Oost' });
    assert.doesNotMatch(run('lint', 'gemeente feed.json').stdout, /text-same-in-languages|incidents\/0\/title/);
  });
});
