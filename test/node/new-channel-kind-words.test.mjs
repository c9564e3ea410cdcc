// A borough council's desk, flooding, added its report form with `new channel --kind form` and was told "give --kind
// with one of: phone, chat, email, web, callback", as if it had given none. A form is a web channel: the words desks type
// for a kind are taken, and a kind that is none says which one it was. (dist/: run `npm run build` first.)
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';

const empty = { type: 'status', version: 1, feed_id: 'calder', time_zone: 'Europe/London', publisher: { name: 'Calder Council', url: 'https://www.calder.example' }, channels: [], incidents: [] };

test('new channel --kind form is a web channel; --kind fax is refused by name', async () => {
  await withCliDir('clearline-kind-words-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(empty));
    const r = run('new', 'channel', '--kind', 'form', '--link', 'www.calder.example/report-flooding', '--name', 'Report flooding online');
    assert.equal(r.status, 0, r.stderr);
    const [c] = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).channels;
    assert.equal(c.kind, 'web');
    assert.equal(run('new', 'channel', '--kind', 'call-back', '--link', 'https://www.calder.example/callback', '--name', 'Call me back').status, 0);
    assert.equal(JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).channels[1].kind, 'callback');
    const fax = run('new', 'channel', '--kind', 'fax', '--link', '01422 288009', '--name', 'Fax');
    assert.equal(fax.status, 2);
    assert.match(fax.stderr, /--kind fax is not a kind of channel; give --kind with one of: phone, chat, email, web, callback, sms \(a web form or any page is web\)/);
  });
});
