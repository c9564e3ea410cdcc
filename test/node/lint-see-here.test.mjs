// Trial Z, findings 10 and 13 (a UK hospital trust's strike): the template's can-wait action "You do not need to call us to
// ask whether the strike goes ahead; you can read it here" went into the e-mail and the CAP alert's instruction, where
// "here" points nowhere, and the see-below check said nothing. see-below now names "here" as this page too, in English and
// Dutch; a "here" or "hier" that is a place, and "hierover", stay quiet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { lintDocument } = await import(pathToFileURL(join(ROOT, 'dist/lint.js')).href);

const NOW = Date.parse('2026-12-14T16:00:00Z');

function feed({ action = 'In an emergency call 999 or go to A&E: it stays open', known = 'Resident doctors will strike from 07:00 on Thursday 17 December.', lang = 'en' } = {}) {
  return {
    type: 'status', version: 1, feed_id: 'northgate', time_zone: 'Europe/London',
    publisher: { name: 'Northgate Hospitals', url: 'https://www.northgatehospitals.example/' },
    channels: [{ id: 'switchboard', kind: 'phone', label: { [lang]: 'Switchboard' }, href: 'tel:+441614960000' }],
    incidents: [{
      id: 'strike', title: { [lang]: 'Doctors’ strike Thursday 17 to Saturday 19 December' }, severity: 'major', phase: 'identified',
      started_at: '2026-12-14T16:00:00Z', updated_at: '2026-12-14T16:00:00Z', next_update_at: '2026-12-15T16:00:00Z', cadence: 'daily', starts_at: '2026-12-17T07:00:00Z',
      known: { [lang]: known }, unknown: { [lang]: 'Which clinics will close.' },
      actions: [{ label: { [lang]: action }, urgent: true }],
    }],
  };
}
const here = (doc, lang) => lintDocument(doc, { now: NOW, lang }).filter((f) => f.rule === 'see-below');

test('"you can read it here", "on this page", "dat leest u hier", "op deze pagina": named, as pointing nowhere in an e-mail or alert', () => {
  const [f] = here(feed({ action: 'You do not need to call us to ask whether the strike goes ahead; you can read it here' }));
  assert.equal(f.path, 'incidents/0/actions/0/label/en');
  assert.match(f.message, /“read it here” points at this page, but this text also goes out by text message, e-mail, .* where “here” points nowhere/);
  assert.match(f.fix, /Name the place itself, such as “on our website”/);
  for (const known of ['Find the latest here.', 'Check here whether your clinic is open.', 'The list of open clinics is on this page.', 'Here you can read which clinics are open.']) {
    assert.equal(here(feed({ known })).length, 1, known);
  }
  const [nl] = here(feed({ lang: 'nl', action: 'U hoeft ons niet te bellen om te vragen of de staking doorgaat; dat leest u hier' }), 'nl');
  assert.match(nl.message, /‘leest u hier’ verwijst naar deze pagina, .*per e-mail/);
  assert.match(nl.fix, /Noem de plek zelf, zoals ‘op onze website’/);
  for (const known of ['Kijk hier of uw afspraak doorgaat.', 'De open poliklinieken staan op deze pagina.', 'Hier leest u welke poliklinieken open zijn.']) {
    assert.equal(here(feed({ lang: 'nl', known }), 'nl').length, 1, known);
  }
});

test('a "here" that is a place, "hierover" and "on our website" stay quiet', () => {
  for (const known of ['The bus stops here during the strike.', 'We post every change on our website.', 'Staff here will help you.', 'Come here as planned.']) {
    assert.deepEqual(here(feed({ known })), [], known);
  }
  for (const known of ['Hierover leest u meer op onze website.', 'De bus stopt hier niet.', 'Wij zetten elke wijziging op onze website.']) {
    assert.deepEqual(here(feed({ lang: 'nl', known }), 'nl'), [], known);
  }
});
