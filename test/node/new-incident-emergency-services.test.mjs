// A borough council's flood feed: "Someone is in danger from the water" led readers under Help to "Call now" with the
// council's own out-of-hours line, and 999 only as plain words under "Do this now". `new incident` now says, when the feed
// lists no public emergency number, how to add it and offer it for that reason, with the number of the feed's country;
// and the commands it prints do it. (dist/: run `npm run build` first.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';

const feedIn = (dir) => JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
/** The `clearline …` lines of the output, as arguments (quoted names kept whole). */
const commands = (out) => out.split('\n').filter((l) => l.startsWith('  clearline ')).map((l) => [...l.trim().slice('clearline '.length).matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]));

test('new incident --template flood on a British clock: add 999 and offer it for "Someone is in danger from the water"', async () => {
  await withCliDir('clearline-flood-999-', async (dir, run) => {
    assert.equal(run('new', 'feed', '--feed-id', 'calder', '--publisher', 'Calder Council', '--publisher-url', 'www.calder.gov.uk', '--time-zone', 'Europe/London').status, 0);
    assert.equal(run('new', 'channel', '--kind', 'phone', '--link', '01422 288001', '--name', 'Emergency out-of-hours line', '--emergency').status, 0);
    const r = run('new', 'incident', '--template', 'flood', '--id', 'flood');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /"Someone is in danger from the water" are not offered 999 under "Call now", only your own lines/);
    const todo = commands(r.stdout).filter((c) => c[0] === 'new' && c[1] === 'channel' || c[0] === 'edit' && c[1] === 'reason');
    assert.equal(todo.length, 2, r.stdout);
    for (const c of todo) assert.equal(run(...c).status, 0, c.join(' '));
    const f = feedIn(dir);
    const line = f.channels.find((c) => c.href === 'tel:999');
    assert.ok(line?.emergency, JSON.stringify(f.channels));
    // Listed before the council's own out-of-hours line: readers see emergency lines in the feed's order.
    assert.equal(f.channels[0], line);
    assert.deepEqual(f.contact_reasons.find((x) => x.id === 'danger').channels, [line.id]);
    // NHS 111 is no emergency number in Britain: listed as an emergency line, it goes after 999, not before.
    assert.equal(run('new', 'channel', '--kind', 'phone', '--link', '111', '--name', 'NHS 111', '--emergency', '--id', 'nhs-111').status, 0);
    assert.deepEqual(feedIn(dir).channels.map((c) => c.id).slice(0, 2), [line.id, 'phone']);
    assert.equal(feedIn(dir).channels.at(-1).id, 'nhs-111');
    // Said once: a second template with the same reason finds 999 there.
    assert.doesNotMatch(run('new', 'incident', '--template', 'storm', '--id', 'storm').stdout, /not offered 999/);
  });
});

test('a Dutch flood feed is told 112, with a name in each of its languages; an ordinary outage says nothing', async () => {
  await withCliDir('clearline-flood-112-', async (dir, run) => {
    const r = run('new', 'incident', '--template', 'flood', '--id', 'f', '--feed-id', 'gemeente', '--time-zone', 'Europe/Amsterdam', '--lang', 'nl,en');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /krijgt onder "Bel nu" geen 112/);
    assert.match(r.stdout, /--link 112 --name "Alarmnummer \(politie, brandweer, ambulance\)" --name "Police, fire and ambulance" --emergency/);
  });
  await withCliDir('clearline-outage-', async (dir, run) => {
    const r = run('new', 'incident', '--template', 'water', '--id', 'w', '--feed-id', 'water', '--time-zone', 'Europe/London');
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /--link 999/);
  });
});
