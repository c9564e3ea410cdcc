// The phone message says what to do (walk-through by Gemeente Zwaluwen, 2026-12-01): an urgent
// action without a web page ("Kook kraanwater 1 minuut voordat u het drinkt") is read out, with
// who it is for, and is never dropped to fit the 45 seconds: other parts are shortened first.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { exporters, feed, FIXTURES, NOW as WATER_NOW, xmllint } from './export-kit.mjs';

const x = await exporters();
const NOW = Date.parse('2026-11-24T01:30:00Z');
const zwaluwen = () => JSON.parse(readFileSync(join(FIXTURES, 'zwaluwen.json'), 'utf8'));
const BOIL = { nl: 'U woont in De Hoven? Kook kraanwater 1 minuut voordat u het drinkt.', en: 'You live in De Hoven? Boil tap water for 1 minute before you drink it.' };

test('IVR says the urgent action without a web page, with who it is for (nl, en)', async () => {
  for (const lang of ['nl', 'en']) {
    const ivr = x.exportIvr(zwaluwen(), { lang, now: NOW });
    assert.ok(ivr.text.includes(BOIL[lang]), `${lang}: ${ivr.text}`);
    assert.ok(ivr.ssml.includes(BOIL[lang]), `ssml (${lang})`);
    const lint = await xmllint(ivr.ssml);
    assert.ok(lint.valid, lint.errors.join('\n'));
    assert.ok(ivr.fits, `${ivr.seconds} s`);
    // Also when another incident leads: every open incident's instruction is said.
    const storm = x.exportIvr(zwaluwen(), { lang, now: NOW, incident: 'storm-2026-11-23' });
    assert.ok(storm.text.includes(BOIL[lang]), `${lang} with the storm first: ${storm.text}`);
  }
});

test('one incident: an urgent action without a link is said, without "who" when not given', () => {
  const f = feed();
  const action = f.incidents[0].actions[0];
  delete action.href;
  assert.ok(x.exportIvr(f, { lang: 'nl', now: WATER_NOW }).text.includes('U hebt geen water? Haal drinkwater bij het tappunt Biltstraat.'));
  delete action.who;
  const en = x.exportIvr(f, { lang: 'en', now: WATER_NOW });
  assert.ok(en.text.includes(' Get drinking water at the Biltstraat tap point.'), en.text);
  assert.ok(en.fits);
  // An urgent action with a web page is still offered as before (its address), not read twice.
  const withPage = x.exportIvr(feed(), { lang: 'nl', now: WATER_NOW }).text;
  assert.equal(withPage.split('Haal drinkwater bij het tappunt Biltstraat').length, 2, withPage);
});

test('the urgent action is never dropped: greeting, pages and the summary go first', () => {
  const f = zwaluwen();
  // A long wait reason leaves no room for the optional sentences.
  f.channels[1].reason.nl = 'heel veel telefoontjes over de storm, de wateroverlast in Zwaluwen-Noord, het kookadvies en de afvalinzameling van dinsdag';
  const ivr = x.exportIvr(f, { lang: 'nl', now: NOW });
  assert.ok(ivr.text.includes(BOIL.nl), ivr.text);
  assert.ok(ivr.dropped.includes('hello'), ivr.dropped.join());
  assert.ok(!ivr.dropped.some((d) => d.startsWith('todo')), ivr.dropped.join());
  assert.ok(ivr.fits, `${ivr.seconds} s`);
  // Longer still: the first sentence of what we know goes too, the instruction stays. (Three times: at twice, leaving out
  // the wait's reason is enough since trial U, ivr-wait.ts.)
  f.incidents[1].known.nl = `${'Door de overstroming kan er vuil water in de leiding in De Hoven en de omliggende straten en wijken zijn gekomen, '.repeat(3)}zegt het waterbedrijf.`;
  const shorter = x.exportIvr(f, { lang: 'nl', now: NOW });
  assert.ok(shorter.dropped.includes('summary'), shorter.dropped.join());
  assert.ok(!shorter.text.includes('omliggende straten'), shorter.text);
  assert.ok(shorter.text.includes(BOIL.nl), shorter.text);
  assert.ok(shorter.fits, `${shorter.seconds} s`);
  // Even when nothing else can go, the instruction stays and the message reports it does not fit.
  f.incidents[1].actions[0].label.nl = 'Kook kraanwater '.repeat(40);
  const over = x.exportIvr(f, { lang: 'nl', now: NOW });
  assert.equal(over.fits, false);
  assert.ok(over.text.includes(f.incidents[1].actions[0].label.nl.trim()));
});

// A British broadband provider (Northwire, 2026-12-02): a fibre cut takes broadband, and telecare alarms
// over it, down. Its act-now "If you need help now, call 999 from a mobile phone" (tel:999) was plain
// text in the SSML, so a voice read "call nine hundred and ninety-nine"; and an act-now that calls a line
// without saying its number ("Call our priority line now", tel:…) gave callers no number at all.
test('IVR: the number an urgent action calls is marked up for the voice, and said when the label does not say it', async () => {
  const f = feed();
  f.time_zone = 'Europe/London';
  const action = f.incidents[0].actions[0];
  Object.assign(action, { label: { nl: 'Bel 112 als u nu hulp nodig heeft', en: 'If you need help now, call 999 from a mobile phone' }, href: 'tel:999' });
  const en = x.exportIvr(f, { lang: 'en', now: WATER_NOW });
  assert.ok(en.ssml.includes('call <prosody rate="90%"><say-as interpret-as="telephone">999</say-as></prosody> from a mobile phone.'), en.ssml);
  assert.ok(en.text.includes('If you need help now, call 999 from a mobile phone.'), en.text);
  assert.ok((await xmllint(en.ssml)).valid);

  Object.assign(action, { label: { nl: 'Bel nu onze voorrangslijn', en: 'Call our priority line now' }, href: 'tel:+448081570456' });
  const line = x.exportIvr(f, { lang: 'en', now: WATER_NOW });
  assert.ok(line.text.includes('Call our priority line now: 0808 157 0456.'), line.text);
  assert.ok(line.ssml.includes('Call our priority line now: <prosody rate="90%"><say-as interpret-as="telephone">0808 157 0456</say-as></prosody>.'), line.ssml);
  assert.equal(line.text.split('0808 157 0456').length, 2, 'said once');
});
