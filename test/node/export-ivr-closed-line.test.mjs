// Trial H, a grid operator's storm night: at 02:00 the studio's phone-message preview asked for the wait of the customer
// service line, closed all night by its opening hours. Nobody queues on a closed line; its wait is for when it opens. The
// message is still checked (its length); the same line open, without a wait, is still an error.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { lintChannels } = await importTs('src/export/lint.ts');
// Sunday 6 December 2026: 02:00 and 10:00 in Amsterdam (UTC+1).
const NIGHT = Date.parse('2026-12-06T01:00:00Z');
const DAY = Date.parse('2026-12-07T09:00:00Z');
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
const feed = (now) => ({
  type: 'status', version: 1, feed_id: 'oostland', seq: 1, issued_at: iso(now - 60_000), expires_at: iso(now + 3_600_000), time_zone: 'Europe/Amsterdam',
  publisher: { name: 'Netbeheer Oostland', url: 'https://www.netbeheer-oostland.example' },
  channels: [{ id: 'service', kind: 'phone', label: 'Klantenservice', href: 'tel:+31881234567', opening_hours: 'Mo-Fr 08:00-18:00' }],
  incidents: [{ id: 'power', title: 'Stroomstoring in Deventer', severity: 'major', phase: 'identified', started_at: iso(now - 3_600_000), updated_at: iso(now - 600_000), next_update_at: iso(now + 1_800_000), known: 'Een kabel is geraakt.', unknown: 'Hoe lang het duurt.' }],
});
const rules = (now) => lintChannels(feed(now), ['ivr'], { now, lang: 'nl' }).map((f) => f.rule);

test('a line closed now by its opening hours is not asked for its wait; open, it is', () => {
  assert.ok(!rules(NIGHT).includes('ivr-no-wait'), rules(NIGHT).join());
  assert.ok(rules(DAY).includes('ivr-no-wait'), rules(DAY).join());
});
