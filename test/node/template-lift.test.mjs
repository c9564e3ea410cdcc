// A housing association's night desk (a lift out in a 12-storey block where elderly tenants and a wheelchair user live,
// the central heating of three blocks down) typed `--template lift`, `liftstoring` and `storing cv`, and was refused each
// time with the list; it wrote the lift on Other disruption ("What must someone do right now?").
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { templateNamed, incidentFromTemplate, contactReasonsFromTemplate, TEMPLATES } = await importTs('src/templates/index.ts');
const { TEMPLATE_LABELS } = await importTs('src/templates/labels.ts');
const { lintDocument } = await importTs('src/lint/index.ts');

test('a template is found by what is out with the word for outage around it, and by the words for a central boiler', () => {
  const names = { 'storing cv': 'heating', cv: 'heating', 'cv-ketel': 'heating', 'centrale verwarming': 'heating', verwarmingsstoring: 'heating', 'heating failure': 'heating', lift: 'lift', liftstoring: 'lift', 'lift storing': 'lift', elevator: 'lift', 'Lift buiten werking': 'lift', internetstoring: 'telecom', 'power outage': 'power', 'storing-mobiel': 'mobile' };
  for (const [typed, template] of Object.entries(names)) assert.equal(templateNamed(typed), template, typed);
  for (const typed of ['storing', 'storing-', 'woningcorporatie']) assert.equal(templateNamed(typed), undefined, typed);
});

test('the lift template: the call for help of who cannot use the stairs first, the trapped press the alarm, and its own words', () => {
  assert.equal(TEMPLATE_LABELS.nl.lift, 'Lift buiten werking');
  assert.equal(TEMPLATE_LABELS.en.lift, 'Lift out of order');
  const NOW = Date.parse('2026-12-03T01:00:00Z');
  const inc = incidentFromTemplate('lift', { id: 'lift', langs: ['nl', 'en'], now: NOW, timeZone: 'Europe/Amsterdam' });
  assert.deepEqual(inc.actions.map((a) => !!a.urgent), [true, true, false, false]);
  assert.match(inc.actions[0].label.nl, /Bel ons als u hulp nodig heeft omdat u de trap niet kunt nemen/);
  assert.match(inc.actions[1].label.nl, /alarmknop in de lift.*bel 112/);
  assert.deepEqual(contactReasonsFromTemplate('lift', ['nl']).map((r) => [r.id, r.label.nl, !!r.urgent]), [
    ['stuck', 'Iemand zit vast in de lift', true],
    ['stairs', 'Ik kan de trap niet nemen en heb hulp nodig', false],
    ['when-fixed', 'Wanneer doet de lift het weer?', false],
  ]);
  // No word of another sector: no "outage", "supply", "customers", "travel" in what readers get.
  const texts = JSON.stringify([TEMPLATES.lift.actions, TEMPLATES.lift.reasons]);
  assert.doesNotMatch(texts, /storing|outage|supply|levering|klant|customer|reis|journey/i);
  // In the US and Canada an elevator.
  const us = incidentFromTemplate('lift', { id: 'lift', langs: ['en'], now: NOW, timeZone: 'America/Chicago' });
  assert.doesNotMatch(JSON.stringify([us.title, us.known, us.unknown, us.actions]), /\blift\b/);
  assert.match(us.actions[1].label.en, /alarm button in the elevator .* call 911/);
  // The call for help, once its mark is gone, wants its number (lint urgent-call-without-number).
  const untodo = (s) => s.replace(/^\[\[TODO: [^\]]*\]\]\s*/, '');
  for (const a of inc.actions) for (const l of ['nl', 'en']) a.label[l] = untodo(a.label[l]);
  const feed = { type: 'status', version: 1, feed_id: 'w', time_zone: 'Europe/Amsterdam', publisher: { name: 'W', url: 'https://w.example/' }, channels: [], incidents: [inc] };
  assert.deepEqual(lintDocument(feed, { now: NOW }).filter((f) => f.rule === 'urgent-call-without-number').map((f) => f.path), ['incidents/0/actions/0/href']);
});

test('the lift template\'s text message keeps the call for help whole with the number it calls, in Dutch and English', async () => {
  const { deskIncidentFeed, exporters } = await import('./export-kit.mjs');
  const x = await exporters();
  const now = Date.parse('2026-11-23T09:45:00Z');
  const { feed, incident } = await deskIncidentFeed('lift', { publisher: 'Woonstichting Zuidhaven', id: 'lift', title: { nl: 'Lift buiten werking in flat Zeezicht', en: 'Lift out of order in the Zeezicht flats' }, known: { nl: 'De lift staat stil.', en: 'The lift is out of order.' }, unknown: { nl: 'Hoe lang het duurt.', en: 'How long it takes.' }, now });
  incident.actions[0].href = 'tel:+31881234567';
  feed.status_url = 'https://www.zuidhaven.nl/storing';
  for (const lang of ['nl', 'en']) {
    const sms = x.exportSms(feed, { lang, now });
    assert.ok(sms.fits, sms.text);
    assert.match(sms.text, lang === 'nl' ? /Bel ons als u hulp nodig heeft omdat u de trap niet kunt nemen.*088 123 4567/ : /Call us if you need help because you cannot use the stairs.*088 123 4567/, sms.text);
  }
});

test('the lift template: "no need to report" only for the lift in the building named, with what to do when someone is stuck', async () => {
  const NOW = Date.parse('2026-12-03T01:00:00Z');
  const mark = /^\[\[TODO: [^\]]*\]\] /;
  const wantNl = 'Als de lift in het gebouw dat we hier noemen buiten werking is, hoeft u het niet te melden; we weten ervan. Doet een andere lift het niet, meld het dan wel. Zit iemand vast in een lift? Druk op de alarmknop in de lift; bel 112 als iemand onwel wordt';
  for (const [zone, lang, lift, emergency] of [['Europe/Amsterdam', 'nl', 'lift', '112'], ['Europe/Brussels', 'nl-BE', 'lift', '112'], ['Europe/London', 'nl', 'lift', '999'], ['America/Chicago', 'nl', 'elevator', '911']]) {
    const inc = incidentFromTemplate('lift', { id: 'lift', langs: [lang, 'en'], now: NOW, timeZone: zone });
    const labels = inc.actions.map((a) => ({ nl: a.label[lang].replace(mark, ''), en: a.label.en.replace(mark, '') }));
    // No action says it to everyone any more.
    for (const l of labels) assert.doesNotMatch(`${l.nl} | ${l.en}`, /^U hoeft de kapotte lift niet te melden|^You do not need to report/, zone);
    const report = inc.actions.find((a) => /niet te melden/.test(a.label[lang]));
    assert.equal(report.label[lang].replace(mark, ''), wantNl, zone);
    assert.equal(
      report.label.en.replace(mark, ''),
      `If the ${lift} in the building named here is out of order, you do not need to report it; we know about it. If another ${lift} is not working, please report it. Someone stuck in ${lift === 'lift' ? 'a lift' : 'an elevator'}? Press the alarm button in the ${lift}; call ${emergency} if someone becomes unwell`,
      zone,
    );
    assert.match(report.who[lang], /"U wilt melden dat een lift het niet doet"/);
    assert.match(report.who.en, lift === 'lift' ? /"You want to report a lift that is not working"/ : /"You want to report an elevator that is not working"/);
    assert.equal(report.urgent, undefined);
  }
  // The studio offers the same words.
  const { draftFromTemplate } = await importTs('src/components/editor/draft.ts');
  const feed = { type: 'status', version: 1, feed_id: 'w', time_zone: 'Europe/Brussels', publisher: { name: 'W', url: 'https://w.example/' }, channels: [], incidents: [] };
  const draft = draftFromTemplate('lift', feed, ['nl-BE', 'en'], NOW);
  assert.ok(draft.suggestions.some((s) => s.label['nl-BE'] === wantNl && s.who['nl-BE'] === 'U wilt melden dat een lift het niet doet'));
});
