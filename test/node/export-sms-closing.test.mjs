// A resolved incident's SMS (its closing text where an open one has its action). Trial L: a mobile operator's all-clear,
// the one SMS its customers would actually get, went out as "Opgelost: Storing mobiel netwerk: bellen, sms en mobiel
// internet werken niet. Ons mobiele netwerk werkt weer in heel... https://…": its first sentence cut for the title's sake.
// Now the first sentence stays whole and words of the title give way; later sentences come whole, a question with its
// answer first. Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';
import { mobileOutage, NOW } from './mobile-outage-kit.mjs';

const x = await exporters();
const LINK = 'https://www.belnet.example/storing';

test("the all-clear keeps the closing text's first sentence whole; the title gives way", () => {
  const feed = mobileOutage('resolved');
  for (const [lang, title, first] of [
    ['nl', 'Opgelost: Storing mobiel netwerk...', 'Ons mobiele netwerk werkt weer in heel Nederland.'],
    ['en', 'Resolved: Mobile network outage: calls, texts and mobile data...', 'Our mobile network is working again across the Netherlands.'],
  ]) {
    const sms = x.exportSms(feed, { lang, now: NOW });
    assert.equal(sms.text, `${title} ${first} ${LINK}`);
    assert.ok(sms.fits, sms.text);
    assert.deepEqual(sms.shortened, ['title-shortened']);
  }
});

test('in two parts the advice to restart the phone comes too, whole, with its question', () => {
  const sms = x.exportSms(mobileOutage('resolved'), { lang: 'nl', now: NOW, parts: 2 });
  assert.ok(sms.text.includes('Ons mobiele netwerk werkt weer in heel Nederland.'), sms.text);
  assert.ok(sms.text.includes('Werkt uw mobiel nog niet? Zet hem één keer uit en weer aan.'), sms.text);
  assert.doesNotMatch(sms.text, /\.\.\.|…/, sms.text);
});

test('a question with its answer before a longer sentence that does not fit', () => {
  const feed = mobileOutage('resolved');
  const inc = feed.incidents[0];
  inc.title = { nl: 'Storing mobiel netwerk', en: 'Mobile network outage' };
  inc.known = {
    nl: 'Ons netwerk werkt weer. De oorzaak was een defecte centrale server, die onze technici vannacht samen met de leverancier hebben vervangen. Werkt uw mobiel nog niet? Zet hem één keer uit en weer aan.',
    en: 'Our network works again. The cause was a faulty central server, which our engineers replaced overnight together with the supplier. Mobile still not working? Switch it off and on again once.',
  };
  for (const [lang, expected] of [
    ['nl', 'Opgelost: Storing mobiel netwerk. Ons netwerk werkt weer. Werkt uw mobiel nog niet? Zet hem één keer uit en weer aan.'],
    ['en', 'Resolved: Mobile network outage. Our network works again. Mobile still not working? Switch it off and on again once.'],
  ]) {
    const sms = x.exportSms(feed, { lang, now: NOW });
    assert.equal(sms.text, `${expected} ${LINK}`);
    assert.deepEqual(sms.shortened, []);
  }
});
