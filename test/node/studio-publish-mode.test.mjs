// The studio page said "Press Publish (it has the focus) to put it live" also when the studio had no --publish-cmd, and
// Publish then only saved feed.jws.json on the desk's computer. Now the server tells the page what Publish does
// (publish-mode="command" or "save"), and a save answers the signed file's full path, which the page names.
// Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ROOT } from './export-kit.mjs';
import { startStudio, stopStudios } from './studio-kit.mjs';
import { post } from './studio-api-kit.mjs';

after(stopStudios);
const CLI = join(ROOT, 'dist/cli.js');
const FEED = { type: 'status', version: 1, feed_id: 'wb', publisher: { name: 'Waterbedrijf Voorbeeld', url: 'https://www.wb.example' }, time_zone: 'Europe/Amsterdam', channels: [], incidents: [] };

test('the studio page says what Publish does: publish-mode="save" without --publish-cmd, "command" with it, none with --prepare; a save names the signed file by its full path', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-studio-mode-'));
  try {
    const text = JSON.stringify(FEED, null, 2) + '\n';
    writeFileSync(join(dir, 'feed.json'), text);
    assert.equal(spawnSync(process.execPath, [CLI, 'keygen', '--out', 'key.jwk.json'], { cwd: dir, encoding: 'utf8' }).status, 0);
    const signed = spawnSync(process.execPath, [CLI, 'sign', '--key', 'key.jwk.json', 'feed.json', '--out', 'signed.jws.json'], { cwd: dir, encoding: 'utf8' });
    assert.equal(signed.status, 0, signed.stderr);

    const saveOnly = await startStudio(dir, ['--port', '0']);
    const page = await (await fetch(saveOnly.url)).text();
    assert.match(page, /<clearline-editor [^>]*publish-mode="save"/);
    const opened = await fetch(new URL('/api/feed', saveOnly.url));
    const version = opened.headers.get('x-clearline-version');
    const envelope = JSON.parse(readFileSync(join(dir, 'signed.jws.json'), 'utf8'));
    const saved = await post(saveOnly.url, '/api/save', { feed: text, envelope, version });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.equal(saved.body.signedFile, join(dir, 'feed.jws.json'));
    assert.equal(saved.body.exitCode, undefined);
    saveOnly.stop();

    const withCommand = await startStudio(dir, ['--port', '0', '--publish-cmd', 'true']);
    assert.match(await (await fetch(withCommand.url)).text(), /<clearline-editor [^>]*publish-mode="command"/);
    withCommand.stop();

    const prepare = await startStudio(dir, ['--port', '0', '--prepare'], {}, 'prepared.json');
    assert.doesNotMatch(await (await fetch(prepare.url)).text(), /publish-mode=/);
    prepare.stop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
