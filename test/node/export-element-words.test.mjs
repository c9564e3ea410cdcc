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
    // The English line's own name starts with "Emergency line", so it is not led by "In an emergency" too (below).
    assert.match(mail.text, lang === 'nl' ? /^- Bij nood: Storingslijn/m : /^- Emergency line for leaks/m, `${lang} e-mail text:\n${mail.text}`);
    for (const [what, html] of [['e-mail html', mail.html], ['page without script', x.exportHtml(f, { lang, now: NOW }).text]]) {
      assert.ok(html.includes(`<div class="emergency"><p><strong>${word}</strong></p>`), `${lang} ${what}`);
    }
    assert.doesNotMatch(mail.text + mail.html, /Noodgeval|\bEmergency:/);
  }
  // A line labelled only with its number: the phone message leads with the same word.
  const bare = feed();
  const line = Object.assign(bare.channels.find((c) => c.emergency), { label: '112', href: 'tel:112' });
  // 112 is said on the queue only while an urgent reason offers it (ivr-called-for.ts, trial S).
  bare.contact_reasons = [{ id: 'gevaar', label: { nl: 'Levensgevaar', en: 'Life in danger' }, urgent: true, channels: [line.id] }];
  assert.match(x.exportIvr(bare, { lang: 'nl', now: NOW }).text, / Bij nood: hang op en bel 112\./);
  assert.match(x.exportIvr(bare, { lang: 'en', now: NOW }).text, / In an emergency: hang up and call 112\./);
});

/** The fixture's lead incident (a major disruption), resolved. */
function resolvedFeed() {
  const f = feed();
  Object.assign(f.incidents[0], {
    phase: 'resolved',
    updated_at: '2026-11-23T09:40:00Z',
    resolved_at: '2026-11-23T09:40:00Z',
    next_update_at: null,
    known: { nl: 'Iedereen heeft weer water.', en: 'Everyone has water again.' },
  });
  return f;
}

test('a resolved major incident reads "Opgelost om 10:40 · was: grote hinder" / "Resolved at 10:40 · was: major disruption", as the element shows it (with when: an all-clear read at 8 said only "Opgelost")', () => {
  const f = resolvedFeed();
  const words = { nl: ['Opgelost om 10:40', 'was: grote hinder', 'Grote hinder'], en: ['Resolved at 10:40', 'was: major disruption', 'Major disruption'] };
  for (const lang of LANGS) {
    const [badge, was, current] = words[lang];
    const id = f.incidents[0].id;
    const mail = x.exportEmail(f, { lang, incident: id, now: NOW });
    assert.ok(mail.text.includes(`\n${badge} · ${was}\n`), `${lang} e-mail text:\n${mail.text}`);
    const meta = `<p class="meta"><span class="badge">${badge}</span> <span>${was}</span></p>`;
    assert.ok(mail.html.includes(meta), `${lang} e-mail html`);
    const page = x.exportHtml(f, { lang, now: NOW }).text;
    assert.ok(page.includes(meta), `${lang} page without script`);
    // Not drawn in the major colour either: the element's calm card.
    assert.match(page, new RegExp(`<article class="incident sev-ok" id="${id}"`));
    const atom = x.exportAtom(f, { lang, now: NOW }).text;
    assert.ok(atom.includes(`<p><strong>${badge}</strong> · ${was}</p>`), `${lang} atom`);
    for (const out of [mail.text, mail.html, page, atom]) assert.ok(!out.includes(current), `${lang}: "${current}" for a resolved incident`);
  }
  // An open one keeps its severity and phase.
  assert.ok(x.exportEmail(feed(), { lang: 'nl', now: NOW }).text.includes('\nGrote hinder · Oorzaak gevonden\n'));
});

test('a long wait: "Probeer eerst dit:" heads only the self-service (the incident\'s "Wat u kunt doen"), not the list ending with the long queue', () => {
  const f = feed();
  const id = f.incidents[0].id;
  const hint = { nl: 'Lange wachttijd? Misschien hoeft u niet te bellen. Probeer eerst dit:', en: 'Long wait? You may not need to call. Try these first:' };
  const todo = { nl: 'Wat u kunt doen', en: 'What you can do' };
  for (const lang of LANGS) {
    const mail = x.exportEmail(f, { lang, now: NOW });
    for (const [what, html] of [['page without script', x.exportHtml(f, { lang, now: NOW }).text], ['e-mail html', mail.html]]) {
      const contact = html.slice(html.indexOf('<section class="channels"'));
      // The hint's own list holds the self-service and nothing else; the channels, the long queue last, follow apart.
      const block = `<div class="self-service"><p>${hint[lang]}</p><ul><li><a href="#${id}-actions">${todo[lang]}</a></li></ul></div>\n<ul>`;
      assert.ok(contact.includes(block), `${lang} ${what}:\n${contact}`);
      assert.ok(html.includes(`<section id="${id}-actions" class="urgent">`), `${lang} ${what}: the link's target, "Act now" (first)`);
      const afterHint = contact.slice(contact.indexOf(hint[lang]));
      assert.ok(afterHint.indexOf('tel:+31881234567') > afterHint.indexOf('</div>'), `${lang} ${what}: the long-wait line is not under the hint`);
    }
  }
  // Nothing to do instead (no actions): no hint, as the element shows none.
  const none = feed();
  for (const i of none.incidents) delete i.actions;
  assert.ok(!x.exportHtml(none, { lang: 'nl', now: NOW }).text.includes('Probeer eerst dit'));
});

test('the phone message says an action\'s "who" as a question (the element\'s "Kom nu in actie als…"), not as a statement', () => {
  // A broadband provider's e-mail outage: "U wacht op een dringende e-mail: Bel ons …" told every caller they were waiting for one.
  const f = feed();
  Object.assign(f.incidents[0].actions[0], {
    label: { nl: 'bel ons als u een dringende e-mail mist', en: 'Call us if you miss an urgent e-mail.' },
    who: { nl: 'U wacht op een dringende e-mail', en: 'You are waiting for an urgent e-mail.' },
    // Another number than the line the caller is on (088 123 4567): that one is not said to them again (export-ivr-own-line).
    href: 'tel:+31881234568',
  });
  const want = {
    nl: 'U wacht op een dringende e-mail? Bel ons als u een dringende e-mail mist: ',
    en: 'You are waiting for an urgent e-mail? Call us if you miss an urgent e-mail: ',
  };
  for (const lang of LANGS) {
    const ivr = x.exportIvr(f, { lang, now: NOW });
    assert.ok(ivr.text.includes(`${want[lang]}088 123 4568.`), `${lang}: ${ivr.text}`);
    assert.ok(ivr.ssml.includes(`${want[lang]}<prosody rate="90%"><say-as interpret-as="telephone">`), `${lang} ssml: ${ivr.ssml}`);
  }
  // A "who" written as a question is said as written, with one question mark.
  f.incidents[0].actions[0].who = { nl: 'Wacht u op een dringende e-mail?', en: 'Waiting for an urgent e-mail?' };
  assert.ok(x.exportIvr(f, { lang: 'nl', now: NOW }).text.includes(' Wacht u op een dringende e-mail? Bel ons'));
});

test('CAP reads an action\'s "who" as a question too: receivers read the instruction aloud', () => {
  // "U woont of werkt in Arnhem-Zuid: Zet apparaten uit …" read aloud tells every listener they live there.
  const f = feed();
  Object.assign(f.incidents[0].actions[0], {
    label: { nl: 'zet apparaten uit die vanzelf weer aangaan', en: 'Switch off appliances that come back on by themselves.' },
    who: { nl: 'U woont of werkt in Utrecht-Oost', en: 'You live or work in Utrecht-Oost.' },
  });
  const want = {
    nl: ['U woont of werkt in Utrecht-Oost? Zet apparaten uit die vanzelf weer aangaan.', 'U hebt water? U hoeft niets te doen.'],
    en: ['You live or work in Utrecht-Oost? Switch off appliances that come back on by themselves.', 'You have water? You do not need to do anything.'],
  };
  const alerts = x.exportCap(f, { now: NOW }).alerts.filter((a) => a.incident === f.incidents[0].id);
  const last = alerts.at(-1).text;
  for (const lang of LANGS) {
    const info = last.slice(last.indexOf(`<language>${lang}</language>`));
    const instruction = /<instruction>([^<]*)<\/instruction>/.exec(info)[1];
    assert.deepEqual(instruction.split('\n'), want[lang], `${lang}: ${instruction}`);
  }
  // A who written as a question keeps its one "?".
  f.incidents[0].actions[0].who = { nl: 'Woont u in Utrecht-Oost?', en: 'Do you live in Utrecht-Oost?' };
  assert.match(x.exportCap(f, { now: NOW, lang: 'nl', incident: f.incidents[0].id }).alerts.at(-1).text, /<instruction>Woont u in Utrecht-Oost\? Zet apparaten/);
});

test('the e-mail text does not say "Bij nood" twice: an emergency line whose own name says it keeps only its name', () => {
  // A grid operator's lines (walk-through 2026-12-02): "- Bij nood: Bij gevaar: 112", "- In an emergency: Emergency line for outages: …".
  const f = feed();
  const line = f.channels.find((c) => c.emergency);
  f.channels.unshift(
    { id: '112', kind: 'phone', emergency: true, label: { nl: 'Bij gevaar: 112', en: 'In danger: 112' }, href: 'tel:112' },
    { id: 'gas', kind: 'phone', emergency: true, label: { nl: 'Gaslucht? Bel 0800 9009', en: 'Smell gas? Call us' }, href: 'tel:+318009009' },
  );
  line.label = { nl: 'Noodlijn bij lekkage', en: 'Emergency line for leaks' };
  const want = {
    nl: ['- Bij gevaar: 112', '- Bij nood: Gaslucht? Bel 0800 9009', '- Noodlijn bij lekkage: 0800 123 4567 (Dag en nacht)'],
    // A Dutch feed's numbers as dialled in the Netherlands in English too (trials Q, R).
    en: ['- In danger: 112', '- In an emergency: Smell gas? Call us: 0800 9009', '- Emergency line for leaks: 0800 123 4567 (Day and night)'],
  };
  for (const lang of LANGS) {
    const text = x.exportEmail(f, { lang, now: NOW }).text;
    const contact = text.slice(text.indexOf('Contact:\n')).split('\n').slice(1, 4);
    assert.deepEqual(contact, want[lang], `${lang}:\n${text}`);
  }
});

test('"Life in danger? Call 112" says it is for an emergency, as "Levensgevaar? Bel 112" does: no "In an emergency:" before it', () => {
  // A grid operator's e-mail (trial R): "- Levensgevaar? Bel 112 (…)" in Dutch, but "- In an emergency: Life in danger? Call 112 (…)".
  const f = feed();
  f.channels.unshift({ id: '112', kind: 'phone', emergency: true, label: { nl: 'Levensgevaar? Bel 112', en: 'Life in danger? Call 112' }, href: 'tel:112' });
  const first = (lang) => {
    const text = x.exportEmail(f, { lang, now: NOW }).text;
    return text.slice(text.indexOf('Contact:\n')).split('\n')[1];
  };
  assert.equal(first('nl'), '- Levensgevaar? Bel 112');
  assert.equal(first('en'), '- Life in danger? Call 112');
  // A name that does not say it ("Lifeline") is still led by it.
  f.channels[0].label = { nl: 'Levensgevaar? Bel 112', en: 'Lifeline: 112' };
  assert.match(first('en'), /^- In an emergency: Lifeline/);
});
