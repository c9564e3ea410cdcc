// A British bank (Europe/London, en) after a cyber-attack on a Friday evening: cards and the app down, branches shut for
// the weekend, fraudsters phoning customers as the bank. Found in the UK bank walkthrough. The CLI test uses dist/
// (run `npm run build` first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import test from 'node:test';
import { fileURLToPath } from 'node:url';
import { importTs } from './ts-import.mjs';

const { lintDocument } = await importTs('src/lint/index.ts');

const CLI = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'dist/cli.js');
const NOW = Date.parse('2026-12-04T20:00:00Z');

/** Runs the CLI in a fresh directory with a bank's empty feed; returns run and the directory (removed by done). */
function bankDesk() {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-uk-bank-'));
  const run = (...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'Europe/London' } });
  const r = run('new', 'feed', '--feed-id', 'northgate-bank', '--publisher', 'Northgate Bank', '--publisher-url', 'www.northgatebank.co.uk', '--time-zone', 'Europe/London', '--lang', 'en');
  assert.equal(r.status, 0, r.stderr);
  return { dir, run, feed: () => JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')), done: () => rmSync(dir, { recursive: true, force: true }) };
}

test('a British bank lists 159 (Stop Scams UK) as a channel: a public short number, not "not in E.164 form"', () => {
  const desk = bankDesk();
  try {
    const r = desk.run('new', 'channel', '--kind', 'phone', '--link', '159', '--name', 'Stop Scams UK: call 159', '--emergency', '--hours', '24 hours a day', '--id', 'stop-scams');
    assert.equal(r.status, 0, r.stderr);
    const ch = desk.feed().channels.find((c) => c.id === 'stop-scams');
    assert.equal(ch.href, 'tel:159');
    const found = lintDocument(desk.feed(), { now: NOW }).filter((f) => f.rule === 'phone-e164');
    assert.deepEqual(found, []);
  } finally {
    desk.done();
  }
});

const { incidentFromTemplate, contactReasonsFromTemplate } = await importTs('src/templates/index.ts');
const scamWarning = (timeZone) => incidentFromTemplate('payments', { id: 'x', langs: ['en'], now: NOW, timeZone }).actions[0].label.en.replace(/^\[\[TODO: [^\]]*\]\] /, '');

test('the bank template\'s scam warning on a British clock: "we will never ask you to move money", and 159 beside the card\'s number', () => {
  const gb = scamWarning('Europe/London');
  assert.equal(gb, 'We will never ask for your PIN or login codes, or ask you to move money. Not sure? Call 159, or the number on the back of your card, never a number from a message');
  // Its first sentence is what an SMS keeps beside the title and a link (template-bank.test.mjs: at most 75 characters).
  assert.ok(gb.split('. ')[0].length <= 75);
  // Ireland says it the same way but has no 159; a Dutch bank's English page keeps its own words.
  const ie = scamWarning('Europe/Dublin');
  assert.match(ie, /^We will never ask for your PIN or login codes, or ask you to move money\. Not sure\? Call the number on the back of your card yourself/);
  assert.doesNotMatch(ie, /159/);
  assert.match(scamWarning('Europe/Amsterdam'), /^We never ask for your PIN or login codes, or to transfer money\. In doubt\?/);
});

// Cards and the app down on a Friday evening: "will my salary arrive on Monday?" had no place in the template, neither
// in the guidance under what we know nor among the contact reasons readers choose from.
test('the bank template asks whether salaries, pensions and benefits still arrive, and offers it as a contact reason', () => {
  const inc = incidentFromTemplate('payments', { id: 'x', langs: ['nl', 'en'], now: NOW, timeZone: 'Europe/London' });
  assert.match(inc.known.en, /whether salaries, pensions and benefits still arrive/);
  assert.match(inc.known.nl, /of salaris, pensioen en uitkeringen gewoon binnenkomen/);
  const incoming = contactReasonsFromTemplate('payments', ['en'], 'Europe/London').find((r) => r.id === 'incoming');
  assert.deepEqual(incoming, { id: 'incoming', label: { en: 'Will my salary or benefits arrive?' } });
});

test('clearline new incident --template bank on a London desk: the feed gets the salary reason and the British scam warning', () => {
  const desk = bankDesk();
  try {
    const r = desk.run('new', 'incident', '--template', 'bank', '--id', 'cyber-attack');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /"Will my salary or benefits arrive\?" \(incoming\)/);
    const feed = desk.feed();
    assert.ok(feed.contact_reasons.some((x) => x.id === 'incoming'));
    assert.match(feed.incidents[0].actions[0].label.en, /or ask you to move money\. Not sure\? Call 159/);
  } finally {
    desk.done();
  }
});

// The desk that chose "cyberattack" for the attack (not "payments"): fraudsters phoning as the bank ask people to move
// their money to a "safe account", and the template's "we never ask" named codes, bank details and links, not money.
test('the cyberattack template says "we never ask you to move money" too, and who it is for names the request', () => {
  const inc = incidentFromTemplate('cyberattack', { id: 'x', langs: ['nl', 'en'], now: NOW, timeZone: 'Europe/London' });
  const warning = inc.actions.find((a) => /we never ask for them/.test(a.label.en));
  assert.ok(warning?.urgent, JSON.stringify(inc.actions));
  assert.match(warning.label.en, /we never ask for them\. We never ask you to move money either\. If in doubt, hang up/);
  assert.match(warning.label.nl, /daar vragen wij nooit om\. Wij vragen u ook nooit om geld over te maken\. Twijfelt u\?/);
  assert.match(warning.who.en, /Someone asks you for your password or bank details, to confirm your details, or to move money"\]\]$/);
  assert.match(warning.who.nl, /om uw gegevens te bevestigen of om geld over te maken"\]\]$/);
});

// Someone at a supermarket till whose card was just declined read "Bring cash or pay later": there is no cash to bring.
test('the bank template tells who must pay today to pay another way now (cash, or a card from another bank)', () => {
  const inc = incidentFromTemplate('payments', { id: 'x', langs: ['nl', 'en'], now: NOW, timeZone: 'Europe/London' });
  const pay = inc.actions.find((a) => /need to pay today/.test(a.who.en));
  assert.match(pay.label.en, /Pay another way \(cash, or a card from another bank\), or pay later$/);
  // An act-now, right after the scam warning: at the checkout is the largest group in a card outage (trial E, a bank).
  assert.equal(pay.urgent, true);
  assert.equal(inc.actions.indexOf(pay), 1);
  assert.match(pay.who.en, /You are at the checkout now, or need to pay today/);
  assert.match(pay.who.nl, /U staat nu bij de kassa of moet vandaag betalen/);
  assert.match(pay.label.nl, /Betaal op een andere manier \(contant, of met een pas van een andere bank\), of betaal later$/);
  assert.doesNotMatch(pay.label.en + pay.label.nl, /Bring cash|contant geld mee/);
});

// lint --for sms quoted the bank's scam warning back to its desk as "We will …? Call 159, …", a question it never asked,
// and told it to start with "Call 159 …": the warning the SMS did keep would have gone. A question in a later sentence is not
// a question first.
test('lint --for sms: an action whose later sentence is a question is not quoted as if it asked first', async () => {
  const { lintChannels } = await importTs('src/export/lint.ts');
  const label = 'We will never ask for your PIN or login codes, or ask you to move money. Not sure? Call 159, or the number on the back of your card, never a number from a message';
  const payload = (en) => ({
    type: 'status', version: 1, feed_id: 'northgate-bank', time_zone: 'Europe/London', issued_at: '2026-12-04T20:00:00Z', expires_at: '2026-12-04T21:00:00Z', seq: 1,
    publisher: { name: 'Northgate Bank', url: 'https://www.northgatebank.co.uk' },
    channels: [{ id: 'fraud', kind: 'phone', label: { en: 'Fraud line' }, href: 'tel:+448000154456', emergency: true }],
    incidents: [{
      id: 'cyber', title: { en: 'Card payments, the app and online banking are down' }, severity: 'critical', phase: 'investigating',
      started_at: '2026-12-04T19:00:00Z', updated_at: '2026-12-04T20:00:00Z', next_update_at: '2026-12-04T20:30:00Z',
      known: { en: 'Your money is safe.' }, unknown: { en: 'When it works again.' },
      actions: [{ label: { en }, who: { en: 'Someone calls, texts or e-mails you about this outage' }, urgent: true }],
    }],
  });
  const fixOf = (en) => lintChannels(payload(en), ['sms'], { now: NOW, lang: 'en' }).find((f) => f.rule === 'sms-shortened')?.fix ?? '';
  const fix = fixOf(label);
  assert.match(fix, /Write a shorter title or action label/);
  assert.doesNotMatch(fix, /We will …\?/);
  // Written question first, the desk's own words are still turned around.
  assert.match(fixOf(`Did someone call you saying they are from us and ask you to move your money to a safe account today? Hang up and call 159, or the number on the back of your card`), /"Hang up and call 159, or the number on the back of your card …", not "Did someone …\? Hang up and call 159/);
});

test('lint on a feed file not called feed.json names that file in its prose too, not only in its commands', () => {
  const desk = bankDesk();
  try {
    for (const args of [
      ['new', 'incident', '--template', 'bank', '--id', 'cyber-attack'],
      ['new', 'channel', '--kind', 'phone', '--link', '0800 015 4456', '--name', 'Fraud line', '--emergency', '--id', 'fraud'],
      ['new', 'channel', '--kind', 'phone', '--link', '159', '--name', 'Stop Scams UK', '--emergency', '--id', 'stop-scams'],
    ]) assert.equal(desk.run(...args).status, 0, args.join(' '));
    renameSync(join(desk.dir, 'feed.json'), join(desk.dir, 'bank-feed.json'));
    const r = desk.run('lint', 'bank-feed.json');
    const said = r.stdout + r.stderr;
    assert.match(said, /reason-emergency-unnamed/);
    assert.match(said, /--feed bank-feed\.json/);
    assert.match(said, /or in bank-feed\.json its "channels"/);
    assert.doesNotMatch(said, /(?<![\w-])feed\.json/);
  } finally {
    desk.done();
  }
});
