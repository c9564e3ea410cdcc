// Trial U, a Belgian bank (nl-BE + en) at 07:46: a DDoS ("Cyberaanval: app en online bankieren werken niet") and a wave
// of fake texts in the bank's name were both open. The default SMS said only "Cyberaanval: app en online bankieren werken
// niet. Kijk zelf op de website van Scheldebank." (90 of 160): the languages' plans disagreed (Dutch kept the phase and the
// next update, English the news) and the shared plan dropped all three (sms-plan.ts). And it said nothing of the fake
// texts, in the very channel the scam uses: now another open warning against fake messages in our name gives its first
// urgent action in the room left (sms-fraud.ts). The next morning's standing notice cut "geef niemand uw codes" to "..."
// while its "Kijk zelf op de website" line could go. Fixtures: the trial's feeds (test/fixtures/export/bank-phishing-*.json).
import assert from 'node:assert/strict';
import test from 'node:test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const { exportSms } = await importTs('src/export/sms.ts');
const { isFraudWarning } = await importTs('src/feed/scam-warning.ts');
const bank = (name) => JSON.parse(readFileSync(join(FIXTURES, `bank-phishing-${name}.json`), 'utf8'));
const AT_0746 = Date.parse('2026-12-08T06:46:00Z');
const NEXT_MORNING = Date.parse('2026-12-09T07:00:00Z');
const ddos = (f) => f.incidents.find((i) => i.id.startsWith('cyber'));
const phish = (f) => f.incidents.find((i) => i.id === 'phishing-golf');

test('the languages share the parts each can carry: the DDoS alone keeps its phase and next update (nl-BE and en)', () => {
  const f = bank('0746');
  f.incidents = [ddos(f)];
  const nl = exportSms(f, { lang: 'nl-BE', now: AT_0746 });
  const en = exportSms(f, { lang: 'en', now: AT_0746 });
  assert.equal(nl.text, 'Oorzaak gevonden: Cyberaanval: app en online bankieren werken niet. Volgende update 09:00. Kijk zelf op de website van Scheldebank.');
  assert.equal(en.text, 'Cause identified: Cyberattack: app and online banking down. Next update 09:00. Go to the Scheldebank website yourself.');
  for (const r of [nl, en]) assert.ok(!r.shortened.includes('next') && !r.shortened.includes('phase'), r.shortened.join());
});

test('beside an open warning against fake messages, the SMS about the DDoS says what to do about them (nl-BE and en)', () => {
  const f = bank('0746');
  const nl = exportSms(f, { lang: 'nl-BE', now: AT_0746 });
  const en = exportSms(f, { lang: 'en', now: AT_0746 });
  assert.equal(nl.incident, ddos(f).id, 'it still leads with the most severe one chosen as before');
  assert.equal(nl.text, 'Cyberaanval: app en online bankieren werken niet. Klik niet op de link, bel niet terug en geef niemand uw codes. Kijk zelf op de website van Scheldebank.');
  assert.equal(en.text, 'Cyberattack: app and online banking down. Do not tap the link, do not call back and give nobody your codes. Go to the Scheldebank website yourself.');
  assert.deepEqual(nl.fraudLine, { incident: 'phishing-golf', added: true, said: 'Klik niet op de link, bel niet terug en geef niemand uw codes.' });
  for (const r of [nl, en]) assert.ok(r.fits && r.characters <= 160);
  // Only the next update, the phase and the news gave way for it; the DDoS's own title is whole.
  assert.deepEqual([...nl.shortened].sort(), ['action', 'news', 'next', 'phase']);
});

test('an all-clear keeps every closing sentence the desk wrote: the warning goes in beside them only, else the desk is told', () => {
  const f = bank('1800');
  const r = exportSms(f, { lang: 'nl-BE', now: Date.parse('2026-12-08T17:05:00Z') });
  assert.match(r.text, /Opgelet: de valse berichten uit onze naam gaan nog door/);
  assert.deepEqual(r.fraudLine, { incident: 'phishing-golf', added: false });
});

test('an open incident that is no fake-message warning adds no fraud line: it is said as any other incident (sms-also.ts)', () => {
  const f = bank('0746');
  phish(f).title = { 'nl-BE': 'Betalen met de kaart lukt soms niet', en: 'Card payments sometimes fail' };
  const r = exportSms(f, { lang: 'nl-BE', now: AT_0746 });
  assert.equal(r.fraudLine, undefined);
  assert.equal(r.text, 'Cyberaanval: app en online bankieren werken niet. Volgende update 09:00. Ook: Betalen met de kaart lukt soms niet. Kijk zelf op de website van Scheldebank.');
  assert.equal(r.alsoLine.kind, 'title');
});

test('a warning that does not fit is said to the desk, and the SMS stays as it was', () => {
  const f = bank('0746');
  const long = 'Klik op geen enkele link in een bericht dat van ons lijkt te komen, bel geen nummer uit zo een bericht terug en geef aan niemand ooit uw codes';
  phish(f).actions[0].label = { 'nl-BE': `${long}.`, en: `${long.replace(/./g, 'x')}.` };
  const r = exportSms(f, { lang: 'nl-BE', now: AT_0746 });
  assert.deepEqual(r.fraudLine, { incident: 'phishing-golf', added: false });
  assert.doesNotMatch(r.text, /Klik op geen/);
});

test('the warning is known by its title in either language, in any sector; an outage of the fraud line is none', () => {
  for (const nl of ["Valse sms'en en telefoontjes uit naam van Scheldebank", 'Nep-sms uit naam van ons: bel het nummer niet', 'Oplichters bellen namens de gemeente', 'Phishing-mails over uw waterrekening', 'Nepberichten over uw energierekening'])
    assert.ok(isFraudWarning({ title: { nl, en: 'x' } }), nl);
  for (const en of ["Fake texts and calls in Scheldebank's name", 'Fake text messages in our name: do not call the number', 'Scam calls about your water bill', 'Phishing messages still circulating'])
    assert.ok(isFraudWarning({ title: { nl: 'x', en } }), en);
  for (const t of ['Cyberaanval: app en online bankieren werken niet', 'Fraudelijn tijdelijk onbereikbaar', 'Storing mobiel netwerk', 'Sms-codes komen niet aan', 'Text messages are delayed'])
    assert.ok(!isFraudWarning({ title: { nl: t, en: t } }), t);
});

test('the next morning\'s standing notice keeps "geef niemand uw codes": its website line goes instead (nl-BE and en)', () => {
  const f = bank('1800');
  const nl = exportSms(f, { lang: 'nl-BE', now: NEXT_MORNING });
  const en = exportSms(f, { lang: 'en', now: NEXT_MORNING });
  assert.equal(nl.text, "Nog altijd valse sms'en en telefoontjes uit naam van Scheldebank. Klik niet op de link, bel niet terug en geef niemand uw codes.");
  assert.equal(en.text, "Phishing messages still circulating in Scheldebank's name. Do not tap the link, do not call back and give nobody your codes.");
  for (const r of [nl, en]) assert.ok(r.shortened.includes('site'), r.shortened.join());
  assert.equal(nl.linkLeftOut, undefined, 'it no longer tells people to look on the website themselves');
});

test('clearline export --to sms says what it added, in the desk\'s language (uses dist/)', async () => {
  await withCliDir('clearline-sms-fraud-', async (dir, cli) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(bank('0746')));
    const nl = cli('export', 'feed.json', '--to', 'sms', '--force', '--lang', 'nl-BE');
    assert.match(nl.stdout, /geef niemand uw codes\./);
    assert.match(nl.stderr, /toegevoegd uit incident "Valse sms'en en telefoontjes uit naam van Scheldebank", een waarschuwing voor valse berichten uit uw naam, omdat deze sms naar iedereen gaat via hetzelfde kanaal als de oplichting: "Klik niet op de link, bel niet terug en geef niemand uw codes\."/);
    const en = cli('export', 'feed.json', '--to', 'sms', '--force', '--lang', 'en');
    assert.match(en.stderr, /added from incident "Fake texts and calls in Scheldebank's name", a warning against fake messages in your name, because this SMS goes to everyone by the very channel the scam uses: "Do not tap the link/);
  }, { now: AT_0746 });
  await withCliDir('clearline-sms-fraud-', async (dir, cli) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(bank('1800')));
    const { stderr } = cli('export', 'feed.json', '--to', 'sms', '--force', '--lang', 'nl-BE');
    assert.match(stderr, /de zin die mensen naar uw website stuurt weggelaten \(zo blijft de eerste zin van de actie heel\)/);
    assert.doesNotMatch(stderr, /de sms zegt dat mensen zelf op uw website kijken/);
  }, { now: NEXT_MORNING });
});
