// What a caller needs most of what we know (src/export/ivr-need.ts), and the channel a title tells them to use
// (ivr-use-channel.ts): pure, tried on differently shaped feeds (energy, water, hospital), English and Dutch.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { callerNeeds, tellsWhatHolds } = await importTs('src/export/ivr-need.ts');
const { tellsToUse } = await importTs('src/export/ivr-use-channel.ts');

test('hospital (en): "come as planned" after "will be cancelled" is needed, and so is "stays open"; the dates are not', () => {
  const known = [
    'Resident doctors will strike from 07:00 on Thursday 17 December to 07:00 on Saturday 19 December.',
    "A&E at Northgate General and St Anne's stays open, and so does maternity.",
    'Some planned operations and outpatient appointments will be cancelled.',
    'We will contact every patient whose appointment is cancelled.',
    'If you have not heard from us, come as planned.',
  ];
  assert.deepEqual(callerNeeds(known), [false, true, false, true, true]);
});

test('energy (en, nl): what to do and what still works are needed; the repair story is not', () => {
  assert.deepEqual(
    callerNeeds(['Since 01:40 a cable is cut.', 'Mobile calls and data work normally.', 'Our engineers are digging on the A64.', 'Do not reset your router: it will not help.']),
    [false, true, false, true],
  );
  assert.deepEqual(
    callerNeeds(['Sinds 02:10 is er geen stroom in Zwolle-Zuid.', 'Monteurs zoeken de storing.', 'Houd de koelkast dicht.', 'U hoeft ons niet te bellen om de storing te melden.']),
    [false, false, true, true],
  );
});

test('water (nl, en): a qualifier after an alarming sentence is needed; plain description is not', () => {
  assert.deepEqual(
    callerNeeds(['In Utrecht-Oost is het water niet veilig om te drinken.', 'Alleen als u een brief heeft gekregen, kook het water.', 'Het lab onderzoekt monsters.']),
    [false, true, false],
  );
  assert.deepEqual(callerNeeds(['Tap water in Upton is not safe to drink.', 'Unless you got a letter from us, you can still drink it.', 'Samples are being tested.']), [false, true, false]);
  assert.ok(tellsWhatHolds('De ophaaldienst gaat door.') && tellsWhatHolds('Kom zoals gepland.') && tellsWhatHolds('Your appointment goes ahead.'));
  assert.ok(!tellsWhatHolds('Crews are on site.') && !tellsWhatHolds('Some appointments will be cancelled.'));
});

test('a title that tells people to use a web form names that channel, in English and Dutch; a phone line is not a form', () => {
  const form = { label: 'Contact form', href: 'https://www.northgatehospitals.example/contact' };
  assert.ok(tellsToUse('Appointments line very busy: use our web form', form));
  assert.ok(tellsToUse('Afsprakenlijn druk: gebruik het webformulier', { label: 'Contactformulier', href: 'https://www.example.nl/contact' }));
  assert.ok(!tellsToUse('Doctors\' strike Thursday 17 to Saturday 19 December', form));
  assert.ok(!tellsToUse('Use our web form', { label: 'Switchboard', href: 'tel:+441614960000' }));
});
