// A Dutch mobile operator's night desk, 02:10, calls and mobile data down nationwide. Its incident came from the telecom
// template (written for a cut at home); it removed the marks as lint said and published "Bel 112 in nood met een mobiele
// telefoon (dat werkt via elk netwerk); uw vaste telefoon werkt nu misschien niet" and "houd een opgeladen mobiele
// telefoon bij de hand" to the people whose mobile does not work. Lint said "geen problemen gevonden".
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { lintDocument } = await importTs('src/lint/index.ts');
const CLI = join(import.meta.dirname, '../../dist/cli.js');
const unmark = (feed) => {
  for (const inc of feed.incidents) for (const a of inc.actions) for (const l of Object.keys(a.label)) a.label[l] = a.label[l].replace(/^\[\[TODO: [^\]]*\]\]\s*/, '');
};

function withDesk(body) {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-mobile-lint-'));
  const env = { ...process.env, TZ: 'Europe/Amsterdam' };
  const run = (...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env });
  const sh = (command) => spawnSync('sh', ['-c', command.replace(/^clearline /, `"${process.execPath}" "${CLI}" `)], { cwd: dir, encoding: 'utf8', timeout: 30_000, env });
  try {
    return body({ dir, run, sh, read: () => JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('mobile-outage-uses-mobile: the telecom template\'s words in a mobile network outage are warned, and the fix runs as printed', () => {
  withDesk(({ dir, run, sh, read }) => {
    assert.equal(run('new', 'incident', '--template', 'telecom', '--id', 'mobiel', '--feed-id', 'belnet', '--publisher', 'Belnet', '--publisher-url', 'www.belnet.example.nl',
      '--time-zone', 'Europe/Amsterdam', '--lang', 'nl,en', '--title', 'Storing mobiel netwerk: bellen en mobiel internet werken niet', '--title', 'Mobile network outage: calls and mobile data do not work').status, 0);
    const feed = read();
    unmark(feed);
    const found = lintDocument(feed, { now: Date.now(), lang: 'nl' }).filter((f) => f.rule === 'mobile-outage-uses-mobile');
    // The 112 act-now and the personal alarm's "keep a charged mobile within reach"; not "restart your modem".
    assert.deepEqual(found.map((f) => f.path), ['incidents/0/actions/0/label', 'incidents/0/actions/1/label']);
    assert.match(found[0].message, /gaat over het mobiele netwerk/);
    // The fix for the 112 act-now gives words that name a landline or someone else's phone, as one runnable command.
    const command = /: (clearline update feed\.json .*)\.$/.exec(found[0].fix)?.[1];
    assert.ok(command, found[0].fix);
    assert.match(command, /--reword-action 1 --lang nl,en --label "Lukt 112 niet met uw mobiel\? Bel 112 met een vaste telefoon of de telefoon van iemand anders\..*" --label "Emergency number not working on your mobile\? Call it from a landline or someone else's phone\..*"$/);
    // Written back with the marks removed (as the desk did), the command runs as printed and the warning for that action goes.
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed, null, 2));
    const r = sh(command);
    assert.equal(r.status, 0, r.stderr + r.stdout);
    const after = lintDocument(read(), { now: Date.now(), lang: 'nl' }).filter((f) => f.rule === 'mobile-outage-uses-mobile');
    assert.deepEqual(after.map((f) => f.path), ['incidents/0/actions/1/label']);
  });
});

test('mobile-outage-uses-mobile: not for the mobile template, not for a cut at home, not once resolved', () => {
  withDesk(({ run, read }) => {
    assert.equal(run('new', 'incident', '--template', 'mobile', '--id', 'mobiel', '--feed-id', 'belnet', '--publisher', 'Belnet', '--publisher-url', 'www.belnet.example.nl',
      '--time-zone', 'Europe/Amsterdam', '--lang', 'nl,en', '--title', 'Storing mobiel netwerk', '--title', 'Mobile network outage').status, 0);
    assert.equal(run('new', 'incident', '--template', 'telecom', '--id', 'glasvezel', '--title', 'Storing glasvezel in Noord-Holland', '--title', 'Fibre outage in Noord-Holland').status, 0);
    const feed = read();
    unmark(feed);
    assert.deepEqual(lintDocument(feed, { now: Date.now(), lang: 'nl' }).filter((f) => f.rule === 'mobile-outage-uses-mobile'), []);
    // The telecom incident about the mobile network, resolved: nothing to warn readers of.
    const telecom = feed.incidents.find((i) => i.id === 'glasvezel');
    telecom.title = { nl: 'Storing mobiel netwerk', en: 'Mobile network outage' };
    assert.equal(lintDocument(feed, { now: Date.now(), lang: 'nl' }).filter((f) => f.rule === 'mobile-outage-uses-mobile').length, 2);
    telecom.phase = 'resolved';
    assert.deepEqual(lintDocument(feed, { now: Date.now(), lang: 'nl' }).filter((f) => f.rule === 'mobile-outage-uses-mobile'), []);
  });
});

test('mobile-outage-uses-mobile: in the studio (desk) no command, the words to use instead', () => {
  const feed = { type: 'status', version: 1, feed_id: 'x', time_zone: 'Europe/Amsterdam', publisher: { name: 'X', url: 'https://x.example' }, channels: [],
    incidents: [{ id: 'm', title: { nl: 'Geen mobiel bereik' }, severity: 'major', phase: 'investigating', started_at: '2026-12-03T01:10:00Z', updated_at: '2026-12-03T01:10:00Z',
      known: { nl: 'Bellen werkt niet.' }, unknown: { nl: 'De oorzaak.' }, next_update_at: '2026-12-03T01:40:00Z',
      actions: [{ label: { nl: 'Bel ons met uw mobiel als het dringend is' }, who: { nl: 'Iedereen' }, urgent: true }] }] };
  const [f] = lintDocument(feed, { now: Date.parse('2026-12-03T01:15:00Z'), lang: 'nl', audience: 'desk' }).filter((x) => x.rule === 'mobile-outage-uses-mobile');
  assert.ok(f);
  assert.doesNotMatch(f.fix, /clearline/);
  assert.match(f.fix, /vaste telefoon of de telefoon van iemand anders, of de chat of deze pagina via wifi, in de tekst van de actie/);
});

// The same night, a smaller operator whose only line is its 0800 number: "Ik kan niet bellen" readers were shown that
// number, and lint said nothing. With a chat in the feed, a reason that names only the phone line is pointed at it too.
test('mobile-outage-phone-only: every ordinary line a phone line is warned once; a reason offering only the phone gets the edit reason that runs as printed', () => {
  withDesk(({ run, sh, read }) => {
    assert.equal(run('new', 'feed', '--feed-id', 'belnet', '--publisher', 'Belnet', '--publisher-url', 'www.belnet.example.nl', '--time-zone', 'Europe/Amsterdam').status, 0);
    assert.equal(run('new', 'channel', '--kind', 'phone', '--link', '0800-0123', '--name', 'Klantenservice', '--name', 'Customer service').status, 0);
    assert.equal(run('new', 'incident', '--template', 'mobile', '--id', 'mobiel', '--lang', 'nl,en', '--title', 'Storing mobiel netwerk', '--title', 'Mobile network outage').status, 0);
    // 112 among the channels, as new incident says: an emergency line is not counted.
    assert.equal(run('new', 'channel', '--kind', 'phone', '--link', '112', '--name', 'Alarmnummer', '--name', 'Emergency services', '--emergency', '--id', 'emergency-services').status, 0);
    const phoneOnly = (feed) => lintDocument(feed, { now: Date.now(), lang: 'nl' }).filter((f) => f.rule === 'mobile-outage-phone-only');
    const [all] = phoneOnly(read());
    assert.equal(all.path, 'channels');
    assert.match(all.message, /elke manier om u te bereiken is een telefoonlijn \(Klantenservice\)/);
    assert.match(all.fix, /clearline new channel --kind chat/);
    assert.equal(run('new', 'channel', '--kind', 'chat', '--link', 'https://www.belnet.example.nl/chat', '--name', 'Chat').status, 0);
    assert.deepEqual(phoneOnly(read()), []);
    // A reason that names only the phone line.
    assert.equal(run('edit', 'reason', '--id', 'cannot-call', '--channel', 'phone').status, 0);
    const [reason] = phoneOnly(read());
    assert.equal(reason.path, 'contact_reasons/1/channels');
    assert.match(reason.message, /wie "Ik kan niet bellen of mobiel internetten" kiest, krijgt alleen telefoonlijnen \(Klantenservice\)/);
    const command = /: (clearline edit reason .*)\.$/.exec(reason.fix)?.[1];
    assert.equal(command, 'clearline edit reason --id cannot-call --channel phone,chat');
    const r = sh(command);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(phoneOnly(read()), []);
    // Resolved: nothing to warn of.
    const feed = read();
    assert.equal(run('edit', 'reason', '--id', 'cannot-call', '--channel', 'phone').status, 0);
    feed.incidents[0].phase = 'resolved';
    feed.contact_reasons[1].channels = ['phone'];
    assert.deepEqual(phoneOnly(feed), []);
  });
});
