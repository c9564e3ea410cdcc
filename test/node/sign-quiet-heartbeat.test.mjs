// A water company's colleague signed the quiet feed before the night (trial 2026-12-05): sign said only "geldig tot
// 01:30", so nobody set up the heartbeat job, and at 02:00 the studio opened on an expired feed ("Status onbekend" for
// readers). Now sign says so for a feed with nothing open, with the heartbeat command for the file it wrote. Uses dist/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { ROOT } from './export-kit.mjs';
import { lintCleanFeed } from './lint-feed.mjs';

function signed(feed, ...extra) {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-sign-quiet-'));
  const run = (...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
  try {
    assert.equal(run('keygen', '--out', 'private.jwk.json', '--public-out', 'public.jwk.json').status, 0);
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed, null, 2));
    const r = run('sign', '--key', 'private.jwk.json', 'feed.json', '--out', 'feed.jws.json', ...extra);
    assert.equal(r.status, 0, r.stderr);
    return r.stderr;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const quiet = (feed) => ({ ...feed, incidents: [], contact_reasons: undefined });

test('a quiet feed: sign says when readers will see "Status unknown" and the heartbeat command for the file it wrote', () => {
  const feed = quiet(lintCleanFeed(Date.now()));
  const en = signed(feed, '--lang', 'en');
  assert.match(en, /nothing is open, so from .+ readers see "Status unknown" unless the feed is signed again: run clearline heartbeat --key private\.jwk\.json feed\.jws\.json --out feed\.jws\.json from a scheduled job/);
  const nl = signed(feed, '--lang', 'nl');
  assert.match(nl, /er staat niets open, dus vanaf .+ zien lezers "Status onbekend", tenzij de feed opnieuw wordt ondertekend: laat clearline heartbeat --key private\.jwk\.json feed\.jws\.json --out feed\.jws\.json volgens schema draaien/);
});

test('the morning after: only a resolved incident is quiet too; an open incident is not', () => {
  const feed = lintCleanFeed(Date.now());
  assert.doesNotMatch(signed(feed, '--lang', 'en'), /nothing is open|heartbeat/);
  const now = Date.now();
  const at = new Date(now - 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const resolved = { ...feed, incidents: feed.incidents.map((i) => ({ ...i, phase: 'resolved', resolved_at: at, next_update_at: null, unknown: { nl: '', en: '' }, known: { nl: 'De storm is voorbij; alle vluchten gaan weer.', en: 'The storm is over; all flights are running again.' } })) };
  assert.match(signed(resolved, '--lang', 'en'), /nothing is open, so from .+ readers see "Status unknown"/);
});
