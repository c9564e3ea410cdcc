// Trial S, an airline's all-clear at 15:00: the SMS cut the title ("Inchecksysteem werkt weer op Schiphol en...") and spent
// the rest on a first sentence that said the title again ("Het inchecksysteem werkt sinds 11:20 weer …"); the sentence
// about a cancelled flight ("Was uw vlucht geannuleerd? Boek gratis om of vraag uw geld terug …") was lost. When the first
// sentence says what the title says and not all fits, the sentences after it get its room (sms-closing.ts).
// Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { exporters, FIXTURES } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const x = await exporters();
const { repeatsTitle } = await importTs('src/export/sms-closing.ts');
const airline = () => JSON.parse(readFileSync(join(FIXTURES, 'airline-1500.json'), 'utf8'));
const AT_1500 = Date.parse('2026-12-19T14:01:00Z');

test('15:00 all-clear: the SMS says what to do about a cancelled flight, not the title twice', () => {
  const want = {
    nl: 'Inchecksysteem werkt weer... Was uw vlucht geannuleerd? Boek gratis om of vraag uw geld terug via Mijn boeking. https://www.noordzee-air.example/status',
    en: 'Check-in system working again... Was your flight cancelled? Rebook free of charge or ask for a refund in My booking. https://www.noordzee-air.example/status',
  };
  for (const lang of ['nl', 'en']) {
    const sms = x.exportSms(airline(), { lang, now: AT_1500 });
    assert.equal(sms.text, want[lang]);
    assert.ok(sms.fits, `${sms.characters}`);
    // The desk is told: the title cut, and the first sentence of what we know left out.
    assert.deepEqual(sms.shortened, ['title-shortened', 'summary']);
  }
  // In two parts all of it fits: the first sentence stays, with the title whole.
  const two = x.exportSms(airline(), { lang: 'nl', now: AT_1500, parts: 2 });
  assert.ok(two.text.startsWith('Inchecksysteem werkt weer op Schiphol en Rotterdam. Het inchecksysteem werkt sinds 11:20 weer'), two.text);
  assert.match(two.text, /Boek gratis om of vraag uw geld terug/);
});

test('a first sentence says what the title says when half its longer words come back in it', () => {
  assert.ok(repeatsTitle('Check-in system working again at Amsterdam and Rotterdam', 'The check-in system has worked again since 11:20 and the delays are over.'));
  assert.ok(repeatsTitle('Inchecksysteem werkt weer op Schiphol en Rotterdam', 'Het inchecksysteem werkt sinds 11:20 weer en de vertragingen zijn voorbij.'));
  // Trial L's all-clear says something else than its title: its first sentence stays first (export-sms-closing).
  assert.ok(!repeatsTitle('Storing mobiel netwerk: bellen, sms en mobiel internet werken niet', 'Ons mobiele netwerk werkt weer in heel Nederland.'));
  assert.ok(!repeatsTitle('Kookadvies in Zeist-West en Den Dolder', 'Laat uw kranen 2 minuten lopen, dan kunt u het water weer drinken.'));
});
