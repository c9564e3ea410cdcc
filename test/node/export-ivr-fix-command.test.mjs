// A broadband provider's night desk (Leeds and Bradford fibre cut, 2026-12-03) resolved its incident with
// `clearline update --resolve`, which clears the waits that were about it, and then asked for the phone message
// saying it was fixed: `export --to ivr` refused with "Fill in the expected wait in minutes (wait_minutes; …)",
// a feed field and no command; the desk does not edit JSON. The CLI's fix now names the command that does it.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { cliOk, exporters, withCliDir } from './export-kit.mjs';

const x = await exporters();

test('export --to ivr for a line without a wait: refused while the outage is open, naming the command that fills it in; after the all-clear (which clears the wait) made without one (trial P)', async () => {
  await withCliDir('clearline-ivr-fix-', async (dir, run) => {
    cliOk(dir, 'new', 'feed', '--feed-id', 'northline-telecom', '--publisher', 'Northline Telecom', '--publisher-url', 'www.northline.example', '--time-zone', 'Europe/London', '--lang', 'en');
    cliOk(dir, 'new', 'channel', '--kind', 'phone', '--link', '0800 123 4567', '--name', 'Customer service', '--wait', '25', '--reason', 'Very busy because of the broadband outage');
    // The incident as the desk had written it by then (template marks checked and removed).
    const f = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
    const at = new Date(Date.now() - 60_000).toISOString().replace(/\.\d+Z$/, 'Z');
    f.incidents.push({
      id: 'broadband-leeds', title: { en: 'No broadband in parts of Leeds and Bradford' }, severity: 'major', phase: 'identified',
      started_at: at, updated_at: at, next_update_at: new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z'),
      known: { en: 'A fibre cable has been cut. Mobile calls and data work normally.' }, unknown: { en: 'We do not know yet when the repair will be finished.' },
      actions: [{ label: { en: 'Restart your router only after we say it is fixed' }, who: { en: 'You have no broadband' } }],
    });
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(f, null, 2));
    cliOk(dir, 'edit', 'channel', '--id', 'phone', '--wait', 'none');
    const refused = run('export', 'feed.json', '--to', 'ivr');
    assert.equal(refused.status, 2, refused.stderr);
    assert.match(refused.stderr, /\[ivr-no-wait\]/);
    assert.match(refused.stderr, /clearline edit channel --id phone --wait 0/);
    assert.match(refused.stderr, /clearline edit channel --id phone --remove/);
    cliOk(dir, 'update', 'feed.json', '--incident', 'broadband-leeds', '--resolve', '--known', 'Broadband is working again in Leeds and Bradford.');
    const cleared = cliOk(dir, 'export', 'feed.json', '--to', 'ivr');
    assert.match(cleared.stdout, /Broadband is working again in Leeds and Bradford\./);
    assert.doesNotMatch(cleared.stdout, /minutes|No wait|helped shortly/);
    cliOk(dir, 'edit', 'channel', '--id', 'phone', '--wait', '0');
    const spoken = cliOk(dir, 'export', 'feed.json', '--to', 'ivr');
    assert.match(spoken.stdout, /Broadband is working again in Leeds and Bradford\. No wait expected\./);
  });
});

test('lint --for ivr: a wait without a reason names the command too (CLI), and the studio keeps its field labels', () => {
  const f = {
    type: 'status', version: 1, feed_id: 'northline-telecom', time_zone: 'Europe/London',
    publisher: { name: 'Northline Telecom', url: 'https://www.northline.example' },
    channels: [{ id: 'phone', kind: 'phone', label: { en: 'Customer service' }, href: 'tel:+448001234567', wait_minutes: 25 }],
    incidents: [],
  };
  const now = Date.parse('2026-12-03T02:00:00Z');
  const cli = x.lintChannels(f, ['ivr'], { now }).find((g) => g.rule === 'ivr-no-reason');
  assert.match(cli.fix, /clearline edit channel --id phone --reason "…"/);
  for (const lang of ['en', 'nl']) {
    const desk = x.lintChannels(f, ['ivr'], { now, lang, audience: 'desk' });
    assert.doesNotMatch(JSON.stringify(desk), /clearline|--id/);
    delete f.channels[0].wait_minutes;
    assert.doesNotMatch(JSON.stringify(x.lintChannels(f, ['ivr'], { now, lang, audience: 'desk' })), /clearline|--id|\(\)/);
    f.channels[0].wait_minutes = 25;
  }
  delete f.channels[0].wait_minutes;
  // A wait is asked for while something is open (after the all-clear the message says none: trial P).
  f.incidents.push({ id: 'outage', title: { en: 'No broadband' }, severity: 'major', phase: 'identified', started_at: '2026-12-03T01:00:00Z', updated_at: '2026-12-03T01:00:00Z', next_update_at: '2026-12-03T03:00:00Z', known: { en: 'A cable is cut.' }, unknown: { en: 'When.' } });
  const nl = x.lintChannels(f, ['ivr'], { now, lang: 'nl' }).find((g) => g.rule === 'ivr-no-wait');
  assert.match(nl.fix, /clearline edit channel --id phone --wait 0, of de minuten met --reason/);
});

test('lint --for ivr on a feed in nl,en: the wait reason command gives one --reason per language, and runs as printed', async () => {
  await withCliDir('clearline-ivr-reason-', async (dir) => {
    cliOk(dir, 'new', 'feed', '--feed-id', 'waterbedrijf', '--publisher', 'Waterbedrijf', '--publisher-url', 'https://water.example', '--time-zone', 'Europe/Amsterdam', '--lang', 'nl,en');
    cliOk(dir, 'new', 'channel', '--kind', 'phone', '--link', '0800 0359', '--lang', 'nl,en', '--name', 'Klantenservice', '--name', 'Customer service', '--wait', '25', '--reason', 'Druk', '--reason', 'Busy');
    const f = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
    delete f.channels[0].reason;
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(f, null, 2));
    const found = x.lintChannels(f, ['ivr'], { now: Date.now(), lang: 'nl' }).find((g) => g.rule === 'ivr-no-reason');
    const command = /clearline edit channel[^)]*/.exec(found.fix)[0];
    assert.equal(command, `clearline edit channel --id ${f.channels[0].id} --lang nl,en --reason "…" --reason "…"`);
    const args = command.replace(/^clearline /, '').split(' --reason "…"')[0].split(' ');
    cliOk(dir, ...args, '--reason', 'Veel telefoontjes over de storing', '--reason', 'Many calls about the outage');
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).channels[0].reason, { nl: 'Veel telefoontjes over de storing', en: 'Many calls about the outage' });
  });
});
