// A UK broadband night desk's phone message fitted its 45 seconds by leaving out the last sentences of what we know
// ("Do not reset your router: it will not help and you may lose your settings."), and `lint --for ivr` said nothing: it
// warned only for a left-out urgent action or page. Now a left-out sentence of what we know is an ivr-shortened warning
// too, naming it, with the `update --correct --known` command that rewrites it (for that language alone in a feed with
// several); run as printed with shorter words, the message says all of it and the warning is gone. (Uses dist/.)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { exporters, ROOT, withCliDir } from './export-kit.mjs';
import { broadbandFeed } from './broadband-kit.mjs';

const x = await exporters();
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const LONG =
  'Broadband is down in Leeds. Mobile calls and data work normally. Since 01:40 a fibre cable between Leeds and Bradford is cut, and our engineers are digging at the roadworks on the A64 to reach it. Customers in Bradford may see slow speeds in the evening as well. Do not reset your router: it will not help and you may lose your settings.';

/** The broadband feed on today's clock (or `now`'s), unsigned, with the long text of what we know. */
function longFeed(now = Date.now()) {
  const f = broadbandFeed();
  for (const k of ['issued_at', 'expires_at', 'seq']) delete f[k];
  Object.assign(f.incidents[0], { started_at: iso(now - 50 * 60_000), updated_at: iso(now - 10 * 60_000), next_update_at: iso(now + 30 * 60_000), known: LONG });
  return f;
}

// On a fixed clock (10:00 in London): which sentences fit in 45 s depends on how the next update is said, and in the
// last half hour of the day "at 00:15" becomes "on Friday 4 December at 00:15", which costs sentence 4 as well.
const MORNING = Date.parse('2026-12-02T10:00:00Z');

test('lint --for ivr warns when the message leaves out later sentences of what we know, and its command runs as printed', async () => {
  await withCliDir('clearline-ivr-known-', async (dir, run, env) => {
    writeFileSync(join(dir, 'my feed.json'), JSON.stringify(longFeed(MORNING), null, 2));
    const spoken = run('export', 'my feed.json', '--to', 'ivr');
    assert.equal(spoken.status, 0, spoken.stderr);
    // What to do ("Do not reset your router") and what still works are kept before the description (ivr-need.ts, trial Z).
    assert.match(spoken.stdout, /Mobile calls and data work normally\. Do not reset your router/, 'what callers need is kept');
    assert.doesNotMatch(spoken.stdout, /digging at the roadworks/, 'the description gives way');
    const lint = run('lint', 'my feed.json', '--for', 'ivr');
    const warning = lint.stdout.split('\n').findIndex((l) => l.includes('[ivr-shortened]'));
    assert.ok(warning >= 0, lint.stdout);
    assert.match(lint.stdout.split('\n')[warning], /left out .*sentences 3 and 4 of what we know to stay within 45 s/, 'in reading order, as one phrase (trial E: "zin 4, zin 3, zin 2")');
    const fix = lint.stdout.split('\n')[warning + 1];
    assert.match(fix, /clearline update "my feed\.json" --incident leeds-fibre-cut --correct --known "…"\./);

    const command = fix
      .slice(fix.indexOf('clearline '), fix.indexOf('"…"') + 3)
      .replace('"…"', '"Broadband is down in Leeds; mobile calls and data work. Do not reset your router."')
      .replace(/^clearline/, `"${process.execPath}" "${join(ROOT, 'dist/cli.js')}"`);
    const r = spawnSync('sh', ['-c', command], { cwd: dir, encoding: 'utf8', env });
    assert.equal(r.status, 0, `${command}\n${r.stderr}`);
    assert.doesNotMatch(run('lint', 'my feed.json', '--for', 'ivr').stdout, /ivr-shortened/);
    assert.match(run('export', 'my feed.json', '--to', 'ivr').stdout, /Do not reset your router\./);
  }, { now: MORNING });
});

test('ivr-shortened for what we know: --lang in a feed with several languages; the studio gets no command; a greeting alone is no warning', () => {
  const f = longFeed();
  f.incidents[0].known = { en: LONG, nl: 'Internet werkt niet in Leeds.' };
  f.incidents[0].title = { en: f.incidents[0].title, nl: 'Internet werkt niet in Leeds' };
  const now = Date.now();
  const en = x.lintChannels(f, ['ivr'], { now }).find((g) => g.rule === 'ivr-shortened' && g.path.endsWith('/known/en'));
  assert.ok(en, 'warned for the English message');
  assert.match(en.fix, /clearline update feed\.json --incident leeds-fibre-cut --correct --lang en --known "…"/);
  assert.ok(!x.lintChannels(f, ['ivr'], { now }).some((g) => g.rule === 'ivr-shortened' && g.path.endsWith('/known/nl')), 'the short Dutch message left out nothing');
  const nl = x.lintChannels(f, ['ivr'], { now, lang: 'nl' }).find((g) => g.rule === 'ivr-shortened');
  assert.match(nl.message, /zin(?:nen)? (?:[\d, ]+ (?:en|tot en met) )?4 van wat we weten/);
  assert.match(nl.fix, /--correct --lang en --known "…"/);
  const desk = x.lintChannels(f, ['ivr'], { now, audience: 'desk' }).find((g) => g.rule === 'ivr-shortened');
  assert.doesNotMatch(desk.fix, /clearline|--/);
  // Only the greeting left out: nothing callers need is missing.
  const short = longFeed();
  short.incidents[0].known = 'Broadband is down in Leeds. Mobile calls and data work normally.';
  assert.ok(!x.lintChannels(short, ['ivr'], { now }).some((g) => g.rule === 'ivr-shortened'));
});
