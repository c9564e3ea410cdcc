// A UK accounting-software company ("Ledgerly") started its month-end outage and its data breach from
// the outage and cyberattack templates (walk-through 2026-12-02): what its English customers read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './ts-import.mjs';

const CLI = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'dist/cli.js');
/** A temporary folder and the built CLI run in it, on UTC. */
function cliInTempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-saas-'));
  const run = (...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'UTC' } });
  return { dir, run };
}

const NOW = Date.parse('2026-11-30T14:15:00Z');
const { contactReasonsFromTemplate, incidentFromTemplate } = await importTs('src/templates/index.ts');
const { reasonActions } = await importTs('src/feed/reasons.ts');
const unmark = (s) => s.replace(/^\[\[TODO: [^\]]*\]\] /, '');

test('outage: "I need to get something done today" is natural English (not the Dutch word for word "I must arrange something today"), and not urgent: a deadline is not a danger', async () => {
  const { reasonChannels } = await importTs('src/feed/reasons.ts');
  const reasons = contactReasonsFromTemplate('outage', ['nl', 'en']);
  const today = reasons.find((r) => r.id === 'today');
  assert.equal(today.label.en, 'I need to get something done today');
  assert.equal(today.label.nl, 'Ik moet vandaag iets regelen');
  assert.equal(today.urgent, undefined);
  assert.equal(today.time_critical, true, 'needed soon, no danger: listed after the urgent reason (trial S)');
  assert.doesNotMatch(JSON.stringify([reasons, incidentFromTemplate('outage', { id: 'x', langs: ['en'], now: NOW })]), /arrange/);
  // A bank's app is down: who must pay a bill today is not sent to the fraud line first.
  const channels = [
    { id: 'fraud', kind: 'phone', label: 'Fraud line', href: 'tel:+442079460999', emergency: true },
    { id: 'service', kind: 'phone', label: 'Customer service', href: 'tel:+442079460000', wait_minutes: 10 },
  ];
  assert.deepEqual(reasonChannels({ channels, incidents: [], contact_reasons: reasons }, today).map((c) => c.id), ['service']);
  // The urgent reason is still there, first, for the sector's own emergency.
  assert.equal(reasons[0].id, 'urgent-help');
  assert.equal(reasons[0].urgent, true);
});

test('outage: the template suggests an act-now action, proof of the outage for a missed deadline, first for whoever chose "get something done today"', () => {
  const inc = incidentFromTemplate('outage', { id: 'x', langs: ['nl', 'en'], now: NOW });
  const urgent = inc.actions.filter((a) => a.urgent);
  assert.equal(urgent.length, 1);
  assert.match(unmark(urgent[0].label.en), /^Keep a screenshot of our status page as proof .*deadline/);
  assert.match(unmark(urgent[0].label.nl), /^Maak een schermafbeelding van onze statuspagina als bewijs wanneer u door deze storing een deadline mist$/);
  // The desk has read and kept the ready-made actions.
  for (const a of inc.actions) a.label = { en: unmark(a.label.en), nl: unmark(a.label.nl) };
  const payload = { channels: [], incidents: [inc], contact_reasons: contactReasonsFromTemplate('outage', ['nl', 'en']) };
  assert.equal(reasonActions(payload, payload.contact_reasons.find((r) => r.id === 'today'))[0], urgent[0]);
});

test('cyberattack: "If in doubt, hang up", not the Dutch "In doubt? Hang up"', () => {
  const labels = incidentFromTemplate('cyberattack', { id: 'x', langs: ['en'], now: NOW }).actions.map((a) => a.label.en);
  assert.ok(labels.some((l) => /If in doubt, hang up and contact us yourself, on a number or at an address you already had from us$/.test(l)), JSON.stringify(labels));
  assert.ok(labels.every((l) => !/In doubt\?/.test(l)), JSON.stringify(labels));
});

test('lint: a list written as one value ("affects": {"en": "…"}) says how to write a list, not "Change this field as the message says"', async () => {
  const { lintDocument } = await importTs('src/lint/index.ts');
  const inc = incidentFromTemplate('outage', { id: 'x', langs: ['en'], now: NOW });
  Object.assign(inc, { title: 'Ledgerly is down', known: 'Nobody can log in.', unknown: 'The cause.', actions: [], affects: { en: 'Logging in' } });
  const doc = { type: 'status', version: 1, feed_id: 'ledgerly', time_zone: 'Europe/London', publisher: { name: 'Ledgerly', url: 'https://www.ledgerly.example/' }, channels: [], incidents: [inc] };
  for (const lang of ['en', 'nl']) {
    const f = lintDocument(doc, { lang, now: NOW }).find((x) => x.path === 'incidents/0/affects');
    assert.equal(f?.rule, 'schema', JSON.stringify(f));
    assert.match(f.fix, lang === 'en' ? /must be a list: put the items between square brackets.*\["Logging in"\]/ : /moet een lijst zijn: zet de onderdelen tussen rechte haken/, f.fix);
  }
});

test('no template suggests "Everyone" as who an action is for: readers put it under "Act now if…" ("Act now if… Everyone")', async () => {
  const { TEMPLATE_NAMES } = await importTs('src/templates/index.ts');
  for (const name of TEMPLATE_NAMES) {
    for (const a of incidentFromTemplate(name, { id: 'x', langs: ['nl', 'en'], now: NOW }).actions) {
      assert.doesNotMatch(a.who.en, /"Everyone"/, `${name}: ${a.who.en}`);
      assert.doesNotMatch(a.who.nl, /"Iedereen"/, `${name}: ${a.who.nl}`);
    }
  }
  const [links, password] = incidentFromTemplate('cyberattack', { id: 'x', langs: ['en'], now: NOW }).actions;
  assert.match(links.who.en, /"You get an e-mail or text message from us"/);
  assert.match(password.who.en, /"Someone asks you for your password or bank details, to confirm your details, or to move money"/);
});

test('update --resolve clears the phone line\'s wait and says how to give it one again; with nothing open the phone message is made without one (trial P)', async () => {
  const { dir, run } = cliInTempDir();
  try {
    const now = Date.now();
    const at = (ms) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
    writeFileSync(join(dir, 'ledgerly.json'), JSON.stringify({
      type: 'status', version: 1, feed_id: 'ledgerly', time_zone: 'Europe/London', publisher: { name: 'Ledgerly', url: 'https://www.ledgerly.example/' },
      channels: [{ id: 'phone', kind: 'phone', label: 'Customer support', href: 'tel:+442079460000', wait_minutes: 40, reason: 'very many calls' }],
      incidents: [{ id: 'app-down', title: 'Ledgerly is down', severity: 'major', phase: 'identified', started_at: at(now - 3_600_000), updated_at: at(now - 600_000), known: 'Nobody can log in.', unknown: 'When it works again.', next_update_at: at(now + 1_200_000) }],
    }));
    const r = run('update', 'ledgerly.json', '--incident', 'app-down', '--resolve', '--lang', 'en', '--known', 'Ledgerly is working again.');
    assert.equal(r.status, 0, r.stderr);
    const command = /says no wait now; to say one: clearline (edit channel --feed ledgerly\.json --id phone --wait 0) when there is no queue/.exec(r.stdout);
    assert.ok(command, r.stdout);
    const none = run('export', 'ledgerly.json', '--to', 'ivr');
    assert.equal(none.status, 0, none.stderr);
    assert.doesNotMatch(none.stdout, /minutes|No wait/);
    assert.equal(run(...command[1].split(' ')).status, 0);
    const ivr = run('export', 'ledgerly.json', '--to', 'ivr');
    assert.equal(ivr.status, 0, ivr.stderr);
    assert.match(ivr.stdout, /Resolved: Ledgerly is down\. Ledgerly is working again\./);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('new incident in a feed that has contact reasons names the new template\'s typical ones it lacks (a data breach a week after an outage)', async () => {
  const { dir, run } = cliInTempDir();
  try {
    const first = run('new', 'incident', '--template', 'outage', '--lang', 'en', '--id', 'app-down', '--feed-id', 'ledgerly', '--time-zone', 'Europe/London');
    assert.equal(first.status, 0, first.stderr);
    assert.doesNotMatch(first.stdout, /keeps its own contact reasons/, 'a new feed gets the template\'s reasons');
    const r = run('new', 'incident', '--template', 'cyberattack', '--id', 'breach');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /The feed keeps its own contact reasons \(the topics readers choose under Help: "I need urgent help now", "I need to get something done today", "I cannot log in", "Is my data safe\?"\)\. Typical for the cyberattack template, and not in it: "A suspicious message or call", "Logging in or my account"\./);
    // Nothing is added unasked.
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).contact_reasons.map((c) => c.id), ['urgent-help', 'today', 'log-in', 'my-data']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
