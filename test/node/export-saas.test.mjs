// A UK accounting-software company ("Ledgerly") walked through a month-end outage and a data breach
// (walk-through 2026-12-02). What its customers met in the exports, and no longer do.
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters, feed, NOW } from './export-kit.mjs';

const x = await exporters();

test('phone message: an urgent action written as a sentence is not followed by ".:" before its address', () => {
  const f = feed();
  const action = f.incidents[0].actions[0];
  action.label = { nl: 'Haal drinkwater bij het tappunt. Neem een fles mee.', en: 'Get drinking water at the tap point. Bring a bottle.' };
  for (const lang of ['nl', 'en']) {
    const r = x.exportIvr(f, { lang, now: NOW });
    assert.doesNotMatch(r.text, /[.?!]:/, r.text);
    assert.match(r.text, lang === 'en' ? /Bring a bottle: voorbeeldwater\.example\/tappunten\./ : /Neem een fles mee: voorbeeldwater\.example\/tappunten\./, r.text);
  }
  // A question keeps its question mark, with no colon after it.
  action.label = { nl: 'Geen water?', en: 'No water?' };
  assert.match(x.exportIvr(f, { lang: 'en', now: NOW }).text, /No water\? voorbeeldwater\.example\/tappunten\./);
  // A plain label still leads to its address with a colon.
  action.label = { nl: 'Tappunten', en: 'Tap points' };
  assert.match(x.exportIvr(f, { lang: 'en', now: NOW }).text, /Tap points: voorbeeldwater\.example\/tappunten\./);
});

test('e-mail as text: an e-mail channel shows the address, not "mailto:"', () => {
  const f = feed();
  f.channels.push({ id: 'mail', kind: 'email', label: { nl: 'E-mail', en: 'E-mail support' }, href: 'mailto:support@ledgerly.example' });
  const mail = x.exportEmail(f, { lang: 'en', now: NOW });
  assert.match(mail.text, /^- E-mail support: support@ledgerly\.example$/m, mail.text);
  assert.doesNotMatch(mail.text, /mailto:/, mail.text);
  // The HTML part still links it.
  assert.match(mail.html, /href="mailto:support@ledgerly\.example"/);
});

test("page without script and the e-mail's HTML: an e-mail channel shows its address, as a phone line shows its number", () => {
  const f = feed();
  f.channels.push({ id: 'mail', kind: 'email', label: { nl: 'Meld een verdachte e-mail', en: 'Report a suspicious e-mail' }, href: 'mailto:security@ledgerly.example' });
  f.channels.push({ id: 'mail-2', kind: 'email', label: { nl: 'help@ledgerly.example', en: 'help@ledgerly.example' }, href: 'mailto:help@ledgerly.example' });
  for (const html of [x.exportHtml(f, { lang: "en", now: NOW }).text, x.exportEmail(f, { lang: 'en', now: NOW }).html]) {
    assert.match(html, /<a href="mailto:security@ledgerly\.example">Report a suspicious e-mail: security@ledgerly\.example<\/a>/);
    // A label that is the address is not followed by it again.
    assert.match(html, /<a href="mailto:help@ledgerly\.example">help@ledgerly\.example<\/a>/);
  }
});

test('e-mail subject of a resolved incident starts with "Resolved", as the SMS and phone message do', () => {
  const f = feed();
  const inc = f.incidents[0];
  const at = new Date(NOW - 3_600_000).toISOString().replace('.000Z', 'Z');
  Object.assign(inc, { phase: 'resolved', resolved_at: at, updated_at: at, next_update_at: null });
  assert.match(x.exportEmail(f, { lang: 'en', now: NOW }).subject, /^Resolved: No water in Utrecht-Oost/);
  assert.match(x.exportEmail(f, { lang: 'nl', now: NOW }).subject, /^Opgelost: Geen water in Utrecht-Oost/);
  // An open incident keeps its phase after the title.
  assert.match(x.exportEmail(feed(), { lang: 'en', now: NOW }).subject, /^No water in Utrecht-Oost.* \(/);
});
