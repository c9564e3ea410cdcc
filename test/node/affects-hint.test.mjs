// A bank's desk in the studio read "Comma-separated, e.g. Amsterdam, Utrecht" (Dutch: "bijv. Amsterdam, Utrecht") under
// "Who is affected" for an outage of card payments and the app: its readers are affected by the service, not the place.
// A template whose readers are affected by what they use now gives services as examples; the others keep places.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { affectsHint, templateOfId } = await importTs('src/components/editor/locale.ts');
const NL = 'Gescheiden door komma’s, bijv. Amsterdam, Utrecht';

test('the "Who is affected" hint gives services for a bank, an app or a payment provider, places for a flood or a water outage', () => {
  assert.equal(affectsHint('en', 'Europe/London', 'x', 'payments'), 'Comma-separated, e.g. card payments, the app, online banking');
  assert.equal(affectsHint('nl', 'Europe/Amsterdam', NL, 'payments'), 'Gescheiden door komma’s, bijv. pinnen, de app, internetbankieren');
  assert.equal(affectsHint('nl', 'Europe/Brussels', NL, 'outage'), 'Gescheiden door komma’s, bijv. de website, de app, inloggen');
  assert.equal(affectsHint('en', 'Europe/Amsterdam', 'x', 'merchant-payments'), 'Comma-separated, e.g. card terminals, online checkout');
  // A lift out of order: the building, not a town.
  assert.equal(affectsHint('nl', 'Europe/Amsterdam', NL, 'lift'), 'Gescheiden door komma’s, bijv. flat De Horst, blok A');
  assert.equal(affectsHint('en', 'Europe/Amsterdam', 'x', 'lift'), 'Comma-separated, e.g. De Horst flats, block A');
  // In the field's own language: a Dutch bank's desk read "bijv. pinnen, de app, internetbankieren" under the English field
  // (trial E); a field of another language, or a feed in one unnamed language (''), keeps the studio's.
  assert.equal(affectsHint('nl', 'Europe/Amsterdam', NL, 'payments', 'en'), 'Gescheiden door komma’s, bijv. card payments, the app, online banking');
  assert.equal(affectsHint('nl', 'Europe/Brussels', NL, 'payments', 'nl-BE'), 'Gescheiden door komma’s, bijv. betalen met de kaart, de app, online bankieren');
  assert.equal(affectsHint('en', 'Europe/Amsterdam', 'x', 'payments', 'nl'), 'Comma-separated, e.g. pinnen, de app, internetbankieren');
  assert.equal(affectsHint('nl', 'Europe/Amsterdam', NL, 'payments', ''), 'Gescheiden door komma’s, bijv. pinnen, de app, internetbankieren');
  assert.equal(affectsHint('en', 'Europe/Amsterdam', 'x', 'payments', 'de'), 'Comma-separated, e.g. card payments, the app, online banking');
  assert.equal(affectsHint('nl', 'Europe/Amsterdam', NL, 'flood', 'en'), NL);
  // Places where readers are affected by where they live, and with no template (an update of an incident).
  assert.equal(affectsHint('en', 'Europe/London', 'x', 'flood'), 'Comma-separated, e.g. North Leeds, Harrogate');
  assert.equal(affectsHint('nl', 'Europe/Amsterdam', NL, 'water'), NL);
  assert.equal(affectsHint('nl', 'Europe/Brussels', NL), 'Gescheiden door komma’s, bijv. Antwerpen, Gent');
});

// A municipality's update of its cyberattack hinted "bijv. Amsterdam, Utrecht" where the new incident had hinted "de app,
// Mijn omgeving, e-mail" (trial F): an update finds its template from the id the studio gave it.
test('an incident made in the studio names its template in its id', () => {
  assert.equal(templateOfId('cyberattack-2026-12-08-0815'), 'cyberattack');
  assert.equal(templateOfId('water-quality-2026-12-08-0815-2'), 'water-quality');
  assert.equal(templateOfId('storm'), undefined);
  assert.equal(templateOfId('nonsense-2026-12-08-0815'), undefined);
  assert.equal(affectsHint('nl', 'Europe/Amsterdam', NL, templateOfId('cyberattack-2026-12-08-0815'), 'nl'), 'Gescheiden door komma’s, bijv. de app, Mijn omgeving, e-mail');
});
