// A Flemish school's desk ran keygen beside its Dutch feed: its embed code carried two English HTML
// comments ("or, for a classic script", "a Help button in the corner of every page") in an
// otherwise Dutch output. They are in the desk's language now. Run `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feed, folder, run } from './desk-feed-kit.mjs';

test('keygen beside a Dutch feed: the embed code\'s comments are Dutch too; beside an English one, English', () => {
  const nl = run(folder(feed('nl')), 'keygen', '--out', 'private.jwk.json');
  assert.equal(nl.status, 0, nl.stderr);
  const comments = nl.stdout.match(/<!--[^]*?-->/g);
  assert.equal(comments.length, 2);
  assert.match(comments[0], /^<!-- of, als klassiek script \(de hash is van het bestand dat hier is geïnstalleerd[^)]*\):\n<script src="https:\/\/cdn\.example\.com\/clearline@[\d.]+\/dist\/clearline\.iife\.js"\n  integrity="sha384-[\w+/]{64}" crossorigin="anonymous" defer><\/script> -->$/);
  assert.match(comments[1], /^<!-- een Help-knop in de hoek van elke pagina/);
  assert.doesNotMatch(nl.stdout, /classic script|Help button|every page/);
  const en = run(folder(feed('en')), 'keygen', '--out', 'private.jwk.json');
  assert.match(en.stdout, /<!-- or, for a classic script \(its hash is of the file installed here[^)]*\):\n<script/);
  assert.match(en.stdout, /<!-- a Help button in the corner of every page/);
});

// Trial R: a grid operator's web team copied the embed code as printed; on a first visit while the feed host was down the
// Help dialog offered no number at all, not even the gas line. Status and help now carry slot="fallback" with the
// emergency numbers, in the desk's language, and the comment says what it is for. Trial Z: a feed on a country's clock
// gets that country's number (this Flemish feed: 112); only a feed with no country's zone keeps a mark to fill in.
test('keygen\'s embed code gives <clearline-status> and <clearline-help> a fallback with the emergency numbers', () => {
  const nl = run(folder(feed('nl')), 'keygen', '--out', 'private.jwk.json');
  assert.equal(nl.status, 0, nl.stderr);
  const p = '<p slot="fallback" hidden>Noodgeval? Bel 112.</p>';
  assert.ok(nl.stdout.includes(`${p}</clearline-status>`), nl.stdout);
  assert.ok(nl.stdout.includes(`${p}</clearline-help>`), nl.stdout);
  assert.match(nl.stdout, /slot="fallback" \(hier en in clearline-status\): wat lezers zien als de status niet te laden is: controleer de noodnummers erin -->/);
  const utc = { ...feed('en'), time_zone: 'UTC' };
  const en = run(folder(utc), 'keygen', '--out', 'private.jwk.json');
  assert.ok(en.stdout.includes('<p slot="fallback" hidden>Emergency? Call [[TODO: your emergency number]].</p></clearline-help>'), en.stdout);
  assert.match(en.stdout, /check the emergency numbers in it -->/);
  const nlUtc = run(folder({ ...feed('nl'), time_zone: 'UTC' }), 'keygen', '--out', 'private.jwk.json');
  assert.ok(nlUtc.stdout.includes('<p slot="fallback" hidden>Nood? Bel [[TODO: uw noodnummer]]. Levensgevaar: 112.</p></clearline-help>'), nlUtc.stdout);
});

test('beside a feed with emergency lines, the fallback says them, with their numbers, in the desk\'s language', () => {
  const doc = feed('nl');
  doc.time_zone = 'Europe/Amsterdam';
  doc.channels.push(
    { id: 'gas', kind: 'phone', emergency: true, label: { nl: 'Ruikt u gas? Bel direct', en: 'Smell gas? Call now' }, href: 'tel:+318009009' },
    { id: '112', kind: 'phone', emergency: true, label: { nl: 'Levensgevaar? Bel 112', en: 'Life in danger? Call 112' }, href: 'tel:112' },
  );
  const nl = run(folder(doc), 'keygen', '--out', 'private.jwk.json');
  assert.equal(nl.status, 0, nl.stderr);
  assert.ok(nl.stdout.includes('<p slot="fallback" hidden>Ruikt u gas? Bel direct: 0800 9009. Levensgevaar? Bel 112.</p></clearline-help>'), nl.stdout);
  // The fallback has no mark left; only the addresses of the signed files do (keygen-embed-address.test.mjs).
  assert.doesNotMatch(nl.stdout.replace(/src="\[\[TODO: [^\]]*\]\]"/g, ''), /TODO/);
});
