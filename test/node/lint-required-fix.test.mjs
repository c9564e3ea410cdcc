// A missing field: the fix says what to fill in, with an example, not "Change this field as the
// message says". A water company's desk got that under "publisher/url: is required" (nl: "moet
// ingevuld zijn"), with no next step. The studio's refusal to sign uses the same words.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { lintDocument } = await importTs('src/lint/index.ts');
const { signRefusal } = await importTs('src/cli/studio-refusal.ts');

const NOW = Date.parse('2026-12-04T10:00:00Z');
const iso = (min) => new Date(NOW + min * 60_000).toISOString();
function feed() {
  return {
    type: 'status', version: 1, feed_id: 'example-water',
    publisher: { name: { nl: 'Waterbedrijf Voorbeeld', en: 'Example Water' }, url: 'https://www.example.com' },
    channels: [{ id: 'phone', kind: 'phone', label: { nl: 'Bel ons', en: 'Call us' }, href: 'tel:+31201234567' }],
    incidents: [{ id: 'no-water', title: { nl: 'Geen water in Utrecht-Oost', en: 'No water in Utrecht-Oost' }, severity: 'major', phase: 'identified', started_at: iso(-60), updated_at: iso(-10), known: { nl: 'Een hoofdleiding is gesprongen.', en: 'A main burst.' }, unknown: { nl: 'Hoe lang het duurt.', en: 'How long it takes.' }, next_update_at: iso(30) }],
  };
}
const schemaFixes = (doc, lang) => lintDocument(doc, { now: NOW, lang }).filter((f) => f.rule === 'schema').map((f) => [f.path, f.fix]);

test('a missing publisher web address: give the full address starting with https:// (en, nl)', () => {
  const doc = feed();
  delete doc.publisher.url;
  assert.deepEqual(schemaFixes(doc, 'en'), [['publisher/url', 'Give the full web address as your browser shows it, starting with https://, for example https://www.example.co.uk.']]);
  assert.deepEqual(schemaFixes(doc, 'nl'), [['publisher/url', 'Geef het volledige webadres zoals uw browser het toont, beginnend met https://, bijvoorbeeld https://www.voorbeeld.nl.']]);
});

test('a status page address that is not https: the example is a status page', () => {
  const doc = { ...feed(), status_url: 'http://www.example.com/status' };
  assert.deepEqual(schemaFixes(doc, 'en'), [['status_url', 'Give the full web address as your browser shows it, starting with https://, for example https://www.example.co.uk/status.']]);
});

test('a missing title, severity, channel link or kind: what to fill in, with an example or the choices', () => {
  const doc = feed();
  delete doc.incidents[0].title;
  delete doc.incidents[0].severity;
  delete doc.channels[0].href;
  delete doc.channels[0].kind;
  const fixes = Object.fromEntries(schemaFixes(doc, 'nl'));
  assert.match(fixes['incidents/0/title'], /^Vul een korte titel in die zegt wat er mis is en waar, bijvoorbeeld "Geen water in Utrecht-Oost"\.$/);
  assert.equal(fixes['incidents/0/severity'], 'Vul in hoe ernstig het is: een van "info", "minor", "major", "critical".');
  assert.match(fixes['channels/0/href'], /"tel:\+31201234567".*https:\/\//);
  assert.match(fixes['channels/0/kind'], /"phone", "chat", "email", "web", "callback"/);
  for (const fix of Object.values(fixes)) assert.doesNotMatch(fix, /zoals de melding zegt/);
});

test('the CLI shows the feed\'s own words ("name": …); the studio the same advice without them', () => {
  const doc = feed();
  delete doc.publisher.name;
  assert.deepEqual(schemaFixes(doc, 'en'), [['publisher/name', 'Add your organisation\'s name as your customers know it, for example "name": "Example Water".']]);
  const refusal = signRefusal(doc, 'en', NOW);
  assert.equal(refusal.errors.find((e) => e.path === 'publisher/name').fix, 'Add your organisation\'s name as your customers know it, for example "Example Water".');
});

test('a field with no advice of its own keeps the general fix', () => {
  const doc = feed();
  doc.channels[0].href = 'ftp://example.com';
  const [[, fix]] = schemaFixes(doc, 'en');
  assert.equal(fix, 'Change this field as the message says.');
});
