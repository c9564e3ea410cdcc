// Pure modules tested in Node too, not only in the browser: the FeedController's pure parts,
// i18n/lang, the incident templates, the FAQ Markdown parser, the status announcer and the FAQ
// keyboard moves. They import no Lit and no DOM, so they run here as they are.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const MIN = 60_000;
const NOW = Date.parse('2026-11-23T12:00:00Z');
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const statusPayload = (over = {}) => ({
  type: 'status',
  version: 1,
  feed_id: 'example-air',
  seq: 1,
  issued_at: iso(NOW - MIN),
  expires_at: iso(NOW + 60 * MIN),
  publisher: { name: 'Example Air', url: 'https://example.com' },
  channels: [],
  incidents: [
    {
      id: 'storm',
      title: { en: 'Storm', nl: 'Storm' },
      severity: 'major',
      phase: 'identified',
      started_at: iso(NOW - 60 * MIN),
      updated_at: iso(NOW - MIN),
      known: { en: 'Flights are cancelled.', nl: 'Vluchten zijn geannuleerd.' },
      unknown: { en: 'How long.', nl: 'Hoe lang.' },
      next_update_at: iso(NOW + 30 * MIN),
    },
  ],
  ...over,
});

describe('feed-plan (FeedController without Lit)', async () => {
  const { configKey, planFeed, viewOf, FeedEvents } = await importTs('src/components/shared/feed-plan.ts');
  test('the config key changes with what is loaded, not with how it is written', () => {
    assert.equal(configKey({ src: 'a', publicKey: 'k', poll: 60 }), configKey({ src: 'a', publicKey: 'k', poll: '60' }));
    assert.notEqual(configKey({ src: 'a', publicKey: 'k' }), configKey({ src: 'a', publicKey: 'k', maxBytes: 10 }));
    assert.notEqual(configKey({ src: 'a' }), configKey({ src: 'a', data: {} }));
  });
  test('trusted data is validated, not fetched; a problem reads as the schema formats it', () => {
    const ok = planFeed('status', { src: 'x', data: statusPayload() }, NOW);
    assert.equal(ok.state.document.payload.feed_id, 'example-air');
    assert.equal(ok.state.confirmedAt, NOW);
    const bad = planFeed('status', { data: { ...statusPayload(), incidents: 'no' } }, NOW);
    assert.equal(bad.state.error.code, 'invalid');
    assert.match(bad.state.error.message, /^the data property is not valid: incidents: /);
  });
  test('no src: nothing; no key: a config error; else a shared source with cap and poll preference', () => {
    assert.deepEqual(planFeed('faq', {}, NOW), { state: { loading: false } });
    assert.equal(planFeed('faq', { src: 'f.json' }, NOW).state.error.code, 'config');
    const plan = planFeed('status', { src: 'f.json', publicKey: 'k', feedId: '', poll: '120', maxBytes: '5000.7' }, NOW);
    assert.deepEqual(plan, { source: { kind: 'status', url: 'f.json', keys: 'k', feedId: undefined, maxBytes: 5000 }, pollSeconds: 120 });
  });
  test('events: load once per seq, error once per failure', () => {
    const events = new FeedEvents();
    const doc = { payload: statusPayload() };
    assert.deepEqual(events.next({ document: doc, loading: false }).load, { feedId: 'example-air', seq: 1, issuedAt: iso(NOW - MIN) });
    assert.deepEqual(events.next({ document: doc, loading: false }), {});
    const error = { code: 'network', message: 'down' };
    assert.deepEqual(events.next({ document: doc, error, loading: false }), { error: { code: 'network', message: 'down' } });
    assert.deepEqual(events.next({ document: doc, error, loading: false }), {});
    assert.deepEqual(viewOf({ document: doc, confirmedAt: 5, loading: true }), { payload: doc.payload, confirmedAt: 5, error: undefined, loading: true });
  });
});

describe('i18n/lang', async () => {
  const { uiLanguage, termsFor, pickText, formatRelative } = await importTs('src/i18n/lang.ts');
  test('the UI language is the primary subtag when supported, else English', () => {
    assert.equal(uiLanguage('nl-BE'), 'nl');
    assert.equal(uiLanguage('EN-gb'), 'en');
    assert.equal(uiLanguage('xx'), 'en');
    assert.equal(uiLanguage(undefined), 'en');
    assert.notEqual(termsFor('nl').allClear, termsFor('en').allClear);
  });
  test('feed text: exact tag, then same language, then English, then the first written', () => {
    const text = { 'nl-NL': 'Hallo NL', en: 'Hello', de: 'Hallo DE' };
    assert.equal(pickText(text, 'nl-nl'), 'Hallo NL');
    assert.equal(pickText(text, 'nl-BE'), 'Hallo NL');
    assert.equal(pickText(text, 'fr'), 'Hello');
    assert.equal(pickText({ de: 'Nur Deutsch' }, 'fr'), 'Nur Deutsch');
    assert.equal(pickText('plain', 'nl'), 'plain');
    assert.equal(pickText(undefined, 'nl'), '');
  });
  test('relative times', () => {
    assert.equal(formatRelative(NOW + 25 * MIN, 'en', NOW), 'in 25 minutes');
    assert.equal(formatRelative(NOW - 12 * MIN, 'en', NOW), '12 minutes ago');
    assert.equal(formatRelative(NOW + 10_000, 'en', NOW), 'now');
  });
  // A night desk's readers at 02:02 read "Volgende update om 3:30 (over 1 uur)" (1 h 28 min), and at 03:35 "Bijgewerkt
  // 2 uur geleden" for 02:02 (1 h 33 min). Within 5 hours the hour is said to the half.
  test('relative times within 5 hours to the half hour, by hand and by Intl alike', () => {
    for (const [min, nl, en] of [[88, 'over 1,5 uur', 'in 1.5 hours'], [-93, '1,5 uur geleden', '1.5 hours ago'], [104, 'over 1,5 uur', 'in 1.5 hours'], [106, 'over 2 uur', 'in 2 hours'], [-150, '2,5 uur geleden', '2.5 hours ago'], [61, 'over 1 uur', 'in 1 hour'], [290, 'over 5 uur', 'in 5 hours'], [-340, '6 uur geleden', '6 hours ago'], [59, 'over 59 minuten', 'in 59 minutes']]) {
      assert.equal(formatRelative(NOW + min * MIN, 'nl', NOW), nl, `${min} nl`);
      assert.equal(formatRelative(NOW + min * MIN, 'en', NOW), en, `${min} en`);
      assert.equal(formatRelative(NOW + min * MIN, 'de', NOW), new Intl.RelativeTimeFormat('de', { numeric: 'auto' }).format(Math.abs(min) < 60 ? min : Math.abs(min) < 300 ? Math.round(min / 30) / 2 : Math.round(min / 60), Math.abs(min) < 60 ? 'minute' : 'hour'), `${min} de`);
    }
  });
});

describe('templates', async () => {
  const { contactReasonsFromTemplate, incidentFromTemplate, TEMPLATE_NAMES, FIRST_UPDATE_MINUTES } = await importTs('src/templates/index.ts');
  const { validatePayload } = await importTs('src/feed/schema.ts');
  for (const name of TEMPLATE_NAMES) {
    test(`${name}: a valid incident in the asked languages, next update ${FIRST_UPDATE_MINUTES} min ahead, placeholders to replace`, () => {
      const incident = incidentFromTemplate(name, { id: 'x', langs: ['en'], now: NOW });
      assert.deepEqual(Object.keys(incident.title), ['en']);
      assert.equal(incident.next_update_at, iso(NOW + FIRST_UPDATE_MINUTES * MIN));
      // A strike or a storm is its own cause, and a recall's reason is known: "We're looking for the cause" above it would mislead.
      assert.equal(incident.phase, ['phishing', 'doorstep', 'strike', 'storm', 'flood', 'recall'].includes(name) ? 'identified' : 'investigating');
      assert.match(JSON.stringify(incident), /\[\[TODO: /);
      const check = validatePayload('status', statusPayload({ incidents: [incident] }));
      assert.ok(check.ok, JSON.stringify(check.issues));
    });
    test(`${name}: typical contact reasons in the asked languages, the urgent one first, no channel or FAQ ids`, () => {
      const reasons = contactReasonsFromTemplate(name, ['en']);
      assert.ok(reasons.length >= 3, `${reasons.length} reasons`);
      assert.equal(new Set(reasons.map((r) => r.id)).size, reasons.length, 'ids are unique');
      // Sewer flooding's "Sewage in my home" is time-critical, not urgent: urgent sends readers to 999 / 112 first.
      if (name === 'sewage') assert.deepEqual(reasons.map((r) => r.urgent === true || r.time_critical === true), reasons.map((_, i) => i === 0), 'one time-critical reason, first');
      else assert.deepEqual(reasons.map((r) => r.urgent === true), reasons.map((_, i) => i === 0), 'exactly one urgent reason, first');
      for (const r of reasons) {
        assert.deepEqual(Object.keys(r.label), ['en']);
        assert.ok(r.label.en.length > 3 && !/\[\[TODO/.test(r.label.en));
        assert.equal(r.channels, undefined);
        assert.equal(r.faq, undefined);
      }
      assert.deepEqual(contactReasonsFromTemplate(name, ['nl', 'en']).map((r) => Object.keys(r.label)), reasons.map(() => ['nl', 'en']));
      const check = validatePayload('status', statusPayload({ contact_reasons: contactReasonsFromTemplate(name, ['nl', 'en']) }));
      assert.ok(check.ok, JSON.stringify(check.issues));
    });
  }
  test('heating: a district-heating outage has its own template (found with a housing corporation): the cold is the danger, a heater the act-now', async () => {
    const { templateNamed } = await importTs('src/templates/index.ts');
    for (const name of ['heating', 'stadsverwarming', 'district-heating', 'Verwarming']) assert.equal(templateNamed(name), 'heating', name);
    const reasons = contactReasonsFromTemplate('heating', ['nl', 'en']);
    assert.equal(reasons[0].id, 'cold-danger');
    assert.equal(reasons[0].urgent, true);
    assert.deepEqual(reasons.map((r) => r.label.nl).slice(1, 4), ['Geen verwarming', 'Geen warm water', 'Een kachel ophalen of laten brengen']);
    const actions = incidentFromTemplate('heating', { id: 'x', langs: ['nl', 'en'], now: NOW }).actions;
    assert.ok(actions.some((a) => a.urgent && /kachel/.test(a.label.nl) && /heater/.test(a.label.en)), JSON.stringify(actions));
    // No gas outage's advice (the gas tap, a gas smell); the gas cooker is named only as what not to heat with.
    assert.doesNotMatch(JSON.stringify(actions), /gaskraan|gas tap|ruikt u gas|smell gas/i, 'no gas advice in a heating outage');
    // People improvise heating in a cold outage: a barbecue or generator indoors kills by carbon monoxide, so the frame warns.
    assert.ok(actions.some((a) => /koolmonoxide/.test(a.label.nl) && /carbon monoxide/.test(a.label.en) && /barbecue/.test(a.label.nl) && a.urgent), 'a carbon monoxide warning, to act on now');
  });
  test('storm: the English text does not assume the Dutch warning codes ("code orange/red"; a British warning is amber)', () => {
    const incident = incidentFromTemplate('storm', { id: 'x', langs: ['nl', 'en'], now: NOW });
    assert.doesNotMatch(incident.known.en, /code orange|orange\/red/i, incident.known.en);
    assert.match(incident.known.en, /weather warning/);
    assert.match(incident.known.nl, /code oranje\/rood/, 'Dutch readers keep the KNMI codes they know');
  });
  test('cyberattack: the template warns about calls asking for details, not only about links in e-mails', () => {
    const labels = incidentFromTemplate('cyberattack', { id: 'x', langs: ['nl', 'en'], now: NOW }).actions.map((a) => a.label);
    assert.ok(labels.some((l) => /\bbelt\b/.test(l.nl) && /wachtwoord/.test(l.nl)), JSON.stringify(labels));
    assert.ok(labels.some((l) => /\bcalls\b/.test(l.en) && /password/.test(l.en)), JSON.stringify(labels));
  });
  test('cyberattack: in doubt, contact us at a number you already had, not "call us" (the line may be down, and the caller gives the scammer\'s number)', () => {
    const labels = incidentFromTemplate('cyberattack', { id: 'x', langs: ['nl', 'en'], now: NOW }).actions.map((a) => a.label);
    assert.ok(labels.every((l) => !/bel ons/i.test(l.nl) && !/call us/i.test(l.en)), JSON.stringify(labels));
    assert.ok(labels.some((l) => /al van ons had/.test(l.nl) && /already had from us/.test(l.en)), JSON.stringify(labels));
  });
  test('cyberattack: a suspicious message is not urgent, so readers who got a phishing e-mail are offered the call-back line, not 112', async () => {
    const { reasonChannels } = await importTs('src/feed/reasons.ts');
    const channels = [
      { id: 'phone', kind: 'phone', label: { nl: 'Spoed? Bel 112' }, href: 'tel:112', emergency: true },
      { id: 'callback', kind: 'callback', label: { nl: 'Terugbellijn' }, href: 'tel:+31344123456', wait_minutes: 90 },
    ];
    const reasons = contactReasonsFromTemplate('cyberattack', ['nl']).map((r) => (r.urgent ? r : { ...r, channels: ['callback'] }));
    const payload = statusPayload({ channels, contact_reasons: reasons });
    const suspicious = reasons.find((r) => r.id === 'suspicious');
    assert.equal(suspicious?.urgent, undefined);
    assert.deepEqual(reasonChannels(payload, suspicious).map((c) => c.id), ['callback']);
    assert.deepEqual(reasonChannels(payload, reasons[0]).map((c) => c.id), ['phone'], 'the urgent reason still leads to the emergency line');
  });
});

describe('FAQ Markdown parser (clearline faq build)', async () => {
  const { parseFrontMatter, splitName, buildEntries } = await importTs('src/cli/faq-markdown.ts');
  test('front matter: values, quotes, inline and block lists; errors name the line', () => {
    const { data, body } = parseFrontMatter('---\nid: rebook\nquestion: "Can I: rebook?"\ntags: [a, \'b\']\nincidents:\n  - storm\n  - strike\n---\nYes.\n', 'x.en.md');
    assert.deepEqual(data, { id: 'rebook', question: 'Can I: rebook?', tags: ['a', 'b'], incidents: ['storm', 'strike'] });
    assert.equal(body, 'Yes.');
    assert.throws(() => parseFrontMatter('---\nnot a pair\n---\nx', 'y.en.md'), /front matter line 2/);
    assert.throws(() => parseFrontMatter('no front matter', 'z.en.md'), /no front matter/);
  });
  test('file names give entry and language; files of one entry merge', () => {
    assert.deepEqual(splitName('rebook.nl.md'), { base: 'rebook', lang: 'nl' });
    assert.deepEqual(splitName('a.b.en-GB.md'), { base: 'a.b', lang: 'en-GB' });
    assert.equal(splitName('readme.md'), undefined);
    const entries = buildEntries([
      { name: 'rebook.nl.md', text: '---\nquestion: Omboeken?\ntags: [reis]\n---\nJa.' },
      { name: 'rebook.en.md', text: '---\nquestion: Rebook?\ntags: [travel]\n---\nYes.' },
    ]);
    assert.deepEqual(entries, [{ id: 'rebook', question: { en: 'Rebook?', nl: 'Omboeken?' }, answer: { en: 'Yes.', nl: 'Ja.' }, tags: ['travel', 'reis'] }]);
    assert.throws(() => buildEntries([{ name: 'a.en.md', text: '---\nquestion: Q\n---\n' }]), /answer .* is empty/);
  });
});

describe('status announcer', async () => {
  const mod = await importTs('src/components/shared/announcer.ts');
  const { Announcer } = mod;
  test('silent on the first document and on a re-signed one with the same content; speaks on a change', () => {
    const a = new Announcer();
    assert.equal(a.announce(statusPayload(), 'en', NOW), undefined);
    assert.equal(a.isNew(statusPayload({ seq: 2 })), true);
    assert.equal(a.announce(statusPayload({ seq: 2 }), 'en', NOW), undefined);
    const changed = statusPayload({ seq: 3 });
    changed.incidents[0].phase = 'monitoring';
    assert.match(a.announce(changed, 'en', NOW), /Storm/);
  });
  test('a next update that has passed is announced as late, as the screen says, never "10 minutes ago"', () => {
    const { summary } = mod;
    const late = statusPayload();
    late.incidents[0].next_update_at = iso(NOW - 10 * MIN);
    const said = summary(late, 'en', NOW);
    assert.match(said, /is late\. We are still working on it\./);
    assert.doesNotMatch(said, /ago/);
    assert.match(summary(late, 'nl', NOW), /is te laat/);
  });
  test('the all-clear names the incident resolved last, not only "No known disruptions"', () => {
    const { summary } = mod;
    const done = statusPayload();
    Object.assign(done.incidents[0], { phase: 'resolved', next_update_at: null, resolved_at: iso(NOW - MIN) });
    const title = done.incidents[0].title;
    assert.equal(summary(done, 'en', NOW), `New update: ${title.en}. Resolved. No known disruptions.`);
    assert.equal(summary(done, 'nl', NOW), `Nieuwe update: ${title.nl}. Opgelost. Geen storingen bekend.`);
    assert.equal(summary(statusPayload({ incidents: [] }), 'en', NOW), 'No known disruptions');
  });
  test('an incident resolved while another stays open is said first; then not again', () => {
    const a = new Announcer();
    const two = (seq, boilResolved) => {
      const p = statusPayload({ seq });
      const boil = { ...structuredClone(p.incidents[0]), id: 'boil', title: { en: 'Boil-water advice Ede', nl: 'Kookadvies Ede' }, severity: 'minor' };
      if (boilResolved) Object.assign(boil, { phase: 'resolved', next_update_at: null, resolved_at: iso(NOW - MIN) });
      p.incidents.push(boil);
      return p;
    };
    assert.equal(a.announce(two(1, false), 'nl', NOW), undefined);
    const said = a.announce(two(2, true), 'nl', NOW);
    assert.match(said, /^Nieuwe update: Kookadvies Ede\. Opgelost\. Storm\. /, said);
    const later = two(3, true);
    later.incidents[0].phase = 'monitoring';
    assert.doesNotMatch(a.announce(later, 'nl', NOW), /Kookadvies/);
  });
});

describe('FAQ keyboard moves', async () => {
  const { searchFieldKey, questionKey } = await importTs('src/components/faq/keyboard.ts');
  test('field: Down to the first question, Enter opens it, Escape clears', () => {
    assert.deepEqual(searchFieldKey('ArrowDown'), { do: 'focus', to: 0 });
    assert.deepEqual(searchFieldKey('Enter'), { do: 'open-first' });
    assert.deepEqual(searchFieldKey('Escape'), { do: 'clear' });
    assert.equal(searchFieldKey('a'), undefined);
  });
  test('questions: Up from the first goes back to the field, Down stops at the last', () => {
    assert.deepEqual(questionKey('ArrowUp', 0, 3), { do: 'focus', to: -1 });
    assert.deepEqual(questionKey('ArrowDown', 2, 3), { do: 'focus', to: 2 });
    assert.deepEqual(questionKey('ArrowDown', 0, 3), { do: 'focus', to: 1 });
    assert.deepEqual(questionKey('Escape', 1, 3), { do: 'clear' });
  });
});

describe('feed/update: the one update logic of the CLI and the studio', async () => {
  const { postUpdate } = await importTs('src/feed/update.ts');
  const feed = () => statusPayload();
  test('a new next-update time with the texts unchanged re-confirms them: confirmed_at now, updated_at and the history kept (trial V)', () => {
    const same = feed().incidents[0];
    const out = postUpdate(feed(), 'storm', { known: same.known, unknown: same.unknown, next_update_at: iso(NOW + 90 * MIN) }, NOW);
    const inc = out.incidents[0];
    assert.equal(inc.confirmed_at, iso(NOW), 'readers see it confirmed now, not "Updated 2 days ago"');
    assert.equal(inc.updated_at, iso(NOW - MIN), 'a text keeps the time it was published');
    assert.equal(inc.updates, undefined, 'the same texts are no earlier update');
    const news = postUpdate(out, 'storm', { known: { en: 'Trains run.', nl: 'Treinen rijden.' } }, NOW + 60 * MIN).incidents[0];
    assert.equal(news.updates[0].at, iso(NOW - MIN), 'the history keeps the time the old text was published');
    assert.equal('confirmed_at' in news, false, 'a new update is newer than any confirmation');
    assert.equal(inc.next_update_at, iso(NOW + 90 * MIN));
    assert.equal(out.seq, undefined, 'the signing stamps are dropped');
    const corrected = postUpdate(feed(), 'storm', { next_update_at: iso(NOW + 90 * MIN), correct: true }, NOW);
    assert.equal('confirmed_at' in corrected.incidents[0], false, 'a correction of the time is no confirmation');
    const kept = postUpdate(feed(), 'storm', { next_update_at: same.next_update_at }, NOW);
    assert.equal('confirmed_at' in kept.incidents[0], false, 'the same promise again is no confirmation');
  });
  test('cadence: --daily sets "daily", --live takes it away, and neither is news for readers', () => {
    const daily = postUpdate(feed(), 'storm', { cadence: 'daily' }, NOW);
    assert.equal(daily.incidents[0].cadence, 'daily');
    assert.equal(daily.incidents[0].updated_at, iso(NOW - MIN));
    assert.equal('cadence' in postUpdate(daily, 'storm', { cadence: null }, NOW).incidents[0], false);
  });
  test('new texts move the old ones into the history at the time they were published, with the note', () => {
    const out = postUpdate(feed(), 'storm', { known: { en: 'Trains run again.', nl: 'Treinen rijden weer.' }, note: 'Checked with the operator' }, NOW);
    const inc = out.incidents[0];
    assert.equal(inc.updated_at, iso(NOW));
    assert.deepEqual(inc.updates[0], { at: iso(NOW - MIN), known: { en: 'Flights are cancelled.', nl: 'Vluchten zijn geannuleerd.' }, unknown: { en: 'How long.', nl: 'Hoe lang.' }, note: 'Checked with the operator' });
  });
  test('texts that still hold a [[TODO: …]] (a feed from clearline new incident) never go into the history', () => {
    const fresh = feed();
    fresh.incidents[0].known = { en: '[[TODO: what is certain?]]', nl: '[[TODO: wat staat vast?]]' };
    fresh.incidents[0].unknown = { en: 'How long.', nl: '[[TODO: wat weet u nog niet?]]' };
    const out = postUpdate(fresh, 'storm', { known: { en: 'No tap water in Deventer.', nl: 'Geen kraanwater in Deventer.' }, unknown: { en: 'When.', nl: 'Wanneer.' } }, NOW);
    assert.equal(out.incidents[0].updates, undefined, 'no history entry at all: nothing in it was ever published');
    fresh.incidents[0].unknown = { en: 'How long.', nl: 'Hoe lang.' };
    const half = postUpdate(fresh, 'storm', { known: { en: 'No tap water.', nl: 'Geen kraanwater.' } }, NOW);
    assert.deepEqual(half.incidents[0].updates, [{ at: iso(NOW - MIN), unknown: { en: 'How long.', nl: 'Hoe lang.' } }]);
  });
  test('resolving empties what we do not know yet, removes the next update, and keeps empty texts out of the history', () => {
    const once = postUpdate(feed(), 'storm', { known: { en: 'Over.', nl: 'Voorbij.' }, resolve: true }, NOW);
    const inc = once.incidents[0];
    assert.equal(inc.phase, 'resolved');
    assert.equal(inc.next_update_at, null);
    assert.deepEqual(inc.unknown, { en: '', nl: '' });
    const again = postUpdate(once, 'storm', { known: { en: 'Over, cause found.', nl: 'Voorbij, oorzaak bekend.' } }, NOW + MIN);
    assert.deepEqual(Object.keys(again.incidents[0].updates[0]).sort(), ['at', 'known']);
  });
});

describe('lint/place: where a finding is, in words', async () => {
  const { placeOf } = await importTs('src/lint/place.ts');
  test('names lists by number from 1, fields and languages in the reader language', () => {
    assert.equal(placeOf('incidents/0/updates/2/text/nl', 'en'), 'Incident 1, earlier update 3, text (Dutch)');
    assert.equal(placeOf('incidents/0/updates/2/text/nl', 'nl'), 'Incident 1, eerdere update 3, tekst (Nederlands)');
    assert.equal(placeOf('channels/1/reason', 'nl'), 'Contactkanaal 2, reden');
    assert.equal(placeOf('incidents/0/next_update_at', 'en'), 'Incident 1, next update');
    assert.equal(placeOf('publisher/url', 'nl'), 'Afzender, webadres');
    // A list as a whole: its own words, not the name of one of its items.
    assert.equal(placeOf('contact_reasons/0/channels', 'nl'), 'Contactreden 1, kanalen');
    assert.equal(placeOf('contact_reasons/1/faq', 'en'), 'Contact reason 2, answers');
    assert.equal(placeOf('channels', 'en'), 'Channels');
  });
  test('the whole document, and parts it does not know', () => {
    assert.equal(placeOf('(root)', 'nl'), 'De hele feed');
    assert.equal(placeOf('', 'en'), 'The whole feed');
    assert.equal(placeOf('incidents/0/some_new_field', 'en'), 'Incident 1, some new field');
  });
});

describe('feed/sign validityFor: signed until an hour after the promised next update', async () => {
  const { validityFor } = await importTs('src/feed/sign.ts');
  const H = 3_600_000;
  const at = (ms) => new Date(ms).toISOString();
  test('at least the minimum; longer when an open incident promises a later update; resolved ones do not count', () => {
    assert.equal(validityFor({ incidents: [] }, H, NOW), H);
    assert.equal(validityFor({ incidents: [{ phase: 'identified', next_update_at: at(NOW + 5 * H) }] }, H, NOW), 6 * H);
    assert.equal(validityFor({ incidents: [{ phase: 'identified', next_update_at: at(NOW + 10 * 60_000) }] }, 2 * H, NOW), 2 * H, 'the minimum when it is later');
    assert.equal(validityFor({ incidents: [{ phase: 'resolved', next_update_at: at(NOW + 5 * H) }, { phase: 'monitoring', next_update_at: null }] }, H, NOW), H);
  });
  // A promise stretches it up to a day (lint's validity-too-long refused more: a notice promising "Monday 09:00" was
  // refused at "ondertekend voor 73 uur"); an explicit minimum up to the 7 days readers accept.
  test('a promise stretches it up to a day; never over the 7 days readers accept', () => {
    assert.equal(validityFor({ incidents: [{ phase: 'identified', severity: 'info', next_update_at: at(NOW + 72 * H) }] }, H, NOW), 24 * H);
    assert.equal(validityFor({ incidents: [{ phase: 'identified', next_update_at: at(NOW + 30 * 24 * H) }] }, H, NOW), 24 * H);
    assert.equal(validityFor({ incidents: [] }, 30 * 24 * H, NOW), 7 * 24 * H);
  });
});

describe('editor findings: one message per problem', async () => {
  const { placeFindings } = await importTs('src/components/editor/findings.ts');
  test('a rule\'s own words replace the schema\'s general one on the same field (053-1234567x said once)', () => {
    const at = 'channels/0/href';
    const findings = [
      { severity: 'error', rule: 'schema', path: at, message: 'must be an https:, mailto: or tel: link', fix: 'Change this field as the message says.' },
      { severity: 'error', rule: 'link-scheme', path: at, message: 'the link 053-1234567x is not https:, mailto: or tel:', fix: 'Use an https: address (or mailto:/tel:).' },
      { severity: 'error', rule: 'schema', path: 'channels/1/href', message: 'must be an https:, mailto: or tel: link', fix: '…' },
    ];
    const placed = placeFindings(findings, { incident: -1, identity: false, draft: undefined, langs: ['en'] });
    assert.deepEqual(placed.errors.map((f) => `${f.rule} ${f.path}`), ['link-scheme channels/0/href', 'schema channels/1/href']);
  });
});
