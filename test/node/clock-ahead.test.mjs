// A feed dated more than the allowed skew ahead of the reader's clock: most often the reader's own device clock
// is set back (or the publisher's is ahead). It stays the public code `invalid` (codes are a public interface), but
// carries `clock: 'ahead'`, so the elements can say what to check instead of "not in a form this page can show".
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const HOUR = 3_600_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const thrown = (fn) => {
  try {
    fn();
  } catch (e) {
    return e;
  }
  assert.fail('nothing thrown');
};

describe('a document dated ahead of this device', async () => {
  const { checkFreshness } = await importTs('src/feed/verify.ts');
  const { FeedEvents } = await importTs('src/components/shared/feed-plan.ts');
  const { errorWords } = await importTs('src/i18n/lang.ts');
  const { TERMS } = await importTs('src/i18n/terms.ts');
  const { FAQ_TERMS, faqFailed } = await importTs('src/i18n/faq-terms.ts');
  const ahead = () => thrown(() => checkFreshness({ issued_at: iso(NOW + 2 * HOUR), expires_at: iso(NOW + 3 * HOUR) }, NOW));

  test("is refused as `invalid`, with the hint `clock: 'ahead'`; other invalid windows carry no hint", () => {
    const e = ahead();
    assert.equal(e.code, 'invalid');
    assert.equal(e.clock, 'ahead');
    const backwards = thrown(() => checkFreshness({ issued_at: iso(NOW), expires_at: iso(NOW - HOUR) }, NOW));
    assert.equal(backwards.code, 'invalid');
    assert.equal(backwards.clock, undefined);
  });

  test('the clearline-error detail carries the hint, and only when there is one', () => {
    const e = ahead();
    assert.deepEqual(new FeedEvents().next({ loading: false, error: e }).error, { code: 'invalid', message: e.message, clock: 'ahead' });
    const other = thrown(() => checkFreshness({ issued_at: iso(NOW), expires_at: iso(NOW - HOUR) }, NOW));
    assert.deepEqual(Object.keys(new FeedEvents().next({ loading: false, error: other }).error), ['code', 'message']);
  });

  test('readers are told to check this device’s date and time, in English and Dutch, not "not in a form"', () => {
    const e = ahead();
    assert.equal(errorWords(TERMS.en, e), "The latest information is dated ahead of this device's clock. Check this device's date and time.");
    assert.equal(errorWords(TERMS.nl, e), 'De nieuwste informatie is van een tijd die op dit apparaat nog moet komen. Controleer de datum en tijd van dit apparaat.');
    assert.equal(errorWords(TERMS.en, { code: 'invalid' }), TERMS.en.error.invalid);
    // The FAQ says the same of its questions.
    assert.equal(faqFailed(FAQ_TERMS.nl, 'nl', e), TERMS.nl.clockAhead);
    assert.equal(faqFailed(FAQ_TERMS.en, 'en-GB', e), TERMS.en.clockAhead);
  });
});
