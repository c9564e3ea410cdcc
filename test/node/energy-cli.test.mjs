// The CLI as an energy company's service desk meets it (issue 12, items 4-9, 10 (history), 11, 12):
// times in the feed's zone, update of everything that changes, sector templates, errors a person
// can act on, the listed bugs, atomic writes, an executable CLI after a build, keygen's snippet.
// Uses dist/cli.js: run `npm run build` first.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { laterToday } from './clock-kit.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'dist/cli.js');
const FIXED_CLOCK = pathToFileURL(join(ROOT, 'test/node/fixed-clock.mjs')).href;
const MIN = 60_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
let dir;

function cli(args, env = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'UTC', ...env } });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, out: r.stdout + r.stderr };
}
const ok = (r) => (assert.equal(r.status, 0, `exit ${r.status}\n${r.out}`), r);
const p = (name) => join(dir, name);
const read = (name) => JSON.parse(readFileSync(p(name), 'utf8'));
const write = (name, value) => writeFileSync(p(name), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
const b64 = (s) => JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
/** "HH:MM" of an instant in Amsterdam. */
const ams = (ms) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);

/** Utrecht Energie's gas outage, in Dutch and English, in the Amsterdam zone. */
function gasFeed(now = Date.now()) {
  return {
    type: 'status',
    version: 1,
    feed_id: 'utrecht-energie',
    time_zone: 'Europe/Amsterdam',
    publisher: { name: 'Utrecht Energie', url: 'https://www.utrecht-energie.example/' },
    channels: [
      { id: 'service', kind: 'phone', label: { nl: 'Klantenservice', en: 'Customer service' }, href: 'tel:+31302345678', wait_minutes: 55, reason: { nl: 'heel veel telefoontjes', en: 'very many calls' } },
      { id: 'callback', kind: 'callback', label: { nl: 'Terugbellen', en: 'Call back' }, href: 'https://www.utrecht-energie.example/terugbellen', wait_minutes: 40, reason: { nl: 'drukte', en: 'busy' } },
      { id: 'gas', kind: 'phone', emergency: true, label: { nl: 'Gaslucht', en: 'Gas smell' }, href: 'tel:+318009009', wait_minutes: 2, reason: { nl: 'Ruikt u gas? Bel direct.', en: 'Smell gas? Call at once.' } },
    ],
    incidents: [
      {
        id: 'gas',
        title: { nl: 'Geen gas in Utrecht-Oost', en: 'No gas in Utrecht-Oost' },
        severity: 'major',
        phase: 'investigating',
        started_at: iso(now - 60 * MIN),
        updated_at: iso(now - 30 * MIN),
        known: { nl: 'Een hoofdleiding is beschadigd.', en: 'A main pipe is damaged.' },
        unknown: { nl: 'Hoe lang het duurt.', en: 'How long it lasts.' },
        next_update_at: iso(now + 30 * MIN),
        actions: [{ label: { nl: 'Bel het storingsnummer', en: 'Call the emergency line' }, href: 'tel:+318009009', urgent: true, who: { nl: 'U ruikt gas', en: 'You smell gas' } }],
      },
    ],
  };
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'clearline-energy-'));
  ok(cli(['keygen', '--out', 'k.jwk.json', '--public-out', 'pub.jwk.json']));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('item 4: times the way people say them, in the feed zone', () => {
  test('--next-update 10:30 means 10:30 in Amsterdam; a time that has passed is an error that says what to do', () => {
    write('tz.json', gasFeed());
    // A clock time later today in Amsterdam (late in the evening "+90 minutes" would be tomorrow).
    const later = laterToday('Europe/Amsterdam');
    if (later) {
      const { ms, hhmm } = later;
      const r = ok(cli(['update', 'tz.json', '--incident', 'gas', '--next-update', hhmm]));
      const stored = Date.parse(read('tz.json').incidents[0].next_update_at);
      assert.equal(ams(stored), hhmm, 'stored in UTC, meaning the Amsterdam clock time');
      assert.ok(Math.abs(stored - ms) < 2 * MIN, 'today, not tomorrow');
      assert.match(r.stdout, new RegExp(`volgende update ${hhmm} \\(Europe/Amsterdam\\)`), 'printed in the feed zone (in Dutch: the feed is Dutch first)');
    }
    {
      // Half an hour ago, at a fixed 10:05 in Amsterdam (fixed-clock.mjs): whatever the hour the suite runs at.
      // Tomorrow at 09:35 is more than lint's 4 hours away, so it is not offered; a promise within 4 hours is.
      const now = Date.parse('2026-12-03T09:05:00Z');
      write('tz-past.json', gasFeed(now));
      const bad = cli(['update', 'tz-past.json', '--incident', 'gas', '--next-update', '09:35'], { NODE_OPTIONS: `--import=${FIXED_CLOCK}`, CLEARLINE_TEST_NOW: String(now) });
      assert.equal(bad.status, 2);
      // In Dutch: the feed is Dutch first (desk-language-more.test.mjs has the English one).
      assert.equal(bad.stderr, 'clearline update: --next-update 09:35: 09:35 is al voorbij, en morgen om 09:35 is meer dan 4 uur vooruit; beloof de volgende update binnen 4 uur: typ +15m, +30m, +1u of een kloktijd tot 14:05\n');
    }
    ok(cli(['update', 'tz.json', '--incident', 'gas', '--next-update', '+15m']));
    const offset = ok(cli(['update', 'tz.json', '--incident', 'gas', '--next-update', new Date(Date.now() + 60 * MIN).toISOString().slice(0, 19) + '+00:00']));
    // Tomorrow (after 23:00 in Amsterdam) with a Dutch date: "wo 2 dec 00:15".
    assert.match(offset.stdout, /volgende update ([a-z]{2} \d{1,2} [a-z]{3}\.? )?\d{2}:\d{2} \(Europe\/Amsterdam\)/);
  });

  test('lint says "you promised an update at 09:43" in the feed zone, not UTC', () => {
    const f = gasFeed();
    const promised = Date.now() - 10 * MIN;
    f.incidents[0].next_update_at = iso(promised);
    write('late.json', f);
    const r = cli(['lint', '--lang', 'en', 'late.json']);
    assert.match(r.stdout, new RegExp(`you promised an update at ${ams(promised)}`));
  });

  test('sign accepts RFC 3339 times with an offset and signs them in UTC', () => {
    const f = gasFeed();
    f.incidents[0].updated_at = '2026-11-30T09:43:00+01:00';
    f.incidents[0].started_at = '2026-11-30T09:00:00+01:00';
    write('offset.json', f);
    ok(cli(['sign', '--key', 'k.jwk.json', 'offset.json', '--out', 'offset.jws.json']));
    const payload = b64(read('offset.jws.json').payload);
    assert.equal(payload.incidents[0].updated_at, '2026-11-30T08:43:00Z');
    assert.equal(payload.incidents[0].started_at, '2026-11-30T08:00:00Z');
    ok(cli(['verify', '--key', 'pub.jwk.json', 'offset.jws.json']));
  });
});

describe('item 5: update changes everything that changes in a crisis', () => {
  test('severity, phase, affects, actions (add, remove, mark urgent) and a channel wait with its reason', () => {
    write('u.json', gasFeed());
    ok(cli(['update', 'u.json', '--incident', 'gas', '--severity', 'critical', '--phase', 'identified', '--lang', 'nl,en', '--affects', 'Utrecht-Oost', '--affects', 'Utrecht-East']));
    let inc = read('u.json').incidents[0];
    assert.equal(inc.severity, 'critical');
    assert.equal(inc.phase, 'identified');
    assert.deepEqual(inc.affects, [{ nl: 'Utrecht-Oost', en: 'Utrecht-East' }]);
    ok(cli(['update', 'u.json', '--incident', 'gas', '--lang', 'nl,en', '--add-action', 'Draai de gaskraan dicht', '--add-action', 'Close the gas tap', '--who', 'Iedereen in 3581', '--who', 'Everyone in 3581']));
    ok(cli(['update', 'u.json', '--incident', 'gas', '--mark-urgent', 'Close the gas tap', '--remove-action', '1']));
    inc = read('u.json').incidents[0];
    assert.deepEqual(inc.actions, [{ label: { nl: 'Draai de gaskraan dicht', en: 'Close the gas tap' }, who: { nl: 'Iedereen in 3581', en: 'Everyone in 3581' }, urgent: true }]);
    const missing = cli(['update', 'u.json', '--incident', 'gas', '--remove-action', '7']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /1\. Draai de gaskraan dicht \(dringend\)/, 'lists the actions to choose from');
    ok(cli(['update', 'u.json', '--incident', 'gas', '--channel', 'service', '--wait', '20', '--lang', 'nl,en', '--reason', 'minder druk', '--reason', 'less busy']));
    const service = read('u.json').channels.find((c) => c.id === 'service');
    assert.equal(service.wait_minutes, 20);
    assert.deepEqual(service.reason, { nl: 'minder druk', en: 'less busy' });
  });

  test('texts from a file with ## nl / ## en sections, so nobody fights shell quoting', () => {
    write('f.json', gasFeed());
    write('update.md', '## nl\n### known\nDe leiding is "gerepareerd" en we sluiten huis voor huis aan.\n### unknown\nWanneer iedereen weer gas heeft.\n\n## en\n### known\nThe pipe is "repaired"; we reconnect house by house.\n### unknown\nWhen everyone has gas again.\n');
    ok(cli(['update', 'f.json', '--incident', 'gas', '--from', 'update.md', '--next-update', '+30m']));
    const inc = read('f.json').incidents[0];
    assert.equal(inc.known.nl, 'De leiding is "gerepareerd" en we sluiten huis voor huis aan.');
    assert.equal(inc.unknown.en, 'When everyone has gas again.');
    assert.equal(inc.updates[0].known.en, 'A main pipe is damaged.', 'the earlier text moved into the history');
    write('broken.md', 'Some text before any language\n');
    const bad = cli(['update', 'f.json', '--incident', 'gas', '--from', 'broken.md']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /broken\.md regel 1: begin met een taalkop zoals "## nl"/);
  });

  test('--resolve asks for a closing text; with --known it clears unknown and the stale channel waits', () => {
    write('r.json', gasFeed());
    const bare = cli(['update', 'r.json', '--incident', 'gas', '--resolve']);
    assert.equal(bare.status, 2);
    assert.match(bare.stderr, /voor oplossen is een slottekst nodig/);
    assert.equal(read('r.json').incidents[0].phase, 'investigating', 'nothing written');
    const r = ok(cli(['update', 'r.json', '--incident', 'gas', '--resolve', '--lang', 'nl,en', '--known', 'Iedereen heeft weer gas.', '--known', 'Everyone has gas again.']));
    const feed = read('r.json');
    const inc = feed.incidents[0];
    assert.equal(inc.phase, 'resolved');
    assert.equal(inc.next_update_at, null);
    assert.deepEqual(inc.unknown, { nl: '', en: '' });
    assert.equal(inc.known.en, 'Everyone has gas again.');
    const byId = Object.fromEntries(feed.channels.map((c) => [c.id, c]));
    assert.equal(byId.service.wait_minutes, undefined);
    assert.equal(byId.service.reason, undefined);
    assert.equal(byId.callback.wait_minutes, undefined);
    assert.equal(byId.gas.wait_minutes, 2, 'the emergency line keeps its wait');
    // Named as the desk named them, not by id (a pension fund read "De wachttijden van phone zijn gewist").
    assert.match(r.stdout, /De wachttijden van "Klantenservice", "Terugbellen" zijn gewist/);
    assert.equal(cli(['lint', 'r.json']).status, 0, JSON.stringify(cli(['lint', 'r.json']).out));
  });
});

describe('item 10 (publisher side): the history keeps the time a text was published', () => {
  test('a text published at 9:38 stays 9:38 in the history after a change of only the next-update time', () => {
    const f = gasFeed();
    const published = f.incidents[0].updated_at;
    write('h.json', f);
    ok(cli(['update', 'h.json', '--incident', 'gas', '--next-update', '+45m']));
    assert.equal(read('h.json').incidents[0].updated_at, published, 'a new time alone is not a new text');
    ok(cli(['update', 'h.json', '--incident', 'gas', '--lang', 'nl,en', '--known', 'Nieuw.', '--known', 'New.']));
    assert.equal(read('h.json').incidents[0].updates[0].at, published);
  });
});

describe('item 6: new incident for any sector', () => {
  const TEMPLATES = ['power', 'gas', 'water', 'water-quality', 'telecom', 'public-transport', 'payments', 'cyberattack', 'strike', 'storm', 'flood', 'recall', 'merchant-payments', 'phishing', 'doorstep', 'generic'];
  for (const template of TEMPLATES) {
    test(`--template ${template}: sector-neutral guidance, ready-made actions that lint refuses until edited`, () => {
      const file = `n-${template}.json`;
      ok(cli(['new', 'incident', '--template', template, '--id', `${template}-1`, '--feed', file, '--feed-id', 'ue', '--publisher', 'Utrecht Energie', '--publisher-url', 'https://ue.example', '--time-zone', 'Europe/Amsterdam']));
      const feed = read(file);
      assert.equal(feed.time_zone, 'Europe/Amsterdam');
      const inc = feed.incidents[0];
      // Travel words only where travel is the sector.
      if (template !== 'public-transport') assert.doesNotMatch(JSON.stringify(inc), /reis|travel|vlucht|flight|airport/i);
      const lint = JSON.parse(cli(['lint', '--json', file]).stdout);
      assert.equal(lint.ok, false);
      inc.actions.forEach((_, i) => assert.ok(lint.findings.some((f) => f.rule === 'placeholder' && f.path === `incidents/0/actions/${i}/label/en`), `action ${i} label is a placeholder`));
    });
  }

  test('--title, --severity and --next-update 10:30 in the feed zone', () => {
    // A clock time later today in Amsterdam; in the last minutes of the day (when every such time
    // has passed and is refused, issue #12) the same promise as "+90m", which prints with its date.
    const later = laterToday('Europe/Amsterdam');
    const at = later?.ms ?? Date.now() + 90 * MIN;
    const r = ok(cli(['new', 'incident', '--template', 'gas', '--id', 'g', '--feed', 'titled.json', '--feed-id', 'ue', '--publisher', 'UE', '--publisher-url', 'https://ue.example', '--time-zone', 'Europe/Amsterdam', '--title', 'Geen gas in Zeist', '--title', 'No gas in Zeist', '--severity', 'critical', '--next-update', later?.hhmm ?? '+90m']));
    const inc = read('titled.json').incidents[0];
    assert.deepEqual(inc.title, { nl: 'Geen gas in Zeist', en: 'No gas in Zeist' });
    assert.equal(inc.severity, 'critical');
    assert.ok(Math.abs(Date.parse(inc.next_update_at) - at) < 2 * MIN, `${inc.next_update_at} is not ${new Date(at).toISOString()}`);
    // Tomorrow's promise names its day the Dutch way ("op vr 4 dec 01:29": a two-letter day, "op" not "om"), today's does not.
    const day = later ? '' : '[a-z]{2} \\d{1,2} [a-z]{3}\\.? ';
    assert.match(r.stdout, new RegExp(`Eerste update beloofd ${later ? 'om' : 'op'} ${day}${ams(Date.parse(inc.next_update_at))} \\(Europe/Amsterdam\\)`), 'in Dutch: the feed is Dutch first');
  });
});

describe('item 7: errors a person can act on', () => {
  test('malformed JSON: line and column, with the line shown', () => {
    write('bad.json', '{\n  "type": "status",\n  "feed_id": "x"\n  "version": 1\n}\n');
    const r = cli(['lint', 'bad.json']);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /bad\.json is not valid JSON, at line 4, column 3/);
    assert.match(r.stderr, /4 \|   "version": 1/);
    assert.doesNotMatch(r.stderr, /at .*\(file:/, 'no stack trace');
  });

  test('a missing file says which', () => {
    const r = cli(['sign', '--key', 'k.jwk.json', 'nope.json']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /there is no file nope\.json \(the document\)/);
    assert.match(cli(['sign', '--key', 'missing.jwk.json', 'nope.json']).stderr, /there is no file missing\.jwk\.json \(a private key\)/);
  });

  test('sign --key public.jwk.json says it is the public key', () => {
    write('s.json', gasFeed());
    const r = cli(['sign', '--lang', 'en', '--key', 'pub.jwk.json', 's.json']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /this is the public key; sign with the private key file that keygen wrote/);
  });

  // It named only thumbprints ("signed by kid …; the pinned key(s): kid …"): now the key files, and the start of the kid, in the feed's language (Dutch here; sign-key-match.test.mjs).
  test("a wrong key names the key file that signed the document, and the one given", () => {
    ok(cli(['keygen', '--out', 'other.jwk.json', '--public-out', 'other.pub.json']));
    write('w.json', gasFeed());
    ok(cli(['sign', '--key', 'k.jwk.json', 'w.json', '--out', 'w.jws.json']));
    const kid = JSON.parse(Buffer.from(read('w.jws.json').signatures[0].protected, 'base64url').toString()).kid;
    const r = cli(['verify', '--key', 'other.pub.json', 'w.jws.json']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, new RegExp(`w\\.jws\\.json is niet ondertekend met de sleutel in other\\.pub\\.json, maar met k\\.jwk\\.json \\(kid ${kid.slice(0, 8).replace(/[-_]/g, '\\$&')}…\\)`));
    assert.match(r.stderr, /\[signature\]$/m);
  });

  test('"wait_minutes": "5" says a number, without quotes; a missing unknown is reported once', () => {
    const f = gasFeed();
    f.channels[0].wait_minutes = '5';
    delete f.incidents[0].unknown;
    write('q.json', f);
    const lint = JSON.parse(cli(['lint', '--json', '--lang', 'en', 'q.json']).stdout);
    const wait = lint.findings.find((x) => x.path === 'channels/0/wait_minutes');
    assert.match(wait.message, /must be a number, without quotes: 5 instead of "5"/);
    assert.equal(lint.findings.filter((x) => x.path === 'incidents/0/unknown').length, 1, JSON.stringify(lint.findings));
  });
});

describe('item 8: the bugs', () => {
  test('sign --valid 10 is a one-line error with exit 2, not a stack trace', () => {
    write('v.json', gasFeed());
    const r = cli(['sign', '--lang', 'en', '--key', 'k.jwk.json', '--valid', '10', 'v.json']);
    assert.equal(r.status, 2);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /--valid 10: give a number with a unit, such as 30m, 1h or 30d/);
  });

  test('sign refuses a document whose expires_at has passed', () => {
    const f = { ...gasFeed(), issued_at: iso(Date.now() - 120 * MIN), expires_at: iso(Date.now() - 60 * MIN), seq: 5 };
    write('old.json', f);
    const r = cli(['sign', '--lang', 'en', '--key', 'k.jwk.json', 'old.json', '--out', 'old.jws.json']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /expires_at .* has already passed/);
    assert.equal(existsSync(p('old.jws.json')), false);
  });

  test('heartbeat recovers an expired envelope after verifying its signature, and says it was expired', async () => {
    const { signPayload } = await import(join(ROOT, 'dist/feed.js'));
    const f = { ...gasFeed(), issued_at: iso(Date.now() - 120 * MIN), expires_at: iso(Date.now() - 60 * MIN), seq: 7 };
    const envelope = await signPayload(new TextEncoder().encode(JSON.stringify(f)), [read('k.jwk.json')], 'status');
    write('hb.jws.json', JSON.stringify(envelope));
    const r = ok(cli(['heartbeat', '--key', 'k.jwk.json', 'hb.jws.json', '--out', 'hb.jws.json']));
    // In Dutch: the feed is Dutch first (verify-heartbeat-desk-language.test.mjs has more).
    assert.match(r.stderr, /De oude envelop was verlopen (?:om \d{1,2}:\d{2}|op [a-z]{2} \d{1,2} [a-z]{3}\.? \d{1,2}:\d{2}) .*de handtekening klopt, dus hij is nu opnieuw ondertekend/);
    const payload = b64(read('hb.jws.json').payload);
    assert.ok(Date.parse(payload.expires_at) > Date.now());
    assert.ok(payload.seq > 7);
    ok(cli(['verify', '--key', 'pub.jwk.json', 'hb.jws.json']));
    // A forged expired envelope is still refused.
    const forged = { ...envelope, payload: Buffer.from(JSON.stringify({ ...f, feed_id: 'forged' })).toString('base64url') };
    write('forged.jws.json', JSON.stringify(forged));
    assert.equal(cli(['heartbeat', '--key', 'k.jwk.json', 'forged.jws.json', '--out', 'forged.jws.json']).status, 1);
  });

  test('lint --strict --json: "ok" is false exactly when the exit status is not 0', () => {
    const f = gasFeed();
    delete f.channels[0].reason;
    write('strict.json', f);
    const r = cli(['lint', '--strict', '--json', 'strict.json']);
    assert.equal(r.status, 1);
    assert.equal(JSON.parse(r.stdout).ok, false);
    const lax = cli(['lint', '--json', 'strict.json']);
    assert.equal(lax.status, 0);
    assert.equal(JSON.parse(lax.stdout).ok, true);
  });

  test('lint warns about raw HTML, keeps the whole URL, suggests tel:+318009009 for tel:0800-9009, and an urgent call to a non-emergency line', () => {
    const f = gasFeed();
    f.incidents[0].known.en = 'The pipe is <b>damaged</b>. See [the map](http://example.com/kaart_(utrecht)?postcode=3581).';
    f.channels[1].href = 'tel:0800-9009';
    f.channels[1].kind = 'phone';
    f.incidents[0].actions[0].href = 'tel:+31302345678';
    write('msgs.json', f);
    const { findings } = JSON.parse(cli(['lint', '--json', '--lang', 'en', 'msgs.json']).stdout);
    assert.ok(findings.some((x) => x.rule === 'raw-html' && x.path === 'incidents/0/known/en' && x.severity === 'warning'));
    assert.ok(findings.some((x) => x.rule === 'link-scheme' && x.message.includes('http://example.com/kaart_(utrecht)?postcode=3581 ')), JSON.stringify(findings));
    assert.ok(findings.some((x) => x.rule === 'phone-e164' && x.fix.startsWith('Write tel:+318009009')));
    assert.ok(findings.some((x) => x.rule === 'emergency-channel-missing' && x.path === 'incidents/0/actions/0/href'));
  });
});

describe('item 9: nothing lost on the publisher side', () => {
  test('a CLI killed mid-write leaves the old feed.json intact', async () => {
    const original = JSON.stringify(gasFeed(), null, 2);
    write('kill.json', original);
    const child = spawn(process.execPath, [CLI, 'update', 'kill.json', '--incident', 'gas', '--next-update', '+20m'], { cwd: dir, env: { ...process.env, CLEARLINE_TEST_STALL_WRITE: '1' }, stdio: 'ignore' });
    const exited = new Promise((r) => child.once('exit', r));
    const tmp = await new Promise((ok, fail) => {
      const started = Date.now();
      const look = () => {
        const found = readdirSync(dir).find((n) => n.startsWith('.kill.json.') && n.endsWith('.tmp'));
        if (found && statSync(p(found)).size > 0) return ok(found);
        if (Date.now() - started > 20_000) return fail(new Error('the CLI never started writing'));
        setTimeout(look, 20);
      };
      look();
    });
    child.kill('SIGKILL');
    await exited;
    assert.equal(readFileSync(p('kill.json'), 'utf8'), original, 'the feed the web server serves is the old one, whole');
    assert.ok(readFileSync(p(tmp), 'utf8').length < original.length, 'the half-written copy was only ever the temporary file');
  });

  test('update refuses to overwrite a feed.json that changed since it read it, and says how to retry', async () => {
    write('race.json', gasFeed());
    const fifo = p('slow.md');
    execFileSync('mkfifo', [fifo]);
    const child = spawn(process.execPath, [CLI, 'update', 'race.json', '--incident', 'gas', '--from', 'slow.md'], { cwd: dir });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise((r) => child.once('exit', r));
    // The CLI has read race.json and now waits for the update text; a colleague saves meanwhile.
    await new Promise((r) => setTimeout(r, 1500));
    const colleague = { ...gasFeed(), publisher: { name: 'Changed by a colleague', url: 'https://ue.example' } };
    write('race.json', colleague);
    writeFileSync(fifo, '## nl\nNieuw.\n## en\nNew.\n');
    const code = await exited;
    assert.equal(code, 1);
    assert.match(stderr, /race\.json is veranderd terwijl deze update werd gemaakt .* Geef dezelfde opdracht opnieuw/);
    assert.equal(read('race.json').publisher.name, 'Changed by a colleague', "the colleague's work is kept");
  });

  test('keys are written atomically with mode 0600', () => {
    ok(cli(['keygen', '--out', 'k2.jwk.json']));
    assert.equal(statSync(p('k2.jwk.json')).mode & 0o777, 0o600);
    assert.deepEqual(readdirSync(dir).filter((n) => n.endsWith('.tmp') && n.includes('k2')), []);
  });
});

describe('item 11: the CLI stays executable after a build', () => {
  test('vite build --mode cli leaves dist/cli.js executable', () => {
    chmodSync(CLI, 0o644);
    execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'cli', '--logLevel', 'error'], { cwd: ROOT });
    assert.equal(statSync(CLI).mode & 0o111, 0o111, 'executable for everyone, as npm links it');
    const r = spawnSync(CLI, ['--help'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });
});

describe('item 12: keygen prints the embed code for every element with the real feed-id', () => {
  test('status, banner, badge, FAQ and help, each with the public key and the feed id', () => {
    const r = ok(cli(['keygen', '--out', 'k3.jwk.json', '--feed-id', 'utrecht-energie']));
    for (const tag of ['clearline-status', 'clearline-banner', 'clearline-badge', 'clearline-faq', 'clearline-help']) assert.match(r.stdout, new RegExp(`<${tag} `), tag);
    assert.equal((r.stdout.match(/feed-id="utrecht-energie"/g) ?? []).length, 4);
    assert.match(r.stdout, /feed-id="utrecht-energie-faq"/);
    const pub = JSON.parse(r.stdout.split('\n').find((l) => l.startsWith('{"kty"')));
    assert.equal((r.stdout.match(new RegExp(pub.x, 'g')) ?? []).length, 6, 'the key in the printed public key and in all five elements');
    assert.match(r.stdout, /Embed code for the five elements:/, 'the heading counts the elements it prints (it said "four" above five)');
  });
});
