// `new channel --hours "…" / --reason "…"` with one text on a feed in nl and en copied it into both languages: English
// readers were told "Veel vragen over de storing". Now one text stands for every language only when it is no running text,
// by lint's own measure (text-same-in-languages: fewer than 3 words with letters): "24/7" and "ma–vr 8–17" still may; a
// sentence is refused with the per-language form, the file left as it was (edit channel too). Uses dist/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { ROOT } from './export-kit.mjs';

const run = (dir, ...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });

test('one --hours or --reason for two languages: hours without words pass, a sentence is refused (new and edit channel)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-one-text-'));
  try {
    assert.equal(run(dir, 'new', 'feed', '--feed-id', 'gemeente-voorbeeld', '--publisher', 'Voorbeeld', '--publisher-url', 'www.example.nl', '--time-zone', 'Europe/Amsterdam').status, 0);
    const ok = run(dir, 'new', 'channel', '--kind', 'phone', '--link', '088 123 4567', '--name', 'Servicedesk', '--hours', '24/7', '--json');
    assert.equal(ok.status, 0, ok.stderr);
    assert.deepEqual(JSON.parse(ok.stdout).channel.hours, { nl: '24/7', en: '24/7' });
    const kept = readFileSync(join(dir, 'feed.json'), 'utf8');
    for (const args of [
      ['new', 'channel', '--kind', 'chat', '--link', 'www.example.nl/chat', '--name', 'Chat', '--hours', 'Dag en nacht'],
      ['new', 'channel', '--kind', 'chat', '--link', 'www.example.nl/chat', '--name', 'Chat', '--wait', '5', '--reason', 'Veel vragen over de storing'],
      ['edit', 'channel', '--id', 'phone', '--wait', '20', '--reason', 'veel vragen over de storing'],
    ]) {
      const r = run(dir, ...args);
      assert.equal(r.status, 2, `${args.join(' ')}\n${r.stdout}`);
      assert.match(r.stderr, /deze feed staat in nl, en; geef één --(hours|reason) per taal, in die volgorde, zodat geen lezer de woorden van een andere taal krijgt: --lang nl,en --\1 "…" --\1 "…"/, args.join(' '));
      assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), kept, args.join(' '));
    }
    // Short hours, and one text per language: as before.
    const edit = run(dir, 'edit', 'channel', '--id', 'phone', '--hours', 'ma–vr 8–17', '--wait', '20', '--reason', 'veel vragen over de storing', '--reason', 'many questions about the outage', '--json');
    assert.equal(edit.status, 0, edit.stderr);
    const phone = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).channels.find((c) => c.id === 'phone');
    assert.deepEqual([phone.hours, phone.reason], [{ nl: 'ma–vr 8–17', en: 'ma–vr 8–17' }, { nl: 'veel vragen over de storing', en: 'many questions about the outage' }]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
