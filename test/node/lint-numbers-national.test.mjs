// A number lint quotes to the desk is written as the desk writes and reads it: one of the feed's own country nationally, in
// that country's groups (Belgian "078 170 170", British "0800 316 4000", Dutch "0800 9009"), another country's with + and its
// code. emergency-channel-missing grouped it by the message's language instead: a Belgian bank's desk read
// "een actie om nu te doen belt +32 78 170 170" for Card Stop, a Dutch desk in English "+31 88 123 4567", and a Belgian
// desk in Dutch a Dutch 0800 number as "0800 9009", a form that does not work from Belgium. The studio's phone-e164 fix
// ("Schrijf +32 3 123 45 67.") and link-scheme's extension fix ("Give only the number (+448003164000)") did the same.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { lintDocument } = await importTs('src/lint/index.ts');
const { formatTel } = await importTs('src/content/links.ts');
const { deskLink } = await importTs('src/feed/channel-edit.ts');
const NOW = Date.parse('2026-12-07T09:00:00Z');
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A feed on `zone`'s clock whose urgent action calls `href`; its ordinary line `line` (none when undefined). */
function feed(zone, href, line) {
  return {
    type: 'status', version: 1, feed_id: 'bank', time_zone: zone,
    publisher: { name: 'Bank', url: 'https://bank.example' },
    channels: [
      { id: 'help', kind: 'phone', label: { nl: 'Klantendienst', en: 'Customer service' }, href: line ?? 'tel:+3225551234', wait_minutes: 10, reason: { nl: 'veel vragen', en: 'many questions' } },
    ],
    incidents: [{
      id: 'scam', title: { nl: 'Valse sms’en', en: 'Fake texts' }, severity: 'major', phase: 'identified',
      started_at: iso(NOW - 3_600_000), updated_at: iso(NOW - 60_000), next_update_at: iso(NOW + 1_800_000),
      known: { nl: 'Er gaan valse berichten rond.', en: 'Fake messages are going round.' }, unknown: { nl: 'Hoeveel.', en: 'How many.' },
      actions: [{ label: { nl: 'Laat uw kaart blokkeren', en: 'Have your card blocked' }, href, urgent: true }],
    }],
  };
}
const said = (doc, lang, audience = 'feed') => lintDocument(doc, { now: NOW, lang, audience }).find((f) => f.rule === 'emergency-channel-missing')?.message;

test('emergency-channel-missing: a number of the feed\'s own country nationally, in its groups, in Dutch and English', () => {
  const be = feed('Europe/Brussels', 'tel:+3278170170', 'tel:+3278170170');
  assert.equal(said(be, 'nl'), 'een actie om nu te doen belt 078 170 170 (Klantendienst), een gewone lijn (geen noodnummer)');
  assert.equal(said(be, 'en'), 'an urgent action calls 078 170 170 (Customer service), an ordinary line (no "emergency": true)');
  assert.match(said(be, 'nl', 'desk'), /^een actie om nu te doen belt 078 170 170 \(Klantendienst\)/);
  assert.match(said(feed('Europe/Brussels', 'tel:+3280012345'), 'nl'), /^een actie om nu te doen belt 0800 12 345, maar/);
  for (const [href, number] of [['tel:+448003164000', '0800 316 4000'], ['tel:+443456002200', '0345 600 2200'], ['tel:+442079460000', '020 7946 0000']]) {
    const uk = feed('Europe/London', href);
    assert.equal(said(uk, 'en'), `an urgent action calls ${number}, but no channel with "emergency": true has that number`);
    assert.equal(said(uk, 'nl'), `een actie om nu te doen belt ${number}, maar dat nummer staat niet als noodnummer bij de contactkanalen`);
  }
  assert.match(said(feed('Europe/Amsterdam', 'tel:+31881234567', 'tel:+31881234567'), 'en'), /^an urgent action calls 088 123 4567 \(Customer service\)/);
});

test('emergency-channel-missing: another country\'s number with + and its code, whatever the language', () => {
  // A Dutch 0800 number in a Belgian feed: "0800 9009" is not dialled so from Belgium.
  const dutchInBelgium = feed('Europe/Brussels', 'tel:+318009009');
  assert.match(said(dutchInBelgium, 'nl'), /^een actie om nu te doen belt \+31 800 9009, maar/);
  assert.match(said(dutchInBelgium, 'en'), /^an urgent action calls \+31 800 9009, but/);
  assert.match(said(feed('Europe/London', 'tel:+3278170170'), 'en'), /^an urgent action calls \+32 78 170 170, but/);
  assert.match(said(feed('Europe/Amsterdam', 'tel:+442079460000'), 'nl'), /^een actie om nu te doen belt \+44 20 7946 0000, maar/);
});

test('the studio\'s phone-e164 fix and link-scheme\'s extension fix give the number as the desk dials it', () => {
  const be = feed('Europe/Brussels', 'tel:+3278170170', 'tel:031234567');
  const e164 = lintDocument(be, { now: NOW, lang: 'nl', audience: 'desk' }).find((f) => f.rule === 'phone-e164');
  assert.equal(e164.fix, 'Schrijf 03 123 45 67.');
  const uk = feed('Europe/London', 'tel:999', 'tel:+448003164000 ext 2');
  for (const audience of ['feed', 'desk']) {
    const ext = lintDocument(uk, { now: NOW, lang: 'en', audience }).find((f) => f.rule === 'link-scheme');
    assert.match(ext.fix, /^Give only the number \(0800 316 4000\) and tell callers what to choose/, audience);
  }
});

test('the groups are those people write in each country, for the desk and for readers (nl-BE, en-GB, nl)', () => {
  for (const [href, cc, national, reader, lang] of [
    ['tel:+3278170170', '32', '078 170 170', '+32 78 170 170', 'nl-BE'],
    ['tel:+3280012345', '32', '0800 12 345', '+32 800 12 345', 'nl-BE'],
    ['tel:+3231234567', '32', '03 123 45 67', '+32 3 123 45 67', 'nl-BE'],
    ['tel:+32470123456', '32', '0470 12 34 56', '+32 470 12 34 56', 'nl-BE'],
    ['tel:+448003164000', '44', '0800 316 4000', '+44 800 316 4000', 'en-GB'],
    ['tel:+443456002200', '44', '0345 600 2200', '+44 345 600 2200', 'en-GB'],
    ['tel:+442079460000', '44', '020 7946 0000', '+44 20 7946 0000', 'en-GB'],
    ['tel:+318009009', '31', '0800 9009', '+31 800 9009', 'nl'],
    ['tel:+31881234567', '31', '088 123 4567', '+31 88 123 4567', 'nl'],
  ]) {
    assert.equal(deskLink(href, cc), national, href);
    assert.equal(formatTel(href, lang), national, `${href} ${lang}`);
    assert.equal(deskLink(href, cc === '32' ? '31' : '32'), reader, `${href} abroad`);
  }
});

test('channel-link-twice says the shared number as the desk dials it, in the CLI too: 0800 123 4567, 078 170 170, not tel:+31…', async () => {
  const { spawnSync } = await import('node:child_process');
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const twice = (zone, href) => {
    const f = feed(zone, 'tel:112', href);
    f.channels.push({ id: 'temp', kind: 'phone', label: { nl: 'Tijdelijke lijn', en: 'Temporary line' }, href });
    return f;
  };
  const said = (f, lang) => lintDocument(f, { now: NOW, lang }).find((x) => x.rule === 'channel-link-twice')?.message;
  assert.equal(said(twice('Europe/Amsterdam', 'tel:+318001234567'), 'nl'), '‘Tijdelijke lijn’ heeft hetzelfde nummer als ‘Klantendienst’ (0800 123 4567): lezers krijgen twee namen voor één nummer');
  assert.equal(said(twice('Europe/Brussels', 'tel:+3278170170'), 'en'), '“Tijdelijke lijn” has the same number as “Klantendienst” (078 170 170): readers get two names for one number');
  // Another country's number with + and its code.
  assert.match(said(twice('Europe/Brussels', 'tel:+318001234567'), 'nl'), /\(\+31 800 123 4567\)/);
  // A web link as it is.
  const web = feed('Europe/Amsterdam', 'tel:112');
  web.channels.push({ id: 'a', kind: 'web', label: { nl: 'Formulier' }, href: 'https://bank.example/form' }, { id: 'b', kind: 'web', label: { nl: 'Formulier 2' }, href: 'https://bank.example/form' });
  assert.match(said(web, 'nl'), /\(https:\/\/bank\.example\/form\)/);
  // clearline lint prints it so (dist/cli.js).
  const dir = mkdtempSync(join(tmpdir(), 'clearline-link-twice-'));
  try {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(twice('Europe/Amsterdam', 'tel:+318001234567')));
    const r = spawnSync(process.execPath, [new URL('../../dist/cli.js', import.meta.url).pathname, 'lint', 'feed.json'], { cwd: dir, encoding: 'utf8' });
    const line = `${r.stdout}${r.stderr}`.split('\n').find((l) => l.includes('[channel-link-twice]'));
    assert.ok(line, r.stdout + r.stderr);
    assert.match(line, /\(0800 123 4567\)/);
    assert.doesNotMatch(line, /tel:/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
