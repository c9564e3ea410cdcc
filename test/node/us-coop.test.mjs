// A rural US electric cooperative's night desk (America/Los_Angeles) during a wildfire Public Safety Power Shutoff:
// what lint says about texts written with another country's habits, and what it leaves alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { lintCleanFeed } from './lint-feed.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { lintDocument } = await import(pathToFileURL(join(ROOT, 'dist/lint.js')).href);

const NOW = Date.parse('2026-12-04T10:00:00Z');
const LA = 'America/Los_Angeles';

/** The clean feed on `zone`, its English "what we know" replaced by `en`; the rule's findings as [path, message, fix]. */
function found(rule, en, zone = LA, nl) {
  const f = lintCleanFeed(NOW);
  f.time_zone = zone;
  f.incidents[0].known.en = en;
  if (nl) f.incidents[0].known.nl = nl;
  return lintDocument(f, { now: NOW }).filter((x) => x.rule === rule);
}

test('a US feed that sends readers to 112 or 999 is told to write 911; 911, house numbers and longer numbers pass', () => {
  for (const text of ['Power is off. In an emergency call 112.', 'Power is off. If someone is in danger, dial 999.', 'Power is off. Emergency? Call [112](tel:112).']) {
    const [f, more] = found('emergency-number-elsewhere', text);
    assert.ok(f && !more, text);
    assert.match(f.message, /emergency number is 911/);
    assert.match(f.fix, /Write 911 instead of (112|999)/);
  }
  for (const text of ['Power is off. In an emergency call 911.', 'The resource center is at 112 Main Street.', 'Call our outage line at (800) 911-4000.', 'Call 1-530-555-0112.', 'About 4,000 homes. Emergency crews are out.']) {
    assert.deepEqual(found('emergency-number-elsewhere', text), [], text);
  }
});

test('the same texts elsewhere: 112 in a Dutch or British feed passes, 911 there does not', () => {
  assert.deepEqual(found('emergency-number-elsewhere', 'In an emergency call 112.', 'Europe/Amsterdam'), []);
  assert.deepEqual(found('emergency-number-elsewhere', 'In an emergency call 112 or 999.', 'Europe/London'), []);
  assert.equal(found('emergency-number-elsewhere', 'In an emergency call 911.', 'Europe/Amsterdam', 'Bel in nood 911.').length, 2);
  assert.equal(found('emergency-number-elsewhere', 'In an emergency call 911.', 'Europe/London').length, 1);
  // A zone whose emergency numbers lint does not know stays quiet.
  assert.deepEqual(found('emergency-number-elsewhere', 'In an emergency call 911.', 'Asia/Tokyo'), []);
});

test('a tel: link to 112 in a US feed is the same mistake', () => {
  const f = lintCleanFeed(NOW);
  f.time_zone = LA;
  f.channels.push({ id: 'sos', kind: 'phone', label: { nl: 'Alarmnummer', en: 'Emergency services' }, href: 'tel:112', emergency: true });
  const hits = lintDocument(f, { now: NOW }).filter((x) => x.rule === 'emergency-number-elsewhere');
  assert.deepEqual(hits.map((x) => x.path), ['channels/2/href']);
});

test('a 24-hour time in English on a US clock gets its AM/PM form; 12-hour times, Dutch texts and other zones pass', () => {
  const [f, more] = found('clock-24-hour', 'Power goes off at 06:00 and may stay off until 18:30 on Saturday.');
  assert.ok(f && !more);
  assert.match(f.message, /"06:00" is a 24-hour time/);
  assert.match(f.fix, /"06:00" → "6:00 AM", "18:30" → "6:30 PM"/);
  assert.match(found('clock-24-hour', 'Crews start at 00:15.')[0].fix, /"12:15 AM"/);
  for (const text of ['Power goes off at 6:00 AM and may stay off until 6:30 p.m.', 'Crews start at 9:30 and finish by 12:15 PM.', 'Open 8 AM to 5 PM. A 16:9 screen.', 'Details at https://example.com/psps?t=18:30']) {
    assert.deepEqual(found('clock-24-hour', text), [], text);
  }
  // The Dutch text of a US feed, and English in a Dutch or British feed, keep their 24-hour times.
  assert.deepEqual(found('clock-24-hour', 'Power goes off at 6:00 AM.', LA, 'De stroom gaat om 06:00 uit.'), []);
  assert.deepEqual(found('clock-24-hour', 'Power goes off at 18:00.', 'Europe/London'), []);
  assert.deepEqual(found('clock-24-hour', 'Power goes off at 18:00.', 'Europe/Amsterdam'), []);
});

test('a 1-900 line in a US feed is a paid number, with toll-free numbers to give instead; an 800 line passes', () => {
  const f = lintCleanFeed(NOW);
  f.time_zone = LA;
  f.channels.push({ id: 'billing', kind: 'phone', label: { nl: 'Rekening', en: 'Billing questions' }, href: 'tel:+19005550100' });
  const [hit, more] = lintDocument(f, { now: NOW }).filter((x) => x.rule === 'costly-number');
  assert.ok(hit && !more);
  assert.equal(hit.path, 'channels/2/href');
  assert.match(hit.message, /\(\(900\) 555-0100\) is a paid number \(1-900\)/);
  assert.match(hit.fix, /toll-free number \(800, 888/);
  f.channels[2].href = 'tel:+18005550100';
  assert.deepEqual(lintDocument(f, { now: NOW }).filter((x) => x.rule === 'costly-number'), []);
});

test('generator advice that can kill is named (carbon monoxide, backfeed); the advice as it should be passes', () => {
  const rules = (en, nl) => found('carbon-monoxide-indoors', en, LA, nl).concat(found('generator-backfeed', en, LA, nl)).map((x) => `${x.rule} ${x.path}`);
  assert.deepEqual(rules('Run your generator in the garage with the door open, or plug it into a wall outlet.'), ['carbon-monoxide-indoors incidents/0/known/en', 'generator-backfeed incidents/0/known/en']);
  assert.deepEqual(rules('Cook on a camp stove or grill inside while the power is off.'), ['carbon-monoxide-indoors incidents/0/known/en']);
  assert.deepEqual(rules('Power is off.', 'Zet het aggregaat in de schuur en sluit het aan op de meterkast.'), ['carbon-monoxide-indoors incidents/0/known/nl', 'generator-backfeed incidents/0/known/nl']);
  // The fuse box by its other Dutch names (Flemish and older homes): "zekeringkast", "stoppenkast".
  for (const nl of ['Sluit het aggregaat aan op de zekeringkast.', 'Koppel uw aggregaat aan de stoppenkast als de stroom uitvalt.']) assert.deepEqual(rules('Power is off.', nl), ['generator-backfeed incidents/0/known/nl'], nl);
  assert.deepEqual(rules('Power is off.', 'Sluit een aggregaat nooit aan op de zekeringkast.'), []);
  assert.deepEqual(rules('Power is off.', 'Laat een installateur een omschakelaar bij de zekeringkast plaatsen voor uw aggregaat.'), []);
  for (const safe of [
    'Never run a generator, grill or camp stove indoors or in a garage, even with the door open: carbon monoxide can kill.',
    'Run your generator outside, not in the garage, and at least 20 feet from windows.',
    'Plug appliances straight into the generator, with a heavy-duty extension cord. Do not plug it into a wall outlet.',
    'Connect a generator to your home wiring only through a transfer switch fitted by an electrician.',
    'Keep your medical equipment inside and charged. Check on neighbors who have a generator.',
    'Our backup generators inside the hospital keep the elevators running.',
  ]) assert.deepEqual(rules(safe), [], safe);
});

test("the templates' own texts pass the generator rules, in Dutch and in US English", async () => {
  // The heating template's act-now names a generator, indoors, with "Never" (and "nooit").
  const { importTs } = await import('./ts-import.mjs');
  const { incidentFromTemplate, TEMPLATE_NAMES } = await importTs('src/templates/index.ts');
  for (const name of TEMPLATE_NAMES) {
    const f = lintCleanFeed(NOW);
    f.time_zone = LA;
    f.incidents = [incidentFromTemplate(name, { id: name, langs: ['nl', 'en'], now: NOW, timeZone: LA })];
    const hits = lintDocument(f, { now: NOW }).filter((x) => x.rule === 'carbon-monoxide-indoors' || x.rule === 'generator-backfeed');
    assert.deepEqual(hits, [], name);
  }
});

test('the phone message keeps a downed-line action that says more than "call 911", also when it names a distance', async () => {
  const { exporters } = await import('./export-kit.mjs');
  const x = await exporters();
  const feed = (label) => ({
    type: 'status', version: 1, feed_id: 'sierra-coop', time_zone: LA, publisher: { name: 'Sierra Foothills Electric', url: 'https://sierrafoothills.example' },
    channels: [
      { id: 'phone', kind: 'phone', label: 'Outage line', href: 'tel:+18005550199', wait_minutes: 25, reason: 'many calls about the outage' },
      { id: 'sos', kind: 'phone', label: 'Police, fire and ambulance', href: 'tel:911', emergency: true },
    ],
    incidents: [{
      id: 'line-down', title: 'Power outage near Paradise after a damaged line', severity: 'major', phase: 'investigating',
      known: 'About 900 homes have no power.', started_at: '2026-12-04T09:40:00Z', updated_at: '2026-12-04T09:50:00Z', next_update_at: '2026-12-04T10:45:00Z',
      actions: [{ who: 'You see a downed power line', label, href: 'tel:911', urgent: true }],
    }],
  });
  const said = (label) => x.exportIvr(feed(label), { lang: 'en', now: NOW }).text;
  // Before, "30" made "Stay at least 30 feet away …" count as the number, and the action went unsaid: 911 was said anyway.
  assert.match(said('Stay at least 30 feet away from a downed power line and call 911'), /You see a downed power line\? Stay at least 30 feet away from a downed power line and call 911\./);
  assert.match(said('Stay far away from a downed power line and call 911'), /Stay far away from a downed power line/);
  // Only a call to 911 that the message says anyway is still not said twice; nor "In an emergency: 911".
  for (const label of ['Call 911', 'In an emergency: 911', 'Call 911, day and night']) assert.equal(said(label).split('911').length - 1, 1, label);
});

test("the studio's template names and the power template's danger reason, in the English of a US clock", async () => {
  const { importTs } = await import('./ts-import.mjs');
  const { selectLabel, templateLabel } = await importTs('src/templates/labels.ts');
  const { contactReasonsFromTemplate, templateNamed } = await importTs('src/templates/index.ts');
  assert.equal(selectLabel('en', 'power', LA), 'Power outage');
  assert.equal(selectLabel('en', 'lift', LA), 'Elevator out of order');
  assert.equal(templateLabel('en', 'mobile', LA), 'Cell network');
  // Britain, a feed without a zone and the Dutch desk keep theirs.
  assert.equal(selectLabel('en', 'power', 'Europe/London'), 'Power cut');
  assert.equal(selectLabel('en', 'power'), 'Power cut');
  assert.equal(selectLabel('nl', 'power', LA), 'Stroomstoring');
  // The names the studio shows are names --template takes.
  assert.equal(templateNamed('Elevator out of order'), 'lift');
  assert.equal(templateNamed('Cell network'), 'mobile');
  const danger = contactReasonsFromTemplate('power', ['en'], LA).find((r) => r.id === 'danger');
  assert.equal(danger.label.en, 'Danger: a downed power line, sparks or fire');
  assert.equal(contactReasonsFromTemplate('power', ['en'], 'Europe/London').find((r) => r.id === 'danger').label.en, 'Danger: a loose cable, sparks or fire');
});

test('an action for "You have a generator" keeps its who in the e-mail and the phone message when the label only names a generator', async () => {
  const { importTs } = await import('./ts-import.mjs');
  const { labelSaysWho } = await importTs('src/export/plain.ts');
  assert.equal(labelSaysWho('You have a generator', 'Never run a generator indoors or in a garage'), false);
  assert.equal(labelSaysWho('You have a generator', 'Call us if you have a generator'), true);
  assert.equal(labelSaysWho('U hebt een aggregaat', 'Hebt u een aggregaat? Zet het buiten'), true);
  const { exporters } = await import('./export-kit.mjs');
  const x = await exporters();
  const f = lintCleanFeed(NOW);
  f.time_zone = LA;
  f.incidents[0].actions = [{ who: { nl: 'U hebt een aggregaat', en: 'You have a generator' }, label: { nl: 'Gebruik een aggregaat nooit binnen', en: 'Never run a generator indoors or in a garage' }, urgent: true }];
  assert.match(x.exportEmail(f, { lang: 'en', now: NOW }).text, /You have a generator: Never run a generator indoors or in a garage/);
  assert.match(x.exportIvr(f, { lang: 'en', now: NOW }).text, /You have a generator\? Never run a generator indoors or in a garage\./);
});

test('a day-first date in a US feed, and a month-first one in a European feed, is named with the month as a word', () => {
  const [us, more] = found('date-order', 'Fill containers with water before 6:00 AM on 14/12.');
  assert.ok(us && !more);
  assert.match(us.fix, /"December 14"/);
  assert.match(found('date-order', 'Power may be off until 14-12-2026.')[0].fix, /"December 14, 2026"/);
  const [eu] = found('date-order', 'Power may be off until 12/14/2026.', 'Europe/Amsterdam');
  assert.match(eu.fix, /"14 December 2026" \(in Dutch "14 december 2026"\)/);
  // Readable both ways, or no date: left alone; and the order each country writes.
  for (const text of ['Open 24/7.', 'On 12/4 and 4/12.', 'Power may be off until 12/14/2026.', 'Version 14.2 and a score of 14-2.', 'Call (530) 555-0142.', '4,200 homes; 1/2 of them.']) {
    assert.deepEqual(found('date-order', text), [], text);
  }
  assert.deepEqual(found('date-order', 'Until 14/12/2026.', 'Europe/London'), []);
  assert.deepEqual(found('date-order', 'Until 14/12/2026.', 'America/Toronto'), []);
  assert.deepEqual(found('date-order', 'Power is off.', LA, 'Tot 14-12-2026 geen stroom.'), []);
});

test('a shortened text does not end on one word after a colon: "…or other equipment: charge…" ends "…or other equipment…"', async () => {
  const { importTs } = await import('./ts-import.mjs');
  const { shortenWords } = await importTs('src/export/plain.ts');
  const text = 'Plan now for your oxygen concentrator or other equipment: charge backup batteries and call your supplier';
  const upTo = (n) => (c) => c.length <= n;
  assert.equal(shortenWords(text, upTo(66)), 'Plan now for your oxygen concentrator or other equipment…');
  // Two words after it, or a comma's next item, stay.
  assert.equal(shortenWords(text, upTo(73)), 'Plan now for your oxygen concentrator or other equipment: charge backup…');
  assert.equal(shortenWords('No internet, TV or phone in the area', upTo(16)), 'No internet, TV…');
  // The SMS of the planned shutoff.
  const { exporters } = await import('./export-kit.mjs');
  const x = await exporters();
  const f = lintCleanFeed(NOW);
  f.time_zone = LA;
  f.status_url = 'https://outages.sierrafoothills.example';
  Object.assign(f.incidents[0], { title: { nl: 'Geplande afschakeling in Butte en Tehama', en: 'Planned power shutoff in Butte and Tehama counties' } });
  f.incidents[0].actions = [{ who: { nl: 'Medische apparatuur', en: 'Someone uses medical equipment at home' }, label: { nl: 'Plan nu', en: text }, urgent: true }];
  const sms = x.exportSms(f, { lang: 'en', now: NOW }).text;
  assert.doesNotMatch(sms, /: charge(?:…|\.\.\.)/, sms);
});

test("the English --help of new feed, edit feed and new incident gives no Dutch examples only: a US desk read 'e.g. gemeente-voorbeeld' and 'www.example.nl'", async () => {
  const { spawnSync } = await import('node:child_process');
  for (const cmd of [['new', 'feed'], ['edit', 'feed'], ['new', 'incident']]) {
    const help = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...cmd, '--help'], { encoding: 'utf8', env: { ...process.env, TZ: LA } }).stdout;
    assert.match(help, /--/, cmd.join(' '));
    assert.doesNotMatch(help, /gemeente-voorbeeld|www\.example\.nl/, cmd.join(' '));
    if (/--time-zone/.test(help)) assert.match(help, /America\/Chicago/, cmd.join(' '));
  }
});
