// The phone message says an emergency line's number once, in a sentence a text-to-speech voice reads
// naturally. A Dutch water company whose emergency channel was labelled "Bij gevaar: 112" heard
// "Bij gevaar: 112: hang op en bel 112." The label's number is found as the elements find it
// (numberInLabel, src/content/links.ts). Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters, feed, NOW, xmllint } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const x = await exporters();

/** The fixture feed with its emergency line relabelled (and dialling `href` when given). */
function withEmergency(label, href) {
  const f = feed();
  const line = f.channels.find((c) => c.emergency);
  line.label = label;
  if (href) line.href = href;
  // A public emergency number is said on the queue only while an urgent reason offers it (ivr-called-for.ts, trial S).
  f.contact_reasons = [...(f.contact_reasons ?? []), { id: 'gevaar', label: { nl: 'Gevaar', en: 'Danger' }, urgent: true, channels: [line.id] }];
  return f;
}

/**
 * The emergency sentence: what is said right after the opening (the title and the first sentence of what we know), up to
 * the next sentence of what we know (as much of it as the message says) or the wait. It was said after all of what we
 * know, before the wait, until the emergency line came first (export-ivr-emergency-first).
 */
const spoken = (ivr, lang) => {
  const known = x.plainParagraphs(feed().incidents[0].known[lang]).flatMap((p) => p.split(/(?<=\.) (?=[A-Z])/));
  const t = ivr.text.slice(ivr.text.indexOf(`${known[0]} `) + known[0].length + 1);
  const ends = [...known.slice(1), lang === 'nl' ? 'Verwachte wachttijd' : 'Expected wait'].map((s) => t.indexOf(` ${s}`)).filter((i) => i >= 0);
  return t.slice(0, Math.min(...ends));
};
const TEL = (n) => `<say-as interpret-as="telephone">${n}</say-as>`;

test('a label ending in its number: the number is said once, after "hang op en bel" / "hang up and call"', async () => {
  const f = withEmergency({ nl: 'Bij gevaar: 112', en: 'In danger: 112' }, 'tel:112');
  const want = { nl: 'Bij gevaar: hang op en bel 112.', en: 'In danger: hang up and call 112.' };
  for (const lang of ['nl', 'en']) {
    const ivr = x.exportIvr(f, { lang, now: NOW });
    assert.equal(spoken(ivr, lang), want[lang]);
    assert.equal(ivr.text.split('112').length - 1, 1, `${lang}: 112 said once: ${ivr.text}`);
    assert.equal(ivr.ssml.split(TEL('112')).length - 1, 1, `${lang}: 112 marked up once as a phone number`);
    assert.doesNotMatch(ivr.text, /: [^.]*: hang/, 'no chain of colons');
    assert.ok((await xmllint(ivr.ssml)).valid);
  }
  // Written with separators or in brackets, in the reader's own form of the number: a Dutch feed's as dialled in the
  // Netherlands in English too (trials Q, R).
  const grouped = withEmergency({ nl: 'Noodlijn (0800-1234567)', en: 'Emergency line (+31 800 123 4567)' });
  assert.equal(spoken(x.exportIvr(grouped, { lang: 'nl', now: NOW }), 'nl'), 'Noodlijn: hang op en bel 0800 123 4567.');
  assert.equal(spoken(x.exportIvr(grouped, { lang: 'en', now: NOW }), 'en'), 'Emergency line: hang up and call 0800 123 4567.');
  // Only the number: the word for an emergency leads.
  assert.equal(spoken(x.exportIvr(withEmergency('112', 'tel:112'), { lang: 'nl', now: NOW }), 'nl'), 'Bij nood: hang op en bel 112.');
});

// Trial Q, a hospital: "Bij levensgevaar: bel 112. Hang daarvoor eerst op." was an order in two steps, the second stilted.
test('a label that ends in "call" and its number is said as every line, "… hang up and call 112."; one that cannot be split as written, then "hang up first, then call that number"', () => {
  const f = withEmergency({ nl: 'Levensgevaar? Bel 112', en: 'Call 112 if a life is in danger' }, 'tel:112');
  const want = { nl: 'Levensgevaar? Hang op en bel 112.', en: 'Call 112 if a life is in danger. Hang up first, then call that number.' };
  for (const lang of ['nl', 'en']) {
    const ivr = x.exportIvr(f, { lang, now: NOW });
    assert.equal(spoken(ivr, lang), want[lang]);
    assert.match(ivr.ssml, new RegExp(`(Hang op en bel|Call) <prosody rate="90%">${TEL('112')}</prosody>`));
  }
  const colon = withEmergency({ nl: 'Bij levensgevaar: bel 112', en: 'Life in danger? Call 112' }, 'tel:112');
  assert.equal(spoken(x.exportIvr(colon, { lang: 'nl', now: NOW }), 'nl'), 'Bij levensgevaar: hang op en bel 112.');
  assert.equal(spoken(x.exportIvr(colon, { lang: 'en', now: NOW }), 'en'), 'Life in danger? Hang up and call 112.');
});

test('a label without its number is unchanged: "…: hang op en bel 0800 123 4567."', () => {
  assert.equal(spoken(x.exportIvr(feed(), { lang: 'nl', now: NOW }), 'nl'), 'Storingslijn bij lekkage of geen water: hang op en bel 0800 123 4567.');
  assert.equal(spoken(x.exportIvr(feed(), { lang: 'en', now: NOW }), 'en'), 'Emergency line for leaks or no water: hang up and call 0800 123 4567.');
});

test('the written channels show a label that says its number once too: e-mail and the page without script', () => {
  const f = withEmergency({ nl: 'Bij gevaar: 112', en: 'In danger: 112' }, 'tel:112');
  for (const lang of ['nl', 'en']) {
    const mail = x.exportEmail(f, { lang, now: NOW });
    const line = mail.text.split('\n').find((l) => l.includes('112'));
    // Not led by "Bij nood" too: the name says it (export-element-words).
    assert.match(line, lang === 'nl' ? /^- Bij gevaar: 112( \(|$)/ : /^- In danger: 112( \(|$)/, `${lang} e-mail: ${line}`);
    for (const html of [mail.html, x.exportHtml(f, { lang, now: NOW }).text]) {
      assert.match(html, lang === 'nl' ? /<a href="tel:112">Bij gevaar: 112<\/a>/ : /<a href="tel:112">In danger: 112<\/a>/);
      assert.doesNotMatch(html, /112: 112/);
    }
  }
  // A label without its number still gets it.
  const plain = withEmergency({ nl: 'Storingslijn', en: 'Emergency line' }, 'tel:+318009009');
  assert.match(x.exportEmail(plain, { lang: 'nl', now: NOW }).text, /- Bij nood: Storingslijn: 0800 9009/);
});

test('with only an emergency phone line, the phone message is not made for it by default, as lint --for ivr says', () => {
  // A district-heating desk took its dead customer line out during a cyberattack; left was the emergency line.
  // lint said "there is no ordinary phone line", while export quietly made a waiting message for the emergency line.
  const f = feed();
  f.channels = f.channels.filter((c) => c.emergency || c.kind !== 'phone');
  const emergency = f.channels.find((c) => c.emergency && c.kind === 'phone');
  assert.ok(emergency, 'the fixture has an emergency phone line');
  assert.throws(() => x.exportIvr(f, { lang: 'nl', now: NOW }), (e) => e.code === 'no-channel' && e.message.includes(`--channel ${emergency.id}`) && /only the emergency line/.test(e.message));
  assert.ok(x.lintChannels(f, ['ivr'], { now: NOW, lang: 'nl' }).some((g) => g.rule === 'ivr-no-phone'), 'lint says the same');
  // Asked for by name, it is made.
  assert.equal(x.exportIvr(f, { lang: 'nl', now: NOW, channel: emergency.id }).channel, emergency.id);
});

test('a British feed: a label that says its number as dialled at home (0800 …) is said and shown once', async () => {
  // A UK payment provider's urgent line "Big event today? Call 0800 123 4567" (tel:+448001234567) was
  // read "… Call 0800 123 4567: hang up and call +44 800 123 4567", two forms of one number, and so shown in the e-mail.
  const f = withEmergency({ en: 'Big event today? Call 0800 123 4567' }, 'tel:+448001234567');
  f.time_zone = 'Europe/London';
  const ivr = x.exportIvr(f, { lang: 'en', now: NOW });
  assert.equal(spoken(ivr, 'en'), 'Big event today? Hang up and call 0800 123 4567.');
  assert.doesNotMatch(ivr.text, /\+44/);
  const mail = x.exportEmail(f, { lang: 'en', now: NOW }).text.split('\n').find((l) => l.includes('Big event'));
  assert.match(mail, /^- In an emergency: Big event today\? Call 0800 123 4567( \(|$)/, mail);
  // As the elements read it: a British page (en-GB) dials it so; a reader abroad (en) still gets the +44 form.
  const { numberInLabel } = await importTs('src/content/links.ts');
  assert.ok(numberInLabel('Call 0800 123 4567', 'tel:+448001234567', 'en-GB'));
  assert.equal(numberInLabel('Call 0800 123 4567', 'tel:+448001234567', 'en'), undefined);
  assert.equal(numberInLabel('Call 0800 123 4568', 'tel:+448001234567', 'en-GB'), undefined, 'another number is still shown');
});

test('an emergency line\'s reason says when to use it: in the e-mail it leads and the wait follows, as on the status page', async () => {
  // Before: "(Expected wait about 2 minutes: Smell gas? Go outside and call at once, day and night.)",
  // as if the gas smell were why callers wait.
  const { readFileSync } = await import('node:fs');
  const energy = JSON.parse(readFileSync(new URL('../../demo/energy/feed.json', import.meta.url), 'utf8'));
  for (const [lang, want] of [
    ['en', 'Smell gas? Go outside and call at once, day and night. Expected wait about 2 minutes'],
    ['nl', 'Ruikt u gas? Ga naar buiten en bel direct, dag en nacht. Verwachte wachttijd ongeveer 2 minuten'],
  ]) {
    const mail = x.exportEmail(energy, { lang, now: Date.parse(energy.incidents[0].updated_at) + 60_000 });
    assert.ok(mail.text.includes(want), mail.text);
    assert.doesNotMatch(mail.text, /(Expected wait|Verwachte wachttijd) [^:\n]*: (Smell gas|Ruikt u gas)/);
  }
});

test('a name with its short number keeps it: "NHS 111: hang up and call 111.", not "NHS: hang up and call 111."', async () => {
  // A British GP practice listed NHS 111 (tel:111) as an emergency line: its phone message said "NHS: hang up and
  // call 111.", the number taken out of the service's name as if it were "Bij gevaar: 112".
  const f = withEmergency({ en: 'NHS 111', nl: 'NHS 111' }, 'tel:111');
  f.time_zone = 'Europe/London';
  const ivr = x.exportIvr(f, { lang: 'en', now: NOW });
  assert.equal(spoken(ivr, 'en'), 'NHS 111: hang up and call 111.');
  // Both said as a phone number is ("one one one"), not "one hundred and eleven".
  assert.ok(ivr.ssml.includes(`NHS <prosody rate="90%">${TEL('111')}</prosody>: hang up and call <prosody rate="90%">${TEL('111')}</prosody>.`), ivr.ssml);
  assert.ok((await xmllint(ivr.ssml)).valid);
  assert.equal(spoken(x.exportIvr(f, { lang: 'nl', now: NOW }), 'nl'), 'NHS 111: hang op en bel 111.');
  // After a colon or in brackets the number is still the one to call, said once; a long number after a word too.
  assert.equal(spoken(x.exportIvr(withEmergency({ en: 'Urgent medical help: 111' }, 'tel:111'), { lang: 'en', now: NOW }), 'en'), 'Urgent medical help: hang up and call 111.');
  assert.equal(spoken(x.exportIvr(withEmergency({ nl: 'Storingsnummer 0800-1234567' }), { lang: 'nl', now: NOW }), 'nl'), 'Storingsnummer: hang op en bel 0800 123 4567.');
});
