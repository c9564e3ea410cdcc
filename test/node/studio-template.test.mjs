// `clearline studio --template water`: whoever sets up the studio says which template New incident starts on.
// A municipality's desk pressed New incident in a storm and got a Power cut's texts (the first template) to undo;
// without --template the editor now starts on Other disruption (test/browser/editor-template-start.test.ts).
// Needs dist/ (run `npm run build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStudio } from './studio-kit.mjs';

const CLI = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'dist/cli.js');
const FEED = { type: 'status', version: 1, feed_id: 'gemeente', publisher: { name: 'Gemeente Voorbeeld', url: 'https://www.voorbeeld.nl' }, time_zone: 'Europe/Amsterdam', channels: [], incidents: [] };

function folder() {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-studio-template-'));
  writeFileSync(join(dir, 'feed.json'), JSON.stringify({ ...FEED, incidents: [] }, null, 2));
  return dir;
}

test('studio --template: an alias is given to the page as the template\'s name; without it the page has no template', async () => {
  const dir = folder();
  try {
    const { url, stop } = await startStudio(dir, ['--port', '0', '--template', 'warmtenet']);
    try {
      assert.match(await (await fetch(url)).text(), /<clearline-editor [^>]*template="heating"/);
    } finally {
      stop();
    }
    const plain = await startStudio(dir, ['--port', '0']);
    try {
      assert.doesNotMatch(await (await fetch(plain.url)).text(), /template=/);
    } finally {
      plain.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('studio --template with a name that is no template is refused in the desk\'s language, naming each template, before a page opens', () => {
  const dir = folder();
  try {
    const r = spawnSync(process.execPath, [CLI, 'studio', '--template', 'noodweer-gemeente', '--lang', 'nl'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /er is geen sjabloon "noodweer-gemeente"; geef --template met een van: power \(stroomstoring\), .* storm \(storm of noodweer\), .* generic \(andere verstoring\)\n$/);
    assert.equal(r.stdout, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
