// Trial O: a bus and tram operator had nowhere to say who its "Assisted travel" line is for, wrote it as the wait's reason,
// and after the all-clear (which removes waits and their reasons) a wheelchair user no longer saw it was their line. A
// channel's `purpose` says it: `new channel --purpose`, `edit channel --purpose` (one per language; "none" removes it),
// kept by `update --resolve`, in the JSON Schema, with Dutch help. Uses dist/ (run `npm run build` first); a fixed clock.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { ROOT, withCliDir } from './export-kit.mjs';

const NOW = Date.parse('2026-12-04T10:00:00Z');
const FOR = { en: 'For disabled passengers and anyone who needs help to travel', nl: 'Voor reizigers met een beperking en iedereen die hulp nodig heeft bij het reizen' };
const read = (dir) => JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
const channel = (dir, id) => read(dir).channels.find((c) => c.id === id);

/** A strike on an en,nl feed, open, with nothing on its channels yet. */
function strikeFeed(dir) {
  writeFileSync(join(dir, 'feed.json'), JSON.stringify({
    type: 'status', version: 1, feed_id: 'northway', publisher: { name: 'Northway Trams & Buses', url: 'https://northway.example' }, time_zone: 'Europe/London',
    channels: [],
    incidents: [{
      id: 'strike', title: { en: 'Strike: no trams today', nl: 'Staking: vandaag geen trams' }, severity: 'major', phase: 'identified',
      started_at: '2026-12-04T06:00:00Z', updated_at: '2026-12-04T09:00:00Z',
      known: { en: 'No trams run today because of a strike.', nl: 'Er rijden vandaag geen trams door een staking.' },
      unknown: { en: 'When the strike ends.', nl: 'Wanneer de staking eindigt.' },
      next_update_at: '2026-12-04T11:00:00Z',
    }],
  }, null, 2));
}

test('new channel --purpose, edit channel --purpose for one language, --purpose none; update --resolve keeps it', async () => {
  await withCliDir('clearline-purpose-', async (dir, run) => {
    strikeFeed(dir);
    const added = run('new', 'channel', '--kind', 'phone', '--link', '0161 496 0456', '--name', 'Assisted travel', '--name', 'Reisassistentie', '--id', 'assist',
      '--purpose', FOR.en, '--purpose', FOR.nl, '--wait', '5', '--reason', 'many calls about the strike', '--reason', 'veel telefoontjes over de staking');
    assert.equal(added.status, 0, added.stderr);
    assert.deepEqual(channel(dir, 'assist').purpose, FOR);
    assert.doesNotMatch(added.stdout, /Readers see a line's reason/, 'the reason is why people wait: no note');

    // One language changed, the other kept, as --name and --hours.
    const en = run('edit', 'channel', '--id', 'assist', '--lang', 'en', '--purpose', 'For wheelchair users and anyone who needs help to travel');
    assert.equal(en.status, 0, en.stderr);
    assert.deepEqual(channel(dir, 'assist').purpose, { en: 'For wheelchair users and anyone who needs help to travel', nl: FOR.nl });

    // The all-clear takes the wait and its reason, not who the line is for.
    const done = run('update', 'feed.json', '--incident', 'strike', '--resolve', '--lang', 'en,nl', '--known', 'Trams run again.', '--known', 'De trams rijden weer.');
    assert.equal(done.status, 0, done.stderr);
    const after = channel(dir, 'assist');
    assert.deepEqual([after.wait_minutes, after.reason], [undefined, undefined]);
    assert.deepEqual(after.purpose, { en: 'For wheelchair users and anyone who needs help to travel', nl: FOR.nl });

    const none = run('edit', 'channel', '--id', 'assist', '--purpose', 'none');
    assert.equal(none.status, 0, none.stderr);
    assert.equal('purpose' in channel(dir, 'assist'), false);
  }, { now: NOW });
});

test('the JSON Schema has purpose; --purpose has Dutch help', async () => {
  await withCliDir('clearline-purpose-help-', async (dir, run) => {
    const props = JSON.parse(run('schema').stdout).properties.channels.items.properties;
    assert.ok(props.purpose, 'purpose in the published schema (clearline schema)');
    assert.deepEqual(props.purpose, props.label);
    for (const command of ['new', 'edit']) {
      const nl = run(command, 'channel', '--help', '--lang', 'nl');
      assert.equal(nl.status, 0, nl.stderr);
      assert.match(nl.stdout, /--purpose[^\n]*voor wie of waarvoor de lijn is, in één korte regel/);
      const en = run(command, 'channel', '--help', '--lang', 'en');
      assert.match(en.stdout, /--purpose[^\n]*who or what the line is for, in one short line/);
    }
  });
});

test('lint reads the purpose as any other text: a placeholder left, a language missing', async () => {
  const { lintDocument } = await import(join(ROOT, 'dist/lint.js'));
  const doc = (purpose) => ({
    type: 'status', version: 1, feed_id: 'northway', publisher: { name: { en: 'Northway', nl: 'Northway' }, url: 'https://northway.example' }, time_zone: 'Europe/London', incidents: [],
    channels: [{ id: 'assist', kind: 'phone', label: { en: 'Assisted travel', nl: 'Reisassistentie' }, href: 'tel:+441614960456', purpose }],
  });
  const at = (purpose) => lintDocument(doc(purpose), { now: NOW }).filter((f) => f.path.startsWith('channels/0/purpose')).map((f) => `${f.rule} ${f.path}`);
  assert.deepEqual(at({ en: FOR.en, nl: '[[TODO: voor wie?]]' }), ['placeholder channels/0/purpose/nl']);
  assert.deepEqual(at({ en: FOR.en }), ['language-missing channels/0/purpose']);
  assert.deepEqual(at(FOR), []);
});
