// clearline new reason / edit reason: a pension fund's desk (walk-through 2026-12-02) could not add
// "Mijn pensioen is niet op mijn rekening" from the terminal, nor link it to the FAQ answer "Het geld
// staat donderdag op uw rekening"; a broadband provider could not rename or remove a template's reason.
// Only `new incident --template` and the studio made reasons, and nobody could set their FAQ links
// without editing JSON. Same pure logic as the studio (feed/reason-edit.ts), same lint as signing.
// Uses dist/ (run `npm run build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './ts-import.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'dist/cli.js');
const run = (dir, ...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
const feedOf = (dir) => readFileSync(join(dir, 'feed.json'), 'utf8');
const reasonsOf = (dir) => JSON.parse(feedOf(dir)).contact_reasons;

function setUp(steps) {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-reason-'));
  for (const s of steps) assert.equal(run(dir, ...s).status, 0, s.join(' '));
  return dir;
}

/** A Dutch pension fund (nl, en) with a phone line, a self-service page and an FAQ with one answer. */
function pensionFund() {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-reason-'));
  mkdirSync(join(dir, 'faq'));
  writeFileSync(join(dir, 'faq', 'wanneer-betaald.nl.md'), '---\nquestion: Wanneer staat mijn pensioen op mijn rekening?\n---\nHet geld staat donderdag op uw rekening.\n');
  writeFileSync(join(dir, 'faq', 'wanneer-betaald.en.md'), '---\nquestion: When is my pension in my account?\n---\nThe money is in your account on Thursday.\n');
  for (const s of [
    ['new', 'incident', '--template', 'generic', '--lang', 'nl,en', '--id', 'uitbetaling', '--feed-id', 'pf', '--publisher', 'Pensioenfonds Voorbeeld', '--publisher-url', 'https://pf.example', '--time-zone', 'Europe/Amsterdam'],
    ['new', 'channel', '--kind', 'phone', '--link', '020-1234567', '--name', 'Pensioenlijn', '--name', 'Pension line'],
    ['new', 'channel', '--kind', 'web', '--link', 'pf.example/mijn', '--name', 'Mijn pensioen', '--name', 'My pension'],
    ['faq', 'build', 'faq', '--feed-id', 'pf-faq', '--out', 'faq.json'],
  ]) assert.equal(run(dir, ...s).status, 0, s.join(' '));
  return dir;
}

/** A British broadband provider (en): the telecom template's reasons, a faults line and a chat. */
const broadband = () =>
  setUp([
    ['new', 'incident', '--template', 'telecom', '--lang', 'en', '--id', 'outage', '--feed-id', 'bb', '--publisher', 'Broadband Co', '--publisher-url', 'https://bb.example', '--time-zone', 'Europe/London'],
    ['new', 'channel', '--kind', 'phone', '--link', '0800 123 4567', '--name', 'Faults line'],
    ['new', 'channel', '--kind', 'chat', '--link', 'bb.example/chat', '--name', 'Chat'],
  ]);

test('reasonIdFor and sameNamedReason: an id from the name, not yet used; a second reason with a name already there is found', async () => {
  const { reasonIdFor, sameNamedReason } = await importTs('src/feed/reason-edit.ts');
  assert.equal(reasonIdFor({ nl: 'Mijn pensioen is niet op mijn rekening', en: 'x' }, [], ['nl', 'en']), 'mijn-pensioen-is-niet-op-mijn-rekening');
  assert.equal(reasonIdFor('Moving house', [{ id: 'moving-house' }], ['']), 'moving-house-2');
  assert.equal(reasonIdFor('[[TODO: reason]]', [], ['']), 'reason');
  const reasons = [{ id: 'a', label: { nl: 'Geen internet', en: 'No internet' } }, { id: 'b', label: { en: '[[TODO: reason]]' } }];
  assert.equal(sameNamedReason({ en: ' no internet ' }, reasons)?.id, 'a');
  assert.equal(sameNamedReason({ en: '[[TODO: reason]]' }, reasons), undefined, 'a placeholder is no name');
  assert.equal(sameNamedReason('Moving house', reasons), undefined);
});

test('Dutch desk: a new reason with its channels and FAQ answer; the answer is checked in the FAQ and named by its question', () => {
  const dir = pensionFund();
  try {
    const r = run(dir, 'new', 'reason', '--name', 'Mijn pensioen is niet op mijn rekening', '--name', 'My pension is not in my account', '--channel', 'web', '--channel', 'phone', '--faq', 'wanneer-betaald', '--faq-file', 'faq.json');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Contactreden "mijn-pensioen-is-niet-op-mijn-rekening" \(Mijn pensioen is niet op mijn rekening\) toegevoegd aan feed\.json\. Onderteken/);
    assert.match(r.stdout, /kanalen: web, phone; antwoorden: wanneer-betaald/);
    assert.match(r.stdout, /Wie hem kiest, ziet deze antwoorden uit de veelgestelde vragen:\n {2}wanneer-betaald: Wanneer staat mijn pensioen op mijn rekening\?/);
    assert.match(r.stderr, /Elders in feed\.json: \d+ fouten/, 'the rest of the feed (the template\'s placeholders) as one line');
    assert.deepEqual(reasonsOf(dir).at(-1), {
      id: 'mijn-pensioen-is-niet-op-mijn-rekening',
      label: { nl: 'Mijn pensioen is niet op mijn rekening', en: 'My pension is not in my account' },
      faq: ['wanneer-betaald'],
      channels: ['web', 'phone'],
    });
    assert.doesNotMatch(run(dir, 'lint', 'feed.json', '--faq', 'faq.json').stdout, /reason-(entry|channel)-unknown/);
    // Without the FAQ the ids cannot be checked: the desk is told how.
    const urgent = run(dir, 'new', 'reason', '--name', 'Ik vertrouw een bericht niet', '--name', 'I do not trust a message', '--urgent', '--faq', 'phishing');
    assert.equal(urgent.status, 0, urgent.stderr);
    assert.match(urgent.stdout, /, dringend \(staat bovenaan\)\./);
    assert.match(urgent.stdout, /De antwoorden \(ids\) zijn niet gecontroleerd: geef de veelgestelde vragen mee met --faq-file faq\.json/);
    assert.deepEqual(reasonsOf(dir).at(-1), { id: 'ik-vertrouw-een-bericht-niet', label: { nl: 'Ik vertrouw een bericht niet', en: 'I do not trust a message' }, urgent: true, faq: ['phishing'] });
    // The listing shows each reason's links, and with the FAQ its questions.
    const list = run(dir, 'edit', 'reason', '--faq-file', 'faq.json');
    assert.equal(list.status, 0, list.stderr);
    assert.match(list.stdout, /^Contactredenen in feed\.json/);
    assert.match(list.stdout, /\n {6}wanneer-betaald: Wanneer staat mijn pensioen op mijn rekening\?\n/);
    assert.match(list.stdout, /\n {6}phishing: staat niet in faq\.json\n/);
    assert.match(list.stdout, /Wijzig er een met clearline edit reason --id ID/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Dutch desk: an unknown channel or FAQ answer, or the FAQ file given to --faq, is refused naming what exists; feed.json unchanged', () => {
  const dir = pensionFund();
  try {
    const original = feedOf(dir);
    const cases = [
      [['new', 'reason', '--name', 'Fraude', '--name', 'Fraud', '--channel', 'fax'], /de contactreden is niet toegevoegd; feed\.json is niet gewijzigd:\nfout\s+contact_reasons\/3\/channels\/0: de contactreden "fraude" biedt het kanaal "fax" aan, maar dat kanaal bestaat niet \[reason-channel-unknown\]\n\s+oplossing: Kies een van de bestaande kanalen \(phone, web\)/],
      [['new', 'reason', '--name', 'Fraude', '--name', 'Fraud', '--faq', 'nope', '--faq-file', 'faq.json'], /verwijst naar het antwoord "nope", maar dat staat niet in de veelgestelde vragen \[reason-entry-unknown\][^]*\nDe antwoorden in faq\.json: wanneer-betaald \(Wanneer staat mijn pensioen op mijn rekening\?\)/],
      [['new', 'reason', '--name', 'Fraude', '--name', 'Fraud', '--faq', 'faq.json'], /--faq neemt de ids van antwoorden \(bijv\. --faq wanneer-betaald\), geen bestand; geef de veelgestelde vragen faq\.json mee met --faq-file faq\.json/],
      [['new', 'reason', '--name', 'Fraude', '--name', 'Fraud', '--faq-file', 'feed.json'], /feed\.json is geen FAQ-document \("type": "faq"\); geef het bestand dat clearline faq build maakte/],
      [['new', 'reason', '--channel', 'phone'], /geef --name: wat mensen kiezen, bijv\. --name "Mijn betaling is niet binnen" \(één per taal: nl, en\)/],
      [['new', 'reason', '--name', 'iets anders', '--name', 'something else'], /feed\.json heeft al een contactreden "Iets anders": "other"; wijzig die met clearline edit reason --id other/],
      [['new', 'reason', '--name', 'Fraude', '--name', 'Fraud', '--id', 'affected'], /feed\.json heeft al een contactreden "affected"; kies een andere --id/],
      [['edit', 'reason', '--urgent'], /geef --id met de contactreden die u wilt wijzigen; de contactredenen in feed\.json: urgent-help \(Ik heb nu dringend hulp nodig\), affected \(Ik heb er last van\), other \(Iets anders\)/],
      [['edit', 'reason', '--id', 'nope', '--urgent'], /feed\.json heeft geen contactreden "nope"; de contactredenen: urgent-help/],
      [['edit', 'reason', '--id', 'other'], /zeg wat er verandert \(--name, --urgent, --not-urgent, --time-critical, --not-time-critical, --channel, --faq\) of geef --remove/],
      [['edit', 'reason', '--id', 'other', '--urgent', '--not-urgent'], /geef --urgent of --not-urgent, niet allebei/],
      [['edit', 'reason', '--id', 'other', '--remove', '--faq', 'x'], /--remove verwijdert de hele contactreden; geef het zonder --faq/],
      [['edit', 'reason', '--id', 'other', '--lang', 'nl', '--name', 'Ik heb er last van'], /heeft al een contactreden "Ik heb er last van": "affected"/],
      [['edit', 'reason', '--id', 'other', '--channel', 'phone,fax'], /de contactreden is niet gewijzigd; feed\.json is niet gewijzigd:\nfout\s+contact_reasons\/2\/channels\/1: de contactreden "other" biedt het kanaal "fax" aan/],
    ];
    for (const [args, message] of cases) {
      const r = run(dir, ...args);
      assert.notEqual(r.status, 0, args.join(' '));
      assert.match(r.stderr, message, args.join(' '));
      assert.equal(feedOf(dir), original, `${args.join(' ')}: feed.json unchanged`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('English desk: rename (the id stays), urgent and not, channels and FAQ answers replaced and dropped, remove, and the list', () => {
  const dir = broadband();
  try {
    const list = run(dir, 'edit', 'reason');
    assert.equal(list.status, 0, list.stderr);
    assert.match(list.stdout, /^Contact reasons in feed\.json \(readers see the urgent ones first, then the time-critical ones\):\n {2}alarm: My personal alarm does not work \(urgent\); channels: none named \(the usual ones are offered\); FAQ answers: none\n {2}no-internet: No internet or TV;/);
    assert.match(list.stdout, /Change one with clearline edit reason --id ID \(--name, --urgent, --not-urgent, --time-critical, --not-time-critical, --channel, --faq, --remove\)\.\n$/);

    const renamed = run(dir, 'edit', 'reason', '--id', 'no-internet', '--name', 'My internet is down', '--channel', 'chat, phone', '--faq', 'router-restart');
    assert.equal(renamed.status, 0, renamed.stderr);
    assert.match(renamed.stdout, /^Changed contact reason "no-internet" \(My internet is down\) in feed\.json\. Sign it to publish\.\n {2}no-internet: My internet is down; channels: chat, phone; FAQ answers: router-restart\n/);
    assert.match(renamed.stdout, /The FAQ answer ids were not checked: give the FAQ document with --faq-file faq\.json/);
    let reason = reasonsOf(dir).find((r) => r.label.en === 'My internet is down');
    assert.deepEqual(reason, { id: 'no-internet', label: { en: 'My internet is down' }, faq: ['router-restart'], channels: ['chat', 'phone'] }, 'reports count by the id: it stays');

    assert.equal(run(dir, 'edit', 'reason', '--id', 'no-internet', '--urgent', '--channel', 'none', '--faq', 'none').status, 0);
    reason = reasonsOf(dir).find((r) => r.id === 'no-internet');
    assert.deepEqual(reason, { id: 'no-internet', label: { en: 'My internet is down' }, urgent: true });
    const calm = run(dir, 'edit', 'reason', '--id', 'alarm', '--not-urgent', '--json');
    assert.equal(calm.status, 0, calm.stderr);
    assert.equal(JSON.parse(calm.stdout).reason.urgent, undefined);

    const added = run(dir, 'new', 'reason', '--name', 'Moving house', '--channel', 'chat', '--id', 'move');
    assert.equal(added.status, 0, added.stderr);
    assert.match(added.stdout, /^Added contact reason "move" \(Moving house\) to feed\.json\. Sign it to publish\.\n {2}move: Moving house; channels: chat; FAQ answers: none\n$/);
    const removed = run(dir, 'edit', 'reason', '--id', 'mobile', '--remove');
    assert.equal(removed.status, 0, removed.stderr);
    assert.match(removed.stdout, /^Removed contact reason "mobile" \(Mobile calls or data do not work\) from feed\.json\. Sign it to publish\.\n$/);
    assert.deepEqual(reasonsOf(dir).map((r) => r.id), ['alarm', 'no-internet', 'compensation', 'move']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('English desk: refusals name what exists, feed.json unchanged; an urgent reason gets the same warning as lint', () => {
  const dir = broadband();
  try {
    const original = feedOf(dir);
    for (const [args, message] of [
      [['new', 'reason', '--name', 'Fraud', '--channel', 'fax'], /the contact reason was not added; feed\.json is unchanged:\nerror\s+contact_reasons\/4\/channels\/0: the contact reason "fraud" offers the channel "fax", which is not in channels \[reason-channel-unknown\]\n\s+fix: Use one of the channel ids \(phone, chat\)/],
      [['new', 'reason'], /give --name: what people choose, e\.g\. --name "My payment has not arrived"\n?$/],
      [['new', 'reason', '--name', 'Compensation or money off my bill'], /feed\.json already has a contact reason named "Compensation or money off my bill": "compensation"; change it with clearline edit reason --id compensation/],
      [['edit', 'reason', '--id', 'fax', '--urgent'], /feed\.json has no contact reason "fax"; the contact reasons: alarm \(My personal alarm does not work\), no-internet/],
      [['edit', 'reason', '--id', 'alarm', '--remove', '--urgent'], /--remove removes the whole contact reason; give it without --urgent/],
      [['new', 'reason', '--name', 'x', '--id', 'has space'], /contact_reasons\/4\/id/],
    ]) {
      const r = run(dir, ...args);
      assert.notEqual(r.status, 0, args.join(' '));
      assert.match(r.stderr, message, args.join(' '));
      assert.equal(feedOf(dir), original, `${args.join(' ')}: feed.json unchanged`);
    }
    // The schema's most (20): said in words, not as "Invalid length: Expected <=20".
    const full = JSON.parse(original);
    full.contact_reasons = Array.from({ length: 20 }, (_, i) => ({ id: `r${i + 1}`, label: { en: `Reason ${i + 1}` } }));
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(full, null, 2));
    const many = run(dir, 'new', 'reason', '--name', 'One more');
    assert.equal(many.status, 2);
    assert.match(many.stderr, /feed\.json has 20 contact reasons, the most a feed can have; remove one first with clearline edit reason --id ID --remove\. The contact reasons: r1 \(Reason 1\), r2/);
    writeFileSync(join(dir, 'feed.json'), original);
    // Two emergency lines: an urgent reason naming neither is offered both; lint's warning is shown, as new channel shows its own.
    assert.equal(run(dir, 'new', 'channel', '--kind', 'phone', '--link', '0800 999 1111', '--emergency', '--name', 'Personal alarm line').status, 0);
    assert.equal(run(dir, 'new', 'channel', '--kind', 'phone', '--link', '0800 999 2222', '--emergency', '--name', 'Fraud line').status, 0);
    const urgent = run(dir, 'new', 'reason', '--name', 'Someone called saying they are you', '--urgent');
    assert.equal(urgent.status, 0, urgent.stderr);
    assert.match(urgent.stderr, /warning contact_reasons\/4: the urgent contact reason "someone-called-saying-they-are-you" names none of the emergency lines[^]*\[reason-emergency-unnamed\]/);
    const named = run(dir, 'edit', 'reason', '--id', 'someone-called-saying-they-are-you', '--channel', 'phone-3');
    assert.equal(named.status, 0, named.stderr);
    assert.doesNotMatch(named.stderr, /reason-emergency-unnamed/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the command list and help name new reason and edit reason', () => {
  const help = run(ROOT, '--help');
  assert.match(help.stdout, /\n {2}new reason {5}add a contact reason/);
  assert.match(help.stdout, /\n {2}edit reason {4}change, link or remove a contact reason/);
  assert.match(run(ROOT, 'new', '--help').stdout, /^clearline new <feed\|incident\|channel\|reason\|question>/);
  const own = run(ROOT, 'new', 'reason', '--help').stdout;
  for (const option of ['--name', '--lang', '--urgent', '--channel', '--faq', '--faq-file', '--id', '--feed', '--json']) assert.match(own, new RegExp(`\\n {2}${option}\\b`));
  const edit = run(ROOT, 'edit', 'reason', '--help').stdout;
  for (const option of ['--id', '--name', '--urgent', '--not-urgent', '--channel', '--faq', '--faq-file', '--remove']) assert.match(edit, new RegExp(`\\n {2}${option}\\b`));
});
