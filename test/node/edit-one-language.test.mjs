// A per-language edit (--lang en) changes that language and keeps the others. A Dutch desk's `edit channel --id phone
// --lang en --reason …` replaced the whole reason, and was refused with "this text is missing in Dutch" for the Dutch its
// own command had dropped; `edit feed --lang en --publisher …` over a plain name wrote the English name alone (Dutch
// readers lost it, nothing refused it). The CLI's clock stands still (runAt). Uses dist/ (npm run build first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAt } from './desk-kit.mjs';

const NOW = Date.UTC(2026, 11, 3, 1, 0); // 02:00 in Amsterdam
const run = (dir, ...args) => runAt(NOW, dir, ...args);
const read = (dir) => JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));

/** A water company's feed in nl,en with a phone line (a wait and its reason) and a chat with plain-text name and hours. */
function desk() {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-one-lang-'));
  writeFileSync(join(dir, 'feed.json'), JSON.stringify({
    type: 'status', version: 1, feed_id: 'water', time_zone: 'Europe/Amsterdam', publisher: { name: 'Waterbedrijf', url: 'https://water.example' },
    channels: [
      { id: 'phone', kind: 'phone', label: { nl: 'Klantenservice', en: 'Customer service' }, href: 'tel:+318001234', hours: { nl: 'Ma-vr 8-17 uur', en: 'Mon-Fri 8am-5pm' }, wait_minutes: 20, reason: { nl: 'Veel bellers door de storing', en: 'Many callers because of the outage' } },
      { id: 'chat', kind: 'chat', label: 'Chat', href: 'https://water.example/chat', hours: '24/7' },
    ],
    incidents: [],
  }, null, 2));
  return dir;
}

test('edit channel --lang en --reason changes the English reason and keeps the Dutch', () => {
  const dir = desk();
  try {
    const r = run(dir, 'edit', 'channel', '--id', 'phone', '--lang', 'en', '--reason', 'Lots of calls about the outage');
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(read(dir).channels[0].reason, { nl: 'Veel bellers door de storing', en: 'Lots of calls about the outage' });
    assert.match(r.stdout, /^Kanaal "phone" gewijzigd in feed\.json/);
    // Dutch alone, with the wait: the English reason stays.
    const nl = run(dir, 'edit', 'channel', '--id', 'phone', '--wait', '30', '--lang', 'nl', '--reason', 'Heel veel bellers door de storing');
    assert.equal(nl.status, 0, nl.stderr);
    assert.deepEqual(read(dir).channels[0].reason, { nl: 'Heel veel bellers door de storing', en: 'Lots of calls about the outage' });
    assert.equal(read(dir).channels[0].wait_minutes, 30);
    // An empty reason for every language still removes it.
    assert.equal(run(dir, 'edit', 'channel', '--id', 'phone', '--reason', '').status, 0);
    assert.equal(read(dir).channels[0].reason, undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('edit channel --lang en over a plain name or hours ("Chat", "24/7"): the plain text stays the Dutch one', () => {
  const dir = desk();
  try {
    const hours = run(dir, 'edit', 'channel', '--id', 'chat', '--lang', 'en', '--hours', 'Mon-Fri 9am-5pm');
    assert.equal(hours.status, 0, hours.stderr);
    const name = run(dir, 'edit', 'channel', '--id', 'chat', '--lang', 'en', '--name', 'Web chat');
    assert.equal(name.status, 0, name.stderr);
    const chat = read(dir).channels[1];
    assert.deepEqual(chat.hours, { nl: '24/7', en: 'Mon-Fri 9am-5pm' });
    assert.deepEqual(chat.label, { nl: 'Chat', en: 'Web chat' });
    // The phone line's hours, already per language: only the English changes.
    assert.equal(run(dir, 'edit', 'channel', '--id', 'phone', '--lang', 'en', '--hours', 'Mon-Fri 9am-5pm').status, 0);
    assert.deepEqual(read(dir).channels[0].hours, { nl: 'Ma-vr 8-17 uur', en: 'Mon-Fri 9am-5pm' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('edit feed --lang en --publisher over a plain name keeps it for Dutch readers, and says the name given', () => {
  const dir = desk();
  try {
    const r = run(dir, 'edit', 'feed', '--lang', 'en', '--publisher', 'Water Company');
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(read(dir).publisher.name, { nl: 'Waterbedrijf', en: 'Water Company' });
    assert.match(r.stdout, /naam "Water Company"/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('edit reason --lang en over a plain name keeps it for Dutch readers', () => {
  const dir = desk();
  try {
    const feed = read(dir);
    feed.contact_reasons = [{ id: 'bill', label: 'Factuur' }];
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed, null, 2));
    const r = run(dir, 'edit', 'reason', '--id', 'bill', '--lang', 'en', '--name', 'My bill is wrong');
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(read(dir).contact_reasons[0].label, { nl: 'Factuur', en: 'My bill is wrong' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--lang with a language the feed is not written in (a typo: eng, ne) is refused by name, nothing written; --lang NL is the feed\'s nl', () => {
  const dir = desk();
  try {
    const before = readFileSync(join(dir, 'feed.json'), 'utf8');
    const said = (langs, given) => `--lang ${given}: deze feed staat in nl, en, niet in ${langs}; geef --lang met die talen (één taal alleen: --lang en). Er is niets gewijzigd\n`;
    const channel = run(dir, 'edit', 'channel', '--id', 'phone', '--lang', 'nl,eng', '--reason', 'Veel bellers', '--reason', 'Many callers');
    assert.equal(channel.stderr, `clearline edit channel: ${said('eng', 'eng')}`);
    // edit feed wrote {nl, en (old), eng}; sign then refused the feed with a line for every text of it.
    const feed = run(dir, 'edit', 'feed', '--lang', 'nl,eng', '--publisher', 'Waterbedrijf', '--publisher', 'Water Company');
    assert.equal(feed.stderr, `clearline edit feed: ${said('eng', 'eng')}`);
    assert.equal(run(dir, 'new', 'reason', '--lang', 'ne', '--name', 'Geen water').stderr, `clearline new reason: ${said('ne', 'ne')}`);
    assert.notEqual(channel.status, 0);
    assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), before);
    const upper = run(dir, 'edit', 'channel', '--id', 'phone', '--lang', 'NL', '--name', 'Klantendienst');
    assert.equal(upper.status, 0, upper.stderr);
    assert.deepEqual(read(dir).channels[0].label, { nl: 'Klantendienst', en: 'Customer service' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
