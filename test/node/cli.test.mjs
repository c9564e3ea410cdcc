// End-to-end tests of the built CLI (dist/cli.js). Run `npm run build` first, then `node --test test/node/`.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/cli.js');
let dir;

/** Runs the CLI in the temp dir; returns {status, stdout, stderr}. */
function cli(...args) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, out: r.stdout + r.stderr };
}

function ok(r) {
  assert.equal(r.status, 0, `expected exit 0, got ${r.status}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  return r;
}

const p = (name) => join(dir, name);
const readJsonFile = (name) => JSON.parse(readFileSync(p(name), 'utf8'));
const writeJsonFile = (name, value) => writeFileSync(p(name), JSON.stringify(value, null, 2));
const b64urlJson = (s) => JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function statusFeed(extra = {}) {
  const now = Date.now();
  return {
    type: 'status',
    version: 1,
    feed_id: 'example-air',
    publisher: { name: 'Example Air', url: 'https://example.com' },
    channels: [
      { id: 'phone', kind: 'phone', label: { en: 'Call us', nl: 'Bel ons' }, href: 'tel:+31201234567', wait_minutes: 45, reason: 'Storm' },
    ],
    incidents: [
      {
        id: 'storm',
        title: { en: 'Storm', nl: 'Storm' },
        severity: 'major',
        phase: 'identified',
        started_at: iso(now - 3_600_000),
        updated_at: iso(now - 60_000),
        known: 'We know X',
        unknown: 'We do not know Y',
        next_update_at: iso(now + 30 * 60_000),
        actions: [{ label: 'Rebook', href: 'https://example.com/rebook', urgent: true, who: 'You fly today' }],
      },
    ],
    ...extra,
  };
}

const FAQ = { type: 'faq', version: 1, feed_id: 'x', entries: [{ id: 'a', question: 'Q?', answer: 'A.' }] };

before(() => {
  assert.ok(existsSync(CLI), `${CLI} is missing: run npm run build first`);
  dir = mkdtempSync(join(tmpdir(), 'clearline-cli-'));
  // Shared fixtures: two Ed25519 keys, one ES256 key, a valid feed.
  ok(cli('keygen', '--out', 'k.jwk.json', '--public-out', 'pub.jwk.json'));
  ok(cli('keygen', '--out', 'k2.jwk.json', '--public-out', 'pub2.jwk.json'));
  ok(cli('keygen', '--alg', 'ES256', '--out', 'es.jwk.json', '--public-out', 'es-pub.jwk.json'));
  writeJsonFile('feed.json', statusFeed());
  ok(cli('sign', '--key', 'k.jwk.json', 'feed.json', '--out', 'feed.jws.json'));
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('keygen', () => {
  for (const alg of [undefined, 'ES256']) {
    test(`writes a 0600 private key and prints the public key and embed snippet (${alg ?? 'default Ed25519'})`, () => {
      const file = `gen-${alg ?? 'default'}.jwk.json`;
      const r = ok(cli('keygen', ...(alg ? ['--alg', alg] : []), '--out', file));
      assert.ok(existsSync(p(file)));
      const priv = readJsonFile(file);
      assert.equal(typeof priv.d, 'string');
      assert.ok(priv.d.length > 0);
      if (alg === 'ES256') {
        assert.equal(priv.kty, 'EC');
        assert.equal(priv.crv, 'P-256');
      } else {
        assert.equal(priv.kty, 'OKP');
        assert.equal(priv.crv, 'Ed25519');
      }
      assert.equal(statSync(p(file)).mode & 0o777, 0o600);

      // The public JWK line: a JSON object with x and no d.
      const line = r.stdout.split('\n').find((l) => l.startsWith('{'));
      assert.ok(line, `no public JWK in stdout:\n${r.stdout}`);
      const pub = JSON.parse(line);
      assert.equal(pub.x, priv.x);
      assert.equal(pub.kty, priv.kty);
      assert.equal('d' in pub, false);
      assert.ok(!r.stdout.includes(priv.d), 'stdout must not leak the private key');
      assert.match(r.stdout, /<clearline-status/);
      assert.match(r.stdout, /public-key='/);
      const embedded = /public-key='([^']+)'/.exec(r.stdout)[1];
      assert.deepEqual(JSON.parse(embedded), pub);
    });
  }

  test('--json prints the kid and public key without "d"', () => {
    const r = ok(cli('keygen', '--json', '--out', 'json.jwk.json'));
    const out = JSON.parse(r.stdout);
    assert.equal(out.alg, 'Ed25519');
    assert.equal(typeof out.kid, 'string');
    assert.equal(out.publicJwk.d, undefined);
    assert.equal(readJsonFile('json.jwk.json').kid, out.kid);
  });

  test('refuses to overwrite an existing key without --force', () => {
    const before = readFileSync(p('k.jwk.json'), 'utf8');
    const r = cli('keygen', '--out', 'k.jwk.json');
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /exists/);
    assert.equal(readFileSync(p('k.jwk.json'), 'utf8'), before);
  });

  test('--force overwrites, and the result is mode 0600 even over a 0644 file', () => {
    writeFileSync(p('old.jwk.json'), '{}');
    chmodSync(p('old.jwk.json'), 0o644);
    ok(cli('keygen', '--force', '--out', 'old.jwk.json'));
    assert.equal(typeof readJsonFile('old.jwk.json').d, 'string');
    assert.equal(statSync(p('old.jwk.json')).mode & 0o777, 0o600);
  });

  test('rejects an unknown --alg', () => {
    const r = cli('keygen', '--alg', 'RS256', '--out', 'rs.jwk.json');
    assert.notEqual(r.status, 0);
    assert.equal(existsSync(p('rs.jwk.json')), false);
  });
});

describe('sign', () => {
  test('writes a General JSON Serialization with an exact protected header', () => {
    const jws = readJsonFile('feed.jws.json');
    assert.deepEqual(Object.keys(jws).sort(), ['payload', 'signatures']);
    assert.equal(typeof jws.payload, 'string');
    assert.equal(jws.signatures.length, 1);
    const [sig] = jws.signatures;
    assert.deepEqual(Object.keys(sig).sort(), ['protected', 'signature']);
    const header = b64urlJson(sig.protected);
    assert.deepEqual(Object.keys(header).sort(), ['alg', 'kid', 'typ']);
    assert.equal(header.alg, 'Ed25519');
    assert.equal(header.typ, 'clearline-status+jws');
    assert.equal(header.kid, readJsonFile('k.jwk.json').kid);
  });

  test('fills issued_at, expires_at (default 1h, or an hour past the promised next update) and seq', () => {
    const payload = b64urlJson(readJsonFile('feed.jws.json').payload);
    assert.match(payload.issued_at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    assert.match(payload.expires_at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const promised = Math.max(...payload.incidents.filter((i) => i.phase !== 'resolved' && i.next_update_at).map((i) => Date.parse(i.next_update_at)));
    assert.equal(Date.parse(payload.expires_at), Math.max(Date.parse(payload.issued_at) + 3_600_000, promised + 3_600_000));
    assert.ok(Number.isSafeInteger(payload.seq));
    assert.ok(Math.abs(payload.seq - Date.now()) < 120_000, `seq ${payload.seq} is not near now`);
    assert.ok(Math.abs(Date.parse(payload.issued_at) - Date.now()) < 120_000);
    assert.equal(payload.feed_id, 'example-air');
    const source = readJsonFile('feed.json');
    assert.deepEqual(payload.incidents, source.incidents);
    assert.deepEqual(payload.channels, source.channels);
  });

  test('--valid 2h sets expires_at two hours after issued_at', () => {
    ok(cli('sign', '--key', 'k.jwk.json', '--valid', '2h', 'feed.json', '--out', 'feed-2h.jws.json'));
    const payload = b64urlJson(readJsonFile('feed-2h.jws.json').payload);
    assert.equal(Date.parse(payload.expires_at) - Date.parse(payload.issued_at), 2 * 3_600_000);
  });

  test('a later signing has a larger seq', async () => {
    const first = b64urlJson(readJsonFile('feed.jws.json').payload).seq;
    await new Promise((r) => setTimeout(r, 5));
    ok(cli('sign', '--key', 'k.jwk.json', 'feed.json', '--out', 'later.jws.json'));
    assert.ok(b64urlJson(readJsonFile('later.jws.json').payload).seq > first);
  });

  test('two --key options give two signatures with different kids', () => {
    ok(cli('sign', '--key', 'k.jwk.json', '--key', 'es.jwk.json', 'feed.json', '--out', 'two.jws.json'));
    const jws = readJsonFile('two.jws.json');
    assert.equal(jws.signatures.length, 2);
    const headers = jws.signatures.map((s) => b64urlJson(s.protected));
    assert.notEqual(headers[0].kid, headers[1].kid);
    assert.deepEqual(headers.map((h) => h.alg).sort(), ['ES256', 'Ed25519']);
    assert.deepEqual(new Set(headers.map((h) => h.kid)), new Set([readJsonFile('k.jwk.json').kid, readJsonFile('es.jwk.json').kid]));
    // Either key alone verifies it.
    ok(cli('verify', '--key', 'pub.jwk.json', 'two.jws.json'));
    ok(cli('verify', '--key', 'es-pub.jwk.json', 'two.jws.json'));
  });

  test('the same key twice is refused', () => {
    const r = cli('sign', '--key', 'k.jwk.json', '--key', 'k.jwk.json', 'feed.json', '--out', 'dup.jws.json');
    assert.notEqual(r.status, 0);
    assert.equal(existsSync(p('dup.jws.json')), false);
  });

  test('a public key cannot sign', () => {
    const r = cli('sign', '--key', 'pub.jwk.json', 'feed.json', '--out', 'pubsigned.jws.json');
    assert.notEqual(r.status, 0);
    assert.equal(existsSync(p('pubsigned.jws.json')), false);
  });

  test('an invalid feed is refused with the paths of its problems, and nothing is written', () => {
    const bad = statusFeed();
    bad.incidents[0].severity = 'apocalyptic';
    delete bad.incidents[0].known;
    writeJsonFile('bad.json', bad);
    const r = cli('sign', '--key', 'k.jwk.json', 'bad.json', '--out', 'bad.jws.json');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /incidents\/0\/severity/);
    assert.match(r.stderr, /incidents\/0\/known/);
    assert.match(r.stderr, /is required/);
    assert.equal(existsSync(p('bad.jws.json')), false);
    assert.equal(r.stdout, '');
  });

  test('an open incident without next_update_at is refused', () => {
    const bad = statusFeed();
    bad.incidents[0].next_update_at = null;
    writeJsonFile('nonext.json', bad);
    const r = cli('sign', '--key', 'k.jwk.json', 'nonext.json', '--out', 'nonext.jws.json');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /next_update_at/);
    assert.equal(existsSync(p('nonext.jws.json')), false);
  });

  test('an unsafe link is refused', () => {
    const bad = statusFeed();
    bad.channels[0].href = 'javascript:alert(1)';
    writeJsonFile('badlink.json', bad);
    const r = cli('sign', '--key', 'k.jwk.json', 'badlink.json', '--out', 'badlink.jws.json');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /channels\/0\/href/);
    assert.equal(existsSync(p('badlink.jws.json')), false);
  });

  test('input that is not JSON is refused and nothing is written', () => {
    writeFileSync(p('notjson.json'), '{ this is not json');
    const r = cli('sign', '--key', 'k.jwk.json', 'notjson.json', '--out', 'notjson.jws.json');
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /not valid JSON/);
    assert.equal(existsSync(p('notjson.jws.json')), false);
  });

  test('a document without a known type is refused', () => {
    writeJsonFile('notype.json', { version: 1, feed_id: 'x' });
    const r = cli('sign', '--key', 'k.jwk.json', 'notype.json', '--out', 'notype.jws.json');
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /type/);
    assert.equal(existsSync(p('notype.jws.json')), false);
  });

  test('without --out the envelope goes to standard output', () => {
    const r = ok(cli('sign', '--key', 'k.jwk.json', 'feed.json'));
    const jws = JSON.parse(r.stdout);
    assert.equal(jws.signatures.length, 1);
    assert.equal(b64urlJson(jws.payload).feed_id, 'example-air');
  });
});

describe('verify', () => {
  test('accepts the signed feed with the public key and prints OK and the feed id', () => {
    const r = ok(cli('verify', '--key', 'pub.jwk.json', 'feed.jws.json'));
    assert.match(r.stdout, /^OK/);
    assert.match(r.stdout, /example-air/);
    assert.match(r.stdout, /1 open of 1 incident/);
  });

  test('accepts the private key file as --key', () => {
    const r = ok(cli('verify', '--key', 'k.jwk.json', 'feed.jws.json'));
    assert.match(r.stdout, /OK/);
    assert.match(r.stdout, /example-air/);
  });

  test('accepts an ES256-signed feed', () => {
    ok(cli('sign', '--key', 'es.jwk.json', 'feed.json', '--out', 'es.jws.json'));
    assert.equal(b64urlJson(readJsonFile('es.jws.json').signatures[0].protected).alg, 'ES256');
    const r = ok(cli('verify', '--key', 'es-pub.jwk.json', 'es.jws.json'));
    assert.match(r.stdout, /ES256/);
  });

  test('refuses a tampered payload with [signature]', () => {
    const jws = readJsonFile('feed.jws.json');
    const i = Math.floor(jws.payload.length / 2);
    const c = jws.payload[i] === 'A' ? 'B' : 'A';
    jws.payload = jws.payload.slice(0, i) + c + jws.payload.slice(i + 1);
    writeJsonFile('tampered.jws.json', jws);
    const r = cli('verify', '--key', 'pub.jwk.json', 'tampered.jws.json');
    assert.equal(r.status, 1);
    assert.match(r.out, /\[signature\]/);
    assert.doesNotMatch(r.stdout, /^OK/m);
  });

  test('refuses a tampered signature with [signature]', () => {
    const jws = readJsonFile('feed.jws.json');
    const s = jws.signatures[0].signature;
    jws.signatures[0].signature = (s[0] === 'A' ? 'B' : 'A') + s.slice(1);
    writeJsonFile('tampered-sig.jws.json', jws);
    const r = cli('verify', '--key', 'pub.jwk.json', 'tampered-sig.jws.json');
    assert.equal(r.status, 1);
    assert.match(r.out, /\[signature\]/);
  });

  test('refuses a feed signed by a different key with [signature]', () => {
    const r = cli('verify', '--key', 'pub2.jwk.json', 'feed.jws.json');
    assert.equal(r.status, 1);
    assert.match(r.out, /\[signature\]/);
  });

  test('refuses an unprotected header with [signature]', () => {
    const jws = readJsonFile('feed.jws.json');
    jws.signatures[0].header = { kid: 'x' };
    writeJsonFile('unprot.jws.json', jws);
    const r = cli('verify', '--key', 'pub.jwk.json', 'unprot.jws.json');
    assert.equal(r.status, 1);
    assert.match(r.out, /\[signature\]/);
  });

  test('refuses an expired feed with [expired]', async () => {
    const now = Date.now();
    // sign refuses a document that has already expired, so the old envelope is made with the library.
    const { signPayload } = await import(resolve(dirname(CLI), 'feed.js'));
    const old = { ...statusFeed(), seq: 1, issued_at: iso(now - 3 * 3_600_000), expires_at: iso(now - 3_600_000) };
    writeJsonFile('old.jws.json', await signPayload(new TextEncoder().encode(JSON.stringify(old)), [readJsonFile('k.jwk.json')], 'status'));
    const payload = b64urlJson(readJsonFile('old.jws.json').payload);
    assert.equal(payload.expires_at, iso(now - 3_600_000));
    const r = cli('verify', '--key', 'pub.jwk.json', 'old.jws.json');
    assert.equal(r.status, 1);
    assert.match(r.out, /\[expired\]/);
  });

  test('refuses a feed issued in the future with [invalid]', () => {
    const now = Date.now();
    // More than an hour ahead (readers allow an hour for a slow clock of their own).
    writeJsonFile('future.json', statusFeed({ issued_at: iso(now + 2 * 3_600_000), expires_at: iso(now + 3 * 3_600_000) }));
    // sign itself refuses a date that far ahead (sign-clock-seq.test.mjs); --force makes the file readers must refuse.
    ok(cli('sign', '--key', 'k.jwk.json', '--force', 'future.json', '--out', 'future.jws.json'));
    const r = cli('verify', '--key', 'pub.jwk.json', 'future.jws.json');
    assert.equal(r.status, 1);
    assert.match(r.out, /\[invalid\]/);
  });

  test('refuses a validity window over 7 days with [invalid]', () => {
    // --force: lint refuses a validity over 24 hours; this checks that readers refuse over 7 days.
    ok(cli('sign', '--key', 'k.jwk.json', '--force', '--valid', '8d', 'feed.json', '--out', 'long.jws.json'));
    const r = cli('verify', '--key', 'pub.jwk.json', 'long.jws.json');
    assert.equal(r.status, 1);
    assert.match(r.out, /\[invalid\]/);
  });

  test('--feed-id other gives [invalid]; the right feed id passes', () => {
    const r = cli('verify', '--key', 'pub.jwk.json', '--feed-id', 'other', 'feed.jws.json');
    assert.equal(r.status, 1);
    assert.match(r.out, /\[invalid\]/);
    ok(cli('verify', '--key', 'pub.jwk.json', '--feed-id', 'example-air', 'feed.jws.json'));
  });

  test('--json prints a machine-readable result, for success and failure', () => {
    const good = JSON.parse(ok(cli('verify', '--json', '--key', 'pub.jwk.json', 'feed.jws.json')).stdout);
    assert.equal(good.ok, true);
    assert.equal(good.kind, 'status');
    assert.equal(good.feed_id, 'example-air');
    assert.equal(good.kid, readJsonFile('k.jwk.json').kid);
    assert.equal(good.alg, 'Ed25519');
    assert.equal(good.incidents, 1);
    assert.equal(good.open_incidents, 1);
    assert.equal(good.channels, 1);
    assert.ok(Number.isSafeInteger(good.seq));

    const r = cli('verify', '--json', '--key', 'pub2.jwk.json', 'feed.jws.json');
    assert.equal(r.status, 1);
    const bad = JSON.parse(r.stdout);
    assert.equal(bad.ok, false);
    assert.equal(bad.code, 'signature');
    assert.equal(typeof bad.message, 'string');
  });

  test('a compact JWS or a non-JSON file is refused with [invalid]', () => {
    writeFileSync(p('compact.jws'), 'eyJhbGciOiJFZDI1NTE5In0.eyJ4IjoxfQ.c2ln');
    let r = cli('verify', '--key', 'pub.jwk.json', 'compact.jws');
    assert.equal(r.status, 1);
    assert.match(r.out, /\[invalid\]/);
    writeFileSync(p('garbage.jws.json'), 'not json at all');
    r = cli('verify', '--key', 'pub.jwk.json', 'garbage.jws.json');
    assert.equal(r.status, 1);
    assert.match(r.out, /\[invalid\]/);
  });

  test('a missing --key is a usage error', () => {
    const r = cli('verify', 'feed.jws.json');
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /--key/);
  });
});

describe('FAQ documents', () => {
  test('sign with typ clearline-faq+jws; verify --kind faq accepts, --kind status refuses and suggests --kind faq; no --kind reads the typ', () => {
    writeJsonFile('faq.json', FAQ);
    ok(cli('sign', '--key', 'k.jwk.json', 'faq.json', '--out', 'faq.jws.json'));
    const jws = readJsonFile('faq.jws.json');
    const header = b64urlJson(jws.signatures[0].protected);
    assert.equal(header.typ, 'clearline-faq+jws');
    assert.deepEqual(Object.keys(header).sort(), ['alg', 'kid', 'typ']);
    const payload = b64urlJson(jws.payload);
    assert.equal(payload.type, 'faq');
    assert.ok(Number.isSafeInteger(payload.seq));

    const r = ok(cli('verify', '--kind', 'faq', '--key', 'pub.jwk.json', 'faq.jws.json'));
    assert.match(r.stdout, /OK/);
    assert.match(r.stdout, /1 FAQ entries/);

    const wrong = cli('verify', '--kind', 'status', '--key', 'pub.jwk.json', 'faq.jws.json');
    assert.equal(wrong.status, 1);
    assert.match(wrong.out, /\[signature\]/);
    assert.match(wrong.out, /this is an FAQ document: use --kind faq/);
    const detected = ok(cli('verify', '--key', 'pub.jwk.json', 'faq.jws.json'));
    assert.match(detected.stdout, /OK: faq feed/);
  });

  test('a status feed is refused by verify --kind faq', () => {
    const r = cli('verify', '--kind', 'faq', '--key', 'pub.jwk.json', 'feed.jws.json');
    assert.equal(r.status, 1);
    assert.match(r.out, /\[signature\]/);
  });

  test('an invalid --kind is refused', () => {
    const r = cli('verify', '--kind', 'weather', '--key', 'pub.jwk.json', 'feed.jws.json');
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /--kind/);
  });
});

describe('schema', () => {
  test('prints the status JSON Schema', () => {
    const s = JSON.parse(ok(cli('schema')).stdout);
    assert.equal(typeof s, 'object');
    assert.equal(s.type, 'object');
    assert.ok(s.properties.incidents, 'incidents property');
    assert.ok(s.properties.channels, 'channels property');
    assert.ok(s.required.includes('incidents'));
    assert.match(s.$id, /status/);
  });

  test('--kind faq prints the FAQ JSON Schema', () => {
    const s = JSON.parse(ok(cli('schema', '--kind', 'faq')).stdout);
    assert.ok(s.properties.entries, 'entries property');
    assert.equal(s.properties.incidents, undefined);
    assert.match(s.$id, /faq/);
  });
});

describe('usage', () => {
  for (const command of ['keygen', 'sign', 'verify', 'schema']) {
    test(`${command} --help exits 0 and prints usage`, () => {
      const r = ok(cli(command, '--help'));
      assert.match(r.stdout, new RegExp(`Usage: clearline ${command}`));
      assert.match(r.stdout, /--help/);
    });
  }

  test('--help lists the commands', () => {
    const r = ok(cli('--help'));
    for (const c of ['keygen', 'sign', 'verify', 'schema']) assert.match(r.stdout, new RegExp(c));
  });

  test('an unknown command exits 2', () => {
    const r = cli('frobnicate');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /unknown command/);
  });

  test('an unknown option exits 2', () => {
    const r = cli('sign', '--nope');
    assert.equal(r.status, 2);
  });

  test('no command exits 2 with help', () => {
    const r = cli();
    assert.equal(r.status, 2);
    assert.match(r.stdout, /Commands:/);
  });
});
