// A municipality's desk, filling in the cyberattack template from the CLI, reworded an action and gave who it is for:
// `update --reword-action 1 --label … --label … --who … --who …`. The label changed, the --who was dropped without a word,
// and the template's "[[TODO: voor wie geldt dit?]]" kept lint and sign refusing: only feed.json by hand could fix it.
// Now --who goes with --reword-action too (alone or with --label), and --who with no action to go with is refused.
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

test('update --reword-action N --who: fills in who the action is for, with or without --label', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-reword-who-'));
  try {
    const made = run(dir, 'new', 'incident', '--template', 'cyberattack', '--id', 'aanval', '--feed-id', 'gemeente-heuvelrand', '--publisher', 'Gemeente Heuvelrand', '--publisher-url', 'www.example.nl', '--time-zone', 'Europe/Amsterdam');
    assert.equal(made.status, 0, made.stderr);
    const before = actions(dir);
    const label = { nl: 'Klik niet op links in e-mails die van de gemeente lijken te komen', en: 'Do not click links in e-mails that seem to come from the municipality' };
    const who = { nl: 'U krijgt een e-mail die van de gemeente lijkt te komen', en: 'You get an e-mail that seems to come from the municipality' };
    const r = run(dir, 'update', 'feed.json', '--incident', 'aanval', '--reword-action', '1', '--label', label.nl, '--label', label.en, '--who', who.nl, '--who', who.en);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(actions(dir)[0], { ...before[0], label, who });
    assert.doesNotMatch(r.stderr, /actions\/0\/who/, 'no placeholder left in who');

    // --who alone: the label stays.
    const who2 = { nl: 'Iemand vraagt u om uw gegevens', en: 'Someone asks you for your details' };
    assert.equal(run(dir, 'update', 'feed.json', '--incident', 'aanval', '--reword-action', '2', '--who', who2.nl, '--who', who2.en).status, 0);
    assert.deepEqual(actions(dir)[1], { ...before[1], who: who2 });

    // --correct with one language: the other keeps its words.
    assert.equal(run(dir, 'update', 'feed.json', '--incident', 'aanval', '--correct', '--lang', 'nl', '--reword-action', '2', '--who', 'Iemand vraagt u om uw DigiD of bankgegevens').status, 0);
    assert.deepEqual(actions(dir)[1].who, { nl: 'Iemand vraagt u om uw DigiD of bankgegevens', en: who2.en });

    // --who with no action to go with: refused, in Dutch, nothing written.
    const kept = readFileSync(join(dir, 'feed.json'), 'utf8');
    const no = run(dir, 'update', 'feed.json', '--incident', 'aanval', '--who', 'x', '--who', 'y', '--next-update', '+1h');
    assert.equal(no.status, 2);
    assert.match(no.stderr, /^clearline update: --who zegt voor wie een actie geldt: met --add-action bij een nieuwe, of met --reword-action/);
    assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), kept);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
