// A web address written without https:// or www. ("pay at riverbendwater-pay.example", "ga naar
// energie-noord-herstel.nl") is a link in every mail and message app, as "www.…" is, and scam sites are quoted
// that way too; but lint named only the "www." form (foreign-link, scam-link). Now it reads the bare name too,
// when it ends in a known top-level domain, and leaves words with dots alone ("e.g.", "a.m.", "1.200", "form.pdf").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { bareDomains } = await importTs('src/lint/bare-domain.ts');
const { lintDocument } = await importTs('src/lint/index.ts');

const NOW = Date.parse('2026-12-07T18:00:00Z');
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const feed = (known, extra = {}) => ({
  type: 'status',
  version: 1,
  feed_id: 'riverbend',
  time_zone: 'Europe/Amsterdam',
  publisher: { name: 'Riverbend Water', url: 'https://www.riverbendwater.example/' },
  channels: [{ id: 'phone', kind: 'phone', label: { nl: 'Klantenservice', en: 'Service line' }, href: 'tel:+31881234567' }],
  contact_reasons: [{ id: 'bill', label: { nl: 'Rekening', en: 'Bill' }, channels: ['phone'] }],
  incidents: [
    {
      id: 'storing',
      title: { nl: 'Storing betalen', en: 'Payments down' },
      severity: 'major',
      phase: 'identified',
      started_at: iso(NOW - 60 * 60_000),
      updated_at: iso(NOW - 60_000),
      known,
      unknown: { nl: 'Hoe lang het duurt.', en: 'How long it lasts.' },
      next_update_at: iso(NOW + 30 * 60_000),
      actions: [{ label: { nl: 'Wacht met betalen', en: 'Wait to pay' }, urgent: true }],
      ...extra,
    },
  ],
});

const links = (doc, lang = 'en') => lintDocument(doc, { now: NOW, lang }).filter((f) => f.rule === 'foreign-link' || f.rule === 'scam-link');

test('a bare domain is read as an address: its host, and its path as written', () => {
  assert.deepEqual(bareDomains('Pay at riverbendwater-pay.example/now, or not.'), [{ shown: 'riverbendwater-pay.example/now', host: 'riverbendwater-pay.example' }]);
  assert.deepEqual(bareDomains('Ga naar energie-noord-herstel.nl.'), [{ shown: 'energie-noord-herstel.nl', host: 'energie-noord-herstel.nl' }]);
  assert.deepEqual(bareDomains('Kijk op Thuisarts.nl of op mijn.overheid.nl'), [{ shown: 'Thuisarts.nl', host: 'thuisarts.nl' }, { shown: 'mijn.overheid.nl', host: 'mijn.overheid.nl' }]);
  assert.deepEqual(bareDomains('See GOV.UK and bank-help.co.uk.').map((d) => d.host), ['gov.uk', 'bank-help.co.uk']);
});

test('words with dots are no domain, in English and Dutch: abbreviations, numbers, times, file names, a missing space', () => {
  for (const text of [
    'Water is back by 10 a.m., e.g. in St. Anne\'s Road; i.e. most homes. Version 2.4.1 fixed it.',
    'We restored 1.200 homes at 15.30 u. Zie het formulier.pdf of foto.jpg en notes.zip.',
    'Dit geldt o.a. voor de Dorpsstr. en v.a. maandag z.s.m. bij u, i.v.m. werkzaamheden.',
    'De storing is voorbij.De monteur komt bijv.de straat in, St.Anna ook.',
    'Meer op https://andere-site.example en www.andere-site.example, of mail naar info@andere-site.example.',
  ]) assert.deepEqual(bareDomains(text), [], text);
});

test('lint: a bare look-alike domain is named like its www. form, in English and Dutch, with how to write it untappable', () => {
  const doc = feed({ nl: 'Betaal uw rekening via riverbendwater-pay.example.', en: 'Pay your bill at riverbendwater-pay.example today.' }, { title: { nl: 'Storing betalen', en: 'Payments down' } });
  const en = links(doc, 'en');
  assert.deepEqual(en.map((f) => [f.severity, f.rule, f.path]), [['warning', 'foreign-link', 'incidents/0/known/nl'], ['warning', 'foreign-link', 'incidents/0/known/en']]);
  assert.match(en[1].message, /people can tap riverbendwater-pay\.example: e-mail and message apps make a bare address a link/);
  assert.match(en[1].fix, /Write it so nobody can tap it: riverbendwater-pay\[\.\]example\./);
  const nl = links(feed({ nl: 'Ga naar energie-noord-herstel.nl voor uw vergoeding.', en: 'No news.' }), 'nl');
  assert.deepEqual(nl.map((f) => f.path), ['incidents/0/known/nl']);
  assert.match(nl[0].message, /mensen kunnen op energie-noord-herstel\.nl tikken/);
  assert.match(nl[0].fix, /energie-noord-herstel\[\.\]nl/);
});

test('lint: in a warning about fake messages a bare domain is an error (scam-link), as https:// and www. are', () => {
  const doc = feed({ nl: 'De nep-sms stuurt u naar riverbendwater-pay.example. Klik niet op de link.', en: 'The fake text sends you to riverbendwater-pay.example. Do not click the link.' }, { title: { nl: 'Nep-sms uit naam van Riverbend', en: 'Fake texts in our name' } });
  assert.deepEqual(links(doc).map((f) => [f.severity, f.rule, f.path]), [['error', 'scam-link', 'incidents/0/known/nl'], ['error', 'scam-link', 'incidents/0/known/en']]);
});

test("lint: the publisher's own site written bare, an address already named as www. or e-mail, and ordinary dots pass", () => {
  assert.deepEqual(links(feed({ nl: 'Kijk op riverbendwater.example of status.riverbendwater.example.', en: 'See riverbendwater.example/news, e.g. at 8 a.m. for 1.200 homes, or form.pdf.' })), []);
  // www.… and name@host are each named once, not again as a bare domain.
  assert.deepEqual(links(feed({ nl: 'Geen nieuws.', en: 'See www.other.example or write to help@other.example.' })).map((f) => f.message.split(':')[0]), ['people can tap www.other.example', 'people can tap help@other.example']);
});
