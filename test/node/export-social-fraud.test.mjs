// Trial U, a Belgian bank (nl-BE + en) during a DDoS and a wave of fake texts and calls in its name, both open. The SMS
// about the DDoS carried the warning's "Klik niet op de link, bel niet terug en geef niemand uw codes"; the social posts
// said nothing of the fake messages, with far more room (social-fraud.ts). And the Dutch post lost Card Stop's number
// (078 170 170, an emergency line) that the English one kept: the number went in only when the whole post fitted with it,
// next update and all, and the Dutch words are longer. Now an urgent action's emergency number stays in every language:
// the next update and what we know give way for it, never a word. Small feed: test/fixtures/export/bank-ddos-phishing-small.json.
// Uses dist/.
import assert from 'node:assert/strict';
import test from 'node:test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exporters, FIXTURES, withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const x = await exporters();
const { fraudLineText } = await importTs('src/export/fraud-line.ts');
const AT_0746 = Date.parse('2026-12-08T06:46:00Z');
const small = () => JSON.parse(readFileSync(join(FIXTURES, 'bank-ddos-phishing-small.json'), 'utf8'));
const trial = () => JSON.parse(readFileSync(join(FIXTURES, 'bank-phishing-0746.json'), 'utf8'));
const LINE = { 'nl-BE': 'Klik niet op de link, bel niet terug en geef niemand uw codes.', en: 'Do not tap the link, do not call back and give nobody your codes.' };

test('clearline export --to social: beside the phishing wave, both posts about the DDoS say what to do about the fake messages and keep Card Stop\'s number', async () => {
  await withCliDir('clearline-social-fraud-', async (dir, cli) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(small()));
    const r = cli('export', 'feed.json', '--to', 'social');
    assert.equal(r.status, 0, r.stderr);
    const [nl, en] = r.stdout.trim().split('\n\n');
    assert.equal(
      nl,
      'App en online bankieren werken niet.\nLaat uw bankkaart meteen blokkeren via Card Stop (078 170 170) en bel daarna onze fraudelijn.\nKlik niet op de link, bel niet terug en geef niemand uw codes.\nVolgende update 09:00.\nKijk zelf op de website van Scheldebank.',
    );
    assert.equal(
      en,
      'App and online banking are down.\nHave your card blocked at once via Card Stop (078 170 170), then call our fraud line.\nDo not tap the link, do not call back and give nobody your codes.\nNext update 09:00.\nGo to the Scheldebank website yourself.',
    );
    assert.match(r.stderr, /^toegevoegd uit incident "Valse sms'en en telefoontjes uit naam van Scheldebank", een waarschuwing voor valse berichten uit uw naam: "Klik niet op de link, bel niet terug en geef niemand uw codes\."$/m);
    assert.match(r.stderr, /^sociale media \(nl-BE\): \d+ van 280 tekens; de eerste zin van wat we weten weggelaten$/m);
    const e = cli('export', 'feed.json', '--to', 'social', '--lang', 'en');
    assert.equal(e.stdout.trim(), en, '--lang en gives the English post of the full export');
    assert.match(e.stderr, /^added from incident "Fake texts and calls in Scheldebank's name", a warning against fake messages in your name: "Do not tap the link, do not call back and give nobody your codes\."$/m);
  }, { now: AT_0746 });
});

test('clearline export --to social: without the phishing wave, the Dutch post keeps Card Stop\'s number as the English one does (the next update gives way)', async () => {
  await withCliDir('clearline-social-fraud-', async (dir, cli) => {
    const f = small();
    f.incidents = f.incidents.filter((i) => i.id === 'ddos');
    // With the status link (shorter than "Kijk zelf op de website …"): eleven more characters of what we know.
    f.incidents[0].known['nl-BE'] = f.incidents[0].known['nl-BE'].replace('06:10 niet meer', '06:10 vanochtend niet meer');
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(f));
    const r = cli('export', 'feed.json', '--to', 'social');
    assert.equal(r.status, 0, r.stderr);
    const posts = r.stdout.trim().split('\n\n');
    assert.equal(posts.length, 2);
    for (const p of posts) {
      // After Card Stop's name, not after the fraud line the label names next (number-place.ts).
      assert.match(p, /via Card Stop \(078 170 170\)[ ,]/, p);
      assert.doesNotMatch(p, /\(078 170 170\)\./, 'not at the end, after "fraudelijn" / "fraud line"');
      assert.doesNotMatch(p, /\. \(078/, 'the number before the full stop, not after it');
    }
    assert.match(posts[0], /al sinds 06:10 vanochtend niet meer\.\n/, 'what we know stays: the next update alone made room');
    assert.doesNotMatch(posts[0], /Volgende update/);
    assert.match(r.stderr, /^sociale media \(nl-BE\): \d+ van 280 tekens; de volgende update weggelaten$/m);
  }, { now: AT_0746 });
});

test('the trial\'s own feed at 07:46: the posts ask whom the action is for before Card Stop\'s number; the warning\'s line no longer fits, and the desk is told', () => {
  // The cyberattack's action has a who ("U hebt codes gegeven …?"): the post says it (export-social-who.test.mjs), and
  // then the warning's line does not fit without words of the action, so the result says so (the CLI: post about it too).
  const r = x.exportSocial(trial(), { now: AT_0746 });
  assert.equal(r.incident, 'cyberattack-2026-12-08-0608');
  assert.deepEqual(r.fraudLine, { incident: 'phishing-golf', added: false });
  for (const p of r.posts) {
    assert.ok(p.fits, `${p.lang}: ${p.text}`);
    assert.match(p.text, /^(?:U hebt codes gegeven|You gave codes)[^\n]*\? [^\n]*via Card Stop \(078 170 170\)[ ,]/m, p.lang);
    assert.ok(!p.shortened.some((s) => s.startsWith('title') || s.startsWith('action') || s === 'number'), p.shortened.join());
  }
});

test('a warning too long for the posts: they stay as they were, the emergency number too, and the desk is told; a warning of nothing adds nothing', () => {
  // A warning too long for any post beside the DDoS: the posts are as they were, and the result says it did not fit.
  const f = small();
  const long = 'Klik op geen enkele link in een bericht dat van ons lijkt te komen, bel geen nummer uit zo een bericht terug, geef aan niemand ooit uw codes, ook niet aan iemand die zegt dat hij van de bank of de politie is, en wis het bericht meteen zonder het door te sturen naar anderen';
  f.incidents[1].actions[0].label = { 'nl-BE': `${long}.`, en: `${long}.` };
  delete f.incidents[1].actions[0].who;
  const r = x.exportSocial(f, { now: AT_0746 });
  assert.deepEqual(r.fraudLine, { incident: 'phishing', added: false });
  // As beside an incident with the same action that warns of nothing by its title.
  const plain = structuredClone(f);
  plain.incidents[1].title = { 'nl-BE': 'Onderhoud aan de app', en: 'App maintenance' };
  assert.deepEqual(r.posts.map((p) => p.text), x.exportSocial(plain, { now: AT_0746 }).posts.map((p) => p.text));
  for (const p of r.posts) assert.match(p.text, /\(078 170 170\)/, p.lang);
  // An open incident that is no warning against fake messages adds nothing.
  const g = small();
  g.incidents[1].title = { 'nl-BE': 'Betalen met de kaart lukt soms niet', en: 'Card payments sometimes fail' };
  g.incidents[1].actions[0].label = { 'nl-BE': 'Betaal met cash als uw kaart niet werkt.', en: 'Pay cash if your card does not work.' };
  assert.equal(x.exportSocial(g, { now: AT_0746 }).fraudLine, undefined);
});

test('fraud-line.ts: the kinds of the warning\'s line, as written (the SMS makes them GSM-7 itself)', () => {
  const phish = trial().incidents.find((i) => i.id === 'phishing-golf');
  assert.equal(fraudLineText(phish, 'nl-BE', 'first'), LINE['nl-BE']);
  assert.equal(fraudLineText(phish, 'en', 'never'), 'We never ask for your PIN or response codes.');
  assert.match(fraudLineText(phish, 'nl-BE', 'who-all'), /^U krijgt een sms, e-mail of telefoontje dat van ons lijkt te komen\? Klik niet/);
  const one = small().incidents[1];
  assert.equal(fraudLineText(one, 'en', 'first'), '', 'one sentence has no first-sentence kind');
  assert.equal(fraudLineText(one, 'en', 'all'), LINE.en);
});
