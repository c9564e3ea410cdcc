// A Dutch bank's night desk (the app and iDEAL down, and a wave of fake texts telling customers to
// call a number "because of the outage") wrote in what we know: "The text links to
// https://zuiderbank-hulp.example, or asks you to e-mail hulp@zuiderbank-veilig.example". Readers
// turn bare addresses into links (GFM autolinks), so the bank's own signed status page offered the
// criminals' site and address as links to tap. Lint now says so, with the way to write it untappable.
// Trial U (a Belgian bank's phishing wave): in such a warning it is an error (`scam-link`) that stops signing, also
// for the `www.` form, which lint did not see at all; elsewhere it stays a warning (`foreign-link`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Marked } from 'marked';
import { importTs } from './ts-import.mjs';

const { lintDocument } = await importTs('src/lint/index.ts');

const NOW = Date.parse('2026-12-03T01:30:00Z');
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const bank = (known, extra = {}) => ({
  type: 'status',
  version: 1,
  feed_id: 'zuiderbank',
  time_zone: 'Europe/Amsterdam',
  publisher: { name: 'Zuiderbank', url: 'https://www.zuiderbank.example/' },
  channels: [
    { id: 'fraud', kind: 'phone', label: { nl: 'Fraudelijn', en: 'Fraud line' }, href: 'tel:+31881234567', emergency: true },
    { id: 'mail', kind: 'email', label: { nl: 'Verdachte mail doorsturen', en: 'Forward a suspicious e-mail' }, href: 'mailto:valse-mail@zuiderbank-meldpunt.example' },
  ],
  contact_reasons: [{ id: 'fraud', label: { nl: 'Fraude', en: 'Fraud' }, urgent: true }],
  incidents: [
    {
      id: 'nep-sms',
      title: { nl: 'Nep-sms uit naam van Zuiderbank', en: 'Fake texts in Zuiderbank’s name' },
      severity: 'major',
      phase: 'identified',
      started_at: iso(NOW - 60 * 60_000),
      updated_at: iso(NOW - 60_000),
      known,
      unknown: { nl: 'Wie erachter zit.', en: 'Who is behind it.' },
      next_update_at: iso(NOW + 30 * 60_000),
      actions: [{ label: { nl: 'Bel het nummer in de sms niet', en: 'Do not call the number in the text' }, who: { nl: 'U kreeg zo’n sms', en: 'You got such a text' }, urgent: true }],
      ...extra,
    },
  ],
});

const foreign = (doc, lang) => lintDocument(doc, { now: NOW, lang }).filter((f) => f.rule === 'foreign-link' || f.rule === 'scam-link');

test('a fake web address quoted bare in a warning about fake texts: an error; an e-mail address a warning (one to forward fakes to is common); each with the address written so it cannot be tapped', () => {
  const doc = bank({
    nl: 'De sms linkt naar https://zuiderbank-hulp.example/inloggen of vraagt te mailen naar hulp@zuiderbank-veilig.example.',
    en: 'The text links to https://zuiderbank-hulp.example/inloggen, or asks you to e-mail hulp@zuiderbank-veilig.example.',
  });
  const nl = foreign(doc, 'nl');
  assert.deepEqual(nl.map((f) => `${f.severity} ${f.rule} ${f.path}`).sort(), ['error scam-link incidents/0/known/en', 'error scam-link incidents/0/known/nl', 'warning foreign-link incidents/0/known/en', 'warning foreign-link incidents/0/known/nl']);
  const at = (list, rule, path) => list.find((f) => f.rule === rule && f.path === path);
  assert.match(at(nl, 'scam-link', 'incidents/0/known/nl').message, /deze waarschuwing voor nepberichten noemt https:\/\/zuiderbank-hulp\.example\/inloggen, dat niet van u is, als los adres/);
  assert.match(at(nl, 'scam-link', 'incidents/0/known/nl').fix, /Schrijf het zo dat niemand erop kan tikken: zuiderbank-hulp\[\.\]example\/inloggen, of laat het adres weg en beschrijf het/);
  assert.match(at(nl, 'foreign-link', 'incidents/0/known/nl').message, /mensen kunnen op hulp@zuiderbank-veilig\.example tikken/);
  assert.match(at(nl, 'foreign-link', 'incidents/0/known/nl').fix, /hulp@zuiderbank-veilig\[\.\]example\./);
  const en = foreign(doc, 'en');
  assert.match(at(en, 'scam-link', 'incidents/0/known/en').message, /this warning about fake messages gives https:\/\/zuiderbank-hulp\.example\/inloggen, which is not yours, as a bare address: e-mail and message apps make it a link/);
  assert.match(at(en, 'foreign-link', 'incidents/0/known/en').fix, /Write it so nobody can tap it: hulp@zuiderbank-veilig\[\.\]example\. Is it a site you trust\? Link it with words/);
});

// The trial's own words (U/update-0740-phish-mistakes.md), and its `www.` variant (U/tpl/f3.json), which lint did not see.
test("trial U: the scam site quoted in the bank's Dutch warning, with https: or as www., is an error; a feed whose incident is no scam warning gets a warning", () => {
  const trial = { nl: 'Ze vragen u uw gegevens te "herbevestigen" via https://scheldebank-verificatie.be/login. Dat is oplichting.', en: 'The texts ask you to re-verify at www.scheldebank-verificatie.be. We never ask for your codes.' };
  const found = foreign(bank(trial), 'nl');
  assert.deepEqual(found.map((f) => [f.severity, f.rule, f.path]), [['error', 'scam-link', 'incidents/0/known/nl'], ['error', 'scam-link', 'incidents/0/known/en']]);
  assert.match(found[1].fix, /www\[\.\]scheldebank-verificatie\[\.\]be/);
  // The same addresses in a water outage (no word about fake messages, no link warning): a warning, as before.
  const water = bank(trial, { id: 'leiding', title: { nl: 'Geen water in Melle', en: 'No water in Melle' }, actions: [{ label: { nl: 'Tap water in flessen', en: 'Fill bottles' }, urgent: true }] });
  water.incidents[0].known.nl = 'Meer over de werken op https://www.melle-werken.example en www.melle-werken.example/kaart.';
  assert.deepEqual(foreign(water, 'en').map((f) => [f.severity, f.rule, f.path, f.message]), [
    ['warning', 'foreign-link', 'incidents/0/known/nl', 'people can tap https://www.melle-werken.example: e-mail and message apps make a bare address a link, and this one is not yours'],
    ['warning', 'foreign-link', 'incidents/0/known/nl', 'people can tap www.melle-werken.example/kaart: e-mail and message apps make a bare address a link, and this one is not yours'],
    ['warning', 'foreign-link', 'incidents/0/known/en', 'people can tap www.scheldebank-verificatie.be: e-mail and message apps make a bare address a link, and this one is not yours'],
  ]);
  // The publisher's own site written as www. is its own.
  water.incidents[0].known.en = 'More on www.zuiderbank.example/werken and status.zuiderbank.example.';
  assert.deepEqual(foreign(water, 'en').filter((f) => f.path.endsWith('/en')), []);
});

test('a scam warning is told by its words (nl, en), its link warning or the phishing template id; a fraud line alone is none', () => {
  const rule = (extra) => foreign(bank({ nl: 'Zie https://andere-site.example.', en: 'See https://andere-site.example.' }, { title: { nl: 'Storing', en: 'Outage' }, actions: [{ label: { nl: 'Bel onze fraudelijn', en: 'Call our fraud line' }, urgent: true }], ...extra }), 'en')[0]?.rule;
  assert.equal(rule({}), 'foreign-link');
  assert.equal(rule({ id: 'phishing-2026-12-08-0739' }), 'scam-link');
  for (const title of ["Valse sms'en uit naam van de bank", 'Nepberichten over uw pas', 'Oplichters bellen namens ons', 'Fake texts about your card', 'Scam calls', 'Phishing e-mails', 'Texts in our name']) assert.equal(rule({ title: { nl: title, en: title } }), 'scam-link', title);
  assert.equal(rule({ actions: [{ label: { nl: 'Klik niet op de link in de sms', en: 'Do not click the link in the text' }, urgent: true }] }), 'scam-link');
});

test("the publisher's own addresses, links with words, code and the untappable form are left alone", () => {
  const doc = bank({
    nl: 'Lees https://www.zuiderbank.example/veiligheid en https://status.zuiderbank.example. Stuur de sms door naar valse-mail@zuiderbank-meldpunt.example. Meld het bij de [Fraudehelpdesk](https://www.fraudehelpdesk.nl) of <https://www.politie.nl>. De neplink is `https://zuiderbank-hulp.example`.',
    en: 'The fake link is zuiderbank-hulp[.]example and the address hulp@zuiderbank-veilig[.]example. Report it to the [Fraud Helpdesk](https://www.fraudehelpdesk.nl).',
  });
  assert.deepEqual(foreign(doc, 'en'), []);
});

test('in earlier updates too (an error in this warning about fake texts), and not in a title (plain text, never a link)', () => {
  const doc = bank(
    { nl: 'Geen nieuws.', en: 'No news.' },
    { title: { nl: 'Nep-sms met https://zuiderbank-hulp.example', en: 'Fake texts with https://zuiderbank-hulp.example' }, updates: [{ at: iso(NOW - 40 * 60_000), known: { nl: 'Zie https://zuiderbank-hulp.example.', en: 'See https://zuiderbank-hulp.example.' } }] },
  );
  assert.deepEqual(foreign(doc, 'en').map((f) => f.path), ['incidents/0/updates/0/known/nl', 'incidents/0/updates/0/known/en']);
});

test('the written-so-it-cannot-be-tapped form stays plain text in Markdown as readers render it (GFM), the bare form does not', () => {
  const marked = new Marked({ gfm: true });
  assert.match(marked.parse('See https://zuiderbank-hulp.example/inloggen or hulp@zuiderbank-veilig.example.'), /<a /);
  const html = marked.parse('See zuiderbank-hulp[.]example/inloggen, www[.]zuiderbank-hulp[.]example or hulp@zuiderbank-veilig[.]example.');
  assert.doesNotMatch(html, /<a /);
  assert.match(html, /zuiderbank-hulp\[\.\]example\/inloggen/);
});

test('an FAQ document (no publisher address to compare with) gets no such warning', () => {
  const faq = { type: 'faq', version: 1, feed_id: 'zuiderbank-faq', entries: [{ id: 'sms', question: { nl: 'Is deze sms echt?', en: 'Is this text real?' }, answer: { nl: 'Zie https://www.zuiderbank.example/veiligheid.', en: 'See https://www.zuiderbank.example/veiligheid.' } }] };
  assert.deepEqual(lintDocument(faq, { now: NOW }).filter((f) => f.rule === 'foreign-link'), []);
});
