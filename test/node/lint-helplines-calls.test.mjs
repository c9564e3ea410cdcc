// Walkthrough follow-ups (Belgian school, Dutch bank): an urgent action may call a public helpline of the feed's
// country (1813, 102, 113, 116 123) without an emergency channel of the publisher's own; and an urgent action that
// says "call" but has no number gets a warning, since readers on a phone have nothing to tap.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { lintDocument } = await importTs('src/lint/index.ts');

const NOW = Date.parse('2026-12-02T16:01:00Z');
const doc = (zone, actions, langs = ['nl', 'en']) => ({
  type: 'status', version: 1, feed_id: 'feed', time_zone: zone,
  publisher: { name: 'Publisher', url: 'https://www.example.org/' },
  channels: [{ id: 'phone', kind: 'phone', label: Object.fromEntries(langs.map((l) => [l, 'Klantenservice'])), href: 'tel:+31201234567' }],
  incidents: [{
    id: 'storm', title: Object.fromEntries(langs.map((l) => [l, 'Storm'])), severity: 'major', phase: 'investigating',
    started_at: '2026-12-02T10:10:00Z', updated_at: '2026-12-02T16:00:00Z',
    known: Object.fromEntries(langs.map((l) => [l, 'Storm.'])), unknown: Object.fromEntries(langs.map((l) => [l, 'Hoe lang.'])),
    next_update_at: '2026-12-02T17:00:00Z', actions,
  }],
});
const act = (nl, en, extra = {}) => ({ label: { nl, en }, urgent: true, ...extra });
const rules = (d, rule) => lintDocument(d, { now: NOW, timeZone: d.time_zone }).filter((f) => f.rule === rule);

test('an urgent action may call a public helpline of the feed\'s country without an emergency channel of its own', () => {
  const missing = (zone, href) => rules(doc(zone, [act('Heeft u het moeilijk? Bel', 'Struggling? Call', { href })]), 'emergency-channel-missing');
  for (const n of ['1813', '102', '106', '1733']) assert.deepEqual(missing('Europe/Brussels', `tel:${n}`), [], `${n} in Belgium`);
  for (const n of ['tel:113', 'tel:+318000113', 'tel:+319008844']) assert.deepEqual(missing('Europe/Amsterdam', n), [], `${n} in the Netherlands`);
  for (const n of ['101', '105', '159', '116123', '111']) assert.deepEqual(missing('Europe/London', `tel:${n}`), [], `${n} in Britain`);
  // The publisher's own number still needs its emergency channel, and so does another country's helpline.
  assert.equal(missing('Europe/Brussels', 'tel:+3231234567').length, 1);
  assert.equal(missing('Europe/Amsterdam', 'tel:1813').length, 1);
  assert.equal(missing('Europe/Brussels', 'tel:+318000113').length, 1);
  // 113 is a short number in a Dutch feed (no "not in E.164 form"), not elsewhere.
  const e164 = (zone) => rules(doc(zone, [act('Bel 113', 'Call 113', { href: 'tel:113' })]), 'phone-e164');
  assert.deepEqual(e164('Europe/Amsterdam'), []);
  assert.equal(e164('Europe/London').length, 1);
});

test('an urgent action that says "call" but has no tel: link and names no number is a warning', () => {
  const warned = (a, zone = 'Europe/Amsterdam') => rules(doc(zone, [a]), 'urgent-call-without-number');
  const bank = warned(act('Bel direct ons fraudenummer en laat uw pas blokkeren', 'Call our fraud line at once and have your card blocked'));
  assert.equal(bank.length, 1);
  assert.equal(bank[0].path, 'incidents/0/actions/0/href');
  assert.match(bank[0].fix, /tel:/);
  for (const a of [
    act('Ruikt u gas? Ga naar buiten en bel direct het storingsnummer', 'Smell gas? Go outside and call the emergency line at once'),
    act('Kunt u niet komen, bel ons dan', 'If you cannot come, ring us'),
  ]) assert.equal(warned(a).length, 1, a.label.en);
  for (const a of [
    act('Bel direct ons fraudenummer', 'Call our fraud line at once', { href: 'tel:+31201234567' }), // a number to tap
    act('Bel 0800-1234', 'Call 0800-1234'), // names the number
    act('Bel 112 als iemand in gevaar is', 'Call the emergency number if anyone is in danger'),
    act('Bel het nummer uit het bericht niet', 'Do not call the number in the message'),
    act('Bel uw huisarts als u ziek wordt', 'Call your GP if you become ill'),
    act('U hoeft ons niet te bellen', 'You do not need to call us'),
    { label: { nl: 'Bel direct ons fraudenummer', en: 'Call our fraud line' } }, // not urgent
  ]) assert.deepEqual(warned(a), [], a.label.en);
  // In Dutch for a Dutch desk, with the studio's words in the studio.
  const nl = lintDocument(doc('Europe/Amsterdam', [act('Bel ons', 'Call us')]), { now: NOW, lang: 'nl' }).find((f) => f.rule === 'urgent-call-without-number');
  assert.match(nl.message, /noemt geen nummer/);
});

// The warning came with "href": "tel:…" as its only fix, and the CLI could link a new action only: a desk
// without the studio had to edit feed.json by hand for the gas template's "bel direct het storingsnummer".
// Now `update --link-action N --link 0800-9009` gives an action that is there its number, and the fix says so.
test('update --link-action gives an existing action its number; the warning names that command with the action\'s number', async () => {
  const { mkdtempSync, readFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { spawnSync } = await import('node:child_process');
  const CLI = join(import.meta.dirname, '../../dist/cli.js');
  const dir = mkdtempSync(join(tmpdir(), 'clearline-link-action-'));
  const run = (...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
  try {
    assert.equal(run('new', 'incident', '--template', 'gas', '--id', 'gas-oost', '--feed-id', 'gas', '--publisher', 'Gasnet', '--publisher-url', 'https://gasnet.example', '--time-zone', 'Europe/Amsterdam').status, 0);
    const feed = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
    const inc = feed.incidents[0];
    for (const a of inc.actions) for (const l of Object.keys(a.label)) a.label[l] = a.label[l].replace(/^\[\[TODO: [^\]]*\]\]\s*/, '');
    const [warning] = lintDocument(feed, { now: Date.now() }).filter((f) => f.rule === 'urgent-call-without-number');
    assert.equal(warning.path, 'incidents/0/actions/0/href');
    assert.match(warning.fix, /clearline update feed\.json --incident gas-oost --link-action 1 --link 0800-1234/);
    const r = run('update', 'feed.json', '--incident', 'gas-oost', '--link-action', '1', '--link', '0800-9009');
    assert.equal(r.status, 0, r.stderr);
    const after = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents[0];
    assert.equal(after.actions[0].href, 'tel:+318009009');
    assert.equal(after.actions.length, inc.actions.length, 'no action added');
    const noLink = run('update', 'feed.json', '--incident', 'gas-oost', '--link-action', '1');
    assert.equal(noLink.status, 2);
    assert.match(noLink.stderr, /geef met --link waar lezers op tikken/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
