// A pension fund's desk (walk-through 2026-12-02) ran `clearline faq build . --out ../faq.json` in its
// folder of Markdown answers. The hint said "Built ../faq.json: 2 entries from 4 files in .. Sign it with:
// clearline sign --key … ../faq.json --out faq.jws.json": copied as it was, the signed FAQ landed among
// the Markdown files, not beside faq.json, and the folder was named "..". Uses dist/ (`npm run build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

test('faq build: the sign hint writes the signed FAQ beside the built one, and names the folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-faq-hint-'));
  try {
    const md = join(dir, 'antwoorden');
    mkdirSync(md);
    writeFileSync(join(md, 'wanneer.nl.md'), '---\nid: wanneer\nquestion: Wanneer staat mijn pensioen op mijn rekening?\n---\nOp donderdag 3 december.\n');
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'faq', 'build', '.', '--feed-id', 'horizon-faq', '--out', '../faq.json'], { cwd: md, encoding: 'utf8', timeout: 30_000 });
    assert.equal(r.status, 0, r.stderr);
    // In the FAQ's language, counted as Dutch counts ("1 entries from 1 files" before).
    assert.match(r.stderr, /\.\.\/faq\.json gemaakt: 1 vraag uit 1 bestand in antwoorden\. Onderteken het met:/, r.stderr);
    assert.match(r.stderr, /clearline sign --key … \.\.\/faq\.json --out \.\.\/faq\.jws\.json/, r.stderr);
    rmSync(join(md, 'wanneer.nl.md'));
    writeFileSync(join(md, 'wanneer.en.md'), '---\nid: wanneer\nquestion: When will my pension be in my account?\n---\nOn Thursday 3 December.\n');
    const en = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'faq', 'build', '.', '--feed-id', 'horizon-faq', '--out', '../faq.json'], { cwd: md, encoding: 'utf8', timeout: 30_000 });
    assert.match(en.stderr, /Built \.\.\/faq\.json: 1 entry from 1 file in antwoorden\./, en.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
