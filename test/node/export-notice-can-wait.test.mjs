// Trial U, 18:00: the bank's standing phishing notice (severity info, `update --next-update none`) had no "Next update"
// line, but "Can wait" still said "de volgende update vertelt u meer". The page without script and the e-mail use the
// same sentence: with no next update promised, they say news will be posted here instead. Uses dist/ (npm run build).
import assert from 'node:assert/strict';
import test from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exporters, ROOT } from './export-kit.mjs';

const x = await exporters();
// The feed.json as the desk edits it: seq and times are stamped by sign.
const feed = () => ({ ...JSON.parse(readFileSync(join(ROOT, 'test/fixtures/trial-u/feed.1800.json'), 'utf8')), seq: 1, issued_at: '2026-12-08T17:05:00Z', expires_at: '2026-12-08T21:05:00Z' });
const NOW = Date.parse('2026-12-08T18:15:00Z');
const PROMISE = /next update will tell you more|volgende update vertelt u meer/;
const NO_PROMISE = { 'nl-BE': 'Zodra we nieuws hebben, staat het hier.', en: 'We will post news here as soon as we have it.' };

test('a notice without a next update: the page and the e-mail do not promise one under "can wait"', () => {
  const f = feed();
  const notice = f.incidents.find((i) => i.severity === 'info');
  assert.equal(notice.next_update_at, null, 'the trial notice promises no update');
  assert.ok(notice.actions.some((a) => !a.urgent), 'and has an action that can wait');
  for (const lang of ['nl-BE', 'en']) {
    const page = x.exportHtml(f, { lang, now: NOW }).text;
    const mail = x.exportEmail(f, { lang, now: NOW, incident: notice.id });
    for (const [name, text] of [['html', page], ['email', mail.text], ['email html', mail.html ?? '']]) {
      assert.doesNotMatch(text, PROMISE, `${name} (${lang})`);
      if (text) assert.ok(text.includes(NO_PROMISE[lang]), `${name} (${lang}) says news comes here`);
    }
  }
});
