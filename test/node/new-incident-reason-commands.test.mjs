// A bus company's desk made its feed with new feed and its own contact reasons with new reason, then new incident
// --template strike. It was told the template's usual reasons ("Wat gaat er wel door?") were missing and to add them
// "in clearline studio, or contact_reasons in feed.json", though new reason adds one. Now it also gets the commands,
// names in the feed's languages and the template's ids, so a later template does not offer them again.
// Uses dist/ (npm run build first).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { run } from './desk-kit.mjs';

const ok = (r) => (assert.equal(r.status, 0, r.stderr), r.stdout);

test('new incident gives the commands that add the template\'s missing contact reasons, and they add them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-reasons-'));
  ok(run(dir, 'new', 'feed', '--feed-id', 'bus-zuid', '--publisher', 'Bus Zuid', '--publisher-url', 'www.buszuid.example', '--time-zone', 'Europe/Amsterdam', '--feed', 'bus.json'));
  ok(run(dir, 'new', 'channel', '--kind', 'phone', '--link', '088-1234567', '--name', 'Klantenservice', '--name', 'Customer service', '--feed', 'bus.json'));
  ok(run(dir, 'new', 'reason', '--name', 'Rijdt mijn bus morgen?', '--name', 'Is my bus running tomorrow?', '--feed', 'bus.json'));
  const out = ok(run(dir, 'new', 'incident', '--template', 'strike', '--id', 'staking', '--feed', 'bus.json'));
  assert.match(out, /\nOf met deze opdrachten \(pas de namen gerust aan; een reden die niet meer past, haalt u weg met clearline edit reason --feed bus\.json --id ID --remove\):\n/);
  const commands = out.split('\n').filter((l) => l.startsWith('  clearline new reason '));
  assert.deepEqual(commands, [
    '  clearline new reason --name "Ik heb tijdens de staking dringend hulp nodig" --name "I need urgent help during the strike" --urgent --id urgent-help --feed bus.json',
    '  clearline new reason --name "Wat de staking voor mij betekent" --name "What the strike means for me" --id what-changes --feed bus.json',
    '  clearline new reason --name "Wat gaat er wel door?" --name "What still goes ahead?" --id what-runs --feed bus.json',
  ]);
  // Typed as printed (the quotes are the shell's), they add the reasons, and the next template no longer lists them.
  for (const c of commands) ok(run(dir, ...[...c.trim().slice('clearline '.length).matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2])));
  const reasons = JSON.parse(readFileSync(join(dir, 'bus.json'), 'utf8')).contact_reasons;
  assert.deepEqual(reasons.map((r) => r.id), ['rijdt-mijn-bus-morgen', 'urgent-help', 'what-changes', 'what-runs']);
  assert.deepEqual(reasons[1].label, { nl: 'Ik heb tijdens de staking dringend hulp nodig', en: 'I need urgent help during the strike' });
  assert.equal(reasons[1].urgent, true);
  const again = ok(run(dir, 'new', 'incident', '--template', 'strike', '--id', 'staking-2', '--feed', 'bus.json'));
  assert.doesNotMatch(again, /new reason|eigen contactredenen/);
});
