// A US regional internet and TV provider ("Prairie Fiber", America/Chicago, English only) during a winter
// storm that cut its fiber in three counties; some customers rely on their phone-over-fiber for 911
// (found in the US provider walkthrough). Its desk lists the relay line 711 and 988 beside 911, types
// its toll-free numbers as Americans do, and reads times on a 12-hour clock.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { isShortNumber, callingCodeForZone } = await importTs('src/feed/dialling.ts');
const { lintDocument } = await importTs('src/lint/index.ts');

const CHI = 'America/Chicago';

const feed = (channels) => ({
  type: 'status', version: 1, feed_id: 'prairie-fiber', time_zone: CHI,
  publisher: { name: 'Prairie Fiber', url: 'https://www.prairiefiber.example/' },
  channels, incidents: [],
});
const phone = (href, label = 'Line') => ({ id: `p${href.replace(/\D/g, '')}`, kind: 'phone', label: { en: label }, href });

test('a US feed may list 211, 311, 511, 711 (relay), 811 and 988 beside 911; a feed elsewhere may not', () => {
  const us = callingCodeForZone(CHI);
  for (const n of ['211', '311', '511', '711', '811', '988', '911']) {
    assert.equal(isShortNumber(`tel:${n}`, us), true, n);
    const findings = lintDocument(feed([phone(`tel:${n}`, `Call ${n}`)]));
    assert.deepEqual(findings.filter((f) => f.rule === 'phone-e164'), [], n);
  }
  // In a British or Dutch feed 711 is a typo, and 988 too.
  for (const code of ['44', '31', undefined]) {
    assert.equal(isShortNumber('tel:711', code), false, String(code));
    assert.equal(isShortNumber('tel:988', code), false, String(code));
  }
  const london = { ...feed([phone('tel:711')]), time_zone: 'Europe/London' };
  assert.ok(lintDocument(london).some((f) => f.rule === 'phone-e164'));
});

test('a US or Canadian number with a digit too many or too few is a warning, in words the desk counts', () => {
  const [f] = lintDocument(feed([phone('tel:+180055501999', 'Customer support')])).filter((x) => x.rule === 'phone-length');
  assert.ok(f, 'an 11-digit number after +1 is found');
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /^the US or Canadian number tel:\+180055501999 has 11 digits after \+1; such numbers have 10$/);
  const [desk] = lintDocument(feed([phone('tel:+1800555019')]), { audience: 'desk' }).filter((x) => x.rule === 'phone-length');
  assert.match(desk.message, /^the number \S+ has 9 digits; US or Canadian numbers have 10, with the area code$/);
  const [nl] = lintDocument(feed([phone('tel:+180055501999')]), { lang: 'nl' }).filter((x) => x.rule === 'phone-length');
  assert.match(nl.message, /^het Amerikaanse of Canadese nummer tel:\+180055501999 heeft 11 cijfers na \+1/);
  // Ten digits pass, toll-free ones too.
  for (const href of ['tel:+18005550199', 'tel:+13125550142', 'tel:+1 (888) 555-0101']) {
    assert.deepEqual(lintDocument(feed([phone(href)])).filter((x) => x.rule === 'phone-length'), [], href);
  }
  // The Dutch words for the other countries are unchanged.
  const [dutch] = lintDocument({ ...feed([phone('tel:+3153123456')]), time_zone: 'Europe/London' }, { lang: 'nl' }).filter((x) => x.rule === 'phone-length');
  assert.match(dutch.message, /^het Nederlandse nummer tel:\+3153123456 heeft 8 cijfers na \+31/);
});
