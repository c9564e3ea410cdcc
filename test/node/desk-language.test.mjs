// The CLI speaks the desk's language: a Dutch feed's `update` and `export` notes in Dutch (as lint
// --lang nl), an English feed's in English. Found in a Dutch water company's 2 a.m. walk-through:
// lint spoke Dutch, then update said "Updated … Sign it to publish." Uses dist/ (npm run build first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { feed, run } from './desk-kit.mjs';


test('update in a Dutch feed: what changed, the phase as readers see it, the findings and the errors in Dutch', () => {
  const dir = feed('nl,en');
  try {
    const r = run(dir, 'update', 'feed.json', '--incident', 'leiding', '--lang', 'nl,en', '--known', 'Monteurs zijn ter plaatse.', '--known', 'Engineers are on site.', '--phase', 'identified', '--next-update', '+45m');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^"leiding" bijgewerkt in feed\.json: teksten, volgende update .+ \(Europe\/Amsterdam\); fase "Oorzaak gevonden" \(identified\)\. Onderteken het bestand om te publiceren\.\n$/);
    assert.match(r.stderr, /^feed\.json: \d+ fouten, \d+ waarschuwing/);
    assert.match(r.stderr, /\nfout {4}incidents\/0\/actions\/0\/label\/nl \(incident "leiding"\): hier staat nog voorbeeldtekst/);
    assert.doesNotMatch(r.stdout + r.stderr, /Updated|Sign it|error\(s\)|placeholder is still/);
    const one = run(dir, 'update', 'feed.json', '--incident', 'leiding', '--known', 'Alleen Nederlands.');
    assert.equal(one.status, 2);
    assert.equal(one.stderr, 'clearline update: known staat in nl, en; geef --lang nl,en en één --known per taal (of gebruik --from update.md)\n');
    assert.match(run(dir, 'update', 'feed.json', '--incident', 'lek').stderr, /feed\.json heeft geen incident "lek"; de incidenten: leiding/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('new incident in a Dutch feed says what it made and what to replace in Dutch; in an English feed in English', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-desk-'));
  try {
    const nl = run(dir, 'new', 'incident', '--template', 'water', '--id', 'leiding', '--feed-id', 'water', '--publisher', 'Water', '--publisher-url', 'https://water.example', '--time-zone', 'Europe/Amsterdam');
    assert.equal(nl.status, 0, nl.stderr);
    // "om 14:30", or "op za 5 dec 00:22" when half an hour from now is after midnight (this ran red at 23:52).
    assert.match(nl.stdout, /^feed\.json gemaakt: incident "leiding" uit het sjabloon “Waterstoring” \(water\); talen nl, en\.\nEerste update beloofd (?:om|op) .+ \(Europe\/Amsterdam\)\.\nVervang de \d+ \[\[TODO: …\]\]-voorbeeldteksten hieronder en voer dan uit: clearline lint feed\.json\n/);
    // lint speaks the feed's language by itself: no --lang nl in the hint, and Dutch that says "run" (was "en geef dan: clearline lint --lang nl").
    const second = run(dir, 'new', 'incident', '--template', 'water', '--id', 'tweede');
    assert.match(second.stdout, /\nVervang de \d+ \[\[TODO: …\]\]-voorbeeldteksten hieronder \(en \d+ in andere incidenten; clearline lint noemt ze\) en voer dan uit: clearline lint feed\.json\n/);
    assert.doesNotMatch(nl.stdout + second.stdout, /--lang nl|geef dan/);
    const en = run(dir, 'new', 'incident', '--template', 'water', '--id', 'main', '--lang', 'en', '--feed', 'en.json', '--feed-id', 'water-en', '--time-zone', 'Europe/London');
    assert.match(en.stdout, /^Created en\.json: incident "main" from the water template \(en\)\.\nFirst update promised (?:at|on) /);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('update in an English feed stays English', () => {
  const dir = feed('en');
  try {
    const r = run(dir, 'update', 'feed.json', '--incident', 'leiding', '--known', 'Engineers are on site.', '--phase', 'identified', '--next-update', '+45m');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Updated "leiding" in feed\.json: texts, next update .+ \(Europe\/Amsterdam\); phase identified\. Sign it to publish\.\n$/);
    assert.match(r.stderr, /^feed\.json: \d+ error\(s\), \d+ warning\(s\)\nerror {3}/);
    assert.match(run(dir, 'update', 'feed.json', '--incident', 'leak').stderr, /feed\.json has no incident "leak"; its incidents: leiding/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('export notes: a Dutch feed hears Dutch (findings, measurement), --lang en or an English feed hears English', () => {
  const nl = feed('nl,en');
  const en = feed('en');
  try {
    const dutch = run(nl, 'export', 'feed.json', '--to', 'sms', '--force');
    assert.equal(dutch.status, 0, dutch.stderr);
    assert.match(dutch.stderr, /^feed\.json: \d+ fouten/);
    assert.match(dutch.stderr, /\nsms: \d+ van 160 tekens \(GSM-7\), 1 bericht/);
    const refused = run(nl, 'export', 'feed.json', '--to', 'sms');
    assert.match(refused.stderr, /clearline export: niet geëxporteerd: los eerst de fouten hierboven op en exporteer dan opnieuw/);
    assert.doesNotMatch(refused.stderr, /--force/);
    assert.match(run(nl, 'export', 'feed.json', '--to', 'sms', '--force', '--lang', 'en').stderr, /\nsms: \d+ of 160 characters \(GSM-7\), 1 part/);
    const english = run(en, 'export', 'feed.json', '--to', 'sms', '--force');
    assert.match(english.stderr, /^feed\.json: \d+ error\(s\)/);
    assert.match(english.stderr, /\nsms: \d+ of 160 characters \(GSM-7\), 1 part/);
  } finally {
    rmSync(nl, { recursive: true, force: true });
    rmSync(en, { recursive: true, force: true });
  }
});

test('new channel and edit channel answer a Dutch feed in Dutch (added, refused, changed, removed), an English feed in English', () => {
  const dir = feed('nl,en');
  try {
    const add = run(dir, 'new', 'channel', '--kind', 'phone', '--link', '030 123 4567', '--name', 'Klantenservice', '--name', 'Customer service', '--wait', '20');
    assert.equal(add.status, 0, add.stderr);
    // A wait without a reason: said at once, in Dutch too (channel-wait-reason.test.mjs).
    assert.match(add.stdout, /^Kanaal "phone(-\d)?" toegevoegd aan feed\.json: phone, tel:\+31301234567 \(030 123 4567\), wachttijd 20 min\. Onderteken het bestand om te publiceren\.\nBellers op deze lijn horen de wachttijd \(20 min\) maar niet waarom: [^\n]+\n$/);
    assert.match(add.stderr, /^Elders in feed\.json: \d+ fouten?, \d+ waarschuwingen?; zie ze met clearline lint feed\.json\.$/m);
    const id = add.stdout.match(/"([^"]+)"/)[1];
    const bad = run(dir, 'edit', 'channel', '--id', id, '--link', '9009');
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /het kanaal is niet gewijzigd; feed\.json is niet gewijzigd:\nfout /);
    const changed = run(dir, 'edit', 'channel', '--id', id, '--emergency');
    assert.equal(changed.status, 0, changed.stderr);
    assert.match(changed.stdout, /^Kanaal ".+" gewijzigd in feed\.json: tel:\+31301234567 \(030 123 4567\), noodnummer \(staat bovenaan\)\. Onderteken/);
    const removed = run(dir, 'edit', 'channel', '--id', id, '--remove');
    assert.equal(removed.status, 0, removed.stderr);
    assert.match(removed.stdout, /^Kanaal ".+" \(tel:\+31301234567 \(030 123 4567\)\) verwijderd uit feed\.json\. Onderteken/);
    assert.doesNotMatch(add.stdout + add.stderr + bad.stderr + changed.stdout + removed.stdout, /Added|Changed|Removed|Sign it|Elsewhere|error\(s\)|was not/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const en = feed('en');
  try {
    const add = run(en, 'new', 'channel', '--kind', 'phone', '--link', '030 123 4567', '--name', 'Customer service');
    assert.equal(add.status, 0, add.stderr);
    assert.match(add.stdout, /^Added channel ".+" to feed\.json: phone, tel:\+31301234567 \(030 123 4567\)\. Sign it to publish\.\n$/);
  } finally {
    rmSync(en, { recursive: true, force: true });
  }
});
