// Trial W (an Irish gas network, F3): `new channel --hours "Mon–Fri 08:00–18:00"` was kept as words only, and the hint
// offered `--opening-hours "Mo-Fr 08:00-20:00"`: copied at 6 a.m., it would publish the wrong closing time (20:00, not the
// desk's 18:00). English and Dutch day names, whole or of three letters, are now read as the widget's two letters, so the
// desk's own hours count as opening hours. Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const { shortDayNames } = await importTs('src/cli/day-names.ts');

test('shortDayNames: English and Dutch day names as two letters; times, dashes and other words untouched', () => {
  assert.equal(shortDayNames('Mon–Fri 08:00–18:00'), 'Mo–Fr 08:00–18:00');
  assert.equal(shortDayNames('Monday-Friday 8.00-18.00; Sat 09:00-13:00; Sun off'), 'Mo-Fr 8.00-18.00; Sa 09:00-13:00; Su off');
  assert.equal(shortDayNames('maandag-vrijdag 08:00-17:00'), 'ma-vr 08:00-17:00');
  assert.equal(shortDayNames('Tues, Thurs 10:00-12:00'), 'Tu, Th 10:00-12:00');
  assert.equal(shortDayNames('24/7'), '24/7');
  assert.equal(shortDayNames('Sunday lunch at the Monarch'), 'Su lunch at the Monarch');
});

test('new channel --hours "Mon–Fri 08:00–18:00": the desk\'s own hours are the opening hours, no 20:00 example to copy', async () => {
  await withCliDir('clearline-day-names-', async (dir, run) => {
    assert.equal(run('new', 'feed', '--feed-id', 'gas', '--publisher', 'Gas Networks', '--publisher-url', 'www.gas.example.ie', '--time-zone', 'Europe/Dublin', '--lang', 'en').status, 0);
    const r = run('new', 'channel', '--kind', 'phone', '--link', '01 234 5678', '--name', 'Customer service', '--hours', 'Mon–Fri 08:00–18:00');
    assert.equal(r.status, 0, r.stderr);
    const channel = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).channels[0];
    assert.equal(channel.opening_hours, 'Mo–Fr 08:00–18:00');
    assert.match(JSON.stringify(channel.hours), /"Mon–Fri 08:00–18:00"/, 'the words readers see stay as written');
    assert.match(r.stdout, /Outside Mo–Fr 08:00–18:00 \(Europe\/Dublin time\) readers see "Customer service" as "Closed now, opens at …"/, r.stdout);
    assert.doesNotMatch(r.stdout, /20:00/);
    // --opening-hours in the desk's words is read the same way.
    const e = run('edit', 'channel', '--id', 'phone', '--opening-hours', 'Mon-Fri 08:00-17:30');
    assert.equal(e.status, 0, e.stderr);
    assert.equal(JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).channels[0].opening_hours, 'Mo-Fr 08:00-17:30');
  });
});
