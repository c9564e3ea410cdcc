// Three findings from trials about the templates' own examples and words:
// (1) The phishing template asked for a fake link "without https:// and www", and a desk wrote "scheldebank-verificatie.be",
//     which mail and message apps still make a link; lint's scam-link asks for "scheldebank-verificatie[.]be". The template
//     now shows that form, and a `[.]` inside [[TODO: …]] no longer hides the placeholder from lint.
// (2) On a Belgian feed (nl-BE, or Dutch on a Brussels clock) the Dutch examples named Utrecht-Oost, Zeist, Noord-Holland,
//     a "batchcode" and the "huisartsenpost"; now Belgian places and words, and the English on a Brussels clock Belgian places.
// (3) The power template (trial T, a grid operator) said "U hoeft de storing niet te melden" to everyone: now only for an
//     address in the area named, with a separate act-now for a loose cable (112).
// The CLI tests use dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { importTs } from './ts-import.mjs';
import { runAt } from './desk-kit.mjs';

const { TEMPLATE_NAMES, TEMPLATES, AFFECTS_EXAMPLES, incidentFromTemplate, contactReasonsFromTemplate } = await importTs('src/templates/index.ts');
const { BELGIAN_EXAMPLES, BELGIAN_ENGLISH } = await importTs('src/templates/belgian-places.ts');
const { PLACEHOLDER, hasPlaceholder } = await importTs('src/feed/placeholder.ts');
const { affectsHint } = await importTs('src/components/editor/locale.ts');
const NOW = Date.parse('2026-12-08T05:10:00Z');
const mark = /^\[\[TODO: [^\]]*\]\] /;
const DEFANGED = /\b[\w-]+(?:\[\.\][\w-]+)+\b/;

const texts = (node, lang) => (Array.isArray(node) ? node.flatMap((n) => texts(n, lang)) : node && typeof node === 'object' ? Object.entries(node).flatMap(([k, v]) => (k === lang ? [v] : texts(v, lang))) : []);
const all = (name, lang, timeZone) => texts([incidentFromTemplate(name, { id: 'x', langs: [lang], now: NOW, timeZone }), contactReasonsFromTemplate(name, [lang], timeZone)], lang).join(' | ');

test('phishing: the guidance shows a fake address as lint asks it, with [.] for the dots, in Dutch and English', () => {
  for (const [lang, zone] of [['nl', 'Europe/Amsterdam'], ['nl-BE', 'Europe/Brussels'], ['en', 'Europe/London'], ['en', 'America/Chicago']]) {
    const known = incidentFromTemplate('phishing', { id: 'x', langs: [lang], now: NOW, timeZone: zone }).known[lang];
    assert.match(known, DEFANGED, `${lang} ${zone}`);
    assert.match(known, lang.startsWith('nl') ? /met \[\.\] in plaats van elke punt/ : /with \[\.\] in place of each dot/);
    // Still one whole placeholder, so lint and sign refuse it until the desk writes its own words.
    assert.equal(PLACEHOLDER.exec(known)?.[0], known);
  }
});

test('a [.] inside [[TODO: …]] is part of the placeholder: lint still sees it', () => {
  const text = '[[TODO: wat staat vast? Schrijf bijv. verificatie-hulp[.]com.]]';
  assert.equal(PLACEHOLDER.exec(text)?.[0], text);
  assert.equal(hasPlaceholder({ nl: text, en: 'done' }), true);
  assert.equal(PLACEHOLDER.exec('[[TODO: a]] then [[TODO: b]]')?.[0], '[[TODO: a]]');
});

test('CLI: a phishing incident filled in with the template\'s own example address passes lint, without scam-link', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-phish-example-'));
  const made = runAt(NOW, dir, 'new', 'incident', '--template', 'phishing', '--id', 'phishing-golf', '--feed-id', 'scheldebank', '--publisher', 'Scheldebank', '--publisher-url', 'https://www.scheldebank.be', '--time-zone', 'Europe/Brussels', '--lang', 'nl-BE,en');
  assert.equal(made.status, 0, made.stderr);
  const file = join(dir, 'feed.json');
  const feed = JSON.parse(readFileSync(file, 'utf8'));
  const inc = feed.incidents[0];
  // Before it was filled in, lint names the guidance itself as a placeholder (the [.] in it did not hide it).
  const before = JSON.parse(runAt(NOW, dir, 'lint', '--json', 'feed.json').stdout);
  for (const l of ['nl-BE', 'en']) assert.ok(before.findings.some((f) => f.rule === 'placeholder' && f.path === `incidents/0/known/${l}`), l);
  // The desk writes the scam address the way the template shows it.
  const example = { 'nl-BE': DEFANGED.exec(inc.known['nl-BE'])[0], en: DEFANGED.exec(inc.known.en)[0] };
  inc.title = { 'nl-BE': 'Nep-sms uit naam van Scheldebank: tik niet op de link', en: "Fake texts in Scheldebank's name: do not tap the link" };
  inc.known = { 'nl-BE': `Sinds vanochtend krijgen klanten een nep-sms met een link naar ${example['nl-BE']}. Die komt niet van ons.`, en: `Since this morning people get a fake text linking to ${example.en}. It does not come from us.` };
  inc.unknown = { 'nl-BE': 'Wie erachter zit.', en: 'Who is behind it.' };
  // Action 2 names no line of its own (any sector): a bank fills in its fraud line.
  const line = { 'nl-BE': 'onze fraudelijn, 02 222 22 22', en: 'our fraud line, 02 222 22 22' };
  for (const a of inc.actions) for (const l of ['nl-BE', 'en']) {
    a.label[l] = a.label[l].replace(mark, '').replace(/\[\[TODO: [^\]]*\]\]/, line[l]);
    a.who[l] = /"([^"]+)"/.exec(a.who[l])[1];
  }
  feed.channels = [{ id: 'fraude', kind: 'phone', label: { 'nl-BE': 'Fraudelijn', en: 'Fraud line' }, href: 'tel:+3222222222', emergency: true }];
  writeFileSync(file, JSON.stringify(feed, null, 2));
  const r = runAt(NOW, dir, 'lint', '--json', 'feed.json');
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.findings.filter((f) => f.rule === 'scam-link' || f.rule === 'foreign-link'), []);
  assert.deepEqual(out.findings.filter((f) => f.severity === 'error'), [], r.stdout);
  // The same text with the address as a link is refused, so the rule did read this incident.
  writeFileSync(file, JSON.stringify(feed).replace(example['nl-BE'], example['nl-BE'].replaceAll('[.]', '.').replace(/^/, 'https://')));
  assert.ok(JSON.parse(runAt(NOW, dir, 'lint', '--json', 'feed.json').stdout).findings.some((f) => f.rule === 'scam-link'));
});

const DUTCH_PLACES = /Utrecht|Zeist|Amersfoort|Noord-Holland|Arnhem/;
const NETHERLANDS_WORDS = /batchcode|huisartsenpost\b|flat De Horst/;

test('on a Belgian feed the Dutch examples are Belgian places and words, in every template', () => {
  for (const [lang, zone] of [['nl-BE', 'Europe/Brussels'], ['nl-BE', undefined], ['nl', 'Europe/Brussels']]) {
    for (const name of TEMPLATE_NAMES) {
      const dutch = all(name, lang, zone);
      assert.doesNotMatch(dutch, DUTCH_PLACES, `${name} ${lang} ${zone}`);
      assert.doesNotMatch(dutch, NETHERLANDS_WORDS, `${name} ${lang} ${zone}`);
    }
    assert.match(all('power', lang, zone), /Stroomstoring in Antwerpen-Noord/);
    assert.match(all('water', lang, zone), /Geen kraanwater in Leuven/);
    assert.match(all('public-transport', lang, zone), /Geen treinen tussen Gent en Brugge/);
    assert.match(all('telecom', lang, zone), /in Oost-Vlaanderen/);
    assert.match(all('lift', lang, zone), /Lift buiten werking in residentie De Horst/);
    assert.match(all('recall', lang, zone), /welk lotnummer en welke houdbaarheidsdatum.*lotnummer L2345.*alleen lotnummer \[\[TODO: lotnummer\]\]/);
    assert.match(all('water-quality', lang, zone), /of de huisartsenwachtpost als die dicht is/);
  }
  // Every phrase is found in the catalog, so a catalog edit cannot leave one behind.
  const catalog = JSON.stringify([TEMPLATES, AFFECTS_EXAMPLES]);
  for (const [phrase] of [...BELGIAN_EXAMPLES, ...BELGIAN_ENGLISH]) assert.ok(catalog.includes(JSON.stringify(phrase).slice(1, -1)), phrase);
  // English on a Brussels clock: Belgian places too.
  const english = TEMPLATE_NAMES.map((n) => all(n, 'en', 'Europe/Brussels')).join(' | ');
  assert.doesNotMatch(english, DUTCH_PLACES);
  assert.match(all('power', 'en', 'Europe/Brussels'), /Power cut in north Antwerp/);
  // The Netherlands keeps its own.
  assert.match(all('power', 'nl', 'Europe/Amsterdam'), /Stroomstoring in Utrecht-Oost/);
  assert.match(all('recall', 'nl', 'Europe/Amsterdam'), /batchcode L2345/);
  // The studio's "Who is affected" example for a lift, on a Brussels clock.
  assert.match(affectsHint('nl', 'Europe/Brussels', 'Gescheiden door komma’s, bijv. Amsterdam, Utrecht', 'lift'), /bijv\. residentie De Horst, blok A$/);
});

test('power (trial T): "no need to report" only for an address in the area named; a loose cable is its own act-now with the emergency number', () => {
  for (const [zone, emergency] of [['Europe/Amsterdam', '112'], ['Europe/Brussels', '112'], ['Europe/London', '999'], ['America/Chicago', '911']]) {
    const inc = incidentFromTemplate('power', { id: 'x', langs: ['nl', 'en'], now: NOW, timeZone: zone });
    const labels = inc.actions.map((a) => ({ nl: a.label.nl.replace(mark, ''), en: a.label.en.replace(mark, ''), urgent: a.urgent === true }));
    for (const l of labels) assert.doesNotMatch(`${l.nl} | ${l.en}`, /^U hoeft de storing niet te melden|^You do not need to report/);
    const report = labels.find((l) => /niet te melden/.test(l.nl));
    assert.equal(report.nl, 'Als uw adres in het gebied ligt dat we hier noemen, hoeft u de storing niet te melden; we weten ervan. Ligt uw adres erbuiten, meld het dan wel');
    assert.match(report.en, /^If your address is in the area named here, you do not need to report the outage; we know about it\. If it is not, please report it$/);
    const danger = labels.find((l) => /kabel/.test(l.nl));
    assert.equal(danger.urgent, true);
    assert.equal(danger.nl, 'Blijf ver weg van een losse kabel, vonken of brand en bel 112');
    if (zone === 'America/Chicago') assert.match(danger.en, /downed power line/);
    assert.match(danger.en, new RegExp(`^Keep well away from a (?:loose cable|downed power line), sparks or fire, and call ${emergency}$`), zone);
  }
  // The other utilities share the conditional wording.
  for (const name of ['gas', 'water', 'heating']) assert.match(all(name, 'nl', 'Europe/Amsterdam'), /Als uw adres in het gebied ligt dat we hier noemen, hoeft u de storing niet te melden/, name);
});

test("the studio's New incident on a Brussels feed starts from the same texts: Belgian places, the [.] example, the safe wording", async () => {
  const { draftFromTemplate } = await importTs('src/components/editor/draft.ts');
  const feed = { type: 'status', version: 1, feed_id: 'net', time_zone: 'Europe/Brussels', publisher: { name: 'Net', url: 'https://www.net.be' }, channels: [], incidents: [] };
  const power = draftFromTemplate('power', feed, ['nl-BE', 'en'], NOW);
  assert.match(power.title['nl-BE'], /Stroomstoring in Antwerpen-Noord/);
  assert.match(power.title.en, /Power cut in north Antwerp/);
  assert.ok(power.suggestions.some((s) => /^Als uw adres in het gebied ligt dat we hier noemen, hoeft u/.test(s.label['nl-BE']) && /^If your address is in the area named here/.test(s.label.en)));
  assert.ok(power.suggestions.some((s) => s.urgent && /losse kabel/.test(s.label['nl-BE']) && s.who['nl-BE'] === 'U ziet een losse kabel, vonken of brand'));
  const phishing = draftFromTemplate('phishing', feed, ['nl-BE', 'en'], NOW);
  assert.match(phishing.known['nl-BE'], DEFANGED);
  assert.match(phishing.known.en, DEFANGED);
});
