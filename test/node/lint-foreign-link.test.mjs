// A Dutch bank's night desk (the app and iDEAL down, and a wave of fake texts telling customers to
// call a number "because of the outage") wrote in what we know: "The text links to
// https://zuiderbank-hulp.example, or asks you to e-mail hulp@zuiderbank-veilig.example". Readers
// turn bare addresses into links (GFM autolinks), so the bank's own signed status page offered the
// criminals' site and address as links to tap. Lint now says so, with the way to write it untappable.
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

const foreign = (doc, lang) => lintDocument(doc, { now: NOW, lang }).filter((f) => f.rule === 'foreign-link');

test('a fake web address and e-mail address quoted bare in what we know: a warning each, with the address written so it cannot be tapped', () => {
  const doc = bank({
    nl: 'De sms linkt naar https://zuiderbank-hulp.example/inloggen of vraagt te mailen naar hulp@zuiderbank-veilig.example.',
    en: 'The text links to https://zuiderbank-hulp.example/inloggen, or asks you to e-mail hulp@zuiderbank-veilig.example.',
  });
  const nl = foreign(doc, 'nl');
  assert.deepEqual(nl.map((f) => f.path), ['incidents/0/known/nl', 'incidents/0/known/nl', 'incidents/0/known/en', 'incidents/0/known/en']);
  assert.equal(nl[0].severity, 'warning');
  assert.match(nl[0].message, /lezers kunnen op https:\/\/zuiderbank-hulp\.example\/inloggen tikken/);
  assert.match(nl[0].fix, /zuiderbank-hulp\[\.\]example\/inloggen/);
  assert.match(nl[1].fix, /hulp@zuiderbank-veilig\[\.\]example\./);
  const en = foreign(doc, 'en');
  assert.match(en[2].message, /readers can tap https:\/\/zuiderbank-hulp\.example\/inloggen: a bare address becomes a link, and this one is not yours/);
  assert.match(en[3].fix, /Write it so nobody can tap it: hulp@zuiderbank-veilig\[\.\]example\. Is it a site you trust\? Link it with words/);
});

test("the publisher's own addresses, links with words, code and the untappable form are left alone", () => {
  const doc = bank({
    nl: 'Lees https://www.zuiderbank.example/veiligheid en https://status.zuiderbank.example. Stuur de sms door naar valse-mail@zuiderbank-meldpunt.example. Meld het bij de [Fraudehelpdesk](https://www.fraudehelpdesk.nl) of <https://www.politie.nl>. De neplink is `https://zuiderbank-hulp.example`.',
    en: 'The fake link is zuiderbank-hulp[.]example and the address hulp@zuiderbank-veilig[.]example. Report it to the [Fraud Helpdesk](https://www.fraudehelpdesk.nl).',
  });
  assert.deepEqual(foreign(doc, 'en'), []);
});

test('in earlier updates too, and not in a title (plain text, never a link)', () => {
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
