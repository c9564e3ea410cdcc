// A district-heating company's cyberattack e-mail: its first action, from the template, says "Klik
// niet op links in e-mails of sms-berichten die van ons lijken te komen", and the same e-mail was
// full of links (the status link, each web channel, a linked action, in both the text and the HTML
// part). An e-mail from us, with links, saying not to click links in e-mails from us: customers
// rightly distrust it, and it trains them to click. Now, as the SMS, it has no link and says where
// to look instead; an e-mail without such a warning is unchanged (the golden files hold that).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters, feed, NOW } from './export-kit.mjs';
import { cyberFeed as sharedCyberFeed } from './link-warning-kit.mjs';

const x = await exporters();

/** The shared cyberattack feed, its actions for everyone (no who), one action linked and one to call. */
function cyberFeed() {
  const f = sharedCyberFeed();
  const inc = f.incidents[0];
  for (const a of inc.actions) delete a.who;
  inc.actions[2].href = 'https://www.warmtenetzuid.example/wachtwoord';
  inc.actions.push({ label: { nl: 'Twijfelt u? Bel ons', en: 'In doubt? Call us' }, href: 'tel:+31881234567' });
  return f;
}

/** Nothing a mail app shows as a link by itself: no <a>, no href, no web address. */
function noLinks(r) {
  assert.doesNotMatch(r.html, /<a[\s>]|href=/i, r.html);
  for (const part of [r.text, r.html]) assert.doesNotMatch(part, /https?:|www\.|\.example\/|tel:|mailto:/, part);
}

for (const [lang, warning, look, phrase] of [
  ['nl', 'Klik niet op links in e-mails of sms-berichten die van ons lijken te komen', 'Kijk zelf op de website van Warmtenet Zuid.', 'klik niet op links'],
  ['en', 'Do not click links in e-mails or text messages that seem to come from us', 'Go to the Warmtenet Zuid website yourself.', 'do not click links'],
]) {
  test(`cyberattack template (${lang}): the text part has no web address and ends saying where to look`, () => {
    const r = x.exportEmail(cyberFeed(), { lang, now: NOW });
    assert.ok(r.text.includes(`- ${warning}\n`), r.text);
    noLinks(r);
    assert.ok(r.text.endsWith(`\n\n${look}\n\n${lang === 'nl' ? 'Gepubliceerd door' : 'Published by'} Warmtenet Zuid\n`), r.text);
    // Channels and actions stay, as plain text; a phone number stays as text.
    assert.match(r.text, lang === 'nl' ? /^- Laat u terugbellen$/m : /^- Request a call back$/m);
    assert.match(r.text, lang === 'nl' ? /^- Wijzig uw wachtwoord op andere websites en apps waar u hetzelfde wachtwoord gebruikt$/m : /^- Change your password on other websites and apps where you use the same one$/m);
    assert.match(r.text, / \(\+?[0-9 ]*88 123 4567\)$/m);
    assert.deepEqual(r.linkLeftOut, { reason: 'warns-against-links', incident: 'cyberaanval', phrase });
  });

  test(`cyberattack template (${lang}): the HTML part has no <a>, and says where to look in the status link's place`, () => {
    const r = x.exportEmail(cyberFeed(), { lang, now: NOW });
    noLinks(r);
    assert.ok(r.html.includes(`<p>${look}</p>`), r.html);
    assert.ok(r.html.includes(lang === 'nl' ? '<li>Wijzig uw wachtwoord op andere websites en apps waar u hetzelfde wachtwoord gebruikt</li>' : '<li>Change your password on other websites and apps where you use the same one</li>'), r.html);
    assert.match(r.html, lang === 'nl' ? /<li>Laat u terugbellen<\/li>/ : /<li>Request a call back<\/li>/);
  });
}

test('another open incident that warns against links keeps the links out of an e-mail led by this one, its list of titles too', () => {
  const f = feed();
  const cyber = cyberFeed().incidents[0];
  cyber.severity = 'minor';
  f.incidents.push(cyber);
  const r = x.exportEmail(f, { lang: 'nl', now: NOW, incident: 'leiding-utrecht-oost' });
  assert.deepEqual(r.incidents, ['leiding-utrecht-oost', 'cyberaanval']);
  noLinks(r);
  assert.match(r.html, /<ul><li>Geen water in Utrecht-Oost door gesprongen leiding<\/li><li>Onze systemen zijn aangevallen<\/li><\/ul>/);
  assert.equal(r.linkLeftOut?.incident, 'cyberaanval');
});

test('without such a warning the e-mail keeps its links and its result has no linkLeftOut', () => {
  const r = x.exportEmail(feed(), { lang: 'nl', now: NOW });
  assert.ok(r.text.includes('\nhttps://www.voorbeeldwater.example/storingen\n'), r.text);
  assert.match(r.html, /<a href="https:\/\/www\.voorbeeldwater\.example\/storingen">/);
  assert.equal('linkLeftOut' in r, false);
});

test('the SMS and the e-mail say the same sentence in the link\'s place', () => {
  for (const lang of ['nl', 'en']) {
    const sms = x.exportSms(cyberFeed(), { lang, now: NOW });
    const mail = x.exportEmail(cyberFeed(), { lang, now: NOW });
    const look = sms.text.slice(sms.text.lastIndexOf(lang === 'nl' ? 'Kijk zelf' : 'Go to the'));
    assert.ok(mail.text.includes(`\n${look}\n`), `${look}\n${mail.text}`);
    assert.deepEqual(mail.linkLeftOut, sms.linkLeftOut);
  }
});

test('an address in the publisher\'s own text cannot be taken out: the result names it, and the desk\'s note says to write it in words', () => {
  const f = cyberFeed();
  f.incidents[0].known = { nl: 'Sinds 02:00 werken onze systemen niet. Lees meer op https://www.warmtenetzuid.example/nieuws.', en: 'Our systems have been down since 02:00. More on www.warmtenetzuid.example/news.' };
  const nl = x.exportEmail(f, { lang: 'nl', now: NOW });
  assert.deepEqual(nl.linkLeftOut.kept, ['https://www.warmtenetzuid.example/nieuws']);
  assert.match(x.LINK_LEFT_OUT_NOTE.nl(nl.linkLeftOut, 'email'), /\. Maar uw eigen tekst noemt nog https:\/\/www\.warmtenetzuid\.example\/nieuws, en mailapps maken daar een link van: zeg het in woorden of laat het weg$/);
  const en = x.exportEmail(f, { lang: 'en', now: NOW });
  assert.deepEqual(en.linkLeftOut.kept, ['www.warmtenetzuid.example/news']);
  assert.match(x.LINK_LEFT_OUT_NOTE.en(en.linkLeftOut, 'email'), /But your own text still names www\.warmtenetzuid\.example\/news, which mail apps turn into a link/);
  // Without one, nothing is added to the note.
  const clean = x.exportEmail(cyberFeed(), { lang: 'nl', now: NOW });
  assert.equal('kept' in clean.linkLeftOut, false);
  assert.doesNotMatch(x.LINK_LEFT_OUT_NOTE.nl(clean.linkLeftOut, 'email'), /Maar/);
});
