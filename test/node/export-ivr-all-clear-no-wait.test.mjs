// Trial P (an insurer after a ransomware attack): on Wednesday, after the all-clear had emptied the line's wait (update
// --resolve removes waits with the disruption), `export --to ivr` wrote nothing: "de telefoonlijn "Klantenservice" heeft
// geen verwachte wachttijd … [ivr-no-wait]", so the phone message with the all-clear could not be made until a wait was
// typed in. With nothing open, a line without a wait is no error: the message says no wait. Uses dist/ (npm run build).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { exporters, ROOT, withCliDir } from './export-kit.mjs';

const NOW = Date.parse('2026-12-16T09:10:00Z');
const feed = (phase) => ({
  type: 'status', version: 1, feed_id: 'zekerheid', time_zone: 'Europe/Amsterdam', publisher: { name: 'Zekerheid', url: 'https://www.zekerheid.example' },
  status_url: 'https://www.zekerheid.example/storing',
  channels: [{ id: 'phone', kind: 'phone', label: { nl: 'Klantenservice' }, href: 'tel:+31302345678' }],
  incidents: [{
    id: 'cyber', title: { nl: 'Mijn Zekerheid en de app werken weer' }, severity: 'major', phase,
    started_at: '2026-12-14T06:40:00Z', updated_at: '2026-12-16T09:00:00Z', ...(phase === 'resolved' ? { resolved_at: '2026-12-16T09:00:00Z' } : {}),
    known: { nl: 'Mijn Zekerheid en de app werken weer sinds 10:00.' }, unknown: { nl: '' }, next_update_at: phase === 'resolved' ? null : '2026-12-16T11:00:00Z',
  }],
});

test('after the all-clear a line without a wait is no ivr-no-wait error; while open it still is', async () => {
  const x = await exporters();
  assert.deepEqual(x.lintChannels(feed('resolved'), ['ivr'], { now: NOW, lang: 'nl' }).filter((f) => f.rule === 'ivr-no-wait'), []);
  assert.equal(x.lintChannels(feed('monitoring'), ['ivr'], { now: NOW, lang: 'nl' }).filter((f) => f.rule === 'ivr-no-wait').length, 1);
  await withCliDir('clearline-ivr-all-clear-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed('resolved')));
    const r = run('export', 'feed.json', '--to', 'ivr');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Mijn Zekerheid en de app werken weer/);
    assert.doesNotMatch(r.stdout, /wachttijd/);
  }, { now: NOW, tz: 'Europe/Amsterdam' });
});

// Trial Q, a hospital at 15:03: its computer failure resolved, left open were a notice ("Afspraak afgezegd op 15 december?
// Wij bellen u", severity info) and Wednesday's "Spoedeisende hulp neemt vanaf woensdag 07:00 weer ambulances aan"
// (announced ahead). `export ../cdn/feed.jws.json --to ivr` refused with ivr-no-wait while the studio let the desk sign;
// and its fix said `clearline edit channel --feed ../cdn/feed.json …`, a file that did not exist: the desk's feed.json
// was in the folder it worked in.
const quiet = () => {
  const f = feed('resolved');
  f.incidents.push(
    { id: 'notice', title: { nl: 'Afspraak afgezegd? Wij bellen u' }, severity: 'info', phase: 'investigating', started_at: '2026-12-16T09:00:00Z', updated_at: '2026-12-16T09:00:00Z', known: { nl: 'Wij bellen iedereen van wie de afspraak is afgezegd.' }, unknown: { nl: '' }, next_update_at: null },
    { id: 'later', title: { nl: 'Vanaf morgen 07:00 weer open' }, severity: 'minor', phase: 'investigating', started_at: '2026-12-16T09:00:00Z', updated_at: '2026-12-16T09:00:00Z', starts_at: '2026-12-17T06:00:00Z', known: { nl: 'Morgen zijn we weer open.' }, unknown: { nl: 'Of het druk wordt.' }, next_update_at: '2026-12-16T18:00:00Z' },
  );
  return f;
};

test('with only a notice and an incident announced ahead open, nothing is going on: no wait asked, by export as by the studio', async () => {
  const x = await exporters();
  for (const audience of ['feed', 'desk']) assert.deepEqual(x.lintChannels(quiet(), ['ivr'], { now: NOW, lang: 'nl', audience }).filter((f) => f.rule === 'ivr-no-wait'), [], audience);
  // Nor lint's suggestion on the field (the studio's "suggestie").
  const { lintDocument } = await import(join(ROOT, 'dist/lint.js'));
  assert.ok(!lintDocument(quiet(), { now: NOW }).some((f) => f.rule === 'phone-no-wait'));
  // Once one of them is going on (the announced one has begun), a wait is asked again.
  const begun = quiet();
  begun.incidents[2].starts_at = '2026-12-16T09:05:00Z';
  assert.equal(x.lintChannels(begun, ['ivr'], { now: NOW, lang: 'nl' }).filter((f) => f.rule === 'ivr-no-wait').length, 1);
  assert.ok(lintDocument(begun, { now: NOW }).some((f) => f.rule === 'phone-no-wait'));
  await withCliDir('clearline-ivr-quiet-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(quiet()));
    const r = run('export', 'feed.json', '--to', 'ivr');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Afspraak afgezegd\? Wij bellen u\./);
    assert.doesNotMatch(r.stdout, /wachttijd|zo geholpen/i);
  }, { now: NOW, tz: 'Europe/Amsterdam' });
});

test('export of a signed file elsewhere names the feed.json here in its fix, as sign and verify find it', async () => {
  await withCliDir('clearline-ivr-source-', async (dir) => {
    const ok = (r) => assert.equal(r.status, 0, r.stderr);
    mkdirSync(join(dir, 'work'));
    mkdirSync(join(dir, 'cdn'));
    const work = (...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: join(dir, 'work'), encoding: 'utf8', env: { ...process.env, TZ: 'Europe/Amsterdam' } });
    ok(work('keygen', '--out', 'private.jwk.json', '--public-out', 'public.jwk.json'));
    // Going on now, the line without a wait: refused, the fix for the feed.json in work/, not ../cdn/feed.json.
    const open = feed('monitoring');
    const at = new Date(Date.now() - 60_000).toISOString().replace(/\.\d+Z$/, 'Z');
    Object.assign(open.incidents[0], { started_at: at, updated_at: at, next_update_at: new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z') });
    writeFileSync(join(dir, 'work', 'feed.json'), JSON.stringify(open));
    ok(work('sign', '--key', 'private.jwk.json', 'feed.json', '--out', '../cdn/feed.jws.json', '--force'));
    const refused = work('export', '../cdn/feed.jws.json', '--public-key', 'public.jwk.json', '--to', 'ivr');
    assert.equal(refused.status, 2, refused.stderr);
    assert.match(refused.stderr, /\[ivr-no-wait\]/);
    assert.match(refused.stderr, /clearline edit channel --id phone --wait 0/);
    assert.doesNotMatch(refused.stderr, /cdn\/feed\.json/);
    // Beside the signed file when it is there (as before).
    writeFileSync(join(dir, 'cdn', 'feed.json'), JSON.stringify(open));
    const beside = work('export', '../cdn/feed.jws.json', '--public-key', 'public.jwk.json', '--to', 'ivr');
    assert.match(beside.stderr, /clearline edit channel --feed \.\.\/cdn\/feed\.json --id phone --wait 0/);
  });
});
