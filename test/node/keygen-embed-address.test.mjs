// Trial X (a Dutch university): keygen printed embed code with src="https://status.example.com/feed.jws.json", a
// stand-in host a desk may paste as is; only the fallback's number had a [[TODO]] mark. Now the src of every element is a
// [[TODO: …]] mark to fill in, with an example on the feed's own status_url host when feed.json has one (new feed, keygen).
// Uses dist/ (run `npm run build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withCliDir } from './export-kit.mjs';

const NOW = Date.parse('2026-12-13T19:00:00Z');

test('new feed --status-url after keygen: the embed code asks for the address of feed.jws.json, with an example on the status page host', async () => {
  await withCliDir('clearline-embed-address-', async (dir, run) => {
    assert.equal(run('keygen', '--out', 'private.jwk.json', '--public-out', 'public.jwk.json').status, 0);
    const r = run('new', 'feed', '--feed-id', 'hzk', '--publisher', 'Hogeschool Zuidkust', '--publisher-url', 'https://www.hzk.example', '--status-url', 'https://status.hzk.example/storingen', '--time-zone', 'Europe/Amsterdam', '--lang', 'nl,en');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /<clearline-status src="\[\[TODO: adres van uw feed\.jws\.json, bijv\. https:\/\/status\.hzk\.example\/feed\.jws\.json\]\]"/);
    assert.match(r.stdout, /<clearline-faq src="\[\[TODO: adres van uw faq\.jws\.json, bijv\. https:\/\/status\.hzk\.example\/faq\.jws\.json\]\]"/);
    assert.doesNotMatch(r.stdout, /src="https:\/\/status\.example\.com/);
    // keygen again beside that feed (a new key): the same marks.
    const k = run('keygen', '--out', 'second.jwk.json');
    assert.equal(k.status, 0, k.stderr);
    assert.match(k.stdout, /<clearline-banner src="\[\[TODO: adres van uw feed\.jws\.json, bijv\. https:\/\/status\.hzk\.example\/feed\.jws\.json\]\]" href="\/status"/);
  }, { now: NOW, tz: 'Europe/Amsterdam' });
});

test('keygen --feed-id without a feed: the src is a mark in English, with the reserved example host', async () => {
  await withCliDir('clearline-embed-address-en-', async (dir, run) => {
    const k = run('keygen', '--out', 'private.jwk.json', '--feed-id', 'city-water');
    assert.equal(k.status, 0, k.stderr);
    assert.match(k.stdout, /<clearline-help src="\[\[TODO: the address of your feed\.jws\.json, e\.g\. https:\/\/status\.example\.com\/feed\.jws\.json\]\]" faq-src="\[\[TODO: the address of your faq\.jws\.json, e\.g\. https:\/\/status\.example\.com\/faq\.jws\.json\]\]"/);
    assert.doesNotMatch(k.stdout, /<clearline-[a-z]+ src="https:/);
  }, { now: NOW, tz: 'UTC' });
});
