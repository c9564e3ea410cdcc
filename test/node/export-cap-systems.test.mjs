// CAP's <area><areaDesc> names places only, and a cyberattack or phishing incident goes out as Security. A university's
// ransomware alert went out with <area><areaDesc>Brightspace</areaDesc></area> (its learning platform, the first item of
// Affects, read by alert apps as a place) and category Infra, while the export's own note said "Security bij een
// cyberaanval" (trial X). Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exporters, withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const x = await exporters();
const { affectsPlaces } = await importTs('src/export/affects-places.ts');

/** Monday 14 December 2026, 07:55 in Vlissingen. */
const NOW = Date.parse('2026-12-14T06:55:00Z');
const iso = (m) => new Date(NOW + m * 60000).toISOString();
const tag = (xml, name) => [...xml.matchAll(new RegExp(`<${name}>([^<]*)</${name}>`, 'g'))].map((m) => m[1]);

const school = (id, affects) => ({
  type: 'status', version: 1, feed_id: 'hzk', time_zone: 'Europe/Amsterdam', status_url: 'https://status.hzk.example',
  publisher: { name: 'Hogeschool Zuidkust', url: 'https://www.hzk.example' },
  channels: [{ id: 'it-desk', kind: 'phone', label: { nl: 'IT-servicedesk', en: 'IT service desk' }, href: 'tel:+31118555010' }],
  incidents: [{
    id, severity: 'critical', phase: 'investigating', started_at: iso(-75), updated_at: iso(-5), next_update_at: iso(125),
    title: { nl: 'Cyberaanval: e-mail, Brightspace en studentportaal uit', en: 'Cyberattack: e-mail, Brightspace and student portal down' },
    known: { nl: 'Onze IT-systemen zijn aangevallen. De gebouwen in Vlissingen zijn open.', en: 'Our IT systems were attacked. The buildings in Vlissingen are open.' },
    unknown: { nl: 'Wanneer de systemen weer werken.', en: 'When the systems will work again.' },
    affects,
  }],
});
const BRIGHTSPACE = [{ nl: 'Brightspace', en: 'Brightspace' }, { nl: 'studentportaal', en: 'student portal' }, { nl: 'tentamens', en: 'exams' }];

test('affectsPlaces: a name beside systems, or in an incident from a services template, is no place; a postcode always is', () => {
  assert.deepEqual(affectsPlaces(['Brightspace', 'student portal', 'exams']), []);
  assert.deepEqual(affectsPlaces(['Brightspace'], 'cyberattack-2026-12-14-0750'), []);
  assert.deepEqual(affectsPlaces(['Teams', 'Outlook'], 'outage'), []);
  assert.deepEqual(affectsPlaces(['Tewkesbury', 'North Leeds']), ['Tewkesbury', 'North Leeds']);
  assert.deepEqual(affectsPlaces(['Brightspace'], 'storing'), ['Brightspace'], 'alone and outside such a template, a name reads as a place');
  assert.deepEqual(affectsPlaces(['Online account', 'App', 'Upton upon Severn (WR8)', 'Welland']), ['Upton upon Severn (WR8)']);
  assert.deepEqual(affectsPlaces(['Middelburg 4331'], 'cyberattack-2026-12-14-0750'), ['Middelburg 4331']);
});

test('a ransomware alert has no <area> for Brightspace, in either language', () => {
  for (const id of ['ransomware', 'cyberattack-2026-12-14-0750']) {
    const alert = x.exportCap(school(id, BRIGHTSPACE), { now: NOW }).alerts.at(-1).text;
    assert.deepEqual(tag(alert, 'areaDesc'), [], id);
    assert.doesNotMatch(alert, /<area>/);
  }
  const placed = x.exportCap(school('ransomware', [{ nl: 'Vlissingen', en: 'Vlissingen' }, { nl: 'Middelburg', en: 'Middelburg' }]), { now: NOW, langs: ['en'] }).alerts.at(-1).text;
  assert.deepEqual(tag(placed, 'areaDesc'), ['Vlissingen', 'Middelburg'], 'a list of places is still sent');
});

test('an incident from the cyberattack or phishing template goes out as Security; others stay Infra', () => {
  for (const id of ['cyberattack-2026-12-14-0750', 'phishing-2026-12-14', 'phishing']) {
    const r = x.exportCap(school(id, []), { now: NOW });
    assert.deepEqual(tag(r.alerts.at(-1).text, 'category'), ['Security', 'Security'], id);
    assert.deepEqual(tag(r.alerts.at(-1).text, 'event'), ['Beveiligingsincident', 'Security incident'], id);
    assert.deepEqual(r.security, [id]);
  }
  const other = x.exportCap(school('ransomware', []), { now: NOW });
  assert.deepEqual(tag(other.alerts.at(-1).text, 'category'), ['Infra', 'Infra']);
  assert.deepEqual(other.security, []);
  const chosen = x.exportCap(school('cyberattack-2026-12-14-0750', []), { now: NOW, category: 'Infra' });
  assert.deepEqual(tag(chosen.alerts.at(-1).text, 'category'), ['Infra', 'Infra'], '--category still wins');
});

test('clearline export --to cap says Security for the cyberattack, in Dutch and English', async () => {
  await withCliDir('clearline-cap-security-', async (dir, cli) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(school('cyberattack-2026-12-14-0750', BRIGHTSPACE)));
    const nl = cli('export', 'feed.json', '--to', 'cap', '--force');
    assert.match(nl.stdout, /<category>Security<\/category><event>Beveiligingsincident<\/event>/);
    assert.doesNotMatch(nl.stdout, /areaDesc/);
    assert.match(nl.stderr, /cap: categorie Security \(gebeurtenis "Beveiligingsincident"\) voor .*Cyberaanval.*: gemaakt uit het sjabloon cyberaanval of phishing; geef --category voor een andere/);
    assert.doesNotMatch(nl.stderr, /categorie Infra/);
    const en = cli('export', 'feed.json', '--to', 'cap', '--force', '--lang', 'en');
    assert.match(en.stderr, /cap: category Security \(event "Security incident"\) for .*Cyberattack.*: made from the cyberattack or phishing template/);
  }, { now: NOW, tz: 'Europe/Amsterdam' });
});
