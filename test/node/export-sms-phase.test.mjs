// Trial L (a mobile operator's nationwide outage): the SMS for update 2 ("Oorzaak gevonden") was the SMS for update 1 word
// for word, so a customer learned nothing new. An open incident's phase past the first now goes before its title, in the
// words the status page uses, as "Opgelost: …" does; words of the title and the next update make room for it, never the
// action's emergency line. Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';
import { mobileOutage, NOW } from './mobile-outage-kit.mjs';

const x = await exporters();
const LINK = 'https://www.belnet.example/storing';

// Trial Q (a hospital) changed this test: in one SMS the phase was kept by cutting the title to its first word ("Oorzaak
// gevonden: Storing... Lukt 112 niet …"), which says neither what is wrong nor what was found. A title is now never cut to
// a word or two, so in one SMS the phase gives way (said: "phase", and that two parts would carry all); in two it is said.
test('the second update says its phase before the title in two parts, and keeps the 112 action whole', () => {
  for (const [lang, phase, action, news] of [
    ['nl', 'Oorzaak gevonden: ', 'Lukt 112 niet met uw mobiel? Bel 112 met een vaste telefoon of de telefoon van iemand anders.', 'Bellen, sms en mobiel internet werken niet.'],
    ['en', 'Cause identified: ', "112 not working on your mobile? Call 112 from a landline or someone else's phone.", 'Calls, texts and mobile data are down.'],
  ]) {
    const first = x.exportSms(mobileOutage(1), { lang, now: NOW, parts: 2 });
    const second = x.exportSms(mobileOutage(2), { lang, now: NOW, parts: 2 });
    assert.notEqual(second.text, first.text, `${lang}: update 2 differs from update 1`);
    assert.ok(second.text.startsWith(phase), `${lang}: ${second.text}`);
    assert.ok(!first.text.startsWith(phase), `${lang}: the first phase is not said: ${first.text}`);
    assert.ok(second.text.includes(` ${action} `), `${lang}: the action whole: ${second.text}`);
    assert.ok(second.fits && !second.shortened.includes('phase'), `${lang}: ${second.shortened}`);
    // One SMS: the phase goes, said so, and two parts are advised. Trial R changed this: the 112 sentence went without its
    // question ("Lukt 112 niet met uw mobiel?"); now the question stays with it (the answer may be cut after a word).
    const one = x.exportSms(mobileOutage(2), { lang, now: NOW });
    assert.ok(!one.text.startsWith(phase), `${lang}: ${one.text}`);
    if (lang === 'en') assert.ok(one.text.startsWith(news), `${lang}: ${one.text}`);
    assert.ok(one.text.includes(action.replace(/\? .*$/, '? ')), `${lang}: ${one.text}`);
    assert.ok(one.fits && one.shortened.includes('phase') && one.twoParts === true, `${lang}: ${one.shortened}`);
  }
});

// Trial R changed this test: the second update's news ("Our mobile network is still down …") now takes the next update's
// place (sms-news.ts); the phase and the title stay.
test('the phase keeps the title when it fits with it, the news takes the next update\'s place; never said twice', () => {
  const feed = mobileOutage(2);
  const inc = feed.incidents[0];
  inc.title = { nl: 'Storing mobiel netwerk', en: 'Mobile network outage' };
  inc.actions = [{ label: { nl: 'Bel 112 met een vaste telefoon.', en: 'Call 112 from a landline.' }, urgent: true }];
  inc.phase = 'monitoring';
  // Trial S changed this: the Dutch SMS cannot carry the news beside its phase, title and action, so the English one
  // leaves it out too: both languages carry the same parts (sms-plan.ts). Alone, English would have said it. Trial U:
  // English gave the next update's room to the news, Dutch kept the next update, and both then lost it: the next update,
  // which every language carries, is taken back.
  const en = x.exportSms(feed, { lang: 'en', now: NOW });
  assert.equal(en.text, `Monitoring the fix: Mobile network outage. Call 112 from a landline. Next update 12:08. ${LINK}`);
  assert.deepEqual(en.shortened, ['news']);
  assert.deepEqual(x.exportSms(feed, { lang: 'nl', now: NOW }).shortened, ['news']);
  inc.title.en = 'Mobile network outage: monitoring the fix';
  assert.ok(x.exportSms(feed, { lang: 'en', now: NOW }).text.startsWith('Mobile network outage: monitoring the fix. '));
});

test('a phase that would cost words of the action is left out, and said so', () => {
  const feed = mobileOutage(2);
  const inc = feed.incidents[0];
  // An action that fills the SMS beside the title's first word: no room for the phase without cutting it.
  inc.actions = [{ label: { nl: 'Lukt 112 niet met uw mobiel? Bel 112 met een vaste telefoon of de telefoon van iemand anders, zoals buren.' }, urgent: true }];
  const sms = x.exportSms(feed, { lang: 'nl', now: NOW });
  assert.ok(!sms.text.startsWith('Oorzaak gevonden'), sms.text);
  // Trial R: the answer no longer goes without its question; it is cut after a word instead.
  assert.ok(sms.text.includes('Lukt 112 niet met uw mobiel? Bel 112 met'), sms.text);
  assert.ok(sms.shortened.includes('phase'), `${sms.shortened}`);
});

test('lint --for sms tells the desk when the phase was left out, in words', () => {
  const feed = mobileOutage(2);
  feed.incidents[0].actions = [{ label: { nl: 'Lukt 112 niet met uw mobiel? Bel 112 met een vaste telefoon of de telefoon van iemand anders, zoals buren.', en: "112 not working on your mobile? Call 112 from a landline or someone else's phone, such as a neighbour's." }, urgent: true }];
  const found = x.lintChannels(feed, ['sms'], { now: NOW, lang: 'nl' }).filter((f) => f.rule === 'sms-shortened');
  assert.ok(found.some((f) => /de fase weggelaten \(zo lijkt het de vorige update\)/.test(f.message)), found.map((f) => f.message).join('\n'));
});
