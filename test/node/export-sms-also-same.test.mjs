// The SMS beside other open incidents (sms-also.ts, sms-fraud.ts) is made once per language, parts and tail within one
// exportSms call (sms-memo.ts): it took 1–1.5 s a call on trial X's feed. Nothing it says may change: every result
// below, in each language of the feed and in one and two parts, equals what the code gave before that change, field
// for field (test/fixtures/sms-multi-golden.json, captured from that code; `SMS_GOLDEN_WRITE=1` rewrites it on purpose).
import assert from 'node:assert/strict';
import test from 'node:test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, ROOT } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const { exportSms } = await importTs('src/export/sms.ts');
const { feedLanguages } = await importTs('src/export/text.ts');
const GOLDEN = join(ROOT, 'test/fixtures/sms-multi-golden.json');
/** Feeds with two or more open incidents, each at a minute after its last update (hzk-1006 also at the trial's 10:07). */
const FEEDS = [
  ['bank-ddos-phishing-small.json', '2026-12-08T06:44:00Z'],
  ['bank-phishing-0746.json', '2026-12-08T06:44:01Z'],
  ['bank-phishing-1106.json', '2026-12-08T10:07:01Z'],
  ['eirgas-1506.json', '2026-12-15T15:05:00Z'],
  ['eirgas-1612.json', '2026-12-16T12:01:01Z'],
  ['hospital.json', '2026-12-16T06:01:00Z'],
  ['hzk-1006.json', '2026-12-14T09:05:01Z'],
  ['hzk-1006.json', '2026-12-14T09:07:00Z'],
  ['hzk-1006.json', '2026-12-14T09:07:00Z', 'phishing-2026-12-14'],
  ['hzk-thu-0908.json', '2026-12-17T08:07:00Z'],
  ['water-two-0636.json', '2026-12-09T06:37:00Z'],
  ['zwaluwen.json', '2026-11-24T01:11:00Z'],
];
const results = () => {
  const out = {};
  for (const [file, at, incident] of FEEDS) {
    const feed = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'));
    for (const lang of feedLanguages(feed)) for (const parts of [1, 2]) {
      const r = exportSms(feed, { lang, parts, now: Date.parse(at), ...(incident ? { incident } : {}) });
      out[`${file} ${at}${incident ? ` ${incident}` : ''} ${lang} ${parts}`] = JSON.parse(JSON.stringify(r));
    }
  }
  return out;
};

test('every SMS beside other open incidents is the one the code gave before it was made faster (nl, en, one and two parts)', () => {
  const now = results();
  if (process.env.SMS_GOLDEN_WRITE === '1') writeFileSync(GOLDEN, `${JSON.stringify(now, null, 1)}\n`);
  const was = JSON.parse(readFileSync(GOLDEN, 'utf8'));
  assert.deepEqual(Object.keys(now), Object.keys(was));
  for (const key of Object.keys(was)) assert.deepEqual(now[key], was[key], key);
  // It covers what it is for: each kind of line for another incident, the fake-message line, and both encodings' parts.
  const said = Object.values(was);
  for (const kind of ['head', 'notice', 'title', 'none']) assert.ok(said.some((r) => r.alsoLine?.kind === kind), kind);
  assert.ok(said.some((r) => r.fraudLine?.added));
  assert.ok(said.some((r) => r.parts === 2) && said.some((r) => r.urgentLeftOut));
});
