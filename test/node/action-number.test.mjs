// Trial U (a Belgian bank, nl-BE + en, Europe/Brussels; a phishing wave), findings 2 and 7:
// - an urgent action whose words say "Bel meteen Card Stop op 078 170 170" was linked by a desk slip to a paid 070 number
//   and signed with warnings only: now the error action-number-differs (sign refuses);
// - a mobile number added as the "new" fraud line (copied from a forwarded scam message) passed without a word: now the
//   warning emergency-line-mobile (NL 06, BE 04xx, UK 07; US mobiles cannot be told apart);
// - Card Stop's "078 170 170" was shown "078 17 01 70" and "0800 12 345" "0800 123 45" everywhere: now Belgian 078/070
//   numbers are grouped 3 + 3 and 0800/090x numbers 2 + 3, alike in elements, exports, IVR and the CLI.
// Pure modules via importTs; the CLI test uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import test from 'node:test';
import { fileURLToPath } from 'node:url';
import { importTs } from './ts-import.mjs';

const { formatTel } = await importTs('src/content/links.ts');
const { groupBelgian } = await importTs('src/feed/phone.ts');
const { deskLink } = await importTs('src/feed/channel-edit.ts');
const { lintDocument } = await importTs('src/lint/index.ts');
const { exportIvr, exportEmail } = await importTs('src/export/index.ts');

const NOW = Date.parse('2026-12-08T06:46:00Z');
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A Belgian feed with Card Stop and a fraud line as emergency lines, and an urgent action linked to `href`. */
const bank = (label, href, extra = {}) => ({
  type: 'status', version: 1, feed_id: 'scheldebank', time_zone: 'Europe/Brussels',
  publisher: { name: 'Scheldebank', url: 'https://www.scheldebank.example/' },
  channels: [
    { id: 'cardstop', kind: 'phone', label: { 'nl-BE': 'Card Stop: kaart blokkeren', en: 'Card Stop: block your card' }, href: 'tel:+3278170170', emergency: true },
    { id: 'fraude', kind: 'phone', label: { 'nl-BE': 'Fraudelijn', en: 'Fraud line' }, href: 'tel:+3227904444', emergency: true },
    { id: 'klantendienst', kind: 'phone', label: { 'nl-BE': 'Klantendienst', en: 'Customer service' }, href: 'tel:+3227904000', wait_minutes: 5, reason: { 'nl-BE': 'normale drukte', en: 'normal volume' } },
  ],
  incidents: [{
    id: 'phishing-golf', title: { 'nl-BE': "Valse sms'en uit naam van Scheldebank", en: "Fake texts in Scheldebank's name" }, severity: 'major', phase: 'identified',
    started_at: iso(NOW - 60 * 60_000), updated_at: iso(NOW - 60_000),
    known: { 'nl-BE': "Er gaan valse sms'en rond.", en: 'Fake texts are going round.' },
    unknown: { 'nl-BE': 'Hoeveel mensen ze kregen.', en: 'How many people got them.' },
    next_update_at: iso(NOW + 30 * 60_000),
    actions: [{ label, href, urgent: true, ...extra }],
  }],
});
const CARD_STOP = { 'nl-BE': 'Bel meteen Card Stop op 078 170 170 en daarna onze fraudelijn, niet een nummer uit het bericht.', en: 'Call Card Stop on 078 170 170 at once, then our fraud line, not a number from the message.' };
const rule = (doc, id, lang) => lintDocument(doc, { now: NOW, ...(lang ? { lang } : {}) }).filter((f) => f.rule === id);

test('an action that says 078 170 170 but dials 070 22 33 44 is an error, naming both numbers and the command to correct it', () => {
  const [en] = rule(bank(CARD_STOP, 'tel:+3270223344'), 'action-number-differs');
  assert.equal(en?.severity, 'error');
  assert.equal(en.path, 'incidents/0/actions/0/href');
  assert.match(en.message, /names 078 170 170, but its link dials 070 223 344/);
  assert.match(en.fix, /clearline update feed\.json --incident phishing-golf --link-action 1 --link "078 170 170"/);
  const [nl] = rule(bank(CARD_STOP, 'tel:+3270223344'), 'action-number-differs', 'nl');
  assert.match(nl.message, /noemt 078 170 170, maar de link belt 070 223 344/);
  assert.match(nl.fix, /Klopt 078 170 170\? .*--link-action 1 --link "078 170 170"/);
  // The studio names the field, not the command.
  const [desk] = lintDocument(bank(CARD_STOP, 'tel:+3270223344'), { now: NOW, audience: 'desk' }).filter((f) => f.rule === 'action-number-differs');
  assert.match(desk.fix, /put 078 170 170 in the action’s “Link” field/);
  assert.doesNotMatch(desk.fix, /clearline|feed\.json/);
});

test('no error when the words name no number, the linked one in any grouping, a public number, or a number to warn about', () => {
  const quiet = (label, href = 'tel:+3278170170', extra) => assert.deepEqual(rule(bank(label, href, extra), 'action-number-differs'), [], JSON.stringify(label));
  quiet(CARD_STOP);
  quiet({ 'nl-BE': 'Bel meteen Card Stop', en: 'Call Card Stop at once' }, 'tel:+3270223344');
  quiet({ 'nl-BE': 'Bel Card Stop op 078/17.01.70', en: 'Call Card Stop on +32 78 17 01 70' });
  // Two numbers, one of them the link's.
  quiet({ 'nl-BE': 'Bel Card Stop op 078 170 170 of onze fraudelijn op 02 790 44 44', en: 'Call 078 170 170 or 02 790 44 44' }, 'tel:+3227904444');
  // 112 beside the line the link dials; a scammer's number quoted to warn about it.
  quiet({ 'nl-BE': 'In levensgevaar: bel 112. Anders: bel onze fraudelijn', en: 'In danger: call 112. Otherwise call our fraud line' }, 'tel:+3227904444');
  quiet({ 'nl-BE': 'Gebeld door 0470 12 34 56? Hang op en bel onze fraudelijn', en: 'Called from 0470 12 34 56? Hang up and call our fraud line' }, 'tel:+3227904444');
  quiet({ 'nl-BE': 'Bel niet terug naar 0470 12 34 56, bel onze fraudelijn', en: 'Do not call back 0470 12 34 56, call our fraud line' }, 'tel:+3227904444');
  // A date is no number to call.
  quiet({ 'nl-BE': 'Bel ons vóór 08-12-2026 of 08/12/2026', en: 'Call us before 08-12-2026' }, 'tel:+3227904000');
  // A link that is no phone number is another rule's business.
  quiet(CARD_STOP, 'https://www.scheldebank.example/fraude');
  // Not only urgent actions: any action's words and link must agree.
  assert.equal(rule(bank(CARD_STOP, 'tel:+3227904000', { urgent: false }), 'action-number-differs').length, 1);
});

test('a costly link of an urgent action stays a warning (a poison centre or GP post is another organisation\'s paid line)', () => {
  const found = lintDocument(bank({ 'nl-BE': 'Iets ingeslikt? Bel het Antigifcentrum op 070 245 245', en: 'Swallowed something? Call the Poison Centre on 070 245 245' }, 'tel:+3270245245'), { now: NOW });
  assert.deepEqual(found.filter((f) => f.severity === 'error'), []);
  assert.ok(found.some((f) => f.rule === 'costly-number' && f.severity === 'warning'));
});

test('an emergency line with a mobile number is a warning in Belgium, the Netherlands and Britain; not in the US, nor on an ordinary line', () => {
  const withLine = (href, zone = 'Europe/Brussels', emergency = true) => {
    const doc = bank(CARD_STOP, 'tel:+3278170170');
    doc.time_zone = zone;
    doc.channels.push({ id: 'nieuw', kind: 'phone', label: { 'nl-BE': 'Fraudedienst (nieuw nummer)', en: 'Fraud service (new number)' }, href, ...(emergency ? { emergency } : {}) });
    return doc;
  };
  const [be] = rule(withLine('tel:+32460123456'), 'emergency-line-mobile');
  assert.equal(be?.severity, 'warning');
  assert.equal(be.path, 'channels/3/href');
  assert.match(be.message, /\(0460 12 34 56\) is a mobile number: scammers/);
  assert.match(be.fix, /Check 0460 12 34 56 against your organisation's own list of lines/);
  assert.match(rule(withLine('tel:+32460123456'), 'emergency-line-mobile', 'nl')[0].message, /is een mobiel nummer: oplichters/);
  assert.equal(rule(withLine('tel:+31612345678', 'Europe/Amsterdam'), 'emergency-line-mobile').length, 1, 'NL 06');
  assert.equal(rule(withLine('tel:+447700900123', 'Europe/London'), 'emergency-line-mobile').length, 1, 'UK 07');
  assert.equal(rule(withLine('tel:+32460123456', 'Europe/Brussels', false), 'emergency-line-mobile').length, 0, 'an ordinary line');
  assert.equal(rule(withLine('tel:+3227904455'), 'emergency-line-mobile').length, 0, 'a landline');
  assert.equal(rule(withLine('tel:+13125550142', 'America/Chicago'), 'emergency-line-mobile').length, 0, 'US: cannot tell');
  assert.equal(rule(withLine('tel:+448001111', 'Europe/London'), 'emergency-line-mobile').length, 0, 'UK 0800');
});

test('Belgian 078/070 numbers are grouped 3 + 3 (078 170 170) and 0800/090x 2 + 3 (0800 12 345), not in twos', () => {
  assert.equal(groupBelgian('78170170'), '78 170 170');
  assert.equal(groupBelgian('70245245'), '70 245 245');
  assert.equal(groupBelgian('80012345'), '800 12 345');
  assert.equal(groupBelgian('90312345'), '903 12 345');
  // The rest as before: zones, mobiles; 080 (Stavelot) is a zone, not 0800.
  assert.equal(groupBelgian('31234567'), '3 123 45 67');
  assert.equal(groupBelgian('50123456'), '50 12 34 56');
  assert.equal(groupBelgian('470123456'), '470 12 34 56');
  assert.equal(groupBelgian('80234567'), '80 23 45 67');
  for (const [href, home, intl] of [['tel:+3278170170', '078 170 170', '+32 78 170 170'], ['tel:+3280012345', '0800 12 345', '+32 800 12 345'], ['tel:+3290312345', '0903 12 345', '+32 903 12 345']]) {
    assert.equal(formatTel(href, 'nl-BE'), home);
    assert.equal(formatTel(href, 'en-BE'), home);
    assert.equal(formatTel(href, 'en'), intl);
    assert.equal(deskLink(href, '32'), home, 'the studio and the CLI as the desk dials it');
  }
  // The e-mail and the phone message say Card Stop as it is printed on the card.
  const doc = bank({ 'nl-BE': 'Bel meteen Card Stop', en: 'Call Card Stop at once' }, 'tel:+3278170170');
  const mail = exportEmail(doc, { now: NOW, lang: 'nl-BE' }).text;
  assert.match(mail, /078 170 170/);
  assert.doesNotMatch(mail, /17 01 70/);
  const ivr = exportIvr(doc, { now: NOW, lang: 'nl-BE', channel: 'klantendienst' });
  assert.match(ivr.text, /078 170 170/);
  assert.doesNotMatch(`${ivr.text}${ivr.ssml}`, /17 01 70/);
});

test('CLI: new channel says "078 170 170" and "0800 12 345"; update refuses a label-link mismatch and sign stops it; IVR reads 078 170 170', () => {
  const cli = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'dist/cli.js');
  const dir = mkdtempSync(join(tmpdir(), 'clearline-unum-'));
  const run = (...args) => spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'Europe/Brussels' } });
  try {
    const ok = (...args) => {
      const r = run(...args);
      assert.equal(r.status, 0, `${args.join(' ')}\n${r.stdout}\n${r.stderr}`);
      return r;
    };
    ok('keygen', '--out', 'private.jwk.json');
    ok('new', 'incident', '--template', 'phishing', '--id', 'phishing-golf', '--feed-id', 'scheldebank', '--time-zone', 'Europe/Brussels', '--lang', 'nl-BE,en');
    const card = ok('new', 'channel', '--kind', 'phone', '--link', '078 170 170', '--emergency', '--id', 'cardstop', '--name', 'Card Stop', '--name', 'Card Stop');
    assert.match(card.stdout, /tel:\+3278170170 \(078 170 170\)/);
    assert.match(ok('new', 'channel', '--kind', 'phone', '--link', '0800 12 345', '--id', 'gratis', '--name', 'Gratis lijn', '--name', 'Free line', '--wait', '5', '--reason', 'normale drukte', '--reason', 'normal volume').stdout, /tel:\+3280012345 \(0800 12 345\)/);
    // The trial's desk slip, on an urgent action of its own.
    ok('update', 'feed.json', '--incident', 'phishing-golf', '--add-action', 'Bel meteen Card Stop op 078 170 170', '--add-action', 'Call Card Stop on 078 170 170 at once', '--urgent', '--link', '078 170 170');
    const feed = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
    const n = feed.incidents[0].actions.findIndex((a) => a.href === 'tel:+3278170170') + 1;
    assert.ok(n > 0, JSON.stringify(feed.incidents[0].actions));
    // update refuses the slip: nothing is written, and it says both numbers and the command to correct it.
    const before = readFileSync(join(dir, 'feed.json'), 'utf8');
    const slip = run('update', 'feed.json', '--incident', 'phishing-golf', '--link-action', String(n), '--link', '070 22 33 44');
    assert.equal(slip.status, 1, slip.stdout + slip.stderr);
    assert.match(slip.stderr, /noemt 078 170 170, maar de link belt 070 223 344.*\[action-number-differs\]/);
    assert.match(slip.stderr, /--link-action \d+ --link "078 170 170"/);
    assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), before, 'feed.json unchanged');
    // The same slip made in feed.json itself: sign refuses it (before, it signed with two warnings).
    feed.incidents[0].actions[n - 1].href = 'tel:+3270223344';
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed, null, 2));
    const sign = run('sign', 'feed.json', '--key', 'private.jwk.json');
    assert.notEqual(sign.status, 0, 'not signed');
    assert.match(sign.stdout + sign.stderr, /\[action-number-differs\]/);
    writeFileSync(join(dir, 'feed.json'), before);
    // The phone message reads Card Stop as printed on the card (forced: the phishing template leaves TODOs).
    const ivr = run('export', 'feed.json', '--to', 'ivr', '--lang', 'nl-BE', '--channel', 'gratis', '--force');
    assert.match(ivr.stdout, /078 170 170/, ivr.stdout + ivr.stderr);
    assert.doesNotMatch(ivr.stdout, /17 01 70|0800 123 45/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
