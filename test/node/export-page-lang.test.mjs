// The page without script and the e-mail's HTML said <html lang="en"> for a Chicago provider's feed whose
// numbers they write as (800) 555-0199: a screen reader picks its voice and its reading of numbers and
// dates by the page's language, so a US page got whatever "en" means on the reader's device. Now the tag
// names the region the numbers are written for (dialLang: en-US, en-GB, nl-BE), as the phone message does.
// Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters, feed, NOW } from './export-kit.mjs';

const x = await exporters();

test('page without script and e-mail HTML: <html lang> names the feed\'s region (en-US, en-GB, nl-BE), else the language alone', () => {
  const cases = [
    ['America/Chicago', 'en', 'en-US'],
    ['Europe/London', 'en', 'en-GB'],
    ['Europe/Brussels', 'nl', 'nl-BE'],
    ['Europe/Amsterdam', 'nl', 'nl'],
    ['Europe/Amsterdam', 'en', 'en'],
  ];
  for (const [zone, lang, tag] of cases) {
    const f = { ...feed(), time_zone: zone };
    const page = x.exportHtml(f, { lang, now: NOW }).text;
    assert.match(page, new RegExp(`^<!doctype html>\\n<html lang="${tag}">`), `${zone} ${lang} page`);
    assert.match(x.exportEmail(f, { lang, now: NOW }).html, new RegExp(`^<!doctype html>\\n<html lang="${tag}">`), `${zone} ${lang} e-mail`);
  }
});

// CAP's <language> and Atom's xml:lang said "nl" for a Flemish water company's feed whose page says nl-BE: a CAP
// receiver that reads the alert aloud picks its voice by it, and "078/35 35 99" is read as the Belgians write it.
test('CAP <language> and Atom xml:lang name the same region as the page', () => {
  for (const [zone, lang, tag] of [['Europe/Brussels', 'nl', 'nl-BE'], ['Europe/London', 'en', 'en-GB'], ['America/Chicago', 'en', 'en-US'], ['Europe/Amsterdam', 'nl', 'nl']]) {
    const f = { ...feed(), time_zone: zone };
    const cap = x.exportCap(f, { langs: [lang], now: NOW }).alerts.at(-1).text;
    assert.match(cap, new RegExp(`<language>${tag}</language>`), `${zone} ${lang} CAP`);
    assert.match(x.exportAtom(f, { lang, now: NOW }).text, new RegExp(`<feed xmlns="[^"]+" xml:lang="${tag}">`), `${zone} ${lang} Atom`);
  }
});
