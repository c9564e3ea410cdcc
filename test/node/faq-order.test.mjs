// A US mobile operator's FAQ (trial 2026-12-05): six `new question`s were listed by file name, so "Will I get a
// credit on my bill?" came before "Can I still call 911?", with no way to say which comes first. Now `order: 1` in
// the front matter (`new question --order 1`) puts a question first; those without follow, by file name. Uses dist/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { ROOT } from './export-kit.mjs';

function inFolder(fn) {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-faq-order-'));
  const run = (...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
  try {
    assert.equal(run('new', 'feed', '--feed-id', 'prairie', '--publisher-url', 'prairie-wireless.example', '--time-zone', 'America/Chicago', '--lang', 'en').status, 0);
    fn(dir, run);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ids = (dir) => JSON.parse(readFileSync(join(dir, 'faq.json'), 'utf8')).entries.map((e) => e.id);

test('new question --order 1 puts "Can I still call 911?" first; the others follow by file name', () => {
  inFolder((dir, run) => {
    for (const [q, a, ...more] of [
      ['Will I get a credit on my bill?', 'Yes, for every full day without service.'],
      ['Can I still call 911?', 'Call 911 from a landline or someone else\'s phone.', '--order', '1'],
      ['Why are my texts not sending?', 'They wait on your phone until the network is back.'],
    ]) {
      const r = run('new', 'question', '--lang', 'en', '--question', q, '--answer', a, ...more);
      assert.equal(r.status, 0, r.stderr);
    }
    assert.match(readFileSync(join(dir, 'faq', 'can-i-still-call-911.en.md'), 'utf8'), /^order: 1$/m);
    const built = run('faq', 'build', 'faq', '--feed-id', 'prairie-faq', '--out', 'faq.json');
    assert.equal(built.status, 0, built.stderr);
    assert.deepEqual(ids(dir), ['can-i-still-call-911', 'why-are-my-texts-not-sending', 'will-i-get-a-credit-on-my-bill']);
  });
});

test('an order that is no whole number is refused with what to write; new question writes nothing', () => {
  inFolder((dir, run) => {
    const r = run('new', 'question', '--lang', 'en', '--question', 'Can I still call 911?', '--answer', 'Yes, from a landline.', '--order', 'first');
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /--order first: give a whole number: 1 for the question readers see first/);
    assert.deepEqual(readdirSync(dir).filter((f) => f === 'faq'), []);
    writeFileSync(join(dir, 'call.en.md'), '---\nid: call\nquestion: Can I still call 911?\norder: top\n---\nYes.\n');
    const b = run('faq', 'build', '.', '--feed-id', 'prairie-faq', '--out', 'faq.json');
    assert.notEqual(b.status, 0);
    assert.match(b.stderr, /call\.en\.md: order: top is not a whole number; write order: 1 for the question readers see first/);
  });
});

// Trial T (US electric co-op, ice storm): with no order: the billing question came first during the storm, and nothing
// said so. faq build (and new question --out, which runs it) names the order readers see, once, when file names decide it.
test('faq build says the order readers see when a question has no order:, in the desk\'s language', () => {
  inFolder((dir, run) => {
    for (const [id, q, a] of [
      ['billing-credit', 'Will I be billed for the time my power was out?', 'You are not charged for electricity you did not use.'],
      ['downed-lines', 'What should I do if I see a downed power line?', 'Stay 30 feet away and call 911.'],
    ]) assert.equal(run('new', 'question', '--lang', 'en', '--id', id, '--question', q, '--answer', a).status, 0);
    const built = run('faq', 'build', 'faq', '--feed-id', 'prairie-faq', '--out', 'faq.json');
    assert.equal(built.status, 0, built.stderr);
    assert.match(built.stderr, /Readers see the questions in this order: 1\. Will I be billed for the time my power was out\? 2\. What should I do if I see a downed power line\?\n  Questions without order: follow by file name; to show one first, write order: 1/);
    assert.equal(built.stderr.split('Readers see the questions').length, 2, 'said once');
    const added = run('new', 'question', '--lang', 'en', '--question', 'Is my food still safe?', '--answer', 'Keep the fridge closed.', '--out', 'faq.json');
    assert.equal(added.status, 0, added.stderr);
    assert.match(added.stdout + added.stderr, /in this order: 1\. Will I be billed .* 2\. What should I do .* 3\. Is my food still safe\?/);
    // Every question has an order: nothing to say.
    for (const f of readdirSync(join(dir, 'faq'))) {
      const n = { 'downed-lines.en.md': 1, 'is-my-food-still-safe.en.md': 2 }[f] ?? 3;
      writeFileSync(join(dir, 'faq', f), readFileSync(join(dir, 'faq', f), 'utf8').replace(/^question:/m, `order: ${n}\nquestion:`));
    }
    const all = run('faq', 'build', 'faq', '--feed-id', 'prairie-faq', '--out', 'faq.json');
    assert.equal(all.status, 0, all.stderr);
    assert.doesNotMatch(all.stderr, /in this order/);
    assert.equal(ids(dir)[0], 'downed-lines');
  });
});

test('a Dutch desk reads the order in Dutch', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-faq-order-nl-'));
  try {
    writeFileSync(join(dir, 'factuur.nl.md'), '---\nquestion: Krijg ik een rekening voor de uren zonder stroom?\n---\nNee.\n');
    writeFileSync(join(dir, 'gaslucht.nl.md'), '---\nquestion: Ik ruik gas. Wat moet ik doen?\n---\nBel direct 0800-9009.\n');
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'faq', 'build', '.', '--feed-id', 'net-faq', '--out', 'faq.json'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /Lezers zien de vragen in deze volgorde: 1\. Krijg ik een rekening voor de uren zonder stroom\? 2\. Ik ruik gas\. Wat moet ik doen\?\n  Vragen zonder order: volgen op bestandsnaam/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
