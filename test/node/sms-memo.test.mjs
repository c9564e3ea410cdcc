// One exportSms call beside another open incident made the same SMS, clock formats and Markdown reading again dozens of
// times: 1–1.5 s a call on trial X's feed, in the studio's preview on each keystroke (src/export/sms-memo.ts,
// date-format.ts). What it says is unchanged (export-sms-also-same.test.mjs); these check the memo and count the work.
import assert from 'node:assert/strict';
import test from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const { smsScope, smsMemo, smsKey } = await importTs('src/export/sms-memo.ts');
const { exportSms } = await importTs('src/export/sms.ts');
const { plainBlocks } = await importTs('src/export/plain-blocks.ts');
const AT_1007 = Date.parse('2026-12-14T09:07:00Z');
const monday = () => JSON.parse(readFileSync(join(FIXTURES, 'hzk-1006.json'), 'utf8'));

test('within a scope each key is made once, a nested scope shares it, and nothing is kept after it', () => {
  let made = 0;
  const make = () => ({ n: ++made });
  const [a, b, c] = smsScope(() => [smsMemo('k', make), smsMemo('k', make), smsScope(() => smsMemo('k', make))]);
  assert.equal(made, 1);
  assert.ok(a === b && b === c);
  assert.notEqual(smsMemo('k', make), a, 'outside a scope: made each time');
  assert.throws(() => smsScope(() => { smsMemo('x', make); throw new Error('stop'); }), /stop/);
  assert.equal(smsScope(() => smsMemo('x', make)).n, made, 'a scope that threw keeps nothing');
  const [one, two] = [{}, {}];
  const [p, q, r] = smsScope(() => [smsMemo('f', make, one), smsMemo('f', make, two), smsMemo('f', make, one)]);
  assert.ok(p === r && q !== p, 'an SMS of another feed inside the call is made anew, not taken from the first');
});

test('the key tells apart what changes an SMS: language, parts, tail, link, plan; `quick` only in one part', () => {
  const feed = monday();
  const key = (o, plan) => smsKey(feed, { now: AT_1007, ...o }, plan);
  const base = key({ lang: 'nl', parts: 1 });
  for (const o of [{ lang: 'en', parts: 1 }, { lang: 'nl', parts: 2 }, { lang: 'nl', parts: 1, noSite: true }, { lang: 'nl', parts: 1, quick: true }, { lang: 'nl', parts: 1, tail: () => 'Ook: X.' }, { lang: 'nl', parts: 1, incident: 'x' }, { lang: 'nl', parts: 1, now: 0 }]) assert.notEqual(key(o), base, JSON.stringify(o));
  assert.notEqual(key({ lang: 'nl' }, { action: 0, next: true, phase: true, news: true }), key({ lang: 'nl' }, { action: 0, next: false, phase: true, news: true }));
  assert.equal(key({ lang: 'nl', parts: 2, quick: true }), key({ lang: 'nl', parts: 2 }), 'two parts give no two-part advice either way');
  assert.equal(key({ lang: 'nl', tail: (l) => `Ook ${l}` }), key({ lang: 'nl', tail: () => 'Ook nl' }), 'the tail as said in the SMS language');
});

test('one SMS call beside a second open incident makes a clock format once, not three for every SMS it tries', () => {
  const Real = Intl.DateTimeFormat;
  let made = 0;
  Intl.DateTimeFormat = function (...args) {
    made++;
    return new Real(...args);
  };
  try {
    // A zone no other test uses here: its formats are new.
    const feed = { ...monday(), time_zone: 'Pacific/Chatham' };
    const r = exportSms(feed, { lang: 'nl', now: AT_1007 });
    assert.equal(r.alsoLine.incident, 'phishing-2026-12-14');
    assert.ok(made > 0 && made <= 6, `${made} formats made (three per SMS tried before)`);
  } finally {
    Intl.DateTimeFormat = Real;
  }
});

test('Markdown read once gives each caller its own lines', () => {
  const first = plainBlocks('- Eerste punt\n- Tweede punt');
  first[0].push('changed');
  first.push(['extra']);
  assert.deepEqual(plainBlocks('- Eerste punt\n- Tweede punt'), [['Eerste punt.'], ['Tweede punt.']]);
});
