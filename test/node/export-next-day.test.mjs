// A next update on another day (an update at 23:30 promising the next one at 00:30, or a night
// that ends with "next update tomorrow at 07:00") must read as a sentence in every channel.
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters, feed, NOW } from './export-kit.mjs';

const x = await exporters();

function tomorrowFeed() {
  const f = feed();
  f.incidents[0].next_update_at = '2026-11-24T06:00:00Z'; // Tuesday 07:00 in Amsterdam; NOW is Monday
  return f;
}

test('phone message: "De volgende update is dinsdag 24 november om 07:00", not "is om dinsdag …"', () => {
  const f = tomorrowFeed();
  const nl = x.exportIvr(f, { lang: 'nl', now: NOW });
  assert.match(nl.text, /De volgende update is dinsdag 24 november om 07:00\./, nl.text);
  assert.match(nl.ssml, /De volgende update is dinsdag 24 november om <say-as interpret-as="time" format="hms24">07:00<\/say-as>\./);
  const en = x.exportIvr(f, { lang: 'en', now: NOW });
  assert.match(en.text, /The next update is on Tuesday 24 November at 07:00\./, en.text);
});

test('the same day keeps "om 10:30" / "at 10:30"', () => {
  const f = feed();
  f.incidents[0].next_update_at = '2026-11-23T10:30:00Z';
  assert.match(x.exportIvr(f, { lang: 'nl', now: NOW }).text, /De volgende update is om 11:30\./);
  assert.match(x.exportIvr(f, { lang: 'en', now: NOW }).text, /The next update is at 11:30\./);
});

test('SMS, social, page and e-mail never say "om dinsdag" or "at Tuesday"', () => {
  const f = tomorrowFeed();
  for (const lang of ['nl', 'en']) {
    const texts = {
      sms: x.exportSms(f, { lang, now: NOW, parts: 3 }).text,
      social: x.exportSocial(f, { lang, now: NOW }).posts[0].text,
      html: x.exportHtml(f, { lang, now: NOW }).text,
      email: x.exportEmail(f, { lang, now: NOW }).text,
    };
    for (const [name, text] of Object.entries(texts)) {
      assert.ok(!/ om dinsdag| at Tuesday/.test(text), `${name} (${lang}): ${text.match(/.{0,40}(om dinsdag|at Tuesday).{0,30}/)?.[0]}`);
      assert.ok(/dinsdag 24 november om 07:00|Tuesday 24 November at 07:00/.test(text), `${name} (${lang}) names the day and the time`);
    }
  }
});

test('the page says the date it was last updated, also on the same day: it is read from caches the next morning', () => {
  const f = feed();
  const nl = x.exportHtml(f, { lang: 'nl', now: NOW }).text;
  assert.match(nl, /<p class="meta">Laatst bijgewerkt maandag 23 november om 10:40<\/p>/);
  const en = x.exportHtml(f, { lang: 'en', now: NOW }).text;
  assert.match(en, /<p class="meta">Last updated Monday 23 November at 10:40<\/p>/);
});
