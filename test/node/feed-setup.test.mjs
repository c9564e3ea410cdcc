// The pure logic the CLI and the editor share (issue 14, after issue 12): one "next update"
// parser (`readWhen`, with `parseWhen` for the CLI and `parseNextTime` for the editor as thin
// adapters), a new feed's identity (`newFeed`, `suggestFeedId`, the checks `clearline new incident`
// makes) and a new contact channel (`newChannel`, `channelLink`). Uses dist/ (run `npm run build`).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { channelLink, feedIdProblem, idForKind, newChannel, newChannelId, newFeed, parseWhen, publisherUrl, readWhen, suggestFeedId, timeZoneProblem, validatePayload, zoneOf, PUBLISHER_NAME_TODO, PUBLISHER_URL_TODO } from '../../dist/feed.js';
import { lintDocument } from '../../dist/lint.js';
import { importTs } from './ts-import.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const AMS = 'Europe/Amsterdam';
// Monday 30 November 2026, 09:43 in Amsterdam (UTC+1).
const NOW = Date.parse('2026-11-30T08:43:00Z');
const at = (input, timeZone = AMS) => readWhen(input, { now: NOW, timeZone });

describe('readWhen: one parser for --next-update and the editor', () => {
  test('relative times in English and Dutch; no unit means minutes', () => {
    for (const s of ['+30m', '+30', '+30 min', '+ 30 minuten']) assert.equal(at(s).iso, '2026-11-30T09:13:00Z', s);
    for (const s of ['+1h', '+1u', '+1 uur', '+1 hour']) assert.equal(at(s).iso, '2026-11-30T09:43:00Z', s);
    assert.equal(at('+1d').iso, '2026-12-01T08:43:00Z');
    assert.equal(at('+2 dagen').iso, '2026-12-02T08:43:00Z');
    assert.equal(at('+3 fortnights').ok, false);
  });

  test('a clock time in the feed zone, written 10:30, 10.30 or 10h30', () => {
    for (const s of ['10:30', '10.30', '10h30']) assert.equal(at(s).iso, '2026-11-30T09:30:00Z', s);
    assert.equal(at('10:30', 'America/New_York').iso, '2026-11-30T15:30:00Z');
  });

  test('a clock time that has passed is refused with tomorrow at that time, never moved silently', () => {
    const r = at('09:30');
    assert.equal(r.ok, false);
    assert.equal(r.code, 'passed');
    assert.equal(r.clock, '09:30');
    assert.equal(new Date(r.suggestion).toISOString(), '2026-12-01T08:30:00.000Z');
    // Not "+1d": that is 24 hours from now, not tomorrow at 09:30. Tomorrow at 09:30 is more than lint's 4 hours away,
    // so it is not offered (feed/passed.ts); a promise within 4 hours is. The date and time, typed, read back as that time.
    assert.equal(r.message, '09:30 has passed, and tomorrow at 09:30 is more than 4 hours away; promise the next update within 4 hours: type +15m, +30m, +1h or a clock time up to 13:43');
    const again = at('2026-12-01 09:30');
    assert.ok(again.ok && new Date(again.ms).toISOString() === '2026-12-01T08:30:00.000Z');
  });

  test('tomorrow across a daylight-saving change keeps the wall clock (not 24 hours later)', () => {
    // Saturday 28 March 2026, 12:00 in Amsterdam; summer time starts that night.
    const r = readWhen('09:00', { now: Date.parse('2026-03-28T11:00:00Z'), timeZone: AMS });
    assert.equal(new Date(r.suggestion).toISOString(), '2026-03-29T07:00:00.000Z');
  });

  test('ISO with any offset; without one it is read in the feed zone; a past one is refused with the next such time', () => {
    assert.equal(at('2026-11-30T05:30-05:00').iso, '2026-11-30T10:30:00Z');
    assert.equal(at('2026-11-30T11:00').iso, '2026-11-30T10:00:00Z');
    const past = at('2026-11-29T15:00:00+01:00');
    assert.equal(past.code, 'passed');
    assert.equal(past.form, 'iso');
    assert.equal(past.clock, '15:00');
    assert.equal(new Date(past.suggestion).toISOString(), '2026-11-30T14:00:00.000Z', 'today at 15:00, the next time the clock shows it');
    // Today at 15:00 is more than 4 hours away (lint's limit): not offered. Within 4 hours it is.
    assert.throws(() => parseWhen('2026-11-29T15:00:00+01:00', { now: NOW, timeZone: AMS }), /^TimeError: 2026-11-29T15:00:00\+01:00 has passed; promise the next update within 4 hours: type \+15m, \+30m, \+1h or a clock time up to 13:43$/);
    assert.throws(() => parseWhen('2026-11-29T12:00:00+01:00', { now: NOW, timeZone: AMS }), /has passed; did you mean "2026-11-30 12:00"\? type that, or \+137m$/);
  });

  test('nonsense, an impossible clock time and an unknown zone are refused with a sentence to act on', () => {
    assert.equal(at('soon').code, 'format');
    assert.match(at('25:00').message, /not a clock time/);
    assert.equal(at('10:30', 'Mars/Olympus').code, 'zone');
    assert.match(at('10:30', 'Mars/Olympus').message, /not a time zone; use an IANA name/);
  });

  test('zoneOf: the feed zone while it is a real one, else this machine\'s', () => {
    assert.equal(zoneOf({ time_zone: AMS }), AMS);
    assert.equal(zoneOf({ time_zone: 'Mars/Olympus' }), Intl.DateTimeFormat().resolvedOptions().timeZone);
    assert.equal(zoneOf(undefined), Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  test('the editor\'s parseNextTime is readWhen: the same instant, the same refusal', async () => {
    const { parseNextTime } = await importTs('src/components/editor/next-time.ts');
    for (const s of ['+45m', '+1u', '14:30', '14h30', '2026-11-30T16:00:00+01:00']) {
      assert.deepEqual(parseNextTime(s, NOW, AMS), { ok: true, iso: parseWhen(s, { now: NOW, timeZone: AMS }) }, s);
    }
    assert.deepEqual(parseNextTime('09:30', NOW, AMS), {
      ok: false, reason: 'passed', input: '09:30', clock: '09:30', suggestion: '2026-12-01T08:30:00Z',
      // What the studio says about it, in the words of clearline update --next-update (feed/passed.ts).
      facts: { form: 'clock', typed: '09:30', clock: '09:30', next: '2026-12-01', far: true, until: '13:43', evening: undefined, soon: undefined },
    });
    assert.deepEqual(parseNextTime('straks', NOW, AMS), { ok: false, reason: 'unreadable', input: 'straks' });
    // "Half tien" is 9:30 in Dutch and 10:30 in English: refused with both, not read (feed/spoken-times.ts).
    assert.deepEqual(parseNextTime('half tien', NOW, AMS), { ok: false, reason: 'typed', input: 'half tien', facts: { kind: 'half', hour: 10, said: 'tien' } });
  });
});

describe('a new feed: the same for clearline new incident and the editor', () => {
  test('suggestFeedId makes an id the schema takes from a publisher name', () => {
    assert.equal(suggestFeedId('Utrecht Energie'), 'utrecht-energie');
    assert.equal(suggestFeedId('  Café & Co. B.V. '), 'cafe-co-b-v');
    assert.equal(suggestFeedId(PUBLISHER_NAME_TODO), '');
    assert.equal(suggestFeedId('x'.repeat(80)).length, 64);
    assert.equal(feedIdProblem(suggestFeedId('Waternet — Amsterdam')), undefined);
  });

  test('feed id and time zone checks say what to write', () => {
    assert.match(feedIdProblem(''), /needs an id/);
    assert.match(feedIdProblem('Utrecht Energie'), /"Utrecht Energie" is not a feed id.*e\.g\. utrecht-energie/);
    assert.equal(feedIdProblem('utrecht-energie'), undefined);
    assert.equal(timeZoneProblem(AMS), undefined);
    assert.match(timeZoneProblem('CET+1'), /not a time zone; use an IANA name such as Europe\/Amsterdam/);
  });

  test('publisherUrl adds https:// to a typed host and leaves other schemes to the schema', () => {
    assert.equal(publisherUrl('www.utrecht-energie.example'), 'https://www.utrecht-energie.example');
    assert.equal(publisherUrl('https://ue.example/'), 'https://ue.example/');
    assert.equal(publisherUrl('http://ue.example/'), 'http://ue.example/');
  });

  test('newFeed: placeholders lint refuses for what is missing, the machine zone by default; complete, it lints clean', () => {
    const bare = newFeed({ feedId: '' });
    assert.equal(bare.time_zone, Intl.DateTimeFormat().resolvedOptions().timeZone);
    assert.deepEqual(bare.publisher, { name: PUBLISHER_NAME_TODO, url: PUBLISHER_URL_TODO });
    const paths = lintDocument(bare).filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.path}`);
    assert.ok(paths.includes('schema feed_id'), paths.join(', '));
    assert.ok(paths.includes('placeholder publisher/name'), paths.join(', '));
    assert.ok(paths.some((p) => p.endsWith('publisher/url')), paths.join(', '));
    // A Dutch studio's placeholders are Dutch, and refused just the same.
    const nl = newFeed({ feedId: 'x', lang: 'nl' });
    assert.deepEqual(nl.publisher, { name: '[[TODO: naam van uw organisatie]]', url: 'https://example.com/[[TODO:uw-website]]' });
    assert.equal(suggestFeedId(nl.publisher.name), '');
    const nlPaths = lintDocument(nl).filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.path}`);
    assert.ok(nlPaths.includes('placeholder publisher/name') && nlPaths.some((p) => p.endsWith('publisher/url')), nlPaths.join(', '));
    const full = newFeed({ feedId: 'utrecht-energie', publisher: 'Utrecht Energie', publisherUrl: 'www.utrecht-energie.example', timeZone: AMS });
    assert.deepEqual(lintDocument(full).filter((f) => f.severity === 'error'), []);
  });

  test('clearline new incident builds its new feed with the same function and checks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clearline-newfeed-'));
    try {
      // --lang en: an English feed, so its refusals are English (a new nl,en feed says them in Dutch: new-feed-problems-desk-language).
      const cli = (...a) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'new', 'incident', '--template', 'gas', '--id', 'gas', '--lang', 'en', ...a], { cwd: dir, encoding: 'utf8' });
      const bad = cli('--feed', 'a.json', '--feed-id', 'Utrecht Energie');
      assert.equal(bad.status, 2, bad.stderr);
      assert.match(bad.stderr, /--feed-id: "Utrecht Energie" is not a feed id/);
      const zone = cli('--feed', 'a.json', '--feed-id', 'ue', '--time-zone', 'Mars/Olympus');
      assert.match(zone.stderr, /--time-zone Mars\/Olympus is not a time zone; use an IANA name such as Europe\/Amsterdam/);
      const ok = cli('--feed', 'b.json', '--feed-id', 'ue', '--publisher', 'Utrecht Energie', '--publisher-url', 'www.ue.example', '--time-zone', AMS);
      assert.equal(ok.status, 0, ok.stderr);
      const feed = JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8'));
      // The template's contact reasons come on top of the shared new feed (issue 15).
      const { incidents, contact_reasons: reasons, ...identity } = feed;
      assert.ok(reasons.length >= 3 && reasons[0].urgent, 'the gas template brings its contact reasons, the urgent one first');
      const { incidents: _none, ...expected } = newFeed({ feedId: 'ue', publisher: 'Utrecht Energie', publisherUrl: 'www.ue.example', timeZone: AMS });
      assert.deepEqual(identity, expected);
      assert.equal(identity.publisher.url, 'https://www.ue.example');
      assert.equal(incidents.length, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a new contact channel', () => {
  test('its kind changed before it is published: the id follows the kind; a published or hand-made id stays', () => {
    const cs = [{ id: 'phone' }, { id: 'phone-2' }, { id: 'web' }];
    assert.equal(idForKind({ id: 'phone-2', kind: 'phone' }, 'web', cs, ['phone']), 'web-2');
    assert.equal(idForKind({ id: 'phone-2', kind: 'phone' }, 'callback', cs, ['phone']), 'callback');
    assert.equal(idForKind({ id: 'phone', kind: 'phone' }, 'callback', cs, ['phone']), 'phone', 'published');
    assert.equal(idForKind({ id: 'claims', kind: 'phone' }, 'web', [{ id: 'claims' }], []), 'claims', 'typed by hand');
  });

  test('a fresh id per kind, and its name as guidance in each language', () => {
    assert.equal(newChannelId('phone', []), 'phone');
    assert.equal(newChannelId('phone', [{ id: 'phone' }, { id: 'phone-2' }]), 'phone-3');
    const c = newChannel('chat', [{ id: 'chat' }], ['nl', 'en']);
    assert.equal(c.id, 'chat-2');
    assert.equal(c.kind, 'chat');
    assert.match(c.label.nl, /^\[\[TODO: naam/);
    assert.match(c.label.en, /^\[\[TODO: name/);
    assert.equal(typeof newChannel('web', [], ['']).label, 'string');
  });

  test('until its name and link are written, the schema and lint refuse it, at the channel fields', () => {
    const feed = newFeed({ feedId: 'ue', publisher: 'UE', publisherUrl: 'https://ue.example', timeZone: AMS });
    feed.channels.push(newChannel('phone', [], ['nl', 'en']));
    const errors = lintDocument(feed).filter((f) => f.severity === 'error').map((f) => f.path);
    assert.ok(errors.includes('channels/0/href'), errors.join(', '));
    assert.ok(errors.includes('channels/0/label/nl') && errors.includes('channels/0/label/en'), errors.join(', '));
    feed.channels[0] = { ...feed.channels[0], label: { nl: 'Storingslijn', en: 'Outage line' }, href: channelLink('0800-9009', '31'), emergency: true };
    assert.deepEqual(lintDocument(feed).filter((f) => f.severity === 'error'), []);
    assert.equal(validatePayload('status', { ...feed, seq: 1, issued_at: '2026-11-30T08:00:00Z', expires_at: '2026-11-30T09:00:00Z' }).ok, true);
  });

  test('channelLink turns what people type into the link the feed needs; a national number in the feed\'s country only', () => {
    assert.equal(channelLink('0800-9009', '31'), 'tel:+318009009');
    assert.equal(channelLink('+31 30 234 5678'), 'tel:+31302345678');
    assert.equal(channelLink('tel:030 234 5678', '31'), 'tel:+31302345678');
    assert.equal(channelLink('0800 123 4567', '44'), 'tel:+448001234567');
    // Without a known country, never read as Dutch: it stays national, and lint asks for + and the country code.
    assert.equal(channelLink('0800 123 4567'), 'tel:08001234567');
    assert.equal(channelLink('tel:0800-9009'), 'tel:0800-9009');
    assert.equal(channelLink('help@ue.example'), 'mailto:help@ue.example');
    assert.equal(channelLink('www.ue.example/chat'), 'https://www.ue.example/chat');
    assert.equal(channelLink('https://ue.example/chat'), 'https://ue.example/chat');
    assert.equal(channelLink('call us'), 'call us');
    assert.equal(channelLink('  '), '');
  });
});

describe('clearline new channel: the studio\'s "Add channel" in a terminal (same newChannel, channelLink, schema and lint)', () => {
  const CLI = join(ROOT, 'dist/cli.js');
  const run = (dir, ...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
  const fresh = () => {
    const dir = mkdtempSync(join(tmpdir(), 'clearline-channel-'));
    const r = run(dir, 'new', 'incident', '--template', 'strike', '--id', 'staking', '--feed-id', 'gemeente-zwolle', '--publisher', 'Gemeente Zwolle', '--publisher-url', 'https://www.zwolle.example', '--time-zone', AMS);
    assert.equal(r.status, 0, r.stderr);
    return dir;
  };
  const feedOf = (dir) => readFileSync(join(dir, 'feed.json'), 'utf8');

  test('the README commands, on a machine in any time zone: a new feed gets its emergency line and service line, in both languages; lint no longer says "no channels"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clearline-readme-'));
    try {
      // As in README.md, "Publish your first update": new incident, then the channels.
      const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
      const commands = [...readme.matchAll(/^npx clearline (new (?:incident|channel) (?:[^\n\\]|\\\n)*)/gm)].map((m) => m[1].replace(/\\\n\s*/g, ''));
      assert.deepEqual(commands.map((c) => c.split(' ').slice(0, 2).join(' ')), ['new incident', 'new channel', 'new channel']);
      const argsOf = (c) => [...c.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
      const env = { ...process.env, TZ: 'UTC' }; // a server or CI machine: the feed's own zone decides
      const first = spawnSync(process.execPath, [CLI, ...argsOf(commands[0])], { cwd: dir, encoding: 'utf8', env });
      assert.equal(first.status, 0, first.stderr);
      assert.ok(lintDocument(JSON.parse(feedOf(dir))).some((f) => f.rule === 'channels-missing'));
      for (const c of commands.slice(1)) {
        const r = spawnSync(process.execPath, [CLI, ...argsOf(c)], { cwd: dir, encoding: 'utf8', env });
        assert.equal(r.status, 0, r.stderr);
        // The README's feed is Dutch first, so the desk is answered in Dutch (desk-lang.ts).
        assert.match(r.stdout, /^Kanaal "phone(-2)?" toegevoegd aan feed\.json: phone, tel:\+31/);
        assert.match(r.stderr, /^Elders in feed\.json: \d+ fout(en)?, \d+ waarschuwing(en)?; zie ze met clearline lint feed\.json\.$/m, 'the new feed\'s placeholders as one line, not in full');
      }
      const feed = JSON.parse(feedOf(dir));
      assert.deepEqual(feed.channels.map((c) => [c.id, c.href, c.emergency ?? false]), [['phone', 'tel:+318009009', true], ['phone-2', 'tel:+31301234567', false]]);
      assert.deepEqual(feed.channels[0].label, { nl: 'Gaslucht? Bel direct', en: 'Smell gas? Call now' });
      assert.deepEqual(feed.channels[0].hours, { nl: '24 uur per dag', en: '24 hours a day' });
      assert.ok(!lintDocument(feed).some((f) => f.rule === 'channels-missing' || f.path.startsWith('channels')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a national number is read in the feed\'s country (a British water company\'s 0800 is British), never guessed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clearline-uk-'));
    try {
      const make = (zone) => run(dir, 'new', 'incident', '--template', 'water', '--lang', 'en', '--id', 'water', '--feed', `${zone.replace('/', '-')}.json`, '--feed-id', 'riverside-water', '--publisher', 'Riverside Water', '--publisher-url', 'https://www.riverside.example', '--time-zone', zone);
      assert.equal(make('Europe/London').status, 0);
      const uk = run(dir, 'new', 'channel', '--feed', 'Europe-London.json', '--kind', 'phone', '--link', '0800 123 4567', '--name', 'Report no water', '--emergency');
      assert.equal(uk.status, 0, uk.stderr);
      assert.match(uk.stdout, /phone, tel:\+448001234567 \(0800 123 4567\), emergency line/);
      // A zone whose national numbers are not written with a dropped 0: refused, with what to write.
      assert.equal(make('America/New_York').status, 0);
      const before = readFileSync(join(dir, 'America-New_York.json'), 'utf8');
      const us = run(dir, 'new', 'channel', '--feed', 'America-New_York.json', '--kind', 'phone', '--link', '0800 123 4567', '--name', 'Report no water');
      assert.equal(us.status, 1);
      // (A US number is its 10 digits, never a dropped 0: the fix says so, with a US example.)
      assert.match(us.stderr, /tel:08001234567 is not in international E\.164 form \[phone-e164\]\n\s+fix: Write all 10 digits with the area code, e\.g\. \(312\) 555-0142, or with \+ and the country code/);
      assert.equal(readFileSync(join(dir, 'America-New_York.json'), 'utf8'), before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('wait and reason per language; one --name for every language; --json', () => {
    const dir = fresh();
    try {
      const r = run(dir, 'new', 'channel', '--kind', 'chat', '--link', 'www.zwolle.example/chat', '--name', 'Chat', '--wait', '5', '--reason', 'Veel vragen over de staking', '--reason', 'Many questions about the strike', '--json');
      assert.equal(r.status, 0, r.stderr);
      const out = JSON.parse(r.stdout);
      // When the wait was set, for lint's channel-wait-stale (lint-channel-wait-stale.test.mjs checks the instant with a fixed clock).
      assert.match(out.channel.wait_updated_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      assert.deepEqual(out.channel, { id: 'chat', kind: 'chat', label: { nl: 'Chat', en: 'Chat' }, href: 'https://www.zwolle.example/chat', wait_minutes: 5, reason: { nl: 'Veel vragen over de staking', en: 'Many questions about the strike' }, wait_updated_at: out.channel.wait_updated_at });
      assert.deepEqual(JSON.parse(feedOf(dir)).channels, [out.channel]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a channel with a problem is refused with the reason, and feed.json is left exactly as it was', () => {
    const dir = fresh();
    try {
      const original = feedOf(dir);
      const cases = [
        // The findings in the feed's language too, not English under a Dutch refusal; and so every refusal of a Dutch feed's.
        [['--kind', 'phone', '--link', '9009', '--name', 'Storing'], /het kanaal is niet toegevoegd; feed\.json is niet gewijzigd:\nfout\s+channels\/0\/href: het telefoonnummer tel:9009 staat niet in internationale vorm \[phone-e164\]\n\s+oplossing: Schrijf het met \+ en de landcode/],
        [['--kind', 'email', '--link', 'mail us', '--name', 'Mail'], /de link mail us begint niet met https:, mailto: of tel: \[link-scheme\]/],
        [['--kind', 'fax', '--link', '0800-9009', '--name', 'Fax'], /geef --kind met een van: phone, chat, email, web, callback/],
        [['--kind', 'phone', '--link', '0800-9009'], /geef --name: de naam die mensen zien, bijvoorbeeld --name "Servicedesk" \(één per taal: nl, en, of één voor alle\)/],
        [['--kind', 'phone', '--link', '0800-9009', '--name', 'a', '--name', 'b', '--name', 'c'], /--lang noemt 2 talen, maar --name staat er 3 keer; geef één --name per taal, in dezelfde volgorde/],
        [['--kind', 'phone', '--link', '0800-9009', '--name', 'Storing', '--wait', 'soon'], /--wait soon: geef hele minuten/],
        [['--kind', 'phone', '--link', '0800-9009', '--name', 'Storing', '--feed', 'other.json'], /other\.json bestaat nog niet; maak het eerst: clearline new feed --feed-id ID/],
      ];
      for (const [args, message] of cases) {
        const r = run(dir, 'new', 'channel', ...args);
        assert.notEqual(r.status, 0, args.join(' '));
        assert.match(r.stderr, message, args.join(' '));
        assert.doesNotMatch(r.stderr, /\[schema\]/, 'the rule\'s own words, not the schema\'s general one');
        assert.equal(feedOf(dir), original, `${args.join(' ')}: feed.json unchanged`);
      }
      assert.equal(run(dir, 'new', 'channel', '--kind', 'phone', '--link', '0800-9009', '--name', 'Storing').status, 0);
      // A municipality's 14 + area code has no international form; it is dialled as it is.
      const gemeente = run(dir, 'new', 'channel', '--kind', 'phone', '--link', '14 038', '--name', 'Gemeente Zwolle');
      assert.equal(gemeente.status, 0, gemeente.stderr);
      assert.match(gemeente.stdout, /phone, tel:14038 \(14 038\)\./);
      const twice = run(dir, 'new', 'channel', '--kind', 'phone', '--link', '0800 9009', '--name', 'Nog eens');
      assert.equal(twice.status, 2);
      assert.match(twice.stderr, /heeft al een kanaal met tel:\+318009009 \(0800 9009\): "phone"; wijzig het met clearline edit channel --id phone/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
