// `clearline new feed`: a municipality prepares before anything happens (walk-through 2026-12-03). In a new
// folder, `clearline new channel --lang nl …` said in English "feed.json does not exist; make it first with
// clearline new incident": the only way to a feed was an incident to delete again. Then the first channel on a feed
// without texts was answered in English, and so were its refusals ("give --kind", "already has a channel").
// Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { ROOT } from './export-kit.mjs';

const run = (dir, ...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
const folder = () => mkdtempSync(join(tmpdir(), 'clearline-new-feed-'));

test('a Dutch desk in a new folder: new channel points to new feed in Dutch; new feed, a channel and a reason, all in Dutch; lint finds nothing', () => {
  const dir = folder();
  try {
    const first = run(dir, 'new', 'channel', '--lang', 'nl', '--kind', 'phone', '--link', '14 038', '--name', 'Servicedesk');
    assert.equal(first.status, 2);
    assert.match(first.stderr, /^clearline new channel: feed\.json bestaat nog niet; maak het eerst: clearline new feed --feed-id ID --time-zone Europe\/Amsterdam \(een lege feed/);
    assert.equal(existsSync(join(dir, 'feed.json')), false);

    const made = run(dir, 'new', 'feed', '--feed-id', 'gemeente-voorbeeld', '--publisher', 'Gemeente Voorbeeld', '--publisher-url', 'www.voorbeeld.nl', '--time-zone', 'Europe/Amsterdam');
    assert.equal(made.status, 0, made.stderr);
    // Without a status page a bus company's strike SMS linked to its home page: new feed says where it goes.
    assert.match(made.stdout, /^feed\.json gemaakt: feed "gemeente-voorbeeld", tijdzone Europe\/Amsterdam, nog geen incidenten\.\nHeeft u een statuspagina\? Zet het adres erin met clearline edit feed --status-url https:\/\/www\.voorbeeld\.nl\/storingen, dan linken de sms, e-mail en berichten op sociale media daarheen en niet naar https:\/\/www\.voorbeeld\.nl\.\nDaarna, voor er iets gebeurt:\n {2}clearline new channel --kind phone --link … --name "…" {3}\(hoe mensen u bereiken/);
    assert.doesNotMatch(made.stdout, /TODO/, 'name and website were given');
    assert.match(made.stdout, /\n {2}clearline studio --lang nl {3}\(of dit alles in uw browser\)\n/);
    // A bus company's IT colleague followed these steps without a heartbeat; readers saw "Status onbekend" an hour after the all-clear.
    assert.match(made.stdout, /\n {2}clearline heartbeat --key private\.jwk\.json feed\.jws\.json --out feed\.jws\.json {3}\(zodra hij op uw website staat, vanuit een geplande taak, bijvoorbeeld elke 20 minuten: .*"Status onbekend"\)\n$/);
    const feed = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
    assert.deepEqual(feed, { type: 'status', version: 1, feed_id: 'gemeente-voorbeeld', time_zone: 'Europe/Amsterdam', publisher: { name: 'Gemeente Voorbeeld', url: 'https://www.voorbeeld.nl' }, channels: [], incidents: [] });

    // The feed has no texts yet: the first channel is answered in the language it is written in (nl, en by default).
    const channel = run(dir, 'new', 'channel', '--kind', 'phone', '--link', '14 038', '--name', 'Servicedesk');
    assert.equal(channel.status, 0, channel.stderr);
    assert.match(channel.stdout, /^Kanaal "phone" toegevoegd aan feed\.json: phone, tel:14038 \(14 038\)\./);
    const reason = run(dir, 'new', 'reason', '--name', 'Mijn afval is niet opgehaald', '--name', 'My bin was not collected', '--channel', 'phone');
    assert.equal(reason.status, 0, reason.stderr);
    assert.match(reason.stdout, /^Contactreden "mijn-afval-is-niet-opgehaald" \(Mijn afval is niet opgehaald\) toegevoegd/);
    const lint = run(dir, 'lint', 'feed.json');
    assert.equal(lint.status, 0, lint.stdout);
    assert.equal(lint.stdout, 'feed.json: geen problemen gevonden\n');

    // Its refusals in Dutch too, and feed.json as it was.
    const before = readFileSync(join(dir, 'feed.json'), 'utf8');
    assert.match(run(dir, 'new', 'channel', '--kind', 'fax', '--link', '14 038', '--name', 'x').stderr, /geef --kind met een van: phone, chat, email, web, callback/);
    assert.match(run(dir, 'new', 'channel', '--kind', 'phone', '--name', 'x').stderr, /geef --link: het telefoonnummer/);
    assert.match(run(dir, 'new', 'channel', '--kind', 'phone', '--link', '14038', '--name', 'Nog eens').stderr, /feed\.json heeft al een kanaal met tel:14038 \(14 038\): "phone"; wijzig het met clearline edit channel --id phone/);
    const again = run(dir, 'new', 'feed', '--feed-id', 'iets-anders');
    assert.equal(again.status, 2);
    assert.match(again.stderr, /feed\.json bestaat al; er is niets geschreven/);
    assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an English water company: new feed --lang en speaks English, names --lang en in the next commands, and says the name and website are still to fill in', () => {
  const dir = folder();
  try {
    const made = run(dir, 'new', 'feed', '--feed-id', 'thames-water', '--time-zone', 'Europe/London', '--lang', 'en');
    assert.equal(made.status, 0, made.stderr);
    assert.match(made.stdout, /^Made feed\.json: feed "thames-water", time zone Europe\/London, no incidents yet\.\n/);
    assert.match(made.stdout, /still \[\[TODO: …\]\]: fill in "publisher" in feed\.json, or open it with clearline studio/);
    assert.match(made.stdout, /\nDo you have a status page\? Add it with clearline edit feed --status-url https:\/\/www\.example\.com\/status, so the SMS, e-mail and social posts link to it, not to your website\.\n/);
    assert.match(made.stdout, /\n {2}clearline new channel --kind phone --link … --name "…" --lang en {3}\(how people reach you/);
    const channel = run(dir, 'new', 'channel', '--lang', 'en', '--kind', 'phone', '--link', '0800 316 9800', '--name', 'Customer service');
    assert.equal(channel.status, 0, channel.stderr);
    assert.match(channel.stdout, /^Added channel "phone" to feed\.json: phone, tel:\+448003169800 \(0800 316 9800\)\./);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).channels[0].label, { en: 'Customer service' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('new feed refuses what it cannot make, in the desk\'s language, and writes nothing', () => {
  const dir = folder();
  try {
    const cases = [
      [['--time-zone', 'Europe/Amsterdam'], /^clearline new feed: geef --feed-id: de id die uw embed vastzet met feed-id, bijvoorbeeld --feed-id gemeente-voorbeeld\n$/],
      [['--feed-id', 'Gemeente Voorbeeld', '--time-zone', 'Europe/Amsterdam'], /--feed-id: "Gemeente Voorbeeld" is geen feed-id: .* bijvoorbeeld gemeente-voorbeeld/],
      [['--feed-id', 'thames-water', '--time-zone', 'Europe/Lodnon', '--lang', 'en'], /--time-zone Europe\/Lodnon is not a time zone; use an IANA name such as Europe\/Amsterdam/],
    ];
    for (const [args, message] of cases) {
      const r = run(dir, 'new', 'feed', ...args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, message);
      assert.equal(existsSync(join(dir, 'feed.json')), false, args.join(' '));
    }
    // A feed.json that is not JSON: said where, in its own language, by the channel commands too (as lint says it).
    writeFileSync(join(dir, 'feed.json'), '{"type": "status", "channels": [{"label": {"nl": "Servicedesk"}}\n');
    const broken = run(dir, 'new', 'channel', '--kind', 'phone', '--link', '14038', '--name', 'x');
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /^clearline new channel: feed\.json is geen geldige JSON, op regel 2/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('new feed --status-url: the status page the SMS, e-mail and social posts link to, typed as people do; a wrong one is refused and nothing written', () => {
  const dir = folder();
  try {
    const made = run(dir, 'new', 'feed', '--feed-id', 'waterlink', '--publisher', 'Waterbedrijf', '--publisher-url', 'www.voorbeeld.be', '--status-url', 'www.voorbeeld.be/storingen', '--time-zone', 'Europe/Brussels');
    assert.equal(made.status, 0, made.stderr);
    assert.equal(JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).status_url, 'https://www.voorbeeld.be/storingen');
    assert.doesNotMatch(made.stdout, /statuspagina/, 'not asked for when given');
    rmSync(join(dir, 'feed.json'));
    for (const bad of ['storingen pagina', 'http://www.voorbeeld.be/storingen']) {
      const r = run(dir, 'new', 'feed', '--feed-id', 'waterlink', '--status-url', bad, '--time-zone', 'Europe/Brussels');
      assert.equal(r.status, 2, bad);
      assert.equal(r.stderr, `clearline new feed: --status-url "${bad}": geef het webadres van uw statuspagina, beginnend met https://, bijvoorbeeld --status-url https://www.voorbeeld.nl/storingen; er is niets geschreven\n`);
      assert.equal(existsSync(join(dir, 'feed.json')), false);
    }
    const en = run(dir, 'new', 'feed', '--feed-id', 'x', '--status-url', 'status', '--time-zone', 'Europe/London');
    assert.match(en.stderr, /--status-url "status": give your status page's web address, starting with https:\/\//);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// A municipality's desk on an Amsterdam clock gave no --time-zone: the feed got Europe/Amsterdam from the computer, but
// new feed answered in English and said "clearline studio --lang en", so its studio opened in English too.
test('new feed without --time-zone speaks the language of the computer’s clock: Dutch on Amsterdam time, English on London time', () => {
  const at = (tz) => {
    const dir = folder();
    try {
      return spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'new', 'feed', '--feed-id', 'gemeente-voorbeeld', '--publisher', 'Gemeente Voorbeeld', '--publisher-url', 'www.voorbeeld.nl'], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: tz } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const nl = at('Europe/Amsterdam');
  assert.equal(nl.status, 0, nl.stderr);
  assert.match(nl.stdout, /^feed\.json gemaakt: feed "gemeente-voorbeeld", tijdzone Europe\/Amsterdam, nog geen incidenten\.\n/);
  assert.match(nl.stdout, /\n {2}clearline studio --lang nl {3}\(of dit alles in uw browser\)\n/);
  const en = at('Europe/London');
  assert.match(en.stdout, /^Made feed\.json: feed "gemeente-voorbeeld", time zone Europe\/London, no incidents yet\.\n/);
  assert.match(en.stdout, /clearline studio --lang en/);
});
