// clearline edit channel: a line that moved, a chat that closed, an emergency line marked by mistake,
// from the terminal. The same pure logic as the studio (feed/channel-edit.ts removeChannel) and the
// same checks as signing. Uses dist/ (run `npm run build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './ts-import.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'dist/cli.js');
const run = (dir, ...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
const feedOf = (dir) => readFileSync(join(dir, 'feed.json'), 'utf8');

/** A British water company's feed with an emergency line, a service line and a chat. */
function waterCompany() {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-edit-'));
  const steps = [
    ['new', 'incident', '--template', 'water', '--lang', 'en', '--id', 'burst', '--feed-id', 'east-water', '--publisher', 'East Water', '--publisher-url', 'https://east-water.example', '--time-zone', 'Europe/London'],
    ['new', 'channel', '--kind', 'phone', '--link', '0800 123 4567', '--emergency', '--name', 'No water? Call us'],
    ['new', 'channel', '--kind', 'phone', '--link', '0345 600 1234', '--name', 'Customer service', '--wait', '20', '--reason', 'Many calls about the burst main'],
    ['new', 'channel', '--kind', 'chat', '--link', 'east-water.example/chat', '--name', 'Chat'],
  ];
  for (const s of steps) assert.equal(run(dir, ...s).status, 0, s.join(' '));
  return dir;
}

test('removeChannel drops the channel and the contact reasons\' links to it, and leaves the input alone', async () => {
  const { removeChannel } = await importTs('src/feed/channel-edit.ts');
  const feed = { channels: [{ id: 'phone' }, { id: 'chat' }], contact_reasons: [{ id: 'no-water', channels: ['phone', 'chat'] }, { id: 'bill', channels: ['phone'] }, { id: 'leak', faq: ['x'] }] };
  const copy = structuredClone(feed);
  const { feed: next, reasons } = removeChannel(feed, 'chat');
  assert.deepEqual(next.channels, [{ id: 'phone' }]);
  assert.deepEqual(next.contact_reasons, [{ id: 'no-water', channels: ['phone'] }, { id: 'bill', channels: ['phone'] }, { id: 'leak', faq: ['x'] }]);
  assert.deepEqual(reasons, ['no-water']);
  assert.deepEqual(feed, copy);
});

test('change a number, hours, the emergency mark and the wait; the national number is read in the feed\'s country', () => {
  const dir = waterCompany();
  try {
    const moved = run(dir, 'edit', 'channel', '--id', 'phone-2', '--link', '0345 600 9999', '--hours', '8am to 8pm', '--wait', '45');
    assert.equal(moved.status, 0, moved.stderr);
    assert.match(moved.stdout, /Changed channel "phone-2" in feed\.json: tel:\+443456009999 \(0345 600 9999\)\. Sign it to publish\./);
    let feed = JSON.parse(feedOf(dir));
    const line = feed.channels.find((c) => c.id === 'phone-2');
    assert.equal(line.href, 'tel:+443456009999');
    assert.deepEqual(line.hours, { en: '8am to 8pm' });
    assert.equal(line.wait_minutes, 45);
    assert.deepEqual(line.reason, { en: 'Many calls about the burst main' }, 'what was not named stays');
    assert.equal(run(dir, 'edit', 'channel', '--id', 'phone', '--not-emergency').status, 0);
    assert.equal(run(dir, 'edit', 'channel', '--id', 'phone-2', '--emergency', '--hours', 'none').status, 0);
    feed = JSON.parse(feedOf(dir));
    assert.equal(feed.channels[0].emergency, undefined);
    assert.equal(feed.channels[1].emergency, true);
    assert.equal(feed.channels[1].hours, undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('remove a channel: contact reasons stop offering it, and signing is not blocked by a link to nothing', () => {
  const dir = waterCompany();
  try {
    const feed = JSON.parse(feedOf(dir));
    feed.contact_reasons = [{ id: 'no-water', label: 'No water', urgent: true, channels: ['phone', 'chat'] }];
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed, null, 2));
    const r = run(dir, 'edit', 'channel', '--id', 'chat', '--remove');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Removed channel "chat" \(https:\/\/east-water\.example\/chat\) from feed\.json; the contact reason\(s\) no-water no longer offer it\./);
    const after = JSON.parse(feedOf(dir));
    assert.deepEqual(after.channels.map((c) => c.id), ['phone', 'phone-2']);
    assert.deepEqual(after.contact_reasons[0].channels, ['phone']);
    assert.doesNotMatch(run(dir, 'lint', 'feed.json').stdout + run(dir, 'lint', 'feed.json').stderr, /reason-channel-unknown/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('what cannot be done is refused with what to do instead, and feed.json is left exactly as it was', () => {
  const dir = waterCompany();
  try {
    const original = feedOf(dir);
    const cases = [
      [['--name', 'Helpdesk'], /give --id with the channel to change; the channels in feed\.json: phone \(No water\? Call us\), phone-2 \(Customer service\), chat \(Chat\)/],
      [['--id', 'fax'], /feed\.json has no channel "fax"; the channels: phone \(No water/],
      [['--id', 'chat'], /say what to change \(--link, --name/],
      [['--id', 'chat', '--remove', '--name', 'Chat'], /--remove removes the whole channel; give it without --name/],
      [['--id', 'chat', '--emergency', '--not-emergency'], /give --emergency or --not-emergency, not both/],
      [['--id', 'chat', '--link', '0800 123 4567'], /the channel "phone" already has tel:\+448001234567 \(0800 123 4567\); feed\.json is unchanged/],
      [['--id', 'phone-2', '--link', '9009'], /the channel was not changed; feed\.json is unchanged:\nerror\s+channels\/1\/href: the phone number tel:9009 is not in international E\.164 form \[phone-e164\]/],
      [['--id', 'chat', '--link', 'ftp://east-water.example'], /the link ftp:\/\/east-water\.example is not https:, mailto: or tel: \[link-scheme\]/],
      [['--id', 'phone-2', '--wait', 'soon'], /--wait soon: give whole minutes/],
    ];
    for (const [args, message] of cases) {
      const r = run(dir, 'edit', 'channel', ...args);
      assert.notEqual(r.status, 0, args.join(' '));
      assert.match(r.stderr, message, args.join(' '));
      assert.equal(feedOf(dir), original, `${args.join(' ')}: feed.json unchanged`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// A Dutch and English feed: the desk renamed only the English name (--lang en --name …). The whole name
// was replaced by {en}, so lint refused it ("this text has no nl", in English under a Dutch refusal),
// and the desk could not change one language at all. Found by the contact-reasons helper, 2026-12-02.
test('--lang en --name changes the English name and keeps the Dutch; findings are in the feed\'s language', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-edit-'));
  try {
    const steps = [
      ['new', 'incident', '--template', 'water', '--lang', 'nl,en', '--id', 'leiding', '--feed-id', 'water', '--publisher', 'Water', '--publisher-url', 'https://water.example', '--time-zone', 'Europe/Amsterdam'],
      ['new', 'channel', '--kind', 'phone', '--link', '0800-1234', '--name', 'Klantenservice', '--name', 'Customer service', '--hours', 'dag en nacht', '--hours', 'day and night'],
    ];
    for (const s of steps) assert.equal(run(dir, ...s).status, 0, s.join(' '));
    const r = run(dir, 'edit', 'channel', '--id', 'phone', '--lang', 'en', '--name', 'Service desk', '--hours', '24 hours a day');
    assert.equal(r.status, 0, r.stderr);
    const [c] = JSON.parse(feedOf(dir)).channels;
    assert.deepEqual(c.label, { nl: 'Klantenservice', en: 'Service desk' });
    assert.deepEqual(c.hours, { nl: 'dag en nacht', en: '24 hours a day' });
    // One text for all languages still sets them all.
    assert.equal(run(dir, 'edit', 'channel', '--id', 'phone', '--name', 'Servicedesk').status, 0);
    assert.deepEqual(JSON.parse(feedOf(dir)).channels[0].label, { nl: 'Servicedesk', en: 'Servicedesk' });
    // A warning this change brings is said in Dutch, the feed's first language.
    const short = run(dir, 'edit', 'channel', '--id', 'phone', '--link', '0800-12');
    assert.equal(short.status, 0, short.stderr);
    assert.match(short.stderr, /het Nederlandse 0800-nummer tel:\+3180012 \(080012\) heeft 5 cijfers na \+31; zulke nummers hebben er 7 of 10 \[phone-length\]/);
    assert.doesNotMatch(short.stderr, /Dutch number|has 5 digits/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// publishing.md says edit channel without --id lists the channels, as edit reason lists its reasons; it
// refused with exit 2 ('give --id …'), and in English to a Dutch desk.
test('without --id it lists the channels and how to change one, exit 0, in the desk\'s language', () => {
  const dir = waterCompany();
  try {
    const r = run(dir, 'edit', 'channel');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(
      r.stdout,
      'Channels in feed.json:\n' +
        '  phone: No water? Call us (phone, 0800 123 4567, emergency line)\n' +
        '  phone-2: Customer service (phone, 0345 600 1234, wait 20 min)\n' +
        '  chat: Chat (chat, https://east-water.example/chat)\n' +
        'Change one with clearline edit channel --feed feed.json --id ID and what to change (--link, --name, --hours, --opening-hours, --emergency, --wait, --reason, --move up|down), or --remove it.\n',
    );
    const nl = mkdtempSync(join(tmpdir(), 'clearline-edit-nl-'));
    try {
      assert.equal(run(nl, 'new', 'incident', '--template', 'water', '--lang', 'nl', '--id', 'w', '--feed-id', 'oost', '--publisher', 'Water Oost', '--publisher-url', 'https://wateroost.example', '--time-zone', 'Europe/Amsterdam').status, 0);
      const none = run(nl, 'edit', 'channel');
      assert.equal(none.status, 0, none.stderr);
      assert.match(none.stdout, /^feed\.json heeft nog geen kanalen; voeg er een toe met clearline new channel/);
      assert.equal(run(nl, 'new', 'channel', '--kind', 'phone', '--link', '0800-9009', '--emergency', '--name', 'Geen water? Bel ons').status, 0);
      const listed = run(nl, 'edit', 'channel');
      assert.match(listed.stdout, /^Kanalen in feed\.json:\n {2}phone: Geen water\? Bel ons \(phone, 0800 9009, noodnummer\)\nWijzig er een met clearline edit channel/);
      const noId = run(nl, 'edit', 'channel', '--name', 'x');
      assert.equal(noId.status, 2);
      assert.match(noId.stderr, /geef met --id het kanaal dat u wilt wijzigen; de kanalen in feed\.json: phone \(Geen water\? Bel ons\)/);
    } finally {
      rmSync(nl, { recursive: true, force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
