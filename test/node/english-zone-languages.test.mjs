// A London bank's service desk (walk-through 2026-12-03, payday outage): `new feed --lang en --time-zone Europe/London`
// keeps no languages in feed.json, so the next `new channel` without --lang took nl,en: every channel name, its hours and
// the fraud line's reason got a Dutch copy ("nl": "Fraud line"), and the desk was answered in Dutch ("Kanaal "phone"
// toegevoegd"). On a British, Irish, North American or Australian clock a feed without texts is now written in English
// only; on Dutch or Belgian time (and any other) it is nl,en as before. Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { ROOT } from './export-kit.mjs';

const run = (dir, ...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
const feedIn = (dir) => JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));

test('a London feed without texts: new channel, new reason and new incident write English only and answer in English', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-london-'));
  try {
    const made = run(dir, 'new', 'feed', '--feed-id', 'northbank', '--publisher', 'Northbank', '--publisher-url', 'www.northbank.co.uk', '--time-zone', 'Europe/London', '--lang', 'en');
    assert.equal(made.status, 0, made.stderr);
    const fraud = run(dir, 'new', 'channel', '--kind', 'phone', '--id', 'fraud', '--link', '0800 028 1234', '--name', 'Fraud line', '--emergency', '--hours', '24 hours a day');
    assert.equal(fraud.status, 0, fraud.stderr);
    assert.match(fraud.stdout, /^Added channel "fraud" to feed\.json: phone, tel:\+448000281234/);
    assert.deepEqual(feedIn(dir).channels[0].label, { en: 'Fraud line' });
    assert.deepEqual(feedIn(dir).channels[0].hours, { en: '24 hours a day' });
    rmSync(join(dir, 'feed.json'));
    assert.equal(run(dir, 'new', 'feed', '--feed-id', 'northbank', '--publisher-url', 'www.northbank.co.uk', '--time-zone', 'Europe/London', '--lang', 'en').status, 0);
    const reason = run(dir, 'new', 'reason', '--name', 'My card payment was declined');
    assert.equal(reason.status, 0, reason.stderr);
    assert.match(reason.stdout, /^Added contact reason "my-card-payment-was-declined"/);
    assert.deepEqual(feedIn(dir).contact_reasons[0].label, { en: 'My card payment was declined' });
    const incident = run(dir, 'new', 'incident', '--template', 'payments', '--id', 'payments-1');
    assert.equal(incident.status, 0, incident.stderr);
    assert.match(incident.stdout, /from the payments template \(en\)\./);
    assert.deepEqual(Object.keys(feedIn(dir).incidents[0].title), ['en']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a feed without texts on Amsterdam time (or a zone of no English region) still gets nl and en', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-amsterdam-'));
  try {
    for (const zone of ['Europe/Amsterdam', 'Europe/Berlin']) {
      rmSync(join(dir, 'feed.json'), { force: true });
      assert.equal(run(dir, 'new', 'feed', '--feed-id', 'voorbeeld', '--publisher-url', 'www.voorbeeld.nl', '--time-zone', zone).status, 0);
      const channel = run(dir, 'new', 'channel', '--kind', 'phone', '--link', '0800 1234', '--name', 'Servicedesk');
      assert.equal(channel.status, 0, channel.stderr);
      assert.deepEqual(feedIn(dir).channels[0].label, { nl: 'Servicedesk', en: 'Servicedesk' }, zone);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
