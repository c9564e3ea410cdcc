// Trial T's text line, the gaps after kind sms (dist/: run `npm run build` first): the word to send checked once for the
// CLI, the studio and lint (feed/sms-keyword.ts); the page without script links the text line; costly-number reads a text
// line's number; "Added channel" says what readers see; a phone line named "Text OUT to …" is told to be a text line.
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

test('--keyword is checked by the shared validator: a quote mark or a direction mark refused in its own words, the feed unchanged', async () => {
  await withCliDir('clearline-sms-keyword-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(coop()));
    const quote = run('new', 'channel', '--kind', 'sms', '--link', '(316) 555-0142', '--keyword', 'it\'s out', '--name', 'Report an outage by text');
    assert.notEqual(quote.status, 0);
    assert.match(quote.stderr, /--keyword: the word to text has a character a text link cannot carry: a quote mark/);
    assert.match(quote.stderr, /Give one short word people can type, with letters and digits, e\.g\. OUT\./);
    assert.equal(channelsOf(dir).length, 1);
    assert.equal(run('new', 'channel', '--kind', 'sms', '--link', '(316) 555-0142', '--keyword', 'OUT', '--name', 'Report an outage by text').status, 0);
    const long = run('edit', 'channel', '--id', 'sms', '--keyword', 'X'.repeat(170));
    assert.notEqual(long.status, 0);
    assert.match(long.stderr, /--keyword: the word to text is too long \(170 characters\)/);
    const mark = run('edit', 'channel', '--id', 'sms', '--keyword', '\u202eOUT');
    assert.notEqual(mark.status, 0);
    assert.match(mark.stderr, /the word to text has a character a text link cannot carry/);
    assert.equal(channelsOf(dir)[1].href, 'sms:+13165550142?body=OUT');
  }, { now: NOW });
});

test('lint sms-keyword: a text line whose number is right and whose word is not says the word, not "needs an sms: link"', async () => {
  const { lintDocument } = await importTs('src/lint/index.ts');
  const feed = coop([{ id: 'sms', kind: 'sms', label: 'Report an outage by text', href: 'sms:+13165550142?body=it%27s%20out' }]);
  const found = lintDocument(feed, { now: NOW }).filter((f) => f.path === 'channels/1/href');
  assert.deepEqual(found.map((f) => f.rule), ['sms-keyword']);
  assert.match(found[0].message, /^the word to text has a character a text link cannot carry/);
  assert.match(found[0].fix, /clearline edit channel --id sms --keyword OUT/);
  const [nl] = lintDocument(feed, { now: NOW, lang: 'nl', audience: 'desk' }).filter((f) => f.rule === 'sms-keyword');
  assert.match(nl.message, /^het woord om te sms'en heeft een teken/);
  assert.match(nl.fix, /Schrijf het bij ‘Woord om te sms'en’/);
});

test('the page without script links a text line with its sms: link, escaped; a link readers refuse stays unlinked', async () => {
  await withCliDir('clearline-sms-html-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(coop([{ id: 'sms', kind: 'sms', label: 'Report an outage by text', href: 'sms:+13165550142?body=STORM%20OUT' }])));
    const page = run('export', 'feed.json', '--to', 'html', '--force');
    assert.equal(page.status, 0, page.stderr);
    assert.match(page.stdout, /<li><a href="sms:\+13165550142\?body=STORM%20OUT">Report an outage by text: Text STORM OUT to \(316\) 555-0142<\/a>/);
  }, { now: NOW });
  const { exportHtml } = await importTs('src/export/html.ts');
  const feed = coop([{ id: 'sms', kind: 'sms', label: 'Text us', href: 'sms:+13165550142?body=%22%3E%3Cb%3E' }]);
  const { text } = exportHtml(feed, { lang: 'en', now: NOW });
  assert.doesNotMatch(text, /href="sms:/);
  assert.doesNotMatch(text, /<b>/);
});

test('costly-number: a premium-rate number to text is flagged as a phone one is', async () => {
  const { lintDocument } = await importTs('src/lint/index.ts');
  const feed = coop([{ id: 'sms', kind: 'sms', label: 'Report an outage by text', href: 'sms:+19005550142?body=OUT' }]);
  const [costly] = lintDocument(feed, { now: NOW }).filter((f) => f.rule === 'costly-number');
  assert.equal(costly?.path, 'channels/1/href');
  assert.match(costly.message, /^“Report an outage by text” \(\(900\) 555-0142\) is a paid number \(1-900\): people pay extra for every text they send to it/);
  const [nl] = lintDocument(feed, { now: NOW, lang: 'nl' }).filter((f) => f.rule === 'costly-number');
  assert.match(nl.message, /mensen betalen extra voor elke sms/);
  // A Dutch 0900 number to text, on a Dutch feed.
  const dutch = { ...coop([{ id: 'sms', kind: 'sms', label: 'Sms ons', href: 'sms:+31900123456' }]), time_zone: 'Europe/Amsterdam' };
  assert.equal(lintDocument(dutch, { now: NOW }).filter((f) => f.rule === 'costly-number').length, 1);
});

test('"Added channel" and "Changed channel" say a text line as readers see it, in English and Dutch', async () => {
  await withCliDir('clearline-sms-said-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(coop()));
    const added = run('new', 'channel', '--kind', 'sms', '--link', '(316) 555-0142', '--keyword', 'OUT', '--name', 'Report an outage by text');
    assert.equal(added.status, 0, added.stderr);
    assert.match(added.stdout, /^Added channel "sms" to feed\.json: sms, Text OUT to \(316\) 555-0142\. Sign it to publish\.$/m);
    assert.doesNotMatch(added.stdout, /sms:\+/);
    const changed = run('edit', 'channel', '--id', 'sms', '--keyword', 'none');
    assert.match(changed.stdout, /^Changed channel "sms" in feed\.json: Text \(316\) 555-0142\. Sign it to publish\.$/m);
  }, { now: NOW });
  await withCliDir('clearline-sms-said-nl-', async (dir, run) => {
    assert.equal(run('new', 'feed', '--feed-id', 'belnet', '--publisher', 'Belnet', '--publisher-url', 'www.belnet.example.nl', '--time-zone', 'Europe/Amsterdam', '--lang', 'nl').status, 0);
    const added = run('new', 'channel', '--kind', 'sms', '--link', '06 1234 5678', '--keyword', 'STORING', '--name', 'Storing melden per sms');
    assert.equal(added.status, 0, added.stderr);
    assert.match(added.stdout, /: sms, Sms STORING naar 06 1234 5678\./);
  }, { tz: 'Europe/Amsterdam' });
});

test('text-on-phone-channel: a phone line named "Text OUT to …" or "Sms STORING naar …" is told to be a text line; edit channel --kind sms makes it one', async () => {
  const { lintDocument } = await importTs('src/lint/index.ts');
  const named = (label, kind = 'phone') => lintDocument(coop([{ id: 'outage', kind, label, href: 'tel:+13165550142' }]), { now: NOW }).filter((f) => f.rule === 'text-on-phone-channel');
  const [en] = named('Text OUT to (316) 555-0142');
  assert.equal(en?.path, 'channels/1/kind');
  assert.match(en.message, /^“Text OUT to \(316\) 555-0142” says to text, but it is a phone line/);
  assert.match(en.fix, /clearline edit channel --id outage --kind sms --keyword OUT/);
  assert.equal(named({ nl: 'Sms STORING naar 0800 9009', en: 'Report a fault' }).length, 1);
  assert.equal(named('Text us').length, 1);
  // Conservative: a textphone or Text Relay line is called; a name that only mentions texts; a text line itself.
  for (const label of ['Text Relay: 18001 0800 123 4567', 'Text phone', 'Textphone', 'Report by text', 'Texts about the outage', 'SMS-lijn']) assert.deepEqual(named(label), [], label);
  assert.deepEqual(named('Text OUT to (316) 555-0142', 'sms'), []);
  await withCliDir('clearline-sms-kind-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(coop([{ id: 'outage', kind: 'phone', label: 'Text OUT to (316) 555-0142', href: 'tel:+13165550142' }])));
    assert.match(run('lint', 'feed.json').stdout, /\[text-on-phone-channel\]/);
    const r = run('edit', 'channel', '--id', 'outage', '--kind', 'sms', '--keyword', 'OUT');
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual([channelsOf(dir)[1].id, channelsOf(dir)[1].kind, channelsOf(dir)[1].href], ['outage', 'sms', 'sms:+13165550142?body=OUT']);
    assert.doesNotMatch(run('lint', 'feed.json').stdout, /text-on-phone-channel/);
  }, { now: NOW });
});
