// Trial W: the UK's freephone "0800 111 999" (0800 and six digits) typed on a Dutch feed became tel:+31800111999, and lint
// said only that Dutch 0800 numbers have 4 or 7 digits after 0800. Now phone-length (and emergency-phone-length) also say
// it looks like a British freephone number, and the fix gives the form to write. An ordinary number with a digit missing
// is not said to be another country's. Fixed clock. Uses dist/.
import assert from 'node:assert/strict';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import test from 'node:test';
import { lintCleanFeed } from './lint-feed.mjs';
import { withCliDir } from './export-kit.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { lintDocument } = await import(pathToFileURL(join(ROOT, 'dist/lint.js')).href);
const NOW = Date.parse('2026-12-14T09:00:00Z');

function found(href, { lang = 'en', audience, emergency = false } = {}) {
  const f = lintCleanFeed(NOW);
  f.time_zone = 'Europe/Amsterdam';
  Object.assign(f.channels[0], { href, ...(emergency ? { emergency: true } : {}) });
  return lintDocument(f, { now: NOW, lang, audience }).filter((x) => x.path === 'channels/0/href');
}

test('a Dutch feed\'s 0800 with six digits is named as the British freephone number it looks like, in English and Dutch', () => {
  const [en] = found('tel:+31800111999');
  assert.equal(en.rule, 'phone-length');
  assert.match(en.message, /has 9 digits after \+31; such numbers have 7 or 10; it looks like a British freephone number, \+44 800 111 999$/);
  assert.equal(en.fix, 'Is it British? Write it as +44 800 111 999. If not: check the number: a digit is missing or one too many.');
  const [nl] = found('tel:+31800111999', { lang: 'nl' });
  assert.match(nl.message, /; het lijkt een Brits gratis nummer, \+44 800 111 999$/);
  assert.match(nl.fix, /^Is het een Brits nummer\? Schrijf het dan als \+44 800 111 999\. Zo niet: controleer het nummer/);
  // At the desk the number as dialled, and the same words after it.
  const [desk] = found('tel:+31800111999', { lang: 'nl', audience: 'desk' });
  assert.match(desk.message, /^het nummer 0800 111 999 heeft 10 cijfers; .*; het lijkt een Brits gratis nummer, \+44 800 111 999$/);
  // 0800 and five digits: the Belgian form.
  assert.match(found('tel:+3180012345')[0].message, /looks like a Belgian freephone number, \+32 800 12 345$/);
});

test('on an emergency line it is the error it was, with the same words; a Dutch number with a digit missing names no other country', () => {
  const [sos] = found('tel:+31800111999', { emergency: true });
  assert.equal(sos.rule, 'emergency-phone-length');
  assert.equal(sos.severity, 'error');
  assert.match(sos.message, /British freephone number, \+44 800 111 999$/);
  assert.match(sos.fix, /^Is it British\? Write it as \+44 800 111 999\. If not: check the number: this is the emergency line readers call first/);
  const [short] = found('tel:+3120123456');
  assert.equal(short.rule, 'phone-length');
  assert.doesNotMatch(short.message + short.fix, /looks like|British|Belgian/);
});

test('new channel on a Dutch feed says it when the number is typed', async () => {
  await withCliDir('clearline-freephone-abroad-', async (dir, run) => {
    assert.equal(run('new', 'feed', '--feed-id', 'gemeente', '--publisher', 'Gemeente', '--publisher-url', 'www.gemeente.example', '--time-zone', 'Europe/Amsterdam', '--lang', 'nl').status, 0);
    const r = run('new', 'channel', '--kind', 'phone', '--link', '0800 111 999', '--name', 'Storingslijn');
    assert.match(r.stdout + r.stderr, /het lijkt een Brits gratis nummer, \+44 800 111 999/);
    assert.match(r.stdout + r.stderr, /Is het een Brits nummer\? Schrijf het dan als \+44 800 111 999\./);
  }, { now: NOW, tz: 'Europe/Amsterdam' });
});
