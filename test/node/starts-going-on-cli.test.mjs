// Trial U, finding 6: a bank's desk, one Tab short in the studio, typed 13:00 (meant for the next update) into "Begins
// later" of the phishing wave going on since 07:39; it was signed and readers saw "Vanaf 13:00 · verwacht", and
// `clearline lint` said nothing. Now lint (against the signed file beside feed.json), sign (against the file it replaces)
// and update (against the feed before it) name it as starts-while-going-on; `update --correct --starts none` mends it.
// Sector-neutral: a water company's feed here. Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';

const NOW = Date.parse('2026-12-08T10:03:00Z'); // 11:03 in Brussels
const MIN = 60_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const feed = () => ({
  type: 'status', version: 1, feed_id: 'waterbedrijf', time_zone: 'Europe/Brussels', publisher: { name: 'Waterbedrijf', url: 'https://www.water.example' },
  channels: [{ id: 'phone', kind: 'phone', label: { nl: 'Klantendienst', en: 'Customer service' }, href: 'tel:+3227904000', wait_minutes: 10, reason: { nl: 'veel oproepen', en: 'many calls' } }],
  incidents: [{
    id: 'nep-sms', title: { nl: "Valse sms'en uit naam van Waterbedrijf", en: 'Fake text messages in the name of Waterbedrijf' }, severity: 'major', phase: 'identified',
    started_at: '2026-12-08T06:39:00Z', updated_at: '2026-12-08T06:41:00Z',
    known: { nl: "Er gaan valse sms'en rond met een link.", en: 'Fake text messages with a link are going round.' },
    unknown: { nl: 'Hoeveel mensen ze kregen.', en: 'How many people got them.' },
    next_update_at: iso(NOW + 30 * MIN),
    actions: [{ label: { nl: 'Klik niet op de link', en: 'Do not tap the link' }, urgent: true }],
  }],
});

test('a disruption going on given a start to come: update, lint and sign name it; --correct --starts none mends it', async () => {
  await withCliDir('clearline-starts-going-on-', async (dir, run) => {
    assert.equal(run('keygen', '--out', 'private.jwk.json', '--public-out', 'public.jwk.json').status, 0);
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed(), null, 2));
    const first = run('sign', '--key', 'private.jwk.json', 'feed.json', '--out', 'feed.jws.json');
    assert.equal(first.status, 0, first.stderr);
    // The slip: 13:00 as the start, not as the next update.
    const slip = run('update', 'feed.json', '--incident', 'nep-sms', '--starts', '13:00', '--lang', 'en');
    assert.match(slip.stdout + slip.stderr, /\[starts-while-going-on\]/);
    assert.ok(readFileSync(join(dir, 'feed.json'), 'utf8').includes('"starts_at"'));
    const lint = run('lint', '--lang', 'en', 'feed.json');
    assert.equal(lint.status, 2, lint.stdout + lint.stderr);
    assert.match(lint.stdout, /error +incidents\/0\/starts_at .*published as going on \(since 07:39\); with "starts_at" at 13:00 readers would see it as announced for 13:00/);
    assert.match(lint.stdout, /clearline update feed\.json --incident nep-sms --correct --starts none/);
    const sign = run('sign', '--key', 'private.jwk.json', 'feed.json', '--out', 'feed.jws.json');
    assert.equal(sign.status, 2, sign.stderr);
    assert.match(sign.stderr, /\[starts-while-going-on\]/);
    // The fix the finding gives.
    assert.equal(run('update', 'feed.json', '--incident', 'nep-sms', '--correct', '--starts', 'none').status, 0);
    const again = run('sign', '--key', 'private.jwk.json', 'feed.json', '--out', 'feed.jws.json');
    assert.equal(again.status, 0, again.stderr);
  }, { now: NOW, tz: 'Europe/Brussels' });
});

test('an announcement published as one keeps its start: lint and sign say nothing', async () => {
  await withCliDir('clearline-starts-announced-', async (dir, run) => {
    assert.equal(run('keygen', '--out', 'private.jwk.json', '--public-out', 'public.jwk.json').status, 0);
    const f = feed();
    Object.assign(f.incidents[0], { starts_at: iso(NOW + 26 * 60 * MIN), updates: [{ at: '2026-12-07T09:00:00Z', known: { nl: 'Werken donderdag.', en: 'Works on Thursday.' } }] });
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(f, null, 2));
    assert.equal(run('sign', '--key', 'private.jwk.json', 'feed.json', '--out', 'feed.jws.json').status, 0);
    const lint = run('lint', '--lang', 'en', 'feed.json');
    assert.doesNotMatch(lint.stdout + lint.stderr, /starts-while-going-on/);
    assert.equal(run('sign', '--key', 'private.jwk.json', 'feed.json', '--out', 'feed.jws.json').status, 0);
  }, { now: NOW, tz: 'Europe/Brussels' });
});
