// A telecom's web chat and support line were offered at 3 a.m. with a wait (trial G): their hours were words. `new channel`
// and `edit channel` take `--opening-hours` (the hours the widget reads, on the feed's clock), take `--hours` written that
// way as both, refuse text the widget cannot read with the forms it reads, and tell a desk with hours in words only how
// to let the widget tell. Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { ROOT } from './export-kit.mjs';

const run = (dir, ...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
const channel = (dir, id) => JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).channels.find((c) => c.id === id);

test('English: --opening-hours is kept and said; words only get the advice; a bad form is refused and nothing is written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-opening-'));
  try {
    assert.equal(run(dir, 'new', 'feed', '--feed-id', 'northline', '--publisher', 'Northline Telecom', '--publisher-url', 'www.example.com', '--time-zone', 'Europe/London', '--lang', 'en').status, 0);
    const words = run(dir, 'new', 'channel', '--kind', 'chat', '--link', 'www.example.com/chat', '--name', 'Web chat', '--hours', '8am to 10pm');
    assert.equal(words.status, 0, words.stderr);
    assert.match(words.stdout, /the widget cannot tell when the line is closed.*--id chat --opening-hours "Mo-Fr 08:00-20:00"/);
    assert.equal(channel(dir, 'chat').opening_hours, undefined);

    const kept = readFileSync(join(dir, 'feed.json'), 'utf8');
    // "8am-8pm" is read since trial Y (feed/hours-clock.ts); "8 till 8" is still no form the widget reads.
    const bad = run(dir, 'new', 'channel', '--kind', 'phone', '--link', '0330 088 4000', '--name', 'Customer support', '--opening-hours', '8 till 8');
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /channels\/1\/opening_hours: must be opening hours such as "Mo-Fr 08:00-20:00; Sa 09:00-13:00", "08:00-22:00" \(every day\) or "24\/7"/);
    assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), kept);

    const ok = run(dir, 'new', 'channel', '--kind', 'phone', '--link', '0330 088 4000', '--name', 'Customer support', '--hours', '8am to 8pm', '--opening-hours', '08:00-20:00');
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /Outside 08:00-20:00 \(Europe\/London time\) readers see "Customer support" as "Closed now, opens at …"/, "the name readers see, not the id");
    assert.equal(channel(dir, 'phone').opening_hours, '08:00-20:00');

    // The advice's own command works; "none" takes them out again.
    assert.equal(run(dir, 'edit', 'channel', '--id', 'chat', '--opening-hours', '08:00-22:00').status, 0);
    assert.equal(channel(dir, 'chat').opening_hours, '08:00-22:00');
    assert.equal(run(dir, 'edit', 'channel', '--id', 'chat', '--opening-hours', 'none').status, 0);
    assert.equal(channel(dir, 'chat').opening_hours, undefined);
    // Hours written as the widget reads them count as both; "24/7" needs no word.
    const always = run(dir, 'new', 'channel', '--kind', 'phone', '--link', '0800 048 1234', '--name', 'Telecare line', '--hours', '24/7');
    assert.equal(always.status, 0, always.stderr);
    assert.equal(channel(dir, 'phone-2').opening_hours, '24/7');
    assert.doesNotMatch(always.stdout, /Outside|widget cannot tell/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Dutch: "ma-vr 8.00-17.00" as --hours is also the widget\'s hours; a bad one is refused in Dutch', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-opening-nl-'));
  try {
    assert.equal(run(dir, 'new', 'feed', '--feed-id', 'waterbedrijf', '--publisher', 'Waterbedrijf', '--publisher-url', 'www.example.nl', '--time-zone', 'Europe/Amsterdam', '--lang', 'nl').status, 0);
    const r = run(dir, 'new', 'channel', '--kind', 'phone', '--link', '088 123 4567', '--name', 'Klantenservice', '--hours', 'ma-vr 8.00-17.00');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(channel(dir, 'phone').opening_hours, 'ma-vr 8.00-17.00');
    assert.match(r.stdout, /Buiten ma-vr 8\.00-17\.00 \(tijd in Europe\/Amsterdam\) zien lezers "Klantenservice" als "Nu gesloten, weer open om …"/);
    const bad = run(dir, 'edit', 'channel', '--id', 'phone', '--opening-hours', 'werkdagen 8-17');
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /moeten openingstijden zijn zoals "ma-vr 08:00-20:00; za 09:00-13:00"/);
    assert.equal(channel(dir, 'phone').opening_hours, 'ma-vr 8.00-17.00');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
