// A broadband provider's night desk (Europe/London) typed `--link "0800 123 4567"` and read back only
// "phone, tel:+448001234567": it could not tell whether its freephone number had been taken right. new channel and
// edit channel now also say the number as it is dialled in the feed's country.
import assert from 'node:assert/strict';
import test from 'node:test';
import { cliOk, withCliDir } from './export-kit.mjs';

test('new channel and edit channel say a number as the desk dials it, beside the feed\'s tel: form; a number said the same either way once', async () => {
  await withCliDir('clearline-link-said-', async (dir) => {
    cliOk(dir, 'new', 'feed', '--feed-id', 'northline-telecom', '--publisher', 'Northline Telecom', '--publisher-url', 'www.northline.example', '--time-zone', 'Europe/London', '--lang', 'en');
    const added = cliOk(dir, 'new', 'channel', '--kind', 'phone', '--link', '0800 123 4567', '--name', 'Customer service', '--wait', '25', '--reason', 'Busy because of the broadband outage');
    assert.match(added.stdout, /^Added channel "phone" to feed\.json: phone, tel:\+448001234567 \(0800 123 4567\), wait 25 min\. Sign it to publish\.$/m);
    const moved = cliOk(dir, 'edit', 'channel', '--id', 'phone', '--link', '0113 496 0000');
    assert.match(moved.stdout, /^Changed channel "phone" in feed\.json: tel:\+441134960000 \(0113 496 0000\)\. Sign it to publish\.$/m);
    const emergency = cliOk(dir, 'new', 'channel', '--kind', 'phone', '--link', '999', '--name', 'Emergency', '--emergency');
    assert.match(emergency.stdout, /phone, tel:999, emergency line/);
    const chat = cliOk(dir, 'new', 'channel', '--kind', 'chat', '--link', 'www.northline.example/chat', '--name', 'Chat');
    assert.match(chat.stdout, /chat, https:\/\/www\.northline\.example\/chat\. Sign it/);
  });
});

test('lint on the command line says a number of the feed\'s own country with a digit too few as the desk typed it too (020 7946 000), not only as tel:+44…', async () => {
  await withCliDir('clearline-link-said-', async (dir, run) => {
    cliOk(dir, 'new', 'feed', '--feed-id', 'northline-telecom', '--publisher', 'Northline Telecom', '--publisher-url', 'www.northline.example', '--time-zone', 'Europe/London', '--lang', 'en');
    const added = cliOk(dir, 'new', 'channel', '--kind', 'phone', '--link', '020 7946 000', '--name', 'London office');
    assert.match(added.stdout + added.stderr, /the British number tel:\+44207946000 \(020 ?7946 ?000\) has 9 digits after \+44; such numbers have 10 \[phone-length\]/);
    // A number from elsewhere keeps its + form, said once.
    const dutch = run('new', 'channel', '--kind', 'phone', '--link', '+31 30 123 456', '--name', 'Utrecht office');
    assert.match(dutch.stdout + dutch.stderr, /the Dutch number tel:\+3130123456 has 8 digits after \+31/);
  });
});
