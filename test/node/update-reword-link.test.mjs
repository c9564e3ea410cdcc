// A borough council's desk gave the flood template's report action its own words and the form's address in one command:
// `update --reword-action 3 --label "Report flooding…" --who "…" --link https://…/report-flooding`, and was refused
// ("--link is for the action added with --add-action, or the one named by --link-action"), the new words too. --link with
// --reword-action now links the action reworded. (dist/: run `npm run build` first.)
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';

test('update --reword-action N --label … --link URL gives that action its words and its link', async () => {
  await withCliDir('clearline-reword-link-', async (dir, run) => {
    const now = Date.now();
    const iso = (m) => new Date(now + m * 60_000).toISOString();
    const a = (label, who) => ({ label: { en: label }, who: { en: who } });
    writeFileSync(join(dir, 'feed.json'), JSON.stringify({
      type: 'status', version: 1, feed_id: 'calder', time_zone: 'Europe/London', publisher: { name: 'Calder Council', url: 'https://www.calder.example' }, channels: [],
      incidents: [{ id: 'flood', title: { en: 'Flooding: roads closed' }, severity: 'major', phase: 'identified', started_at: iso(-5), updated_at: iso(-5), next_update_at: iso(30),
        known: { en: 'The river burst its banks.' }, unknown: { en: 'When roads reopen.' },
        actions: [{ ...a('Do not walk or drive through flood water', 'Everyone'), urgent: true }, a('Go to the rest centre', 'You have to leave your home'), a('Report flooding online', 'There is water in your home')] }],
    }));
    const r = run('update', 'feed.json', '--incident', 'flood', '--remove-action', '2', '--reword-action', '3', '--label', 'Report flooding in your home or street online', '--link', 'www.calder.example/report-flooding', '--correct');
    assert.equal(r.status, 0, r.stderr);
    const actions = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents[0].actions;
    assert.equal(actions.length, 2);
    assert.deepEqual([actions[1].label.en, actions[1].href], ['Report flooding in your home or street online', 'https://www.calder.example/report-flooding']);
    assert.equal(actions[0].href, undefined);
  });
});
