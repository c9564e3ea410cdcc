// The exports say what <clearline-status> says, in the same words (walk-through 2026-12-02 of a broadband
// provider's e-mail outage, Dutch and English): the emergency lines' label, a resolved incident's severity,
// the long-wait hint over the self-service it introduces, an action's "who" said aloud as a condition.
// Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters, feed, NOW } from './export-kit.mjs';

const x = await exporters();
const LANGS = ['nl', 'en'];
/** The status element's own words (src/i18n/terms.ts, which dist/export.js re-exports through termsFor). */
const ELEMENT = { nl: { emergency: 'Bij nood' }, en: { emergency: 'In an emergency' } };

test('emergency lines: every export labels them with the element\'s "Bij nood" / "In an emergency", never "Noodgeval"', () => {
  const f = feed();
  for (const lang of LANGS) {
    const word = ELEMENT[lang].emergency;
    const mail = x.exportEmail(f, { lang, now: NOW });
    assert.match(mail.text, new RegExp(`^- ${word}: Storingslijn|^- ${word}: Emergency line`, 'm'), `${lang} e-mail text:\n${mail.text}`);
    for (const [what, html] of [['e-mail html', mail.html], ['page without script', x.exportHtml(f, { lang, now: NOW }).text]]) {
      assert.ok(html.includes(`<div class="emergency"><p><strong>${word}</strong></p>`), `${lang} ${what}`);
    }
    assert.doesNotMatch(mail.text + mail.html, /Noodgeval|\bEmergency:/);
  }
  // A line labelled only with its number: the phone message leads with the same word.
  const bare = feed();
  Object.assign(bare.channels.find((c) => c.emergency), { label: '112', href: 'tel:112' });
  assert.match(x.exportIvr(bare, { lang: 'nl', now: NOW }).text, / Bij nood: hang op en bel 112\./);
  assert.match(x.exportIvr(bare, { lang: 'en', now: NOW }).text, / In an emergency: hang up and call 112\./);
});
