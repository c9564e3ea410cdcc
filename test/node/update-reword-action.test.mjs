// A housing association's desk had to change the warm room's closing time in its first action. `clearline update` could
// add, remove, link and (un)mark actions, not reword one: remove it and add it again, its place, who, link and "act now"
// retyped at 2 a.m. Now `--reword-action N --label …` (one per language; with --correct one language alone).
// Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { ROOT } from './export-kit.mjs';

const run = (dir, ...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
const actions = (dir) => JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents[0].actions;

test('update --reword-action: new words, the action keeps its place, who, link and urgency; refusals in the desk\'s language', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-reword-'));
  try {
    assert.equal(run(dir, 'new', 'incident', '--template', 'heating', '--id', 'warmte', '--feed-id', 'eem', '--publisher', 'Woonstichting Eem', '--publisher-url', 'www.example.nl', '--time-zone', 'Europe/Amsterdam').status, 0);
    const before = actions(dir);
    const nl = 'Kom naar de warme ruimte in buurthuis De Schakel, Kerkstraat 4, open tot 22.00 uur';
    const en = 'Come to the warm room at De Schakel community centre, Kerkstraat 4, open until 10 pm';
    const r = run(dir, 'update', 'feed.json', '--incident', 'warmte', '--reword-action', '1', '--label', nl, '--label', en);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^"warmte" bijgewerkt in feed\.json: acties;/);
    const after = actions(dir);
    assert.deepEqual(after[0], { ...before[0], label: { nl, en } });
    assert.deepEqual(after.slice(1), before.slice(1), 'the others as they were');

    // A correction of one language leaves the other; named by its words too.
    const fixed = nl.replace('22.00', '23.00');
    assert.equal(run(dir, 'update', 'feed.json', '--incident', 'warmte', '--correct', '--lang', 'nl', '--reword-action', nl, '--label', fixed).status, 0);
    assert.deepEqual(actions(dir)[0].label, { nl: fixed, en });

    // Refused, nothing changed.
    const kept = readFileSync(join(dir, 'feed.json'), 'utf8');
    const bad = [
      [['--reword-action', '1'], /^clearline update: geef de nieuwe tekst met --label, één per taal, bijvoorbeeld --reword-action 1 --label "…" --label "…"\n/],
      [['--label', 'x'], /^clearline update: --label geeft een actie die er al staat een nieuwe tekst: noem die met --reword-action/],
      [['--reword-action', '1', '--label', 'x'], /label staat in nl, en; geef --lang nl,en en één --label per taal/],
      [['--reword-action', '9', '--label', 'x', '--label', 'y'], /geen actie "9"; geef het nummer of de tekst van de actie\. De acties:\n {2}1\. Kom naar de warme ruimte/],
    ];
    for (const [args, message] of bad) {
      const no = run(dir, 'update', 'feed.json', '--incident', 'warmte', ...args);
      assert.equal(no.status, 2, args.join(' '));
      assert.match(no.stderr, message);
    }
    assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), kept);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
