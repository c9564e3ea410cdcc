// A municipality's desk exported its phone message during a ransomware attack and read on standard error "weggelaten:
// hello, instead-web, instead, thanks, todo-ransomware-2026-12-07-4, …": English keys, and "todo" read as work left
// undone, while the urgent action left out (the temporary counter in the library) was not named. `export --to ivr` and
// `lint --for ivr` now say what was left out in the desk's words, the action by the number `update --reword-action`
// takes and its first words. (dist/: run `npm run build` first.)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { exporters, NOW, ROOT } from './export-kit.mjs';
import { cyberFeed } from './link-warning-kit.mjs';

const x = await exporters();
const run = (dir, ...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });

function feed() {
  const f = cyberFeed();
  for (const a of f.incidents[0].actions) a.who = { nl: 'U krijgt een bericht', en: 'You get a message' };
  return f;
}

test('export --to ivr names what it left out in words, the urgent action by its number in the feed', () => {
  const f = feed();
  const r = x.exportIvr(f, { lang: 'nl', now: NOW });
  // The second action ("Geef niemand…") is urgent and the second said; its key counts urgent actions first. (The fourth,
  // "Betaal niet…", was left out too until what fits again was put back.)
  assert.ok(r.dropped.includes('todo-cyberaanval-2'), r.dropped.join());
  const dir = mkdtempSync(join(tmpdir(), 'clearline-ivr-dropped-'));
  try {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(f));
    const nl = run(dir, 'export', 'feed.json', '--to', 'ivr', '--force');
    assert.equal(nl.status, 0, nl.stderr);
    assert.doesNotMatch(nl.stderr, /todo-|hello|instead-|thanks/, nl.stderr);
    assert.match(nl.stderr, /weggelaten: .*de zin dat bellers misschien niet hoeven te wachten, .*dringende actie 2 \("Geef niemand die belt, mailt of appt…"\)/);
    assert.match(nl.stderr, /kanaal "Storingskaart: zoek op postcode"/);
    const en = run(dir, 'export', 'feed.json', '--to', 'ivr', '--lang', 'en', '--force');
    assert.match(en.stderr, /left out: .*urgent action 2 \("/);
    assert.doesNotMatch(en.stderr, /todo-/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('lint --for ivr: the same words in its ivr-shortened finding', () => {
  const f = feed();
  f.incidents[0].known.nl = 'Sinds 02:00 werken onze systemen niet, ook de website en het klantportaal niet, en de monteurs kunnen geen opdrachten ontvangen.';
  const dir = mkdtempSync(join(tmpdir(), 'clearline-ivr-dropped-'));
  try {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(f));
    const r = run(dir, 'lint', 'feed.json', '--for', 'ivr');
    const line = r.stdout.split('\n').find((l) => l.includes('[ivr-shortened]') && l.includes('/known/nl')) ?? r.stdout + r.stderr;
    // The greeting goes too while an urgent action is left out (ivr-courtesy.ts, trial T).
    assert.match(line, /liet de begroeting, kanaal "Storingskaart: zoek op postcode", /, line);
    assert.doesNotMatch(line, /todo-|instead-|hello/, line);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
