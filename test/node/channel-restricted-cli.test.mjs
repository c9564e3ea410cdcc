// `new channel --restricted`, `edit channel --restricted` / `--not-restricted` (a line only for the people its purpose
// names, trial P), with Dutch help, and lint's words when the line says not for whom or is an emergency line too.
// Uses dist/ (run `npm run build` first); a fixed clock.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';

const NOW = Date.parse('2026-12-07T09:00:00Z');
const channel = (dir, id) => JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).channels.find((c) => c.id === id);

function insurerFeed(dir) {
  writeFileSync(join(dir, 'feed.json'), JSON.stringify({
    type: 'status', version: 1, feed_id: 'zorgmidden', publisher: { name: 'Zorgverzekeraar Midden', url: 'https://zorgmidden.example' }, time_zone: 'Europe/Amsterdam',
    channels: [{ id: 'klant', kind: 'phone', label: { nl: 'Klantenservice' }, href: 'tel:+31302345678', wait_minutes: 45, reason: { nl: 'heel veel telefoontjes over de cyberaanval' } }],
    incidents: [{
      id: 'cyber', title: { nl: 'Cyberaanval: onze systemen liggen stil' }, severity: 'major', phase: 'identified', started_at: '2026-12-07T06:00:00Z', updated_at: '2026-12-07T08:50:00Z',
      known: { nl: 'Declareren kan even niet.' }, unknown: { nl: 'Wanneer alles weer werkt.' }, next_update_at: '2026-12-07T10:00:00Z',
    }],
  }, null, 2));
}

test('new channel --restricted with --purpose; without a purpose lint says who to name; edit --not-restricted, --restricted', async () => {
  await withCliDir('clearline-restricted-', async (dir, run) => {
    insurerFeed(dir);
    const added = run('new', 'channel', '--kind', 'phone', '--link', '030 234 5699', '--name', 'Lijn voor zorgverleners', '--id', 'zorg', '--restricted', '--purpose', 'Voor apotheken en ziekenhuizen', '--wait', '5');
    assert.equal(added.status, 0, added.stderr);
    assert.equal(channel(dir, 'zorg').restricted, true);
    assert.doesNotMatch(added.stdout + added.stderr, /zegt niet voor wie/);

    const open = run('edit', 'channel', '--id', 'zorg', '--not-restricted');
    assert.equal(open.status, 0, open.stderr);
    assert.equal('restricted' in channel(dir, 'zorg'), false);

    // Restricted again, now without a purpose: a warning the desk can act on, in its language.
    run('edit', 'channel', '--id', 'zorg', '--purpose', 'none');
    const again = run('edit', 'channel', '--id', 'zorg', '--restricted');
    assert.equal(again.status, 0, again.stderr);
    assert.equal(channel(dir, 'zorg').restricted, true);
    assert.match(again.stdout + again.stderr, /zegt niet voor wie[^\n]*\n?[^\n]*clearline edit channel --id zorg --purpose "Voor apotheken en ziekenhuizen"/);

    const both = run('edit', 'channel', '--id', 'zorg', '--restricted', '--not-restricted');
    assert.notEqual(both.status, 0);
    assert.match(both.stderr, /geef --restricted of --not-restricted, niet allebei/);
  }, { now: NOW });
});

test('an emergency line that is restricted is refused: an emergency line is for everyone', async () => {
  await withCliDir('clearline-restricted-112-', async (dir, run) => {
    insurerFeed(dir);
    const r = run('new', 'channel', '--kind', 'phone', '--link', '0800 0123', '--name', 'Fraudelijn', '--emergency', '--restricted', '--purpose', 'Voor iedereen die een verdacht bericht kreeg');
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /een noodnummer is voor iedereen/);
    assert.equal(JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).channels.length, 1, 'nothing written');
  }, { now: NOW });
});

test('--restricted and --not-restricted have Dutch help; the JSON Schema has restricted', async () => {
  await withCliDir('clearline-restricted-help-', async (dir, run) => {
    assert.deepEqual(JSON.parse(run('schema').stdout).properties.channels.items.properties.restricted, { type: 'boolean' });
    const nlNew = run('new', 'channel', '--help', '--lang', 'nl').stdout;
    assert.match(nlNew, /--restricted[^\n]*alleen voor wie --purpose noemt/);
    const nlEdit = run('edit', 'channel', '--help', '--lang', 'nl').stdout;
    assert.match(nlEdit, /--restricted[^\n]*alleen voor wie/);
    assert.match(nlEdit, /--not-restricted[^\n]*de lijn is \(weer\) voor iedereen/);
    assert.match(run('edit', 'channel', '--help', '--lang', 'en').stdout, /--not-restricted[^\n]*the line is for everyone/);
  });
});
