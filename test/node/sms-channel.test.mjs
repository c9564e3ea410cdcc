// Trial T, finding 2: a US electric co-op takes outage reports by text in a storm ("Text OUT to (316) 555-0142"), as
// phone lines jam. `new channel --kind sms` was refused, an sms: link refused by lint (link-scheme), and the workaround, a
// phone channel named "Text OUT to …", dialled the jammed lines. Now a channel of kind sms carries an sms: link with the
// number and the word to send; lint takes sms: on such a channel only; the exports say "Text OUT to (316) 555-0142".
// (dist/: run `npm run build` first.)
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const NOW = Date.parse('2026-12-07T03:00:00Z');
const coop = (channels = []) => ({
  type: 'status', version: 1, feed_id: 'prairie', seq: 1, issued_at: '2026-12-07T02:00:00Z', expires_at: '2026-12-07T06:00:00Z', time_zone: 'America/Chicago',
  publisher: { name: 'Prairie Electric Co-op', url: 'https://www.prairie.example' },
  channels: [{ id: 'phone', kind: 'phone', label: 'Member services', href: 'tel:+13165550100', wait_minutes: 45, reason: 'very many calls about the storm' }, ...channels],
  incidents: [{
    id: 'storm', title: 'Storm: power outages in Sedgwick County', severity: 'major', phase: 'identified', started_at: '2026-12-07T01:00:00Z', updated_at: '2026-12-07T02:00:00Z',
    known: 'High winds brought down power lines. Crews are out.', unknown: 'When power will be back.', next_update_at: '2026-12-07T05:00:00Z',
  }],
});
const channelsOf = (dir) => JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).channels;

// The CLI runs on the feed's clock (NOW): lint checks its next update, which would pass at another hour of the day.
test('new channel --kind sms --keyword OUT makes an sms: link lint accepts; edit channel keeps or changes the word', async () => {
  await withCliDir('clearline-sms-channel-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(coop()));
    const r = run('new', 'channel', '--kind', 'sms', '--link', '(316) 555-0142', '--keyword', 'OUT', '--name', 'Report an outage by text');
    assert.equal(r.status, 0, r.stderr);
    const sms = channelsOf(dir)[1];
    assert.deepEqual([sms.id, sms.kind, sms.href], ['sms', 'sms', 'sms:+13165550142?body=OUT']);
    assert.equal(run('lint', 'feed.json').status, 0, run('lint', 'feed.json').stdout);
    // A new number keeps the word people send; --keyword changes it (encoded), "none" removes it.
    assert.equal(run('edit', 'channel', '--id', 'sms', '--link', '316-555-0143').status, 0);
    assert.equal(channelsOf(dir)[1].href, 'sms:+13165550143?body=OUT');
    assert.equal(run('edit', 'channel', '--id', 'sms', '--keyword', 'STORM OUT').status, 0);
    assert.equal(channelsOf(dir)[1].href, 'sms:+13165550143?body=STORM%20OUT');
    assert.equal(run('edit', 'channel', '--id', 'sms', '--keyword', 'none').status, 0);
    assert.equal(channelsOf(dir)[1].href, 'sms:+13165550143');
    // The desk's own word for it, and --keyword on a phone line refused with why.
    assert.equal(run('new', 'channel', '--kind', 'text', '--link', '(316) 555-0144', '--name', 'Text line').status, 0);
    assert.equal(channelsOf(dir)[2].href, 'sms:+13165550144');
    const phone = run('new', 'channel', '--kind', 'phone', '--link', '(316) 555-0145', '--keyword', 'OUT', '--name', 'Outage line');
    assert.notEqual(phone.status, 0);
    assert.match(phone.stderr, /--keyword is the word people text, for a text message channel \(--kind sms\) only/);
  }, { now: NOW });
});

test('lint link-scheme: sms: on a channel of kind sms only, and such a channel needs one', async () => {
  await withCliDir('clearline-sms-lint-', async (dir, run) => {
    const feed = coop([
      { id: 'sms', kind: 'sms', label: 'Report an outage by text', href: 'sms:+13165550142?body=OUT' },
      { id: 'outage', kind: 'phone', label: 'Outage line', href: 'sms:+13165550150' },
      { id: 'sms-2', kind: 'sms', label: 'Text us', href: 'tel:+13165550151' },
      { id: 'sms-3', kind: 'sms', label: 'Text us', href: 'sms:+13165550152?body=%E2%80%AEOUT' },
    ]);
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed));
    const r = run('lint', 'feed.json');
    assert.notEqual(r.status, 0);
    assert.doesNotMatch(r.stdout, /channels\/1\//);
    assert.match(r.stdout, /channels\/2\/href: the link sms:\+13165550150 is an sms: link, and only a channel of kind sms may have one \[link-scheme\]/);
    assert.match(r.stdout, /channels\/3\/href: a text message channel \(kind sms\) needs an sms: link with the number people text, not tel:\+13165550151 \[link-scheme\]/);
    // A direction mark in the words to send would turn the number round on the reader's screen: said as the word (sms-keyword).
    assert.match(r.stdout, /channels\/4\/href: the word to text has a character a text link cannot carry.*\[sms-keyword\]/);
    assert.match(run('lint', 'feed.json', '--lang', 'nl').stdout, /de link sms:\+13165550150 is een sms:-link, en die mag alleen bij een kanaal van soort sms/);
  }, { now: NOW });
});

test('exports say a text line as one: "Text OUT to (316) 555-0142" (e-mail, page without script, phone message)', async () => {
  await withCliDir('clearline-sms-export-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(coop([{ id: 'sms', kind: 'sms', label: 'Report an outage by text', href: 'sms:+13165550142?body=OUT' }])));
    const email = run('export', 'feed.json', '--to', 'email', '--force');
    assert.equal(email.status, 0, email.stderr);
    assert.match(email.stdout, /^- Report an outage by text: Text OUT to \(316\) 555-0142$/m);
    assert.match(run('export', 'feed.json', '--to', 'html', '--force').stdout, /<li><a href="sms:\+13165550142\?body=OUT">Report an outage by text: Text OUT to \(316\) 555-0142/);
    // Callers waiting 45 minutes hear that they may text instead.
    assert.match(run('export', 'feed.json', '--to', 'ivr', '--force').stdout, /You may not need to wait on the line\. Report an outage by text: Text OUT to \(316\) 555-0142\./);
    // An emergency text line (for deaf callers) is not one to "hang up and call".
    const feed = coop([{ id: 'sms', kind: 'sms', label: 'Report an outage by text', href: 'sms:+13165550142?body=OUT' }, { id: 'deaf', kind: 'sms', label: 'Deaf or hard of hearing? Text us', href: 'sms:+13165550199', emergency: true }]);
    feed.incidents[0].severity = 'critical';
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed));
    const ivr = run('export', 'feed.json', '--to', 'ivr', '--force');
    assert.equal(ivr.status, 0, ivr.stderr);
    assert.doesNotMatch(ivr.stdout, /call \(316\) 555-0199/);
  }, { now: NOW });
});

test('readers take an sms: link with plain words only; Dutch words', async () => {
  const { smsParts, textTo } = await importTs('src/content/links.ts');
  assert.deepEqual(smsParts('sms:+13165550142?body=STORM%20OUT'), { tel: 'tel:+13165550142', body: 'STORM OUT' });
  assert.equal(smsParts('sms:+13165550142?body=%3Cb%3E'), undefined);
  assert.equal(smsParts('sms:+13165550142?body=%E2%80%AEOUT'), undefined);
  assert.equal(smsParts('sms:+13165550142?body=%E0'), undefined);
  assert.equal(smsParts('sms:+13165550142&body=OUT'), undefined);
  assert.equal(textTo('0800 9009', 'STORING', 'nl-NL'), 'Sms STORING naar 0800 9009');
  assert.equal(textTo('(316) 555-0142', '', 'en-US'), 'Text (316) 555-0142');
});

test('the studio: a kind changed to sms makes the number a text link and back; a number typed keeps the word to send', async () => {
  const { linkForKind, typedLinks, deskLink } = await importTs('src/feed/channel-edit.ts');
  assert.equal(linkForKind('tel:+13165550100', 'sms'), 'sms:+13165550100');
  assert.equal(linkForKind('sms:+13165550100?body=OUT', 'phone'), 'tel:+13165550100');
  assert.equal(linkForKind('tel:+13165550100', 'sms', "it's out"), 'sms:+13165550100?body=it%27s%20out');
  // While typed (the field not left yet), then signed as E.164 with the word kept.
  assert.equal(linkForKind('316-555-0143', 'sms', 'OUT'), 'sms:316-555-0143?body=OUT');
  const feed = typedLinks({ channels: [{ id: 'sms', kind: 'sms', label: 'Text', href: 'sms:316-555-0143?body=OUT' }], incidents: [] }, '1');
  assert.equal(feed.channels[0].href, 'sms:+13165550143?body=OUT');
  assert.equal(deskLink('sms:+13165550142?body=OUT', '1'), '(316) 555-0142');
});

test('mobile-outage-phone-only: a text line is no way round a mobile network outage', async () => {
  const { lintDocument } = await importTs('src/lint/index.ts');
  await withCliDir('clearline-sms-mobile-', async (dir, run) => {
    assert.equal(run('new', 'feed', '--feed-id', 'belnet', '--publisher', 'Belnet', '--publisher-url', 'www.belnet.example.nl', '--time-zone', 'Europe/Amsterdam').status, 0);
    assert.equal(run('new', 'channel', '--kind', 'phone', '--link', '0800-0123', '--name', 'Klantenservice', '--name', 'Customer service').status, 0);
    assert.equal(run('new', 'channel', '--kind', 'sms', '--link', '06 1234 5678', '--keyword', 'STORING', '--name', 'Storing melden per sms', '--name', 'Report a fault by text').status, 0);
    assert.equal(channelsOf(dir)[1].href, 'sms:+31612345678?body=STORING');
    assert.equal(run('new', 'incident', '--template', 'mobile', '--id', 'mobiel', '--lang', 'nl,en', '--title', 'Storing mobiel netwerk', '--title', 'Mobile network outage').status, 0);
    const feed = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
    const [all] = lintDocument(feed, { now: Date.now(), lang: 'nl' }).filter((f) => f.rule === 'mobile-outage-phone-only');
    assert.equal(all?.path, 'channels');
    assert.match(all.message, /Storing melden per sms/);
  }, { tz: 'Europe/Amsterdam' });
});

test('number-near-channel: a text line\'s number written in a text is one of the feed\'s own, not one digit off another', async () => {
  const { lintDocument } = await importTs('src/lint/index.ts');
  // A British network's text line 0800 028 1243 beside its phone line 0800 028 1234 was "two digits swapped".
  const feed = coop([{ id: 'sms', kind: 'sms', label: 'Report a fault by text', href: 'sms:+448000281243?body=FAULT' }]);
  Object.assign(feed, { time_zone: 'Europe/London' });
  feed.channels[0].href = 'tel:+448000281234';
  feed.incidents[0].known = 'Storm damage to our lines. Text FAULT to 0800 028 1243 to report a fault.';
  const near = lintDocument(feed, { now: NOW }).filter((f) => f.rule === 'number-near-channel');
  assert.deepEqual(near, []);
});
