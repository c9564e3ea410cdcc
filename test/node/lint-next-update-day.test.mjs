// A next update that is not today is named with its day in lint's messages. A university's desk read on Monday 16:30
// "de volgende update komt pas over 40 uur en 30 minuten (om 09:00, 2026-12-16T09:00:00+01:00)": 09:00 on Wednesday,
// said as if it were today (trial X). Now "(op wo 16 dec 09:00, …)"; today's time is said as before.
// The CLI part uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const { lintDocument } = await importTs('src/lint/index.ts');
const { dayAndClock } = await importTs('src/lint/next-said.ts');

/** Monday 14 December 2026, 16:30 in Middelburg. */
const NOW = Date.parse('2026-12-14T15:30:00Z');
const ZONE = 'Europe/Amsterdam';
const feed = (next, updated = '2026-12-14T15:00:00Z') => ({
  type: 'status', version: 1, feed_id: 'hzk', time_zone: ZONE, language: 'nl',
  publisher: { name: 'Hogeschool Zuidkust', url: 'https://www.hzk.example' },
  channels: [{ id: 'it-desk', kind: 'phone', label: 'IT-servicedesk', href: 'tel:+31118555010' }],
  incidents: [{
    id: 'cyberaanval', title: 'Cyberaanval: systemen uit', severity: 'major', phase: 'identified',
    started_at: '2026-12-14T05:40:00Z', updated_at: updated, next_update_at: next,
    known: 'We hebben alle systemen uitgezet.', unknown: 'Wanneer de systemen weer werken.',
  }],
});
const said = (doc, rule, lang, audience, now = NOW) => lintDocument(doc, { now, timeZone: ZONE, lang, audience }).find((f) => f.rule === rule)?.message;

test('dayAndClock: the day when not today, in Dutch and English; nothing today', () => {
  assert.equal(dayAndClock(Date.parse('2026-12-16T08:00:00Z'), NOW, ZONE, 'nl'), 'wo 16 dec 09:00');
  assert.equal(dayAndClock(Date.parse('2026-12-16T08:00:00Z'), NOW, ZONE, 'en'), 'Wed 16 Dec 09:00');
  assert.equal(dayAndClock(Date.parse('2026-12-14T19:00:00Z'), NOW, ZONE, 'nl'), undefined);
});

test('next-update-too-far names Wednesday, for the CLI and the studio, in Dutch and English', () => {
  const doc = feed('2026-12-16T08:00:00Z');
  assert.equal(said(doc, 'next-update-too-far', 'nl'), 'de volgende update komt pas over 40 uur en 30 minuten (op wo 16 dec 09:00, 2026-12-16T09:00:00+01:00); bij meer dan 4 uur stilte gaan mensen bellen');
  assert.equal(said(doc, 'next-update-too-far', 'en'), 'the next update is 40 hours 30 minutes away (on Wed 16 Dec 09:00, 2026-12-16T09:00:00+01:00); more than 4 hours of silence makes people call');
  assert.match(said(doc, 'next-update-too-far', 'nl', 'desk'), /\(op wo 16 dec 09:00\); bij meer/);
  // Today: as before.
  assert.match(said(feed('2026-12-14T21:00:00Z'), 'next-update-too-far', 'nl'), /\(om 22:00, 2026-12-14T22:00:00\+01:00\)/);
});

test('next-update-past names the day of a promise from yesterday', () => {
  const tuesday = Date.parse('2026-12-15T07:00:00Z');
  const doc = feed('2026-12-14T18:00:00Z');
  assert.equal(said(doc, 'next-update-past', 'nl', 'feed', tuesday), 'u hebt een update beloofd op ma 14 dec 19:00 (2026-12-14T19:00:00+01:00) en die tijd is voorbij');
  assert.equal(said(doc, 'next-update-past', 'en', 'feed', tuesday), 'you promised an update on Mon 14 Dec 19:00 (2026-12-14T19:00:00+01:00), which has passed');
  assert.equal(said(doc, 'next-update-past', 'en', 'desk', tuesday), 'you promised an update on Mon 14 Dec 19:00, which has passed');
  assert.match(said(doc, 'next-update-past', 'nl', 'feed', Date.parse('2026-12-14T19:00:00Z')), /beloofd om 19:00 \(2026-12-14T19:00:00\+01:00\)/);
});

test('clearline lint says "op wo 16 dec 09:00" on Monday afternoon', async () => {
  await withCliDir('clearline-next-day-', async (dir, cli) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed('2026-12-16T08:00:00Z')));
    const r = cli('lint', '--lang', 'nl', 'feed.json');
    assert.match(r.stdout + r.stderr, /komt pas over 40 uur en 30 minuten \(op wo 16 dec 09:00, 2026-12-16T09:00:00\+01:00\)/);
  }, { now: NOW, tz: ZONE });
});
