// A power company's night desk (Europe/Amsterdam, Dutch studio) running an outage across midnight.
// Fixed clocks only: nothing here depends on the time of day the suite runs at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const AMS = 'Europe/Amsterdam';
const at = (s) => Date.parse(s);

test('studio: a published feed that expires just after midnight says "verloopt om do 3 dec, 0:05", not "verloopt om morgen om 0:05"', async () => {
  const { atTime } = await importTs('src/components/editor/next-time.ts');
  const { EDITOR_TERMS } = await importTs('src/components/editor/terms.ts');
  const now = at('2026-12-02T23:50:00+01:00');
  const expires = at('2026-12-03T00:05:00+01:00');
  const nl = EDITOR_TERMS.nl.expiresSoon(atTime(expires, now, AMS, 'nl'));
  assert.equal(nl, 'De gepubliceerde feed verloopt om do 3 dec, 0:05 (over 15 minuten). Onderteken opnieuw, zodat lezers hem niet als verouderd zien.');
  assert.doesNotMatch(nl, /om morgen om/);
  const en = EDITOR_TERMS.en.expiresSoon(atTime(expires, now, AMS, 'en'));
  assert.equal(en, 'The published feed expires at Thu 3 Dec, 0:05 (in 15 minutes). Re-sign it so readers do not see it as out of date.');
  // The same day keeps the plain clock time.
  assert.equal(atTime(at('2026-12-03T00:20:00+01:00'), at('2026-12-03T00:10:00+01:00'), AMS, 'nl'), '0:20 (over 10 minuten)');
});
