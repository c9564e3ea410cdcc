// `lint` without --lang speaks the document's first language, as update, verify, heartbeat, keygen
// and export already did (desk-lang.ts). A water board's Dutch desk ran `clearline lint feed.json`
// on its nl,en feed and read "error    incidents/0/known/nl …: this text is still the example text"
// after `update` had just spoken Dutch to it. An explicit --lang still wins; --json keeps its keys
// and rule names. Uses dist/ (run `npm run build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'dist/cli.js');
const run = (dir, ...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'UTC' } });

/** A feed straight from the water template, in the given languages: its [[TODO: …]] texts are lint errors. */
function waterBoard(langs) {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-lint-desk-'));
  const r = run(dir, 'new', 'incident', '--template', 'water', '--lang', langs, '--id', 'leiding', '--feed-id', 'waterschap', '--publisher', 'Waterschap Voorbeeld', '--publisher-url', 'https://waterschap.example', '--time-zone', 'Europe/Amsterdam');
  assert.equal(r.status, 0, r.stderr);
  return dir;
}

test('lint on a Dutch-first feed speaks Dutch; on an English-first feed English; --lang still wins', () => {
  for (const [langs, dutch] of [['nl,en', true], ['nl', true], ['en,nl', false]]) {
    const dir = waterBoard(langs);
    try {
      const r = run(dir, 'lint', 'feed.json');
      assert.equal(r.status, 2, langs);
      if (dutch) {
        assert.match(r.stdout, /^feed\.json: \d+ fouten, \d+ waarschuwing/, langs);
        assert.match(r.stdout, /\nfout {4}incidents\/0\/known\/nl \(incident "leiding"\): hier staat nog voorbeeldtekst/, langs);
        assert.match(r.stdout, /\n {8}oplossing: /, langs);
        assert.match(r.stderr, /clearline lint: \d+ fouten: los ze op voordat u ondertekent/, langs);
        assert.doesNotMatch(r.stdout, /error\(s\)|\nerror |fix:/, langs);
        // An explicit --lang en wins over the feed's language.
        const en = run(dir, 'lint', '--lang', 'en', 'feed.json');
        assert.match(en.stdout, /^feed\.json: \d+ error\(s\), \d+ warning\(s\)/, langs);
        assert.match(en.stderr, /\d+ error\(s\): fix them before you sign/, langs);
      } else {
        assert.match(r.stdout, /^feed\.json: \d+ error\(s\), \d+ warning\(s\)/, langs);
        assert.match(r.stdout, /\n {8}fix: /, langs);
        assert.match(run(dir, 'lint', '--lang', 'nl', 'feed.json').stdout, /^feed\.json: \d+ fouten/, langs);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});

test('lint --json on a Dutch feed: the same keys and rule names as --lang en, the messages in Dutch', () => {
  const dir = waterBoard('nl,en');
  try {
    const nl = JSON.parse(run(dir, 'lint', '--json', 'feed.json').stdout);
    const en = JSON.parse(run(dir, 'lint', '--json', '--lang', 'en', 'feed.json').stdout);
    assert.deepEqual(Object.keys(nl), Object.keys(en));
    assert.deepEqual(nl.findings.map((f) => [f.rule, f.path, f.severity, Object.keys(f)]), en.findings.map((f) => [f.rule, f.path, f.severity, Object.keys(f)]));
    const todo = nl.findings.find((f) => f.rule === 'placeholder');
    assert.match(todo.message, /voorbeeldtekst/);
    assert.notEqual(todo.message, en.findings.find((f) => f.rule === 'placeholder').message);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('lint and sign on an FAQ document speak the language of its questions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-lint-desk-'));
  try {
    assert.equal(run(dir, 'keygen', '--out', 'k.jwk.json', '--public-out', 'p.jwk.json').status, 0);
    // A school's FAQ in Dutch and English, with one English answer still the template's.
    const faq = { type: 'faq', version: 1, feed_id: 'school-faq', entries: [
      { id: 'rooster', question: { nl: 'Gaan de lessen door?', en: 'Are lessons going ahead?' }, answer: { nl: 'Kijk in het rooster in de app.', en: '[[TODO: answer]]' } },
    ] };
    writeFileSync(join(dir, 'faq.json'), JSON.stringify(faq));
    const r = run(dir, 'lint', 'faq.json');
    assert.equal(r.status, 2);
    assert.match(r.stdout, /^faq\.json: 1 fout, 0 waarschuwingen\nfout {4}entries\/0\/answer\/en: hier staat nog voorbeeldtekst/);
    const s = run(dir, 'sign', '--key', 'k.jwk.json', 'faq.json', '--out', 'faq.jws.json');
    assert.equal(s.status, 2);
    assert.match(s.stderr, /clearline sign: niet ondertekend: 1 fout hierboven/);
    faq.entries[0].question = { en: 'Are lessons going ahead?', nl: 'Gaan de lessen door?' };
    writeFileSync(join(dir, 'faq.json'), JSON.stringify(faq));
    assert.match(run(dir, 'lint', 'faq.json').stdout, /^faq\.json: 1 error\(s\), 0 warning\(s\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
