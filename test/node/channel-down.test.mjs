// A channel cannot be marked as down. A university's desk, its e-mail down after a ransomware attack,
// added "E-mail: not working at the moment" with `clearline new channel`: readers got the dead
// mailto: link to tap (also under Help's "A suspicious message or call"), and the CLI said nothing,
// while the studio says "Is it down? Remove it". The CLI now says the same, with the command to run,
// in the desk's language. Uses dist/ (run `npm run build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './ts-import.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'dist/cli.js');
const run = (dir, ...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });

function university(langs) {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-down-'));
  const r = run(dir, 'new', 'incident', '--template', 'cyberattack', '--lang', langs, '--id', 'ransomware', '--feed-id', 'uni-zuidmaas', '--publisher', 'Universiteit Zuidmaas', '--publisher-url', 'https://www.uzm.example', '--time-zone', 'Europe/Amsterdam');
  assert.equal(r.status, 0, r.stderr);
  return dir;
}

test('saysDown: a name or reason that says the channel does not work, in English or Dutch', async () => {
  const { saysDown } = await importTs('src/feed/channel-edit.ts');
  assert.equal(saysDown({ label: { en: 'E-mail: not working at the moment', nl: 'E-mail' } }), true);
  assert.equal(saysDown({ label: 'Servicedesk', reason: { nl: 'Telefoon werkt nu niet' } }), true);
  assert.equal(saysDown({ label: { en: 'Student Service Desk', nl: 'Student Service Desk' }, reason: { en: 'Many calls about the cyberattack' } }), false);
});

// A GP practice whose phone system went down with its IT supplier adds a temporary line, its reason
// "Only two lines while our phone system is down": the line works, the system it stands in for does not.
// Before, new channel told the practice manager to remove the one line patients could call.
test('saysDown: a reason that says another system is down (while, because, instead of…) is not the channel down', async () => {
  const { saysDown } = await importTs('src/feed/channel-edit.ts');
  assert.equal(saysDown({ label: { en: 'Temporary practice line' }, reason: { en: 'Only two lines while our phone system is down' } }), false);
  assert.equal(saysDown({ label: { en: 'Call-back' }, reason: { en: 'Busy because online booking is unavailable' } }), false);
  assert.equal(saysDown({ label: { en: 'Use this number instead of our main line, which is not working' } }), false);
  assert.equal(saysDown({ label: { nl: 'Noodlijn' }, reason: { nl: 'Druk omdat de website niet bereikbaar is' } }), false);
  assert.equal(saysDown({ label: { nl: 'Tijdelijk nummer' }, reason: { nl: 'Zolang de telefooncentrale buiten gebruik is' } }), false);
  // The channel itself down, with a clause after it, still counts.
  assert.equal(saysDown({ label: { en: 'Reception: not working while our supplier restores its systems' } }), true);
  assert.equal(saysDown({ label: { en: 'Reception' }, reason: { en: 'This line is down. Only two lines while our phone system is down' } }), true);
  assert.equal(saysDown({ label: { nl: 'Telefoon werkt nu niet, omdat de centrale stuk is' } }), true);
  assert.equal(saysDown({ label: { en: 'Customer service' }, reason: { en: 'Because of the cyberattack our phone line is down at the moment.' } }), true);
  assert.equal(saysDown({ label: { en: 'While the outage lasts, this line is not working' } }), true);
});

// A telecom's night (trial G): its 999 channel, reason "Someone is in danger. If your landline is down, use a mobile: 999
// works on any network.", was told "Is it down? Remove it" by new channel and at every step in the studio.
test('saysDown: an "if" or "when" clause is about something else; the public emergency number is never "down"', async () => {
  const { saysDown } = await importTs('src/feed/channel-edit.ts');
  const reason = { en: 'Someone is in danger. If your landline is down, use a mobile: 999 works on any network.' };
  assert.equal(saysDown({ label: { en: 'Vulnerable customers and telecare line' }, reason }), false);
  assert.equal(saysDown({ label: { en: 'Web chat' }, reason: { en: 'Use it when the phone lines are unavailable' } }), false);
  assert.equal(saysDown({ label: { nl: 'Storingslijn' }, reason: { nl: 'Als uw vaste lijn niet werkt, bel dan met een mobiel' } }), false);
  assert.equal(saysDown({ label: { nl: 'Chat' }, reason: { nl: 'Wanneer de telefoon onbereikbaar is' } }), false);
  // The channel itself down, before or after such a clause, still counts.
  assert.equal(saysDown({ label: { en: 'Customer support: not working, if you can, use the chat' } }), true);
  assert.equal(saysDown({ label: { nl: 'De chat werkt niet als gevolg van de storing' } }), true);
  // 999, 112, 911: not the publisher's line to take away, whatever its text says.
  assert.equal(saysDown({ label: { en: '999 emergency services' }, href: 'tel:999', reason: { en: 'Your landline is down? 999 works from any mobile.' } }), false);
  assert.equal(saysDown({ label: { nl: 'Alarmnummer' }, href: 'tel:112', reason: { nl: 'Vaste telefoon werkt niet? Bel 112 met een mobiel' } }), false);
  assert.equal(saysDown({ label: { en: 'Customer support (not working)' }, href: 'tel:+443300884000' }), true);
});

test('new channel and edit channel say that a channel named as down still reaches readers, and how to take it out', () => {
  const dir = university('en,nl');
  try {
    const added = run(dir, 'new', 'channel', '--kind', 'email', '--link', 'servicedesk@uzm.example', '--name', 'E-mail: not working at the moment', '--name', 'E-mail: werkt nu niet');
    assert.equal(added.status, 0, added.stderr);
    assert.match(added.stdout, /readers still get it to call or open: a channel cannot be marked as down\. Is it down\? Remove it \(clearline edit channel --feed feed\.json --id email --remove\) and say under What we know/);
    const fine = run(dir, 'new', 'channel', '--kind', 'phone', '--link', '043-388-2222', '--name', 'Student Service Desk');
    assert.equal(fine.status, 0, fine.stderr);
    assert.doesNotMatch(fine.stdout, /cannot be marked as down/);
    const renamed = run(dir, 'edit', 'channel', '--id', 'phone', '--name', 'Service desk (unavailable)', '--name', 'Servicedesk (onbereikbaar)');
    assert.equal(renamed.status, 0, renamed.stderr);
    assert.match(renamed.stdout, /--id phone --remove/);
    // The command it gives works, and the note goes with the channel.
    const removed = run(dir, 'edit', 'channel', '--feed', 'feed.json', '--id', 'email', '--remove');
    assert.equal(removed.status, 0, removed.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a Dutch desk hears it in Dutch', () => {
  const dir = university('nl,en');
  try {
    const added = run(dir, 'new', 'channel', '--kind', 'email', '--link', 'servicedesk@uzm.example', '--name', 'E-mail: werkt nu niet', '--name', 'E-mail: not working');
    assert.equal(added.status, 0, added.stderr);
    assert.match(added.stdout, /Werkt het niet\? Haal het weg \(clearline edit channel --feed feed\.json --id email --remove\) en zeg bij Wat we weten/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
