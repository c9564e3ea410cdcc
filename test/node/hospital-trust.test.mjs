// An English NHS hospital trust at 02:00 (Europe/London, English only): a cyber attack, outpatient appointments
// cancelled, the phone lines down, A&E open. Its practice manager started from `new incident --template cyberattack`
// (which adds the urgent reason "I need urgent help now") and added a temporary line and NHS 111 the way the CLI
// suggests. What lint said about the lines a frightened patient is offered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './ts-import.mjs';

const { lintDocument } = await importTs('src/lint/index.ts');
const { reasonChannels } = await importTs('src/feed/reasons.ts');

// The CLI tests use dist/ (run `npm run build` first).
const CLI = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'dist/cli.js');
const run = (dir, ...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'Europe/London' } });

const NOW = Date.parse('2026-12-03T02:00:00Z');
const TEMP = { id: 'phone', kind: 'phone', label: { en: 'Temporary appointments line' }, href: 'tel:+447700900123', wait_minutes: 30, reason: { en: 'Only two lines while our phone system is down' } };
const WEB = { id: 'web', kind: 'web', label: { en: 'Trust website' }, href: 'https://www.example.nhs.uk/cyber' };
const line = (id, number, name, emergency) => ({ id, kind: 'phone', label: { en: name }, href: `tel:${number}`, ...(emergency ? { emergency: true } : {}) });

const feed = (channels) => ({
  type: 'status',
  version: 1,
  feed_id: 'nhs-example-trust',
  time_zone: 'Europe/London',
  publisher: { name: 'Example NHS Foundation Trust', url: 'https://www.example.nhs.uk' },
  channels,
  incidents: [{
    id: 'cyber', title: { en: 'Cyber attack: outpatient appointments cancelled, A&E open' }, severity: 'critical', phase: 'investigating',
    started_at: '2026-12-03T01:30:00Z', updated_at: '2026-12-03T02:00:00Z', next_update_at: '2026-12-03T04:00:00Z',
    known: { en: 'Our phone lines are down. Outpatient appointments today are cancelled. A&E is open.' }, unknown: { en: 'When the phones work again.' },
    actions: [{ label: { en: 'Do not come in for an outpatient appointment today' }, who: { en: 'You have an outpatient appointment today' }, urgent: true }],
  }],
  contact_reasons: [
    { id: 'urgent-help', label: { en: 'I need urgent help now' }, urgent: true },
    { id: 'appointment', label: { en: 'I have an appointment today' } },
  ],
});
const lint = (doc, rule, options = {}) => lintDocument(doc, { now: NOW, lang: 'en', ...options }).filter((f) => f.rule === rule);

// NHS 111 added without --emergency: readers found it last, after the temporary line and its 30-minute wait, and lint
// said "no problems found".
test('NHS 111 or 999 as a line not marked as an emergency line is a warning, with the edit channel command that marks it', () => {
  const doc = feed([TEMP, WEB, line('phone-2', '111', 'NHS 111')]);
  assert.deepEqual(reasonChannels(doc, doc.contact_reasons[1]).map((c) => c.id), ['web', 'phone', 'phone-2'], 'what readers got: NHS 111 last');
  const [f] = lint(doc, 'emergency-unmarked');
  assert.ok(f, 'warned');
  assert.equal(f.path, 'channels/2/emergency');
  assert.match(f.message, /the line “NHS 111” calls 111, a public emergency number, but it is not marked as an emergency line: readers find it among your ordinary lines, not first under “In an emergency”/);
  assert.match(f.fix, /clearline edit channel --id phone-2 --emergency --feed feed\.json/);
  assert.match(f.fix, /You need medical help fast, but it is not a 999 emergency/);
  assert.match(lint(doc, 'emergency-unmarked', { lang: 'nl' })[0].message, /het nummer ‘NHS 111’ belt 111, een openbaar noodnummer/);
  assert.match(lint(doc, 'emergency-unmarked', { audience: 'desk' })[0].fix, /tick “Emergency line \(always listed first\)”/);
  const nines = feed([TEMP, line('phone-2', '999', 'Ambulance')]);
  assert.equal(lint(nines, 'emergency-unmarked').length, 1, '999 by any name');
  assert.match(lint(nines, 'emergency-unmarked')[0].fix, /A life in danger/);
  // Marked, or not a phone line: nothing to say.
  assert.deepEqual(lint(feed([TEMP, line('phone-2', '111', 'NHS 111', true)]), 'emergency-unmarked'), []);
  assert.deepEqual(lint(feed([TEMP, WEB]), 'emergency-unmarked'), []);
});

// NHS 111 marked as the one emergency line: "I need urgent help now" offered 111 and the temporary line, never 999.
test('a feed whose emergency line is NHS 111 but lists no 999: an urgent reason is not offered 999, and the printed commands fix it', () => {
  const doc = feed([TEMP, WEB, line('phone-2', '111', 'NHS 111', true)]);
  assert.deepEqual(reasonChannels(doc, doc.contact_reasons[0]).map((c) => c.id), ['phone-2'], 'what readers got: NHS 111, no 999');
  const [f] = lint(doc, 'emergency-services-missing');
  assert.ok(f, 'warned');
  assert.equal(f.message, 'readers who choose “I need urgent help now” are not offered 999 under “Call now”, of the emergency lines only NHS 111');
  // The studio: ticking only the new line would take NHS 111 away from the reason, which ticked none.
  assert.match(lint(doc, 'emergency-services-missing', { audience: 'desk' })[0].fix, /link 999, tick “Emergency line”; then tick it and “NHS 111” under “Channels for I need urgent help now”/);
  // A non-urgent reason is not asked to offer 999; a bank's or a council's urgent reason without NHS 111 neither (flood and storm have their own).
  assert.equal(lint(doc, 'emergency-services-missing').length, 1);
  assert.deepEqual(lint(feed([TEMP, WEB]), 'emergency-services-missing'), []);
  assert.deepEqual(lint({ ...doc, time_zone: 'Pacific/Auckland' }, 'emergency-services-missing'), [], '111 is the emergency number in New Zealand');

  const dir = mkdtempSync(join(tmpdir(), 'clearline-trust-'));
  try {
    // On the real clock the CLI reads: an update promised an hour from now.
    const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const live = { ...doc, incidents: [{ ...doc.incidents[0], started_at: iso(Date.now() - 30 * 60_000), updated_at: iso(Date.now() - 60_000), next_update_at: iso(Date.now() + 60 * 60_000) }] };
    writeFileSync(join(dir, 'trust.json'), JSON.stringify(live, null, 2));
    const said = run(dir, 'lint', 'trust.json');
    said.stdout += said.stderr;
    const commands = [...said.stdout.matchAll(/clearline ((?:new|edit) .+?--feed trust\.json)/g)].map((m) => m[1]);
    assert.equal(commands.length, 2, said.stdout);
    assert.match(commands[1], /^edit reason --id urgent-help --channel emergency-services,phone-2 --feed trust\.json$/, 'NHS 111 stays named');
    for (const c of commands) {
      const args = c.match(/"[^"]*"|\S+/g).map((a) => a.replace(/^"|"$/g, ''));
      const done = run(dir, ...args);
      assert.equal(done.status, 0, `${c}\n${done.stderr}`);
    }
    const after = JSON.parse(readFileSync(join(dir, 'trust.json'), 'utf8'));
    assert.deepEqual(reasonChannels(after, after.contact_reasons[0]).map((c) => c.id), ['emergency-services', 'phone-2'], '999 first, then NHS 111');
    const clean = run(dir, 'lint', 'trust.json');
    assert.equal(`${clean.stdout}${clean.stderr}`.trim(), 'trust.json: no problems found');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// 999 and NHS 111, both emergency lines as docs/publishing.md says: "I need urgent help now" offered both, each with when to
// call it. Lint warned that the reason names neither, and its example ("channels": ["phone-2"]) took NHS 111 away.
test('an urgent reason offered 999 and NHS 111 is no warning; with two lines of the publisher\'s own, the command keeps 999', () => {
  const good = feed([line('phone-2', '999', '999', true), line('phone-3', '111', 'NHS 111', true), TEMP, WEB]);
  assert.deepEqual(lint(good, 'reason-emergency-unnamed'), []);
  assert.deepEqual(lintDocument(good, { now: NOW, lang: 'en' }).map((f) => f.rule), [], 'no problems found');
  const own = feed([line('phone-2', '999', '999', true), line('maternity', '+441134960000', 'Maternity triage', true), line('crisis', '+441134960001', 'Mental health crisis line', true), TEMP]);
  const [f] = lint(own, 'reason-emergency-unnamed');
  assert.match(f.message, /offered all of them \(phone-2, maternity, crisis\)/);
  assert.match(f.fix, /clearline edit reason --id urgent-help --channel phone-2,maternity --feed feed\.json/);
  assert.match(lint(own, 'reason-emergency-unnamed', { lang: 'nl' })[0].fix, /clearline edit reason --id urgent-help --channel phone-2,maternity --feed feed\.json/);
});

// 999 added without --emergency after NHS 111, then marked as lint says (edit channel --emergency): it stayed last, and the
// trust's patients read NHS 111 above 999 under "In an emergency", though edit channel said "listed first".
test('edit channel --emergency on 999 moves it before the feed\'s other lines, as new channel puts it; NHS 111 stays where it is', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-trust-'));
  try {
    const doc = feed([TEMP, line('phone-3', '111', 'NHS 111', true), line('phone-2', '999', '999')]);
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(doc, null, 2));
    const marked = run(dir, 'edit', 'channel', '--id', 'phone-2', '--emergency');
    assert.equal(marked.status, 0, marked.stderr);
    const after = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
    assert.deepEqual(after.channels.map((c) => c.id), ['phone-2', 'phone', 'phone-3']);
    assert.deepEqual(reasonChannels(after, after.contact_reasons[0]).map((c) => c.id), ['phone-2', 'phone-3'], '999 first, then NHS 111');
    // NHS 111 marked stays in its place (it is no 999: new channel does the same).
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed([TEMP, line('phone-2', '999', '999', true), line('phone-3', '111', 'NHS 111')]), null, 2));
    assert.equal(run(dir, 'edit', 'channel', '--id', 'phone-3', '--emergency').status, 0);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).channels.map((c) => c.id), ['phone', 'phone-2', 'phone-3']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// The trust's phone system failed (no attack): --template phone-outage was refused, and from the list it chose "telecom
// (telephone, internet or TV)", a provider's template: "Restart your router or modem", the urgent "My personal alarm does
// not work" and "Compensation or money off my bill" for a hospital's patients.
test('new incident --template phone-outage (phones, switchboard) is the own-systems outage template; telecom says it is a provider\'s', async () => {
  const { templateNamed, TEMPLATES } = await importTs('src/templates/index.ts');
  const { TEMPLATE_LABELS } = await importTs('src/templates/labels.ts');
  for (const name of ['phone-outage', 'phones-down', 'phone system', 'switchboard', 'telephony', 'telefooncentrale']) assert.equal(templateNamed(name), 'outage', name);
  // A provider's own words stay the provider's template.
  for (const name of ['landline', 'broadband', 'telecoms']) assert.equal(templateNamed(name), 'telecom', name);
  assert.match(TEMPLATE_LABELS.en.telecom, /provider/);
  assert.match(TEMPLATE_LABELS.nl.telecom, /provider/);
  assert.match(TEMPLATE_LABELS.en.outage, /phone system/);
  assert.match(TEMPLATES.outage.summary, /your own .*phone system/);
  const dir = mkdtempSync(join(tmpdir(), 'clearline-trust-'));
  try {
    const made = run(dir, 'new', 'incident', '--template', 'phone-outage', '--id', 'phones', '--feed-id', 'nhs-example-trust', '--publisher', 'Example NHS Foundation Trust', '--publisher-url', 'https://www.example.nhs.uk', '--time-zone', 'Europe/London');
    assert.equal(made.status, 0, made.stderr);
    const text = readFileSync(join(dir, 'feed.json'), 'utf8');
    assert.doesNotMatch(text, /router|modem|personal alarm|money off my bill/i);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// new channel --help named only a utility's and a bank's lines ("gas smell, no water, fraud") for --emergency: the trust's
// practice manager added NHS 111 without it (the first test above).
test('new channel --help says 999 and NHS 111 are emergency lines to mark; new reason --help has a medical urgent reason', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-trust-'));
  try {
    assert.match(run(dir, 'new', 'channel', '--help').stdout, /--emergency +this is an emergency line \(999 or NHS 111, 112,/);
    assert.match(run(dir, 'new', 'reason', '--help').stdout, /--urgent +an emergency \("I need urgent medical help"/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
