// The page without script and the e-mail label the next update once: "Volgende update: 10:30",
// not "Volgende update: De volgende update is om 10:30."
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters, feed } from './export-kit.mjs';

const x = await exporters();
const EARLY = Date.parse('2026-11-23T09:00:00Z'); // the fixture's update promised for 10:30 is not late yet

test('page and e-mail: "Volgende update: 10:30", said once', () => {
  const f = feed();
  for (const [lang, label, sentence] of [['nl', 'Volgende update', 'De volgende update is om'], ['en', 'Next update', 'The next update is at']]) {
    const page = x.exportHtml(f, { lang, now: EARLY }).text;
    const mail = x.exportEmail(f, { lang, now: EARLY });
    assert.ok(page.includes(`<strong>${label}:</strong> 10:30</p>`), `page (${lang})`);
    assert.ok(mail.text.includes(`${label}: 10:30\n`), `e-mail text (${lang})`);
    assert.ok(mail.html.includes(`<strong>${label}:</strong> 10:30</p>`), `e-mail html (${lang})`);
    for (const text of [page, mail.text, mail.html]) assert.ok(!text.includes(`${label}: ${sentence}`) && !text.includes(`${label}:</strong> ${sentence}`), `no "${label}: ${sentence}" (${lang})`);
  }
});

test('a late update keeps its sentence under the label', () => {
  const f = feed();
  const late = Date.parse('2026-11-23T09:45:00Z');
  assert.ok(x.exportHtml(f, { lang: 'nl', now: late }).text.includes('<strong>Volgende update:</strong> De beloofde update van 10:30 is te laat.'));
  assert.ok(x.exportEmail(f, { lang: 'nl', now: late }).text.includes('Volgende update: De beloofde update van 10:30 is te laat.'));
});
