// Lint's examples and fixes for a desk of any sector. A municipality's desk was told to write a wait
// reason like "very many calls about the outage" (heel veel telefoontjes over de storing), to name
// contact reasons like "My bill" or "Geen stroom", an empty reason "Report damage", a list
// ["Logging in", "Bank feeds"], and, when an SMS cut its action, to start it with "Call your GP if …".
// The examples are now words any sector has, or the desk's own text; rule names and severities stay.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { lintDocument } = await importTs('src/lint/index.ts');
const { lintChannels } = await importTs('src/export/lint.ts');

const NOW = Date.parse('2026-12-02T09:00:00Z');
const MIN = 60_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Words of one sector that an example for every desk must not have. */
const ONE_SECTOR = /outage|storing|bill\b|rekening|stroom|power|payment|betal|damage|schade|bank|logging in|inloggen|GP\b|huisarts|customer|klant/i;

/** A municipality's notice: waste collected a day late, with the mistakes a busy morning makes. */
function municipality() {
  return {
    type: 'status', version: 1, feed_id: 'gemeente', publisher: { name: 'Gemeente Voorbeeld', url: 'https://gemeente.example' }, time_zone: 'Europe/Amsterdam',
    channels: [
      { id: 'phone', kind: 'phone', label: { nl: 'Publiekszaken', en: 'Public services' }, href: 'tel:+31301234567', wait_minutes: 40 },
      { id: 'web', kind: 'web', label: { nl: '', en: '' }, href: 'https://gemeente.example/melding' },
    ],
    incidents: [{
      id: 'afval', title: { nl: 'Afval wordt een dag later opgehaald', en: 'Waste collected a day late' }, severity: 'minor', phase: 'identified',
      started_at: iso(NOW - 60 * MIN), updated_at: iso(NOW - 10 * MIN), affects: { nl: 'Restafval', en: 'General waste' },
      known: { nl: 'De vuilniswagens rijden vandaag niet.', en: 'The refuse lorries do not run today.' },
      unknown: { nl: 'Of vrijdag ook later wordt.', en: 'Whether Friday is affected too.' },
      next_update_at: iso(NOW + 30 * MIN),
      actions: [{ label: { nl: 'Zet uw container morgen om 7:30 buiten', en: 'Put your bin out tomorrow at 7:30' }, urgent: true }],
    }],
  };
}

const fixes = (doc, lang, audience) => Object.fromEntries(lintDocument(doc, { now: NOW, timeZone: 'Europe/Amsterdam', lang, audience }).map((f) => [f.rule + ':' + f.path, f]));

test('wait-without-reason, name-missing, contact-reasons-missing: sector-neutral examples in English and Dutch (CLI and studio words)', () => {
  for (const lang of ['en', 'nl']) {
    for (const audience of ['feed', 'desk']) {
      const found = fixes(municipality(), lang, audience);
      const wait = found['wait-without-reason:channels/0/reason'];
      const name = found['name-missing:channels/1/label/nl'];
      const reasons = found['contact-reasons-missing:contact_reasons'];
      for (const f of [wait, name, reasons]) {
        assert.ok(f, `${lang} ${audience}: ${JSON.stringify(Object.keys(found))}`);
        assert.doesNotMatch(f.fix, ONE_SECTOR, `${lang} ${audience} ${f.rule}: ${f.fix}`);
      }
      assert.equal(wait.severity, 'warning');
      assert.equal(name.severity, 'error');
      assert.equal(reasons.severity, 'warning');
      assert.match(wait.fix, lang === 'en' ? /"very many calls at the moment"/ : /“op dit moment heel veel telefoontjes”/);
      assert.match(name.fix, lang === 'en' ? /"Service desk"/ : /“Servicedesk”/);
      assert.match(reasons.fix, lang === 'en' ? /"Report a problem", "I need help today"/ : /“Een probleem melden”, “Ik heb vandaag hulp nodig”/);
    }
  }
  const doc = municipality();
  doc.contact_reasons = [{ id: 'x', label: { nl: ' ', en: '' }, channels: ['phone'] }];
  for (const lang of ['en', 'nl']) {
    const f = lintDocument(doc, { now: NOW, lang }).find((x) => x.rule === 'name-missing' && x.path.startsWith('contact_reasons'));
    assert.match(f.fix, lang === 'en' ? /e\.g\. "Report a problem"/ : /bijv\. “Een probleem melden”/);
    assert.doesNotMatch(f.fix, ONE_SECTOR);
  }
});

test('a list written as one value: the example is the desk\'s own text, the two-item example words any sector has', () => {
  for (const lang of ['en', 'nl']) {
    const f = lintDocument(municipality(), { now: NOW, lang }).find((x) => x.path === 'incidents/0/affects');
    assert.equal(f.rule, 'schema');
    assert.equal(f.severity, 'error');
    assert.match(f.fix, lang === 'en' ? /e\.g\. \["Phone line", "Website"\]\. One item is a list too: \[\{"nl":"Restafval","en":"General waste"\}\]\.$/ : /bijvoorbeeld \["Telefoon", "Website"\]\. Ook één onderdeel is een lijst: \[\{"nl":"Restafval","en":"General waste"\}\]\.$/, f.fix);
    assert.doesNotMatch(f.fix, ONE_SECTOR);
  }
  const one = municipality();
  one.incidents[0].affects = 'General waste';
  assert.match(lintDocument(one, { now: NOW }).find((x) => x.path === 'incidents/0/affects').fix, /One item is a list too: \["General waste"\]\.$/);
});

test('lint --for sms: a cut action is turned around with the desk\'s own words, or a pattern any sector fits; never "Call your GP"', () => {
  // A school: "Is your child ill? Report it in the parents' app before 8:00." cut in the SMS.
  const school = municipality();
  const inc = school.incidents[0];
  inc.affects = [{ nl: 'Lessen', en: 'Lessons' }];
  inc.title = { nl: 'School dicht door stormschade aan het dak van het hoofdgebouw aan de Dorpsstraat', en: 'School closed after storm damage to the roof of the main building on Dorpsstraat' };
  inc.actions = [{ label: { nl: 'Is uw kind ziek of heeft u vragen over de opvang van morgen en overmorgen? Meld het in de ouderapp, vóór 8:00 uur.', en: 'Is your child ill or do you have questions about care tomorrow and the day after? Report it in the parents\' app before 8:00.' }, urgent: true }];
  for (const lang of ['en', 'nl']) {
    const f = lintChannels(school, ['sms'], { now: NOW, lang }).find((x) => x.rule === 'sms-shortened' && x.path.endsWith(`/${lang}`));
    assert.ok(f, JSON.stringify(lintChannels(school, ['sms'], { now: NOW, lang })));
    assert.match(f.fix, lang === 'en' ? /\("Report it in the parents' app before 8:00 …", not "Is your …\? Report it in the parents' app before 8:00"\)/ : /\("Meld het in de ouderapp, vóór 8:00 uur …", niet "Is uw …\? Meld het in de ouderapp, vóór 8:00 uur"\)/, f.fix);
    assert.doesNotMatch(f.fix, /GP|huisarts/);
  }
  // Written as an instruction already, but too long: a neutral pattern.
  inc.actions[0].label = { nl: 'Meld het in de ouderapp als uw kind ziek is of als u vragen heeft over de opvang van morgen en overmorgen, vóór 8:00 uur', en: 'Report it in the parents\' app if your child is ill or if you have questions about care tomorrow and the day after, before 8:00' };
  for (const lang of ['en', 'nl']) {
    const f = lintChannels(school, ['sms'], { now: NOW, lang }).find((x) => x.rule === 'sms-shortened' && x.path.endsWith(`/${lang}`));
    assert.ok(f);
    assert.match(f.fix, lang === 'en' ? /\("Call … if …", not "Did you …\? Then call …"\)/ : /\("Bel … als …", niet "Heeft u …\? Bel dan …"\)/, f.fix);
  }
});
