// A UK payment provider's desk (English-only feed, Europe/London) ran `clearline export --to ivr --lang nl`:
// the phone message came out half Dutch, half English ("Urgent line for events today: hang op en bel
// +44 800 123 4567. Verwachte wachttijd ongeveer 45 minuten: Many merchants are calling …"), and the
// e-mail had Dutch headings over English texts. A language the feed has no text in is now refused
// with the existing code no-language, naming the languages it does have.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importTs } from './ts-import.mjs';
import { run } from './desk-kit.mjs';

const { exportIvr, exportEmail, exportSms, ExportError } = await importTs('src/export/index.ts');

const now = Date.now();
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const feed = {
  type: 'status', version: 1, feed_id: 'tillwise', time_zone: 'Europe/London',
  publisher: { name: 'Tillwise', url: 'https://status.tillwise.example' },
  channels: [
    { id: 'phone', kind: 'phone', label: { en: 'Merchant support line' }, href: 'tel:+443456001234', wait_minutes: 45, reason: { en: 'Many merchants are calling about card payments failing' } },
    { id: 'urgent', kind: 'phone', label: { en: 'Urgent line for events today' }, href: 'tel:+448001234567', emergency: true },
  ],
  incidents: [{
    id: 'card-auth', title: { en: 'Some card payments are failing' }, severity: 'critical', phase: 'investigating',
    started_at: iso(now - 20 * 60_000), updated_at: iso(now - 60_000), next_update_at: iso(now + 30 * 60_000),
    known: { en: 'About 4 in 10 card payments are declined.' }, unknown: { en: 'When it is fixed.' },
    actions: [{ label: { en: 'Do not restart your card terminal' }, who: { en: 'You take payments on our terminal' }, urgent: true }],
  }],
};

test('export in a language the feed is not written in: refused (no-language), not a Dutch frame around English texts', () => {
  for (const make of [exportIvr, exportEmail, exportSms]) {
    assert.throws(() => make(feed, { lang: 'nl', now }), (e) => e instanceof ExportError && e.code === 'no-language' && /written in: en/.test(e.message), make.name);
  }
  assert.match(exportIvr(feed, { lang: 'en', now }).text, /hang up and call/);
  assert.match(exportIvr(feed, { lang: 'en-GB', now }).text, /hang up and call/, 'a regional tag of a written language is fine');
  const plain = { ...feed, incidents: [{ ...feed.incidents[0], title: 'Kaartbetalingen mislukken', known: 'x', unknown: 'y', actions: [] }], channels: [] };
  assert.doesNotThrow(() => exportSms(plain, { lang: 'nl', now }), 'plain strings have no language to check');
});

test('clearline export --to ivr --lang nl on an English-only feed: exit 2, [no-language], and how to do it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-nolang-'));
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed));
  const r = run(dir, 'export', 'feed.json', '--to', 'ivr', '--lang', 'nl');
  assert.equal(r.status, 2, r.stdout);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /no text in "nl" \(it is written in: en\); give --lang en or leave --lang out \[no-language\]/);
});
