// `clearline new incident` refused a Dutch desk in English before it read the feed: "give the incident an
// --id", "--severity must be one of …", "feed.json already has an incident …", "there is no template …".
// Now the feed.json's language says it, else the new feed's first language (--lang, or nl,en).
// Uses dist/ (run `npm run build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './desk-feed-kit.mjs';

test('new incident: its refusals are in the feed\'s language, or the new feed\'s first language', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-new-incident-lang-'));
  try {
    const make = ['--feed-id', 'water-oost', '--publisher', 'Water Oost', '--publisher-url', 'https://wateroost.example', '--time-zone', 'Europe/Amsterdam'];
    assert.match(run(dir, 'new', 'incident', '--template', 'water').stderr, /^clearline new incident: geef het incident een --id, bijvoorbeeld --id storm-2026-11-23\n$/);
    assert.match(run(dir, 'new', 'incident', '--template', 'water', '--lang', 'en').stderr, /give the incident an --id/);
    assert.equal(run(dir, 'new', 'incident', '--template', 'water', '--id', 'w1', ...make).status, 0);
    const cases = [
      [['--template', 'water', '--id', 'w1'], /feed\.json heeft al een incident "w1"; kies een andere --id of gebruik clearline update/],
      [['--template', 'water', '--id', 'w2', '--severity', 'groot'], /--severity moet een van deze zijn: info, minor, major, critical/],
      [['--template', 'water', '--id', 'mijn storing'], /--id "mijn storing": een id bestaat alleen uit letters, .* bijvoorbeeld --id mijn-storing; lezers zien het nooit/],
      [['--template', 'water', '--id', 'w3', '--title', 'a', '--title', 'b', '--title', 'c'], /--lang noemt 2 talen, maar --title kwam 3 keer/],
      [['--template', 'meteoriet', '--id', 'w4'], /er is geen sjabloon "meteoriet"/],
    ];
    for (const [args, said] of cases) {
      const r = run(dir, 'new', 'incident', ...args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, said, args.join(' '));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
