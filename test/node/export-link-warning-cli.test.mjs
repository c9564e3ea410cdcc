// `clearline export --to sms` and `--to email` for a cyberattack feed whose urgent action is "Klik niet
// op links…": the SMS and the e-mail have no link, and the desk reads one line saying so and why, in
// its own language (a Dutch feed or --lang nl: Dutch; --lang en: English), beside the measurements.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { cliOk, deskIncidentFeed } from './export-kit.mjs';

const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
let dir;

const cli = (...args) => cliOk(dir, ...args);

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'clearline-link-warning-'));
  const now = Date.now();
  // As the desk publishes it: the [[TODO: …]] marks checked and removed, so lint lets the export through.
  const { feed: f, incident: inc } = await deskIncidentFeed('cyberattack', {
    publisher: 'Warmtenet Zuid',
    id: 'cyberaanval',
    title: { nl: 'Onze systemen zijn aangevallen', en: 'Our systems were attacked' },
    known: { nl: 'Sinds 02:00 werken onze systemen niet.', en: 'Our systems have been down since 02:00.' },
    unknown: { nl: 'Of gegevens zijn gestolen.', en: 'Whether data was stolen.' },
    now,
  });
  inc.updates = [{ at: iso(now - 600_000), known: inc.known }];
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(f, null, 2));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('export --to sms: no link in the text, and a one-line note why, in Dutch on a Dutch desk', () => {
  const r = cli('export', 'feed.json', '--to', 'sms');
  assert.match(r.stdout, /^Onze systemen zijn aangevallen\. Klik niet op links .* Kijk zelf op de website van Warmtenet Zuid\.\n$/);
  assert.doesNotMatch(r.stdout, /https:/);
  assert.match(r.stderr, /^link weggelaten: incident "Onze systemen zijn aangevallen" zegt "klik niet op links", dus een sms van u met een link zou dat tegenspreken; de sms zegt dat mensen zelf op uw website kijken$/m);
  assert.match(r.stderr, /^sms: \d+ van 160 tekens \(GSM-7\), 1 bericht/m);
});

test('export --to sms --lang en: the English SMS and the note in English; --json says why', () => {
  const r = cli('export', 'feed.json', '--to', 'sms', '--lang', 'en');
  assert.match(r.stdout, / Go to the Warmtenet Zuid website yourself\.\n$/);
  assert.match(r.stderr, /^link left out: incident "Our systems were attacked" says "do not click links", so a text from you with a link would contradict it; the SMS tells people to look on your website themselves$/m);
  const json = JSON.parse(cli('export', 'feed.json', '--to', 'sms', '--json').stdout);
  assert.deepEqual(json.linkLeftOut, { reason: 'warns-against-links', incident: 'cyberaanval', phrase: 'klik niet op links' });
});

const NL = 'links weggelaten: incident "Onze systemen zijn aangevallen" zegt "klik niet op links", dus een e-mail van u met links zou dat tegenspreken; de e-mail heeft geen links en zegt dat mensen zelf op uw website kijken';

test('export --to email: no link in the mail, and a one-line note why, in Dutch on a Dutch desk', () => {
  const r = cli('export', 'feed.json', '--to', 'email');
  assert.match(r.stdout, /^Subject: Onze systemen zijn aangevallen/);
  assert.doesNotMatch(r.stdout, /https?:/);
  assert.match(r.stdout, /\nKijk zelf op de website van Warmtenet Zuid\.\n/);
  assert.ok(r.stderr.split('\n').includes(NL), r.stderr);
});

test('export --to email --out mail.html: the HTML body has no <a>, and the same note', () => {
  const r = cli('export', 'feed.json', '--to', 'email', '--out', 'mail.html');
  const html = readFileSync(join(dir, 'mail.html'), 'utf8');
  assert.doesNotMatch(html, /<a[\s>]|href=|https?:/);
  assert.match(html, /<p>Kijk zelf op de website van Warmtenet Zuid\.<\/p>/);
  assert.ok(r.stderr.split('\n').includes(NL), r.stderr);
});

test('export --to email --lang en: the note in English; --json says why', () => {
  const r = cli('export', 'feed.json', '--to', 'email', '--lang', 'en');
  assert.match(r.stdout, /\nGo to the Warmtenet Zuid website yourself\.\n/);
  assert.match(r.stderr, /^links left out: incident "Our systems were attacked" says "do not click links", so an e-mail from you with links would contradict it; the e-mail has no links and tells people to look on your website themselves$/m);
  const json = JSON.parse(cli('export', 'feed.json', '--to', 'email', '--json').stdout);
  assert.deepEqual(json.linkLeftOut, { reason: 'warns-against-links', incident: 'cyberaanval', phrase: 'klik niet op links' });
});

test('two incidents with the same title: the note adds the id, so the desk knows which one warns', () => {
  const f = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
  const other = structuredClone(f.incidents[0]);
  other.id = 'cyberaanval-webshop';
  other.severity = 'minor';
  other.actions = [{ label: { nl: 'Bestel later opnieuw', en: 'Order again later' } }];
  f.incidents.push(other);
  writeFileSync(join(dir, 'twice.json'), JSON.stringify(f, null, 2));
  const r = cli('export', 'twice.json', '--to', 'sms', '--incident', 'cyberaanval');
  assert.match(r.stderr, /^link weggelaten: incident "Onze systemen zijn aangevallen" \(cyberaanval\) zegt "klik niet op links"/m);
});
