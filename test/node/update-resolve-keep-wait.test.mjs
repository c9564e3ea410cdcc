// A bus company's strike ended at 12:30 with the phone queue at its longest (trial, 2026-12-05). `update --resolve`
// takes the outage's waits off ordinary lines; a wait given in the same command with --channel now stays (as one the
// studio's desk changes while resolving), and only the other lines' waits are said as cleared. Run `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { feed, folder, run } from './desk-feed-kit.mjs';

function withWaits() {
  const doc = feed('en');
  doc.channels = [
    { id: 'phone', kind: 'phone', label: { en: 'Reception', nl: 'Onthaal' }, href: 'tel:+3232001234', wait_minutes: 40, reason: { en: 'many calls about the storm', nl: 'veel telefoontjes over de storm' } },
    { id: 'desk', kind: 'phone', label: { en: 'Student desk', nl: 'Studentenbalie' }, href: 'tel:+3232001299', wait_minutes: 15, reason: { en: 'many calls about the storm', nl: 'veel telefoontjes over de storm' } },
  ];
  return doc;
}

test('update --resolve with --channel --wait keeps that wait; the other line\'s goes, and is said', () => {
  const dir = folder(withWaits());
  const r = run(dir, 'update', 'feed.json', '--incident', 'storm', '--resolve', '--lang', 'en,nl', '--known', 'The campus is open again.', '--known', 'De campus is weer open.',
    '--channel', 'phone', '--wait', '25', '--reason', 'many calls after the storm', '--reason', 'veel telefoontjes na de storm', '--json');
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.cleared_channels, ['desk']);
  const [phone, desk] = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).channels;
  assert.equal(phone.wait_minutes, 25);
  assert.deepEqual(phone.reason, { en: 'many calls after the storm', nl: 'veel telefoontjes na de storm' });
  assert.equal(desk.wait_minutes, undefined);
});
