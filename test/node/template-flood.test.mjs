// A borough council's flood feed: "If you have to leave your home, go to the rest centre" stood under "Can wait — If this
// is not urgent for you, you do not need to call", which an evacuated resident reads as "the rest centre can wait". It is an
// act-now action of the template, in both languages, after the one about flood water (the one an SMS carries).
// (dist/: run `npm run build` first.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';

test('new incident --template flood: going to the rest centre is to act on now', async () => {
  await withCliDir('clearline-flood-', async (dir, run) => {
    const r = run('new', 'incident', '--template', 'flood', '--id', 'f', '--feed-id', 'council', '--time-zone', 'Europe/London', '--lang', 'en,nl');
    assert.equal(r.status, 0, r.stderr);
    const [inc] = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents;
    const rest = inc.actions.find((a) => /rest centre/.test(a.label.en));
    assert.match(rest.label.nl, /opvanglocatie/);
    assert.equal(rest.urgent, true);
    assert.match(inc.actions[0].label.en, /Do not walk or drive through flood water/);
  });
});
