// Forward compatibility of readers (found after trial T): kind `sms` was added, and every embed built before it refused a
// whole feed with an sms channel ("not valid: channels/1/kind: must be one of phone, chat, email, web, callback") and
// showed nothing new; the next kind would do the same to today's embeds. Readers now leave out a channel of a kind they
// do not know, say so once on the console, and show the rest; the reasons that named it no longer do. The publisher's
// side stays strict: lint, sign, verify, export and heartbeat refuse it, so a typo such as "phnoe" is caught first.
// (The CLI part uses dist/: run `npm run build` first.)
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const { verifyDocument, validatePayload, signPayload, generateSigningKey } = await importTs('src/feed/index.ts');
const { reasonChannels } = await importTs('src/feed/reasons.ts');
const { planFeed } = await importTs('src/components/shared/feed-plan.ts');

const NOW = Date.parse('2026-12-07T03:00:00Z');
/** A newer publisher's feed: a WhatsApp line (a kind no reader knows yet) between the phone line and the text line. */
const newer = (kind = 'whatsapp') => ({
  type: 'status', version: 1, feed_id: 'prairie', seq: 7, issued_at: '2026-12-07T02:00:00Z', expires_at: '2026-12-07T06:00:00Z',
  publisher: { name: 'Prairie Electric Co-op', url: 'https://www.prairie.example' },
  channels: [
    { id: 'phone', kind: 'phone', label: 'Member services', href: 'tel:+13165550100', wait_minutes: 45, reason: 'very many calls about the storm' },
    { id: 'wa', kind, label: { en: 'WhatsApp us', nl: 'App ons' }, href: 'https://wa.me/13165550142', future_field: true },
    { id: 'text', kind: 'sms', label: 'Report an outage by text', href: 'sms:+13165550142?body=OUT' },
  ],
  incidents: [{
    id: 'storm', title: 'Storm: power outages in Sedgwick County', severity: 'major', phase: 'identified', started_at: '2026-12-07T01:00:00Z', updated_at: '2026-12-07T02:00:00Z',
    known: 'High winds brought down power lines.', unknown: 'When power will be back.', next_update_at: '2026-12-07T05:00:00Z',
  }],
  contact_reasons: [
    { id: 'report', label: 'Report an outage', channels: ['phone', 'wa', 'text'] },
    { id: 'chat', label: 'Ask us something', channels: ['wa'] },
    { id: 'bill', label: 'My bill' },
  ],
});

/** console.warn's calls while `body` runs. */
async function warnings(body) {
  const said = [];
  const warn = console.warn;
  console.warn = (...args) => said.push(args);
  try {
    return { value: await body(), said };
  } finally {
    console.warn = warn;
  }
}

const key = await generateSigningKey('Ed25519');
const envelope = async (payload) => JSON.stringify(await signPayload(new TextEncoder().encode(JSON.stringify(payload)), [key.privateJwk], 'status'));
const read = async (payload, options = {}) => verifyDocument(await envelope(payload), { kind: 'status', keys: [key.publicJwk], store: null, now: () => NOW, ...options });

test('a reader leaves out a channel of an unknown kind, keeps the others in order, and the reasons still point right', async () => {
  const { value: doc, said } = await warnings(() => read(newer()));
  const p = doc.payload;
  assert.deepEqual(p.channels.map((c) => c.id), ['phone', 'text']);
  assert.deepEqual(p.incidents.map((i) => i.id), ['storm']);
  // By id: the reason that named it names the others still; the one that named only it offers the general lines, as one
  // that names none (not an empty list).
  const [report, chat, bill] = p.contact_reasons;
  assert.deepEqual(report.channels, ['phone', 'text']);
  assert.deepEqual(reasonChannels(p, report).map((c) => c.id).sort(), ['phone', 'text']);
  assert.deepEqual(chat.channels, []);
  assert.deepEqual(reasonChannels(p, chat).map((c) => c.id), reasonChannels(p, bill).map((c) => c.id));
  assert.ok(reasonChannels(p, chat).length > 0);
  // Said once, naming the kind and the channel; a poll of the same feed says nothing again.
  assert.equal(said.length, 1);
  assert.match(said[0][0], /"wa".*"whatsapp"|"whatsapp".*"wa"/);
  assert.deepEqual(said[0][1], { en: 'WhatsApp us', nl: 'App ons' });
  assert.equal((await warnings(() => read(newer()))).said.length, 0);
});

test('the elements\' data property reads it the same way', async () => {
  const { value: plan } = await warnings(async () => planFeed('status', { data: newer('telegram') }, NOW));
  assert.equal(plan.state.error, undefined);
  assert.deepEqual(plan.state.document.payload.channels.map((c) => c.id), ['phone', 'text']);
  assert.deepEqual(plan.state.document.payload.contact_reasons[0].channels, ['phone', 'text']);
});

test('only an unknown kind is left out: a channel that is broken otherwise still makes the feed invalid', async () => {
  const broken = newer();
  broken.channels[1].kind = 5;
  await assert.rejects(read(broken), /channels\/1\/kind/);
  const bad = newer();
  bad.channels[0].href = 'javascript:alert(1)';
  await assert.rejects(warnings(() => read(bad)), /channels\/0\/href/);
});

test('publishing stays strict: validatePayload, verify with strict, and the CLI refuse an unknown kind', async () => {
  const checked = validatePayload('status', newer('phnoe'));
  assert.equal(checked.ok, false);
  assert.equal(checked.issues[0].path, 'channels/1/kind');
  await assert.rejects(read(newer(), { strict: true }), /channels\/1\/kind: must be one of phone, chat, email, web, callback, sms/);

  await withCliDir('clearline-newer-kind-', async (dir, run) => {
    const { seq, issued_at, expires_at, ...unsigned } = newer('phnoe');
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(unsigned));
    const lint = run('lint', 'feed.json');
    assert.notEqual(lint.status, 0);
    assert.match(lint.stdout + lint.stderr, /channels\/1\/kind/);
    writeFileSync(join(dir, 'private.jwk.json'), JSON.stringify(key.privateJwk));
    writeFileSync(join(dir, 'public.jwk.json'), JSON.stringify(key.publicJwk));
    const sign = run('sign', '--key', 'private.jwk.json', 'feed.json', '--out', 'feed.jws.json');
    assert.notEqual(sign.status, 0);
    assert.match(sign.stdout + sign.stderr, /channels\/1\/kind/);
    assert.notEqual(run('new', 'channel', '--kind', 'phnoe', '--link', '0800-1234', '--name', 'Line').status, 0);
    // A feed signed by a newer publisher: the CLI, which would sign or export it next, refuses it rather than drop the line.
    writeFileSync(join(dir, 'newer.jws.json'), await envelope(newer()));
    const verify = run('verify', '--key', 'public.jwk.json', 'newer.jws.json');
    assert.notEqual(verify.status, 0);
    assert.match(verify.stdout + verify.stderr, /channels\/1\/kind/);
  }, { now: NOW });
});
