// A district-heating company's cyberattack walkthrough: the SMS led with the template's most urgent
// action and ended with the status link: "Klik niet op links in e-mails of sms-berichten die van
// ons lijken te komen. https://…". A text from us, with a link, saying not to click links in texts
// from us: customers rightly distrust it, and it trains them to click. When an open incident warns
// against links, the SMS now leaves the link out and tells people to go to the website themselves.
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters, feed, NOW } from './export-kit.mjs';
import { cyberFeed } from './link-warning-kit.mjs';

const x = await exporters();

const noLink = (r) => {
  assert.doesNotMatch(r.text, /https?:|www\.|\.example/, r.text);
  assert.ok(r.fits && r.encoding === 'gsm7' && r.characters <= 160, `${r.characters}: ${r.text}`);
  assert.equal(r.linkLeftOut?.reason, 'warns-against-links');
};

test('cyberattack template, Dutch: no link, the reader is sent to the website by name, and the result says why', () => {
  const f = cyberFeed();
  assert.match(f.incidents[0].actions[0].label.nl, /^Klik niet op links in e-mails of sms-berichten/);
  const r = x.exportSms(f, { lang: 'nl', now: NOW });
  noLink(r);
  assert.equal(r.text, 'Onze systemen zijn aangevallen. Klik niet op links in e-mails of sms-berichten die van ons lijken te komen. Kijk zelf op de website van Warmtenet Zuid.');
  assert.deepEqual(r.linkLeftOut, { reason: 'warns-against-links', incident: 'cyberaanval', phrase: 'klik niet op links' });
  assert.deepEqual(r.shortened, ['who', 'next']);
});

test('cyberattack template, English: no link, "Go to the Warmtenet Zuid website yourself."', () => {
  const r = x.exportSms(cyberFeed(), { lang: 'en', now: NOW });
  noLink(r);
  assert.ok(r.text.startsWith('Our systems were attacked. Do not click links in e-mails or text messages'), r.text);
  assert.ok(r.text.endsWith(' Go to the Warmtenet Zuid website yourself.'), r.text);
  assert.equal(r.linkLeftOut.phrase, 'do not click links');
});

test('hand-written warnings, in an action, its detail, the title or what we know, are found in either language', () => {
  const wordings = [
    ['nl', 'action', 'Open geen links in sms’jes die van ons lijken te komen'],
    ['nl', 'known', 'Let op: **wij sturen u nooit een sms met een link**. Krijgt u er een, dan is die niet van ons.'],
    ['nl', 'detail', 'Klik nooit zomaar op een link in een bericht over uw rekening.'],
    ['nl', 'title', 'Phishing: tik niet op verdachte linkjes'],
    ['en', 'action', "Don't click on links in texts that claim to be from us"],
    ['en', 'detail', 'We will never send you a link by text or e-mail.'],
    ['en', 'known', 'Criminals send messages in our name. Please never tap any link in them.'],
  ];
  for (const [lang, where, words] of wordings) {
    const f = feed();
    const inc = f.incidents[0];
    if (where === 'action') inc.actions[0].label[lang] = words;
    else if (where === 'detail') inc.actions[0].detail = { [lang]: words };
    else inc[where][lang] = words;
    for (const smsLang of ['nl', 'en']) {
      const r = x.exportSms(f, { lang: smsLang, now: NOW });
      assert.equal(r.linkLeftOut?.incident, 'leiding-utrecht-oost', `${words} (${smsLang} SMS): ${r.text}`);
      assert.ok(!r.text.includes(f.status_url), r.text);
      assert.ok(r.text.endsWith(smsLang === 'nl' ? ' Kijk zelf op de website van Waterbedrijf Voorbeeld.' : ' Go to the Voorbeeld Water website yourself.'), r.text);
    }
  }
});

test('an incident without such a warning keeps its link exactly as before; "links" meaning left is not a warning', () => {
  const r = x.exportSms(feed(), { lang: 'nl', now: NOW });
  assert.ok(r.text.endsWith(' https://www.voorbeeldwater.example/storingen'), r.text);
  assert.equal('linkLeftOut' in r, false);
  const f = feed();
  f.incidents[0].known.nl = 'Omleiding: ga bij de brug links. Klik niet op de knop links bovenin de app, die werkt nog niet. Open geen kranen.';
  f.incidents[0].known.en = 'Diversion: at the bridge turn left. Follow the signs; our links page lists the tapping points.';
  for (const lang of ['nl', 'en']) assert.ok(x.exportSms(f, { lang, now: NOW }).text.endsWith(` ${f.status_url}`), lang);
});

test('another open incident that warns against links keeps the link out of this SMS too', () => {
  const f = feed();
  const cyber = cyberFeed().incidents[0];
  cyber.severity = 'minor';
  f.incidents.push(cyber);
  const r = x.exportSms(f, { lang: 'nl', now: NOW, incident: 'leiding-utrecht-oost' });
  assert.equal(r.incident, 'leiding-utrecht-oost');
  assert.deepEqual(r.linkLeftOut, { reason: 'warns-against-links', incident: 'cyberaanval', phrase: 'klik niet op links' });
  assert.ok(r.text.endsWith(' Kijk zelf op de website van Waterbedrijf Voorbeeld.'), r.text);
});

test('the shortening rule still holds: a long title is cut at a word, the sentence in place of the link stays whole', () => {
  const f = cyberFeed();
  f.incidents[0].title.nl = 'Onze systemen zijn aangevallen door criminelen en daarom werken de klantenportaal, de app, de storingskaart en de betaalomgeving van Warmtenet Zuid vandaag en morgen niet';
  const r = x.exportSms(f, { lang: 'nl', now: NOW });
  noLink(r);
  // Trial S changed this: the title gives way for the action whole ("Klik niet op links …"), which was left out.
  assert.ok(r.text.endsWith('... Klik niet op links in e-mails of sms-berichten die van ons lijken te komen. Kijk zelf op de website van Warmtenet Zuid.'), r.text);
  assert.deepEqual(r.shortened, ['who', 'next', 'title-shortened']);
});

test('lint --for sms: too long without a link does not speak of a status link', () => {
  const f = cyberFeed();
  f.publisher.name = { nl: 'W'.repeat(150), en: 'W'.repeat(150) };
  const [finding] = x.lintChannels(f, ['sms'], { now: NOW, lang: 'nl' });
  assert.equal(finding?.rule, 'sms-too-long');
  assert.match(finding.message, /de titel en waar mensen zelf kijken \(zonder link: het incident waarschuwt voor links\) niet kwijt/);
  assert.ok(x.lintChannels(cyberFeed(), ['sms'], { now: NOW }).every((f) => !/link/.test(f.message)), 'no complaint about a missing link');
});

test('a publisher whose name is a web address ("Bol.com") is not named in the sentence: phones would link it', () => {
  for (const [lang, want] of [['nl', 'Kijk zelf op onze website.'], ['en', 'Go to our website yourself.']]) {
    const f = cyberFeed();
    f.publisher.name = 'Bol.com';
    const sms = x.exportSms(f, { lang, now: NOW });
    assert.ok(sms.text.endsWith(` ${want}`), sms.text);
    assert.doesNotMatch(sms.text, /bol\.com/i);
    const mail = x.exportEmail(f, { lang, now: NOW });
    assert.ok(mail.text.includes(`\n${want}\n`), mail.text);
  }
  // Names with dots that are no address keep their name.
  for (const name of ['A.S.R.', 'St. Jansdal']) {
    const f = cyberFeed();
    f.publisher.name = name;
    assert.ok(x.exportSms(f, { lang: 'nl', now: NOW }).text.endsWith(`Kijk zelf op de website van ${name}.`), name);
  }
});
