// A borough council's flood feed offered a reader who chose "Someone is in danger from the water" its own out-of-hours
// line under "Call now", not 999. `clearline new incident` said so; a desk that worked only in the studio was never told.
// Lint's emergency-services-missing now says it wherever lint runs: on the command line with the commands that fix it,
// in the studio ('desk') with where to add the line and tick it; the number by the feed's clock. (dist/: build first.)
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import test from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { withCliDir } from './export-kit.mjs';
import { lintCleanFeed } from './lint-feed.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { lintDocument } = await import(pathToFileURL(join(ROOT, 'dist/lint.js')).href);
const NOW = Date.parse('2026-11-23T12:00:00Z');
const RULE = 'emergency-services-missing';
const found = (doc, o = {}) => lintDocument(doc, { now: NOW, ...o }).filter((f) => f.rule === RULE);

/** The clean feed as a British council's flood page: its own out-of-hours line, offered for the danger reason. */
function council(label = { en: 'Someone is in danger from the water' }) {
  const f = lintCleanFeed(NOW);
  f.time_zone = 'Europe/London';
  f.channels.unshift({ id: 'out-of-hours', kind: 'phone', label: { nl: 'Noodlijn gemeente', en: 'Emergency out-of-hours line' }, href: 'tel:+441422288001', emergency: true });
  f.contact_reasons.push({ id: 'danger', label: { nl: 'Iemand is in gevaar door het water', ...label }, urgent: true, channels: ['out-of-hours'] });
  return f;
}

test('a British flood feed without 999: the CLI names both commands, the studio where to add and tick, in English and Dutch', () => {
  const [cli] = found(council(), { lang: 'en' });
  assert.equal(cli.path, 'contact_reasons/2/channels');
  assert.equal(cli.message, 'readers who choose “Someone is in danger from the water” are not offered 999 under “Call now”, only your own lines');
  assert.equal(cli.fix, 'Add the emergency services as a line of their own and offer it for this reason: clearline new channel --kind phone --link 999 --name "Noodlijn gemeente" --name "Police, fire and ambulance" --emergency --id emergency-services --feed feed.json, then clearline edit reason --id danger --channel emergency-services,out-of-hours --feed feed.json.'.replace('"Noodlijn gemeente"', '"Alarmnummer (politie, brandweer, ambulance)"'));
  const [desk] = found(council(), { lang: 'en', audience: 'desk' });
  assert.equal(desk.path, cli.path);
  assert.equal(desk.fix, 'Add the emergency services as a line of their own and offer it for this reason: Add channel, Phone line, name “Police, fire and ambulance”, link 999, tick “Emergency line”; then tick it under “Channels for Someone is in danger from the water”.');
  const [nl] = found(council(), { lang: 'nl', audience: 'desk' });
  assert.equal(nl.message, 'wie “Iemand is in gevaar door het water” kiest, krijgt onder “Bel nu” geen 999, alleen uw eigen lijnen');
  assert.match(nl.fix, /Kanaal toevoegen, Telefoonlijn, naam “Alarmnummer \(politie, brandweer, ambulance\)”, link 999, vink “Noodnummer” aan; vink het daarna aan onder “Kanalen voor Iemand is in gevaar door het water”/);
  assert.doesNotMatch(`${desk.fix} ${nl.fix}`, /clearline|--/);
});

test('the line is there but not offered for the reason: only the tick; offered, or no incident open: nothing', () => {
  const f = council();
  f.channels.unshift({ id: 'emergency-services', kind: 'phone', label: { nl: 'Alarmnummer', en: 'Police, fire and ambulance' }, href: 'tel:999', emergency: true });
  const [cli] = found(f);
  assert.equal(cli.fix, 'Offer “Police, fire and ambulance” for this reason: clearline edit reason --id danger --channel emergency-services,out-of-hours --feed feed.json.');
  assert.equal(found(f, { audience: 'desk' })[0].fix, 'Offer “Police, fire and ambulance” for this reason: tick it under “Channels for Someone is in danger from the water”.');
  f.contact_reasons[2].channels.push('emergency-services');
  assert.deepEqual(found(f), []);
  // Naming no line, an urgent reason offers every emergency line, 999 among them; so it does naming only ordinary lines.
  delete f.contact_reasons[2].channels;
  assert.deepEqual(found(f), []);
  f.contact_reasons[2].channels = ['phone'];
  assert.deepEqual(found(f), []);
  // Not urgent, naming none: only the ordinary lines.
  delete f.contact_reasons[2].channels;
  delete f.contact_reasons[2].urgent;
  assert.equal(found(f).length, 1);
  const over = council();
  Object.assign(over.incidents[0], { phase: 'resolved', resolved_at: over.incidents[0].updated_at, next_update_at: null });
  assert.deepEqual(found(over), []);
});

test('which reasons and which number: the templates\' and a desk\'s own words; NHS 111 is not 999; 112, 911, 000 by the clock', () => {
  assert.equal(found(council({ en: 'A dangerous situation' })).length, 1, 'the storm template\'s reason');
  assert.equal(found(council({ en: 'Someone is in immediate danger' })).length, 1, 'a desk\'s own words');
  assert.deepEqual(found(council({ en: 'Danger: a loose cable, sparks or fire', nl: 'Gevaar: een kabel ligt los' })), [], 'the grid\'s own emergency line is the first call');
  assert.deepEqual(found(council({ en: 'Danger from the cold: someone is getting ill or too cold', nl: 'Gevaar door kou' })), []);
  const nhs = council();
  nhs.channels.push({ id: 'nhs-111', kind: 'phone', label: { nl: 'NHS 111', en: 'NHS 111' }, href: 'tel:111', emergency: true });
  nhs.contact_reasons[2].channels.push('nhs-111');
  assert.match(found(nhs)[0].message, /not offered 999/);
  for (const [zone, number] of [['Europe/Amsterdam', '112'], ['America/Chicago', '911'], ['Australia/Sydney', '000']]) {
    const f = council();
    f.time_zone = zone;
    assert.match(found(f)[0].fix, new RegExp(`--link ${number} `), zone);
  }
  // 112 works in Britain too: a line with it is enough.
  const eu = council();
  eu.channels.unshift({ id: 'sos', kind: 'phone', label: { nl: '112', en: '112' }, href: 'tel:112', emergency: true });
  delete eu.contact_reasons[2].channels;
  assert.deepEqual(found(eu), []);
});

test('clearline lint names the feed file in the commands, and running them clears the warning', async () => {
  await withCliDir('clearline-lint-999-', async (dir, run) => {
    writeFileSync(join(dir, 'flood.json'), JSON.stringify({ ...council(), incidents: [{ ...council().incidents[0], started_at: new Date(Date.now() - 3600e3).toISOString().replace(/\.\d+Z$/, 'Z'), updated_at: new Date(Date.now() - 60e3).toISOString().replace(/\.\d+Z$/, 'Z'), next_update_at: new Date(Date.now() + 1800e3).toISOString().replace(/\.\d+Z$/, 'Z') }] }));
    const r = run('lint', '--lang', 'en', 'flood.json');
    assert.match(r.stdout + r.stderr, /contact_reasons\/2\/channels: readers who choose “Someone is in danger from the water” are not offered 999/);
    const fix = /fix: Add the emergency services[^:]*: (clearline .*), then (clearline .*)\.$/m.exec(r.stdout + r.stderr);
    assert.ok(fix, r.stdout + r.stderr);
    for (const c of [fix[1], fix[2]]) {
      assert.match(c, / --feed flood\.json$/);
      const args = [...c.slice('clearline '.length).matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
      const done = run(...args);
      assert.equal(done.status, 0, `${c}\n${done.stderr}`);
    }
    assert.equal(JSON.parse(readFileSync(join(dir, 'flood.json'), 'utf8')).channels[0].href, 'tel:999');
    const again = run('lint', 'flood.json');
    assert.doesNotMatch(again.stdout + again.stderr, /emergency-services-missing/);
  });
});

// Lint says in its own words which lines a reason offers (an import of feed/reasons.ts put that module in every status page's
// chunk): it must agree with the readers' rule, reasonChannels, for every way a desk can tick and mark the lines.
test('the warning comes exactly when the readers\' rule (reasonChannels) does not offer the 999 line', async () => {
  const { importTs } = await import('./ts-import.mjs');
  const { reasonChannels } = await importTs('src/feed/reasons.ts');
  const lines = [
    { id: 'own', kind: 'phone', label: 'Own', href: 'tel:+441422288001', emergency: true },
    { id: 'ord', kind: 'phone', label: 'Ordinary', href: 'tel:+441422288002', wait_minutes: 40 },
    { id: 'web', kind: 'web', label: 'Report online', href: 'https://example.com/report' },
  ];
  let n = 0;
  for (const marked of [true, false]) for (const urgent of [true, false]) for (const list of [undefined, [], ['own'], ['ord'], ['web'], ['es'], ['own', 'es'], ['ord', 'es'], ['own', 'ord'], ['web', 'es']]) {
    const f = lintCleanFeed(NOW);
    f.time_zone = 'Europe/London';
    f.channels = [...lines, { id: 'es', kind: 'phone', label: 'Police, fire and ambulance', href: 'tel:999', ...(marked ? { emergency: true } : {}) }];
    const reason = { id: 'danger', label: 'Someone is in danger from the water', ...(urgent ? { urgent: true } : {}), ...(list ? { channels: list } : {}) };
    f.contact_reasons = [reason];
    const offered = reasonChannels(f, reason).some((c) => c.id === 'es');
    assert.equal(found(f).length, offered ? 0 : 1, JSON.stringify({ marked, urgent, list, offered }));
    n++;
  }
  assert.equal(n, 40);
});
