// A UK broadband night desk's social post said "From abroad, call our helpline (0113 496 0000)": the number as dialled
// in the UK, which does not connect from abroad. A number for callers abroad (its label or its who says so: "abroad",
// "outside the UK", "buitenland") is now written with its country code, "+44 113 496 0000", in every channel that writes
// or says it (social, SMS, e-mail, CAP, Atom, the phone message and a channel named so); every other number stays as
// dialled at home. Uses dist/.
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';
import { broadbandFeed, NOW } from './broadband-kit.mjs';

const x = await exporters();
const ABROAD = '+44 113 496 0000';
const HOME = '0113 496 0000';

function abroadFeed(label = 'From abroad, call our helpline', who = 'You are abroad and your alarm does not answer') {
  const f = broadbandFeed();
  f.incidents[0].actions.unshift({ label, who, href: 'tel:+441134960000', urgent: true });
  return f;
}

test('a number for callers abroad is written with its country code in every channel', () => {
  const f = abroadFeed();
  const post = x.exportSocial(f, { now: NOW }).posts[0].text;
  assert.match(post, /From abroad, call our helpline \(\+44 113 496 0000\)\./, post);
  const texts = {
    sms: x.exportSms(f, { now: NOW }).text,
    email: x.exportEmail(f, { now: NOW }).text,
    cap: x.exportCap(f, { now: NOW }).alerts.at(-1).text,
    atom: x.exportAtom(f, { now: NOW }).text,
    ivr: x.exportIvr(f, { now: NOW }).text,
  };
  for (const [name, text] of Object.entries(texts)) {
    assert.ok(text.includes(ABROAD), `${name}: ${text}`);
    assert.ok(!text.includes(HOME), `${name} says the UK form: ${text}`);
  }
  assert.match(x.exportIvr(f, { now: NOW }).ssml, /<say-as interpret-as="telephone">\+44 113 496 0000<\/say-as>/);
});

test('said by its who, or in Dutch; a number for people at home stays as dialled at home', () => {
  const byWho = abroadFeed('Call our helpline', 'You are outside the UK');
  assert.match(x.exportSocial(byWho, { now: NOW }).posts[0].text, /Call our helpline \(\+44 113 496 0000\)\./);
  const home = abroadFeed('Call our helpline', 'Your alarm does not answer');
  assert.match(x.exportSocial(home, { now: NOW }).posts[0].text, /Call our helpline \(0113 496 0000\)\./);
  const dutch = broadbandFeed();
  Object.assign(dutch, { time_zone: 'Europe/Amsterdam' });
  dutch.incidents[0].actions.unshift({ label: 'Vanuit het buitenland? Bel ons', href: 'tel:+31302345678', urgent: true });
  assert.match(x.exportSms(dutch, { lang: 'nl', now: NOW }).text, /Vanuit het buitenland\? Bel ons \(\+31 30 234 5678\)/);
});

test('a channel named for callers abroad is listed with its country code', () => {
  const f = broadbandFeed();
  f.channels.push({ id: 'abroad', kind: 'phone', label: 'Calling from abroad', href: 'tel:+441134960000' });
  const mail = x.exportEmail(f, { now: NOW }).text;
  assert.match(mail, /Calling from abroad: \+44 113 496 0000/, mail);
  assert.match(mail, /Customer service: 0800 123 4567/, 'the line at home as dialled at home');
});
