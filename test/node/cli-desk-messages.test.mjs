// Trial W (an Irish gas network's desk, two incidents open): small CLI messages that misled the desk, each on a fixed clock.
// keygen before new feed printed feed-id="your-feed-id" for the web team to copy; update of the gas incident printed
// "1 error(s)" for the other (fraud) incident's passed promise under its own success line; sign never said the file must
// still go on the website; phone-no-wait came at every update; and update never asked whether the title still held when
// what we know changed ("Pressure in the gas main is back." under "No gas in Naas and Newbridge"). Run `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withCliDir } from './export-kit.mjs';

const NOW = Date.parse('2026-12-15T22:00:00Z');
const H = 3_600_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The gas outage and the doorstep fraud warning, whose promised 20:00 update has passed; in English (Dublin) or Dutch (Amsterdam). */
function twoIncidents(lang) {
  const nl = lang === 'nl';
  return {
    type: 'status', version: 1, feed_id: 'eirgas', publisher: { name: 'Éirgas Networks', url: 'https://www.eirgas.example' },
    time_zone: nl ? 'Europe/Amsterdam' : 'Europe/Dublin', status_url: 'https://www.eirgas.example/status',
    channels: [{ id: 'customer', kind: 'phone', label: { [lang]: nl ? 'Klantenservice' : 'Customer service' }, href: 'tel:+35315550100' }],
    incidents: [
      { id: 'gas-naas', title: { [lang]: nl ? 'Geen gas in Naas en Newbridge' : 'No gas in Naas and Newbridge' }, severity: 'major', phase: 'identified',
        started_at: iso(NOW - 16 * H), updated_at: iso(NOW - H),
        known: { [lang]: nl ? 'Sinds 05:40 hebben 8.500 huizen geen gas.' : 'About 8,500 homes have had no gas since 05:40.' },
        unknown: { [lang]: nl ? 'Wanneer alle huizen weer gas hebben.' : 'When all homes are relit.' }, next_update_at: iso(NOW + H / 2),
        actions: [{ label: { [lang]: nl ? 'Ruikt u gas? Bel direct.' : 'Smell gas? Call at once.' }, urgent: true }] },
      { id: 'scam-engineers', title: { [lang]: nl ? 'Nepmonteurs aan de deur' : 'People posing as Éirgas engineers' }, severity: 'minor', phase: 'identified',
        started_at: iso(NOW - 7 * H), updated_at: iso(NOW - 3 * H),
        known: { [lang]: nl ? 'Mensen doen zich voor als monteur en vragen geld.' : 'People posing as engineers ask for money at the door.' },
        unknown: { [lang]: nl ? 'Wie erachter zit.' : 'Who is behind it.' }, next_update_at: iso(NOW - 2 * H),
        actions: [{ label: { [lang]: nl ? 'Laat ze niet binnen.' : 'Do not let them in.' }, urgent: true }] },
    ],
    contact_reasons: [{ id: 'smell', label: { [lang]: nl ? 'Ik ruik gas' : 'I smell gas' }, urgent: true, channels: ['customer'] }],
  };
}
const deskClock = (lang) => ({ now: NOW, tz: lang === 'nl' ? 'Europe/Amsterdam' : 'Europe/Dublin' });
const write = (dir, doc) => writeFileSync(join(dir, 'feed.json'), JSON.stringify(doc, null, 2) + '\n');

for (const [lang, words] of [
  ['en', { none: /No embed code yet: besides this public key it needs your feed id[^\n]*clearline new feed --feed-id …/, header: /Embed code for the five elements, with the public key in public\.jwk\.json:/ }],
  ['nl', { none: /Nog geen insluitcode: die heeft naast deze publieke sleutel uw feed-id nodig[^\n]*clearline new feed --feed-id …/, header: /Insluitcode voor de vijf elementen, met de publieke sleutel uit public\.jwk\.json:/ }],
]) {
  test(`keygen before new feed prints no placeholder feed id; new feed prints the embed code with that key (${lang})`, () =>
    withCliDir('clearline-w-keygen-', (dir, run) => {
      const k = run('keygen', '--out', 'private.jwk.json', '--public-out', 'public.jwk.json');
      assert.equal(k.status, 0, k.stderr);
      assert.doesNotMatch(k.stdout, /your-feed-id|uw-feed-id|<clearline-/);
      assert.match(k.stdout, words.none);
      const made = run('new', 'feed', '--feed-id', 'eirgas', '--publisher', 'Éirgas Networks', '--publisher-url', 'https://www.eirgas.example');
      assert.equal(made.status, 0, made.stderr);
      assert.match(made.stdout, words.header);
      const pub = JSON.parse(readFileSync(join(dir, 'public.jwk.json'), 'utf8'));
      assert.ok(made.stdout.includes(`public-key='${JSON.stringify(pub)}'\n  feed-id="eirgas">`), made.stdout);
      assert.match(made.stdout, /feed-id="eirgas-faq"/);
    }, deskClock(lang)));
}

for (const [lang, heading, count] of [
  ['en', /Not changed by this update: the incident "People posing as Éirgas engineers" \(--incident scam-engineers\) has 1 error\(s\) and 0 warning\(s\); sign refuses the feed until its errors are fixed:\nerror {3}incidents\/1\/next_update_at [^\n]*\[next-update-past\]\n[^\n]*clearline update feed\.json --incident scam-engineers --next-update \+30m/, /^feed\.json: 0 error\(s\)/m],
  ['nl', /Niet veranderd door deze update: het incident "Nepmonteurs aan de deur" \(--incident scam-engineers\) heeft 1 fout en 0 waarschuwingen; sign weigert de feed tot die fouten zijn opgelost:\nfout {4}incidents\/1\/next_update_at [^\n]*\[next-update-past\]\n[^\n]*clearline update feed\.json --incident scam-engineers --next-update \+30m/, /^feed\.json: 0 fouten/m],
]) {
  test(`update names the other incident a finding is about, apart from its own (${lang})`, () =>
    withCliDir('clearline-w-other-', (dir, run) => {
      write(dir, twoIncidents(lang));
      const r = run('update', 'feed.json', '--incident', 'gas-naas', '--next-update', '+1h');
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, heading);
      // The count line above the update's own findings no longer counts the other incident's error.
      assert.match(r.stderr, count);
    }, deskClock(lang)));
}

for (const [lang, said] of [
  ['en', /Not on the website yet: readers see this only once feed\.jws\.json is on your web server, at the address in your embed code's src="…" \(your status page https:\/\/www\.eirgas\.example\/status then shows it\)\. Copy it there now, or send it to your web team\./],
  ['nl', /Nog niet op de website: lezers zien dit pas als feed\.jws\.json op uw webserver staat, op het adres in src="…" van uw insluitcode \(uw statuspagina https:\/\/www\.eirgas\.example\/status toont het dan\)\. Zet het bestand er nu neer, of stuur het naar uw webteam\./],
]) {
  test(`sign says the signed file is not on the website yet (${lang})`, () =>
    withCliDir('clearline-w-sign-', (dir, run) => {
      const doc = twoIncidents(lang);
      doc.incidents[1].next_update_at = iso(NOW + H);
      write(dir, doc);
      assert.equal(run('keygen', '--out', 'private.jwk.json').status, 0);
      const s = run('sign', '--key', 'private.jwk.json', 'feed.json', '--out', 'feed.jws.json');
      assert.equal(s.status, 0, s.stderr);
      assert.match(s.stderr, said);
    }, deskClock(lang)));
}

test('phone-no-wait: said by lint and sign, not by every update about an incident (it is about a line the update did not touch)', () =>
  withCliDir('clearline-w-wait-', (dir, run) => {
    const doc = twoIncidents('en');
    doc.incidents[1].next_update_at = iso(NOW + H);
    write(dir, doc);
    const u = run('update', 'feed.json', '--incident', 'gas-naas', '--next-update', '+1h');
    assert.equal(u.status, 0, u.stderr);
    assert.doesNotMatch(u.stdout + u.stderr, /phone-no-wait/);
    assert.match(run('lint', 'feed.json').stdout, /\[phone-no-wait\]/);
    assert.equal(run('keygen', '--out', 'private.jwk.json').status, 0);
    assert.match(run('sign', '--key', 'private.jwk.json', 'feed.json', '--out', 'feed.jws.json').stderr, /\[phone-no-wait\]/);
    // An update about a line (--channel) still says it.
    assert.match(run('update', 'feed.json', '--incident', 'gas-naas', '--channel', 'customer', '--wait', 'none').stderr, /\[phone-no-wait\]/);
  }, deskClock('en')));

for (const [lang, known, note] of [
  ['en', 'Pressure in the gas main is back. Relighting has started, house by house.', /What we know changed, the title did not\. Do the title and the first sentence of what we know still say what is going on\? As exported now, the SMS "No gas in Naas and Newbridge\. Smell gas\? Call at once\.[^"]*"; the phone message "[^"]*No gas in Naas and Newbridge\. Pressure in the gas main is …"; the social post "No gas in Naas and Newbridge\. Pressure in the gas main is back\. Relighting has started[^"]*"\. If the title no longer fits: clearline update feed\.json --incident gas-naas --correct --title "…"\nThe SMS repeats the previous one word for word: it says nothing of what is new \("Relighting has started, house by house\."\)\. What is new is only on the website, in the phone message and in the social post\./],
  ['nl', 'De druk in de gasleiding is terug. Monteurs zetten het gas huis voor huis weer aan.', /Wat we weten is veranderd, de titel niet\. Zeggen de titel en de eerste zin van wat we weten nog wat er aan de hand is\? Zoals ze nu worden geëxporteerd: de sms "Oorzaak gevonden: Geen gas in Naas en Newbridge\. Ruikt u gas\? Bel direct\.[^"]*"; het telefoonbericht "[^"]*"; het bericht op sociale media "Geen gas in Naas en Newbridge\. De druk in de gasleiding is terug\. Monteurs zetten[^"]*"\. Past de titel niet meer: clearline update feed\.json --incident gas-naas --correct --title "…"\nDe sms zegt niets van wat nieuw is \("Monteurs zetten het gas huis voor huis weer aan\."\)\. Wat nieuw is, staat alleen op de website, in het telefoonbericht en in het bericht op sociale media\./],
]) {
  test(`update asks whether the title still holds when what we know changes under it (${lang})`, () =>
    withCliDir('clearline-w-title-', (dir, run) => {
      write(dir, twoIncidents(lang));
      const r = run('update', 'feed.json', '--incident', 'gas-naas', '--known', known, '--next-update', '+1h');
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, note);
      // The command it prints runs as printed, with a title.
      const fixed = run('update', 'feed.json', '--incident', 'gas-naas', '--correct', '--title', lang === 'nl' ? 'Gas komt terug in Naas' : 'Relighting gas in Naas');
      assert.equal(fixed.status, 0, fixed.stderr);
      // Not asked with a new title, nor when only the next update changes.
      const titled = run('update', 'feed.json', '--incident', 'gas-naas', '--title', 'Relit: Naas', '--known', 'Most homes have gas again.', '--next-update', '+2h');
      assert.equal(titled.status, 0, titled.stderr);
      assert.doesNotMatch(titled.stdout, /title did not|de titel niet/);
      assert.doesNotMatch(run('update', 'feed.json', '--incident', 'gas-naas', '--next-update', '+3h').stdout, /title did not|de titel niet/);
    }, deskClock(lang)));
}
