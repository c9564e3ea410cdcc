// SMS: a Dutch ï or ë late in the title ("geïnformeerd") makes the whole text UCS-2 (70 characters);
// once the shortening rule cuts that word the message is GSM-7 again (160), and the most urgent
// action it had dropped must come back: before, the traveller got a cut title and a link only.
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters, feed, NOW } from './export-kit.mjs';

const x = await exporters();
const ACTION = 'Haal drinkwater bij het tappunt Biltstraat'; // the fixture's most urgent action (nl)

function sms(title) {
  const f = feed();
  f.incidents[0].title.nl = title;
  const r = x.exportSms(f, { lang: 'nl', now: NOW });
  assert.equal(r.encoding, 'gsm7');
  assert.ok(r.fits && r.characters <= 160, `${r.characters}: ${r.text}`);
  assert.ok(r.text.endsWith(` ${f.status_url}`));
  return r;
}

test('the action comes back once cutting "geïnformeerd" makes the message GSM-7', () => {
  assert.ok(feed().incidents[0].actions.some((a) => a.label.nl === ACTION && a.urgent));
  const r = sms('Geen water in Utrecht-Oost, bewoners worden geïnformeerd');
  // The fixture's cause is found (a second update), but its phase is the first to give way (trial W, sms-phase.ts): it went in
  // at the cost of words of the title ("bewoners worden..."); now the title is whole.
  assert.equal(r.text.replace(/ https:.*$/, ''), `Geen water in Utrecht-Oost, bewoners worden geinformeerd. ${ACTION}.`);
  // Its who ("U woont of werkt in…") does not fit either, and is said to be left out (trial H).
  // The fixture's second update has news ("Een hoofdleiding …") that does not fit either: said (trial R).
  assert.deepEqual(r.shortened, ['who', 'next', 'phase', 'news']);
});

// Trial S changed this test: the action was cut after a word ("Haal drinkwater bij het tappunt..."); an action is now never
// cut inside a clause, and words of the title give way for it whole first.
test('a longer title: words of the title give way for the action whole, never cut inside a clause', () => {
  const r = sms('Geen water in Utrecht-Oost door een gesprongen hoofdleiding, bewoners worden geïnformeerd');
  // Trial W: no longer "Oorzaak gevonden: … een gesprongen...": the phase gives way before words of the title (sms-phase.ts).
  assert.equal(r.text.replace(/ https:.*$/, ''), 'Geen water in Utrecht-Oost door een gesprongen hoofdleiding... Haal drinkwater bij het tappunt Biltstraat.');
  assert.deepEqual(r.shortened, ['who', 'next', 'title-shortened', 'phase', 'news']);
});

// Trial W: a letter the GSM alphabet lacks is now written plain ('Geinfecteerd'), so an emoji stands in for the ï here.
test('still UCS-2 after the cut (an emoji in the first word): nothing is put back, the title is cut as before', () => {
  const f = feed();
  f.incidents[0].title.nl = '💧Geïnfecteerd drinkwater in Utrecht: kook uw water drie minuten lang voordat u het drinkt';
  const sms = x.exportSms(f, { lang: 'nl', now: NOW });
  assert.equal(sms.encoding, 'ucs2');
  assert.equal(sms.text, `💧Geinfecteerd... ${f.status_url}`);
  assert.deepEqual(sms.shortened, ['next', 'action', 'title-shortened', 'phase', 'news']);
});

test('a resolved incident whose closing text is cut says so: "the first sentence of what we know", not "the first action"', () => {
  // A university's storm all-clear: the SMS carries the closing text where an open incident has its
  // action; export said it had cut "the first action", which the desk then went looking for.
  const f = feed();
  const inc = f.incidents[0];
  Object.assign(inc, { phase: 'resolved', resolved_at: new Date(NOW - 60_000).toISOString(), next_update_at: null });
  inc.known.nl = 'Alle gebouwen zijn weer open en de colleges, tentamens en practica van vandaag gaan volgens het gewone rooster door, ook in de gebouwen aan de Biltstraat en op het Universiteitsterrein.';
  const r = x.exportSms(f, { lang: 'nl', now: NOW });
  assert.ok(r.shortened.includes('summary-shortened') || r.shortened.includes('summary'), r.shortened.join());
  assert.ok(!r.shortened.some((s) => s.startsWith('action')), r.shortened.join());
});
