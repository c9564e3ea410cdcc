// A bank's social posts about its cyberattack, beside the warning against fake texts in its name, said "Laat uw kaart
// meteen blokkeren via Card Stop (078 170 170) en bel daarna onze fraudelijn." without whom it is for ("U hebt codes
// gegeven of geld overgemaakt op vraag van iemand?"), so every reader could take it for them. Now the post asks the who
// first, as the SMS does, or says a group by its name when the question does not fit (social-who.ts). Uses dist/.
import assert from 'node:assert/strict';
import test from 'node:test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exporters, FIXTURES, feed, NOW, withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const x = await exporters();
const { actionWithWho } = await importTs('src/export/social-who.ts');
const AT_0746 = Date.parse('2026-12-08T06:46:00Z');
const WHO = { 'nl-BE': 'U hebt codes gegeven of geld overgemaakt op vraag van iemand?', en: 'You gave codes or transferred money because someone asked?' };
const small = () => {
  const f = JSON.parse(readFileSync(join(FIXTURES, 'bank-ddos-phishing-small.json'), 'utf8'));
  f.incidents[0].actions[0].who = WHO;
  return f;
};

test('clearline export --to social: the cyberattack\'s urgent action beside the fake-message warning is asked with whom it is for, in both languages', async () => {
  await withCliDir('clearline-social-who-', async (dir, cli) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(small()));
    const r = cli('export', 'feed.json', '--to', 'social');
    assert.equal(r.status, 0, r.stderr);
    const [nl, en] = r.stdout.trim().split('\n\n');
    assert.match(nl, /^U hebt codes gegeven of geld overgemaakt op vraag van iemand\? Laat uw bankkaart meteen blokkeren via Card Stop \(078 170 170\) en bel daarna onze fraudelijn\.$/m);
    assert.match(en, /^You gave codes or transferred money because someone asked\? Have your card blocked at once via Card Stop \(078 170 170\), then call our fraud line\.$/m);
    // The fake-message line no longer fits beside it: the desk is told to post about it too, never the action without its who.
    assert.match(r.stderr, /maar de dringende actie daarvan past niet in deze berichten: plaats er ook een eigen bericht over \(--incident phishing\)/);
  }, { now: AT_0746 });
});

test('the trial\'s own feed at 07:46: both posts ask the who before Card Stop\'s number, the title and the action whole', () => {
  const trial = JSON.parse(readFileSync(join(FIXTURES, 'bank-phishing-0746.json'), 'utf8'));
  const r = x.exportSocial(trial, { now: AT_0746 });
  for (const p of r.posts) {
    assert.ok(p.fits, `${p.lang}: ${p.text}`);
    assert.ok(p.text.includes(`${WHO[p.lang]} `), `${p.lang}: ${p.text}`);
    assert.match(p.text, /via Card Stop \(078 170 170\)[ ,]/, p.lang);
    assert.ok(!p.shortened.some((s) => s.startsWith('title') || s.startsWith('action')), p.shortened.join());
  }
});

test('social-who.ts: the question when it fits, a group\'s name when it does not, as written when the title says it or it only warns', () => {
  const psr = { label: 'Call 0800 316 4000 and we will deliver bottled water to you.', who: 'Customers on our Priority Services Register who cannot collect water' };
  assert.equal(actionWithWho(psr, 'No water in Upton', 'en', () => true), 'Customers on our Priority Services Register who cannot collect water? Call 0800 316 4000 and we will deliver bottled water to you.');
  assert.equal(actionWithWho(psr, 'No water in Upton', 'en', (a) => a.length <= 90), 'Priority Services Register: call 0800 316 4000 and we will deliver bottled water to you');
  assert.equal(actionWithWho(psr, 'No water in Upton', 'en', (a) => a.length <= 60), 'Priority Services Register: call 0800 316 4000…');
  // No group's name and no room: the question stays (what we know and the next update give way in social.ts).
  assert.equal(actionWithWho({ label: 'Bel onze fraudelijn.', who: WHO['nl-BE'] }, 'Cyberaanval', 'nl-BE', () => false), `${WHO['nl-BE']} Bel onze fraudelijn.`);
  assert.equal(actionWithWho({ label: 'Haal drinkwater bij het tappunt Biltstraat.', who: 'U hebt geen water' }, 'Geen water in Utrecht-Oost', 'nl', () => true), 'Haal drinkwater bij het tappunt Biltstraat.');
  assert.equal(actionWithWho({ label: 'Klik niet op de link.', who: 'U krijgt een sms van ons' }, 'Valse sms\'en', 'nl', () => true), 'Klik niet op de link.');
  assert.equal(actionWithWho({ label: 'Bel ons.', who: '' }, 'Storing', 'nl', () => true), 'Bel ons.');
});

test('golden fixture: the water incident\'s post keeps its action as written (the title says "Geen water")', () => {
  const r = x.exportSocial(feed(), { now: NOW });
  assert.match(r.posts[0].text, /^Haal drinkwater bij het tappunt Biltstraat\.$/m);
});
