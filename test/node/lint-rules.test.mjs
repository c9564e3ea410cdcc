// Each lint rule beside its test: one row per rule, straight against the pure module (dist/lint.js).
// A rule in LINT_RULES without a row here fails the last test, so a new rule arrives with its case.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { lintCleanFaq, lintCleanFeed } from './lint-feed.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { lintDocument, LINT_RULES, summarize, formatFinding } = await import(pathToFileURL(join(ROOT, 'dist/lint.js')).href);

const NOW = Date.parse('2026-11-23T12:00:00Z');
const MIN = 60_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const cleanFeed = () => lintCleanFeed(NOW);

const withFaq = { faq: lintCleanFaq() };
/** The clean FAQ with an answer that gives the phone line's number, +31 20 123 4567 (channel-number-near-faq). */
const faqWithNumber = { faq: { ...lintCleanFaq(), entries: [{ id: 'rebook', question: { nl: 'Omboeken?', en: 'Rebook?' }, answer: { nl: 'Bel +31 20 123 4567.', en: 'Call +31 20 123 4567.' } }] } };

// rule -> [severity, break the clean feed, the path the finding must name, lint options (besides now)]
const CASES = {
  schema: ['error', (f) => (f.incidents[0].severity = 'apocalyptic'), 'incidents/0/severity'],
  'validity-too-long': ['error', (f) => Object.assign(f, { seq: 1, issued_at: iso(NOW), expires_at: iso(NOW + 25 * 60 * MIN) }), 'expires_at'],
  'title-missing': ['error', (f) => (f.incidents[0].title = { nl: '', en: ' ' }), 'incidents/0/title'],
  'title-long': ['warning', (f) => (f.incidents[0].title.nl = 'Het telefoonnummer 14 075 en de website van de gemeente Zaanstad zijn niet bereikbaar door een storing bij onze leverancier'), 'incidents/0/title/nl'],
  'known-missing': ['error', (f) => (f.incidents[0].known = { nl: ' ', en: '' }), 'incidents/0/known'],
  'unknown-missing': ['error', (f) => (f.incidents[0].unknown = ''), 'incidents/0/unknown'],
  'next-update-missing': ['error', (f) => (f.incidents[0].next_update_at = null), 'incidents/0/next_update_at'],
  'next-update-past': ['error', (f) => (f.incidents[0].next_update_at = iso(NOW - 10 * MIN)), 'incidents/0/next_update_at'],
  'next-update-too-far': ['error', (f) => (f.incidents[0].next_update_at = iso(NOW + 5 * 60 * MIN)), 'incidents/0/next_update_at'],
  'started-in-future': ['error', (f) => (f.incidents[0].started_at = iso(NOW + 10 * MIN)), 'incidents/0/started_at'],
  // Trial U, finding 6: the running phishing wave given "Begins later" 13:00 (meant for the next update), against the version published before.
  'starts-while-going-on': ['error', (f) => (f.incidents[0].starts_at = iso(NOW + 60 * MIN)), 'incidents/0/starts_at', { previous: lintCleanFeed(NOW - 20 * MIN) }],
  // Trial Z, finding 14: "Thursday 18 December" in a strike notice; 18 December 2026 is a Friday.
  'weekday-date-mismatch': ['error', (f) => (f.incidents[0].known.en = 'The strike runs from 07:00 on Thursday 18 December.'), 'incidents/0/known/en'],
  // Trial Z: "Daily updates" ticked for a strike's announcement, still on after it began at 11:00 with no update since.
  'daily-after-start': ['warning', (f) => Object.assign(f.incidents[0], { cadence: 'daily', starts_at: iso(NOW - 60 * MIN), updated_at: iso(NOW - 120 * MIN) }), 'incidents/0/cadence'],
  'urgent-action-missing': ['warning', (f) => (f.incidents[0].actions[0].urgent = false), 'incidents/0/actions'],
  // Trial X: the IT desk's call to action under the cyberattack and again, in other words, under the phishing notice.
  'action-in-two-incidents': ['warning', (f) => {
    f.incidents[0].actions[0].label = { nl: 'Bel direct de IT-servicedesk als u uw wachtwoord heeft ingevuld', en: 'Call the IT service desk at once if you entered your password' };
    f.incidents.push({ ...structuredClone(f.incidents[0]), id: 'phishing', title: { nl: 'Nep-e-mails', en: 'Fake e-mails' }, actions: [{ label: { nl: 'U heeft uw wachtwoord ingevuld? Bel direct de IT-servicedesk', en: 'You entered your password? Call the IT service desk at once' }, urgent: true }] });
  }, 'incidents/1/actions/0/label/nl'],
  'emergency-channel-missing': ['warning', (f) => (f.incidents[0].actions[0].href = 'tel:+318009009'), 'incidents/0/actions/0/href'],
  // Trial V: "if your postcode is GL20, WR8 or HR88" while the incident affects HR8; readers in HR8 called.
  'postcode-near-affected': ['warning', (f) => Object.assign(f, { time_zone: 'Europe/London', incidents: [{ ...f.incidents[0], affects: ['Tewkesbury GL20', 'Ledbury HR8'], known: { ...f.incidents[0].known, en: 'No water if your postcode is GL20 or HR88.' } }] }), 'incidents/0/known/en'],
  // Trial U: "Bel meteen Card Stop op 078 170 170" linked by a desk slip to another (a paid 070) number: readers saw both, a tap dialled the other.
  'action-number-differs': ['error', (f) => Object.assign(f.incidents[0].actions[0], { label: { nl: 'Bel ons op +31 20 123 4567', en: 'Call us on +31 20 123 4567' }, href: 'tel:+31207654321' }), 'incidents/0/actions/0/href'],
  'urgent-call-without-number': ['warning', (f) => (f.incidents[0].actions[0].label = { nl: 'Bel ons', en: 'Call us' }), 'incidents/0/actions/0/href'],
  // A mobile network outage whose act-now says to call from a mobile (the telecom template's words).
  'mobile-outage-uses-mobile': ['warning', (f) => ((f.incidents[0].title = { nl: 'Storing mobiel netwerk', en: 'Mobile network outage' }), (f.incidents[0].actions[0].label = { nl: 'Bel 112 met een mobiele telefoon', en: 'Call the emergency number from a mobile' })), 'incidents/0/actions/0/label'],
  // A mobile network outage, and "I am stuck at the airport" offers only the phone line.
  'mobile-outage-phone-only': ['warning', (f) => (f.incidents[0].title = { nl: 'Storing mobiel netwerk', en: 'Mobile network outage' }), 'contact_reasons/1/channels'],
  'foreign-link': ['warning', (f) => (f.incidents[0].known.en = 'The airport posts its news on www.lint-airport.example.'), 'incidents/0/known/en'],
  // The same in an incident that warns about fake messages (trial U: the scam site quoted in the bank's phishing warning).
  'scam-link': ['error', (f) => (f.incidents[0].known.en = 'A fake text message links to https://lint-air-rebook.example/login; do not open it.'), 'incidents/0/known/en'],
  'raw-html': ['warning', (f) => (f.incidents[0].known.en = 'We are <b>cancelling</b> half of the flights today.'), 'incidents/0/known/en'],
  'emergency-unmarked': ['warning', (f) => f.channels.push({ id: 'block', kind: 'phone', label: { nl: 'Pas blokkeren', en: 'Block your card' }, href: 'tel:+31881239999' }), 'channels/2/emergency'],
  // Trial U: a mobile number as the "new" fraud line, as copied from a forwarded scam message, listed first under "In an emergency".
  'emergency-line-mobile': ['warning', (f) => f.channels.push({ id: 'fraud', kind: 'phone', label: { nl: 'Fraudelijn (nieuw nummer)', en: 'Fraud line (new number)' }, href: 'tel:+31612345678', emergency: true }), 'channels/2/href'],
  'channels-missing': ['warning', (f) => (f.channels = []), 'channels'],
  'channel-link-twice': ['warning', (f) => f.channels.push({ id: 'phone-2', kind: 'phone', label: { nl: 'Tijdelijke lijn', en: 'Temporary line' }, href: f.channels[0].href }), 'channels/2/href'],
  'wait-without-reason': ['warning', (f) => delete f.channels[0].reason, 'channels/0/reason'],
  // Trial X: "Expected wait about 20 minutes: many questions about exams", set on Monday, still on the phone line on Friday.
  'channel-wait-stale': ['warning', (f) => (f.channels[0].wait_updated_at = iso(NOW - 13 * 60 * MIN)), 'channels/0/wait_minutes'],
  // The line callers wait on without a wait: readers see the number, not how long (the studio showed it only in its preview).
  'phone-no-wait': ['warning', (f) => delete f.channels[0].wait_minutes, 'channels/0/wait_minutes'],
  // Trial V (a Belgian bank's desk, 11:06): the Dutch phone message took 46.8 s and could not hold the second urgent action;
  // only `export --to ivr`, after signing, said so. Pointed at the longest sentence: the first urgent action's Dutch.
  'phone-message-too-long': ['warning', (f) => {
    f.incidents[0].title.nl = 'Storm: de helft van de vluchten van en naar Schiphol vandaag geannuleerd';
    f.incidents[0].actions[0].label.nl = 'Ga niet naar het vliegveld: alle vluchten van vandaag en morgen zijn geannuleerd, en wacht thuis op de sms of e-mail met uw nieuwe vlucht, die wij u binnen twaalf uur sturen; neem alleen contact op als u na twaalf uur nog niets heeft gekregen of als u met een kind, een huisdier of een rolstoel reist en hulp nodig heeft bij het omboeken van uw reis naar een andere dag of een andere luchthaven in de buurt, of als u uw hotel wilt annuleren';
    f.incidents[0].actions.push({ label: { nl: 'Klik niet op links in sms-berichten over uw vlucht', en: 'Do not click links in text messages about your flight' }, urgent: true });
  }, 'incidents/0/actions/0/label/nl'],
  'restricted-no-purpose': ['warning', (f) => (f.channels[0].restricted = true), 'channels/0/restricted'],
  'restricted-emergency': ['error', (f) => Object.assign(f.channels[0], { emergency: true, restricted: true }), 'channels/0/restricted'],
  'name-missing': ['error', (f) => (f.contact_reasons[1].label = { nl: '', en: ' ' }), 'contact_reasons/1/label/nl'],
  'reason-channel-unknown': ['error', (f) => (f.contact_reasons[1].channels = ['phone', 'whatsapp']), 'contact_reasons/1/channels/1'],
  'reason-entry-unknown': ['error', (f) => (f.contact_reasons[0].faq = ['refund']), 'contact_reasons/0/faq/0', withFaq],
  // A hospital's night desk marked "Gaat mijn afspraak door?" as not holding now (trial Q, finding 8): a typed id the FAQ lacks marks nothing.
  'faq-outdated-unknown': ['error', (f) => (f.incidents[0].faq_outdated = ['rebook', 'rebok']), 'incidents/0/faq_outdated/1', withFaq],
  'contact-reasons-missing': ['warning', (f) => delete f.contact_reasons, 'contact_reasons'],
  'reason-emergency-unnamed': ['warning', (f) => f.channels.push({ id: 'leak', kind: 'phone', label: 'Leak', href: 'tel:+318009009', emergency: true }, { id: 'fraud', kind: 'phone', label: 'Fraud', href: 'tel:+318000247', emergency: true }), 'contact_reasons/1/channels'],
  // A grid operator's "I have medical equipment at home" was offered its one emergency line, the gas line, first (trial H).
  'reason-emergency-unrelated': ['warning', (f) => f.channels.push({ id: 'leak', kind: 'phone', label: { en: 'Gas leak line', nl: 'Gaslek-lijn' }, href: 'tel:+318009009', emergency: true }), 'contact_reasons/1/channels'],
  // A municipality's urgent "I need a passport urgently" led with "Call now: 112" once 112 was the feed's emergency line.
  // Trial S: marked both, readers take it as urgent; the desk is asked to choose.
  'reason-urgent-and-time-critical': ['warning', (f) => (f.contact_reasons[1].time_critical = true), 'contact_reasons/1'],
  'reason-urgent-emergency-services': ['warning', (f) => f.channels.push({ id: 'emergency-services', kind: 'phone', label: { nl: 'Alarmnummer', en: 'Emergency services' }, href: 'tel:112', emergency: true }), 'contact_reasons/1'],
  // A council's reader who chose "Someone is in danger from the water" was offered only its own lines under "Call now".
  'emergency-services-missing': ['warning', (f) => f.contact_reasons.push({ id: 'danger', label: { nl: 'Iemand is in gevaar door het water', en: 'Someone is in danger from the water' }, urgent: true, channels: ['phone'] }), 'contact_reasons/2/channels'],
  placeholder: ['error', (f) => (f.incidents[0].unknown.en = '[[TODO: what is unclear]]'), 'incidents/0/unknown/en'],
  'language-missing': ['error', (f) => delete f.incidents[0].unknown.nl, 'incidents/0/unknown'],
  'translation-not-updated': ['warning', (f) => (f.incidents[0].updates = [{ at: iso(NOW - 30 * MIN), known: { nl: 'Er is een storm op komst.', en: f.incidents[0].known.en } }]), 'incidents/0/known/en'],
  // One --title for nl and en: new incident copied the Dutch into the English.
  'text-same-in-languages': ['warning', (f) => (f.incidents[0].unknown = { nl: 'Hoe lang het duurt.', en: 'Hoe lang het duurt.' }), 'incidents/0/unknown'],
  // The English pasted into the Dutch field at 2 a.m.: Dutch readers got English on the page, in the SMS and on the phone.
  'text-in-other-language': ['warning', (f) => (f.incidents[0].known.nl = 'The storm closed the runways at 10:00 and we do not know yet when they open again.'), 'incidents/0/known/nl'],
  // The studio resolved with the field's text: the outage text stood under "Resolved" as the closing text.
  // Trial U: `update --affects "online bankieren (traag)" --lang nl-BE,en` stored one string, and English readers got the Dutch.
  'text-in-one-language': ['warning', (f) => (f.incidents[0].affects = ['helft van de vluchten geannuleerd']), 'incidents/0/affects/0'],
  'closing-text-unchanged': ['warning', (f) => Object.assign(f.incidents[0], { phase: 'resolved', resolved_at: iso(NOW), next_update_at: null, unknown: { nl: '', en: '' }, updates: [{ at: iso(NOW - 30 * MIN), known: structuredClone(f.incidents[0].known) }] }), 'incidents/0/known'],
  // Trial V: a feed edited by hand, resolved with its next_update_at left in (update --resolve and the studio clear it).
  'resolved-next-update': ['warning', (f) => Object.assign(f.incidents[0], { phase: 'resolved', resolved_at: iso(NOW), next_update_at: iso(NOW + 30 * MIN), unknown: { nl: '', en: '' } }), 'incidents/0/next_update_at'],
  // A mobile operator's all-clear kept its customer line's hours "24 uur per dag tijdens de storing" (trial L).
  'channel-outage-words': ['warning', (f) => ((f.incidents = []), (f.channels[0].hours = { nl: '24 uur per dag tijdens de storing', en: '24 hours a day during the outage' })), 'channels/0/hours/nl'],
  'link-scheme': ['error', (f) => (f.incidents[0].known.en = 'See [this](http://example.com/x).'), 'incidents/0/known/en'],
  'phone-e164': ['error', (f) => (f.channels[0].href = 'tel:0201234567'), 'channels/0/href'],
  'phone-length': ['warning', (f) => (f.channels[0].href = 'tel:+3153123456'), 'channels/0/href'],
  // A water company's night desk signed "0800 035" on its fault line: on an emergency line the same finding is an error.
  'emergency-phone-length': ['error', (f) => f.channels.push({ id: 'fault', kind: 'phone', label: { nl: 'Storingsnummer', en: 'Fault line' }, href: 'tel:+31800035', emergency: true }), 'channels/2/href'],
  // Trial W: an Irish gas network's desk typed the UK's "0800 111 999", stored as a non-existent Irish number. Here a Dutch
  // feed's 0808 (no Dutch number starts with 0808; it is a British freephone form), on a line and on the urgent action.
  'number-not-in-country': ['warning', (f) => (f.channels[0].href = 'tel:+318081234567'), 'channels/0/href'],
  'emergency-number-not-in-country': ['error', (f) => (f.incidents[0].actions[0].href = 'tel:+318081234567'), 'incidents/0/actions/0/href'],
  // Trial W: "+44 800 111 999 --emergency" taken as an Irish network's emergency line without a word.
  'emergency-line-abroad': ['warning', (f) => (f.time_zone = 'Europe/Dublin') && f.channels.push({ id: 'uk', kind: 'phone', label: { nl: 'Noodlijn', en: 'Emergency line' }, href: 'tel:+448001111999', emergency: true }), 'channels/2/href'],
  'number-near-channel': ['warning', (f) => (f.incidents[0].known.en = 'We are cancelling half of the flights. Call +31 20 123 4576.'), 'incidents/0/known/en'],
  // Trial W: `update --known "Same" --correct` (meant as "no change") replaced What we know with the word "Same".
  'no-change-word': ['warning', (f) => (f.incidents[0].known.en = 'Same'), 'incidents/0/known/en'],
  // Trial W (an Irish gas network's desk): "If you smell gas call 0800 111 999", the British number, beside its own emergency line.
  // Trial X: the IT desk's channel typed tel:+31118555001 while the FAQ's answers said 0118 555 010; nothing compared them.
  'channel-number-near-faq': ['warning', (f) => (f.channels[0].href = 'tel:+31201234576'), 'channels/0/href', faqWithNumber],
  'number-not-channel': ['warning', (f) => (f.incidents[0].known.en = 'We are cancelling half of the flights. In an emergency call +31 20 765 4321.'), 'incidents/0/known/en'],
  // Trial V (a UK water company's desk): "+44 (0)800 316 4000" in an action; many phones dial the 0 too.
  'number-zero-in-brackets': ['warning', (f) => (f.incidents[0].known.en = 'We are cancelling half of the flights. Call +31 (0)20 123 4567.'), 'incidents/0/known/en'],
  // The same desk's "0800 3164000"; here the area code split wrongly: +31 201 234 567 for +31 20 123 4567.
  'number-grouping': ['warning', (f) => (f.incidents[0].known.en = 'We are cancelling half of the flights. Call +31 201 234 567.'), 'incidents/0/known/en'],
  // The same desk's "Bottled water stations are open, see below.", read out on the phone line and sent by SMS.
  // An FAQ answer or a text wrapped at ~80 columns in an editor: readers show each line as a line, so it broke mid-sentence on a phone.
  'line-wrapped': ['warning', (f) => (f.incidents[0].known.en = 'We are cancelling half of the flights today because of the storm, and you can\nrebook your flight for free on our website until Sunday.'), 'incidents/0/known/en'],
  'see-below': ['warning', (f) => (f.incidents[0].known.nl = 'Wij annuleren de helft van de vluchten, zie hieronder.'), 'incidents/0/known/nl'],
  // Trial Z (a hospital trust's strike): the title said "A&E stays open", what we know "The hospital is closed during the strike."
  // Here the same place both: the title keeps the airport open, what we know closes it.
  'open-and-closed': ['warning', (f) => Object.assign(f.incidents[0], { title: { ...f.incidents[0].title, en: 'Storm: the airport stays open' }, known: { ...f.incidents[0].known, en: 'The airport is closed because of the storm.' } }), 'incidents/0/known/en'],
  'costly-number': ['warning', (f) => (f.channels[0].href = 'tel:+31900123456'), 'channels/0/href'],
  // Trial T: a text line's word to send with a quote mark, which readers refuse: said as the word, not as "needs an sms: link".
  'sms-keyword': ['error', (f) => f.channels.push({ id: 'sms', kind: 'sms', label: { nl: 'Storing melden per sms', en: 'Report a fault by text' }, href: 'sms:+31612345678?body=it%27s' }), 'channels/2/href'],
  // Trial T's workaround: a phone line named "Text OUT to …"; tapping it dialled the jammed lines.
  'text-on-phone-channel': ['warning', (f) => f.channels.push({ id: 'outage', kind: 'phone', label: { nl: 'Sms STORING naar 06 1234 5678', en: 'Text OUT to 06 1234 5678' }, href: 'tel:+31612345678' }), 'channels/2/kind'],
  // A US cooperative's planned shutoff said "In an emergency call 112" (America/Los_Angeles: 911).
  'emergency-number-elsewhere': ['warning', (f) => Object.assign(f, { time_zone: 'America/Los_Angeles', incidents: [{ ...f.incidents[0], known: { ...f.incidents[0].known, en: 'We are cancelling half of the flights. In an emergency call 112.' } }] }), 'incidents/0/known/en'],
  // The same desk's "from 06:00": on a US clock readers read 6:00 AM.
  'clock-24-hour': ['warning', (f) => Object.assign(f, { time_zone: 'America/Los_Angeles', incidents: [{ ...f.incidents[0], known: { ...f.incidents[0].known, en: 'We are cancelling the flights from 18:00.' } }] }), 'incidents/0/known/en'],
  // A US cooperative's planned shutoff: "Run your generator in the garage with the door open, or plug it into a wall outlet".
  'carbon-monoxide-indoors': ['warning', (f) => (f.incidents[0].actions[0].label.en = 'Run your generator in the garage with the door open'), 'incidents/0/actions/0/label/en'],
  'generator-backfeed': ['warning', (f) => (f.incidents[0].actions[0].label.en = 'Plug your generator into a wall outlet'), 'incidents/0/actions/0/label/en'],
  // A US desk's "before 14/12": on a US clock, the month first.
  'date-order': ['warning', (f) => Object.assign(f, { time_zone: 'America/Los_Angeles', incidents: [{ ...f.incidents[0], known: { ...f.incidents[0].known, en: 'We are cancelling the flights until 14/12.' } }] }), 'incidents/0/known/en'],
  // A Dutch desk's "tot 15-12": a date in numbers only (readers from the US read the month first; a range?).
  'numeric-date': ['warning', (f) => (f.incidents[0].known.nl = 'Wij annuleren de helft van de vluchten tot 15-12.'), 'incidents/0/known/nl'],
  'long-sentence': ['warning', (f) => (f.incidents[0].known.en = 'We ' + 'really '.repeat(30) + 'cancelled flights.'), 'incidents/0/known/en'],
  // Written yesterday (in UTC, the default zone), "today" in what we know; "U vliegt vandaag" in the action is the reader's day and stays quiet.
  'relative-time': ['warning', (f) => (f.incidents[0].known = { ...f.incidents[0].known, en: 'Power should be back in about an hour.' }), 'incidents/0/known/en'],
  // A heat company's desk wrote "tot morgenmiddag" at 02:11: readers by day took it as the day after (trial N). 02:10 in Amsterdam.
  'relative-day-night': ['warning', (f) => Object.assign(f.incidents[0], { updated_at: '2026-11-23T01:10:00Z', unknown: { ...f.incidents[0].unknown, nl: 'Het duurt minstens tot morgenmiddag.' } }), 'incidents/0/unknown/nl'],
  'relative-day-stale': ['warning', (f) => Object.assign(f.incidents[0], { updated_at: iso(NOW - 24 * 60 * MIN), known: { ...f.incidents[0].known, en: 'We are cancelling half of the flights today.' } }), 'incidents/0/known/en'],
  jargon: ['warning', (f) => (f.incidents[0].known.nl = 'Wij werken middels een reservesysteem.'), 'incidents/0/known/nl'],
};

describe('lint rules against the pure module', () => {
  test('the clean feed has no findings, alone and with its FAQ', () => {
    assert.deepEqual(lintDocument(cleanFeed(), { now: NOW }), []);
    assert.deepEqual(lintDocument(cleanFeed(), { now: NOW, ...withFaq }), []);
  });
  for (const [rule, [severity, breakIt, path, options = {}]] of Object.entries(CASES)) {
    test(`${rule}: reported when broken, silent when clean`, () => {
      const bad = cleanFeed();
      breakIt(bad);
      const found = lintDocument(bad, { now: NOW, ...options }).filter((f) => f.rule === rule);
      assert.equal(found.length, 1, JSON.stringify(lintDocument(bad, { now: NOW, ...options })));
      assert.equal(found[0].severity, severity);
      assert.equal(found[0].path, path);
      assert.ok(found[0].message.length > 10 && found[0].fix.length > 10);
      assert.match(formatFinding(found[0]), new RegExp(`\\[${rule}\\]`));
    });
  }
  test('an open incident without a next update is reported once, by next-update-missing, not also by the schema', () => {
    const bad = cleanFeed();
    bad.incidents[0].next_update_at = null;
    const found = lintDocument(bad, { now: NOW, ...withFaq }).filter((f) => f.severity === 'error');
    assert.deepEqual(found.map((f) => f.rule), ['next-update-missing'], JSON.stringify(found));
    // The fix says what to do in words any publisher can follow, in the studio as on the command line.
    assert.doesNotMatch(found[0].fix, /clearline |--/);
  });
  test('a notice (an open incident of severity info) needs no next update, nor one within 4 hours; a promise it broke is still reported', () => {
    const notice = (next) => {
      const f = cleanFeed();
      Object.assign(f.incidents[0], { severity: 'info', actions: undefined, next_update_at: next });
      return lintDocument(f, { now: NOW, ...withFaq }).filter((x) => x.severity === 'error').map((x) => x.rule);
    };
    assert.deepEqual(notice(null), []);
    assert.deepEqual(notice(iso(NOW + 2 * 24 * 60 * MIN)), []);
    assert.deepEqual(notice(iso(NOW - 10 * MIN)), ['next-update-past']);
  });
  test('starts-while-going-on: not for a start announced from the first, nor one moved later before it began, nor without the version before', () => {
    const announced = (f, startsAt) => ((f.incidents[0].starts_at = iso(startsAt)), (f.incidents[0].updates = [{ at: iso(NOW - 24 * 60 * MIN), known: { nl: 'Staking donderdag.', en: 'Strike on Thursday.' } }]), f);
    const rule = (doc, previous) => lintDocument(doc, { now: NOW, previous }).filter((f) => f.rule === 'starts-while-going-on');
    // A strike announced yesterday with a daily update: published as announced, still announced.
    const before = announced(lintCleanFeed(NOW - 60 * MIN), NOW + 24 * 60 * MIN);
    assert.deepEqual(rule(announced(cleanFeed(), NOW + 24 * 60 * MIN), before), []);
    // Postponed before it began (published at NOW - 60 min with a start still to come then): no finding either.
    assert.deepEqual(rule(announced(cleanFeed(), NOW + 48 * 60 * MIN), { ...before, issued_at: iso(NOW - 60 * MIN) }), []);
    // Without the version before, the feed alone cannot tell: nothing said.
    assert.deepEqual(rule(announced(cleanFeed(), NOW + 60 * MIN)), []);
    // Given as the signed envelope (sign's --out, the file beside feed.json): its payload is compared.
    const payload = Buffer.from(JSON.stringify({ ...lintCleanFeed(NOW - 20 * MIN), issued_at: iso(NOW - 20 * MIN) })).toString('base64url');
    const found = rule(announced(cleanFeed(), NOW + 60 * MIN), { payload, signatures: [] });
    assert.equal(found.length, 1);
    assert.match(lintDocument(announced(cleanFeed(), NOW + 60 * MIN), { now: NOW, lang: 'nl', audience: 'desk', previous: lintCleanFeed(NOW - 20 * MIN) }).find((f) => f.rule === 'starts-while-going-on').fix, /„Begint later \(vooraf aangekondigd\)” leeg/);
  });
  test('every rule has its case here, and every case names a rule', () => {
    assert.deepEqual([...LINT_RULES].sort(), Object.keys(CASES).sort());
  });
  test('a value that is not a document gets one schema error and nothing else', () => {
    for (const doc of [null, [], 'x', { type: 'weather' }]) {
      const findings = lintDocument(doc, { now: NOW });
      assert.equal(findings.length, 1);
      assert.equal(findings[0].rule, 'schema');
      assert.deepEqual(summarize(findings), { errors: 1, warnings: 0 });
    }
  });
  test('contact reasons: FAQ ids are checked only against a given FAQ; no reasons is fine when calm or without channels', () => {
    const f = cleanFeed();
    f.contact_reasons[0].faq = ['refund', 'rebook'];
    assert.deepEqual(lintDocument(f, { now: NOW }), [], 'the feed alone cannot know the FAQ ids');
    assert.deepEqual(lintDocument(f, { now: NOW, faq: { type: 'faq', entries: [] } }).map((x) => x.path), ['contact_reasons/0/faq/0', 'contact_reasons/0/faq/1']);
    const calm = cleanFeed();
    delete calm.contact_reasons;
    Object.assign(calm.incidents[0], { phase: 'resolved', resolved_at: iso(NOW), next_update_at: null });
    assert.deepEqual(lintDocument(calm, { now: NOW }).filter((x) => x.rule === 'contact-reasons-missing'), []);
    const noChannels = cleanFeed();
    delete noChannels.contact_reasons;
    noChannels.channels = [];
    assert.deepEqual(lintDocument(noChannels, { now: NOW }).filter((x) => x.rule === 'contact-reasons-missing'), []);
    // No channels at all is its own warning while an incident is open, and nothing once it is over.
    assert.deepEqual(lintDocument(noChannels, { now: NOW }).map((x) => x.rule), ['channels-missing']);
    Object.assign(noChannels.incidents[0], { phase: 'resolved', resolved_at: iso(NOW), next_update_at: null });
    assert.deepEqual(lintDocument(noChannels, { now: NOW }), []);
  });
  test('numbers without an international form: "call 112" and a municipality\'s 14 038 pass; other short numbers do not', () => {
    const f = cleanFeed();
    f.incidents[0].actions.push({ label: { en: 'Call 112 if there is immediate danger', nl: 'Bel 112 bij direct gevaar' }, href: 'tel:112', urgent: true });
    f.channels.push({ id: 'gemeente', kind: 'phone', label: { en: 'Municipality', nl: 'Gemeente' }, href: 'tel:14 038' });
    // An urgent "call 112" needs no emergency channel of the company's own, and 112 is not refused as "not E.164".
    assert.deepEqual(lintDocument(f, { now: NOW }), []);
    for (const [href, rules] of [['tel:999', []], ['tel:911', []], ['tel:9009', ['emergency-channel-missing', 'phone-e164']], ['tel:1234', ['emergency-channel-missing', 'phone-e164']]]) {
      const g = cleanFeed();
      g.incidents[0].actions.push({ label: { en: 'Call', nl: 'Bel' }, href, urgent: true });
      assert.deepEqual(lintDocument(g, { now: NOW }).map((x) => x.rule).sort(), rules, href);
    }
  });
  test('a British council\'s short lines (101 police, 105 power cut, 116 123, 18000 text relay) pass like 999 and 111; other short numbers do not', () => {
    const f = cleanFeed();
    f.time_zone = 'Europe/London';
    for (const [id, href] of [['police', 'tel:101'], ['power', 'tel:105'], ['samaritans', 'tel:116 123'], ['relay', 'tel:18000']]) {
      f.channels.push({ id, kind: 'phone', label: { en: id, nl: id }, href });
    }
    // 999 and NHS 111 as emergency lines (unmarked, they are an emergency-unmarked warning: test/node/hospital-trust.test.mjs).
    for (const [id, href] of [['nine', 'tel:999'], ['nhs', 'tel:111']]) f.channels.push({ id, kind: 'phone', label: { en: id, nl: id }, href, emergency: true });
    // Before, every one but 111 was an error ("not in E.164 form"), so `new channel` and `sign` refused them.
    assert.deepEqual(lintDocument(f, { now: NOW }).map((x) => `${x.rule} ${x.path}`), []);
    for (const href of ['tel:102', 'tel:116', 'tel:1161234', 'tel:18001']) {
      const g = cleanFeed();
      g.channels.push({ id: 'short', kind: 'phone', label: { en: 'x', nl: 'x' }, href });
      assert.deepEqual(lintDocument(g, { now: NOW }).map((x) => x.rule), ['phone-e164'], href);
    }
  });
  test('a short number that is not a public one, in a British feed: the fix gives a British example, not a Dutch one first', () => {
    const f = cleanFeed();
    f.time_zone = 'Europe/London';
    f.channels.push({ id: 'short', kind: 'phone', label: { en: 'x', nl: 'x' }, href: 'tel:102' });
    const [finding] = lintDocument(f, { now: NOW }).filter((x) => x.rule === 'phone-e164');
    assert.match(finding.fix, /tel:\+442079460000 for a British number/);
    assert.doesNotMatch(finding.fix, /\+31|Dutch/);
    // A Dutch feed, or one without a known country, keeps both examples.
    const [nl] = lintDocument({ ...f, time_zone: 'Europe/Amsterdam' }, { now: NOW }).filter((x) => x.rule === 'phone-e164');
    assert.match(nl.fix, /Dutch number or .* British one/);
  });
  test('a reason label is a text like any other: a missing language is an error', () => {
    const f = cleanFeed();
    delete f.contact_reasons[1].label.nl;
    assert.deepEqual(lintDocument(f, { now: NOW }).map((x) => [x.rule, x.path]), [['language-missing', 'contact_reasons/1/label']]);
  });
  test('the promised time is told in the given time zone', () => {
    const f = cleanFeed();
    f.incidents[0].next_update_at = '2026-11-23T11:00:00Z';
    const [late] = lintDocument(f, { now: NOW, timeZone: 'Europe/Amsterdam' }).filter((x) => x.rule === 'next-update-past');
    assert.match(late.message, /12:00/);
  });
});

// Every rule speaks Dutch too (issue 14: the studio shows findings in the UI's language). Reuses the
// cases above, so a new rule's row also checks its translation; VARIANTS reach the other texts.
const VARIANTS = {
  'phone-e164 without a suggestion': ['phone-e164', (f) => (f.channels[0].href = 'tel:12')],
  // Trial W: the UK's freephone "0800 111 999" in a Dutch feed: a British number, not only a digit too many.
  'phone-length of another country\'s freephone number': ['phone-length', (f) => (f.channels[0].href = 'tel:+31800111999')],
  'raw-html in plain text': ['raw-html', (f) => (f.incidents[0].title.en = 'Storm <b>now</b>')],
  // A premium-rate number to text (trial T): people pay for every text.
  'costly-number on a text line': ['costly-number', (f) => f.channels.push({ id: 'sms', kind: 'sms', label: { nl: 'Sms ons', en: 'Text us' }, href: 'sms:+31900123456?body=STORING' })],
  'schema: a required field': ['schema', (f) => delete f.incidents[0].title],
};
/** Documents that are not a broken clean feed. */
const OTHER_DOCUMENTS = {
  'validity-too-long of an FAQ': ['validity-too-long', { type: 'faq', version: 1, feed_id: 'faq', seq: 1, issued_at: iso(NOW), expires_at: iso(NOW + 100 * 24 * 60 * MIN), entries: [] }],
  'schema: not an object': ['schema', []],
  'schema: no type': ['schema', { type: 'weather' }],
};
/** English words that give away an untranslated fix. */
const ENGLISH = /\b(the|and|your|with|when|this|must|write|add)\b/i;

describe('lint findings in Dutch', () => {
  const both = (bad, extra = {}) => [lintDocument(bad, { now: NOW, ...extra }), lintDocument(bad, { now: NOW, ...extra, lang: 'en' }), lintDocument(bad, { now: NOW, ...extra, lang: 'nl' })];
  const broken = (breakIt) => () => {
    const bad = cleanFeed();
    breakIt(bad);
    return bad;
  };
  const rows = [
    ...Object.entries(CASES).map(([rule, [, breakIt, , extra]]) => [rule, rule, broken(breakIt), extra]),
    ...Object.entries(VARIANTS).map(([name, [rule, breakIt]]) => [name, rule, broken(breakIt)]),
    ...Object.entries(OTHER_DOCUMENTS).map(([name, [rule, doc]]) => [name, rule, () => structuredClone(doc)]),
  ];
  for (const [name, rule, make, extra] of rows) {
    test(`${name}: a Dutch message and fix, not the English; English stays the default`, () => {
      const [byDefault, en, nl] = both(make(), extra).map((all) => all.filter((f) => f.rule === rule));
      assert.deepEqual(en, byDefault, 'English is the default');
      assert.equal(nl.length, en.length);
      assert.ok(nl.length > 0, `${name}: no finding`);
      nl.forEach((f, i) => {
        const e = en[i];
        assert.deepEqual([f.severity, f.rule, f.path], [e.severity, e.rule, e.path], 'only the words change');
        assert.ok(f.message.trim().length > 10 && f.fix.trim().length > 10, `${rule}: empty Dutch`);
        assert.notEqual(f.message, e.message, `${rule}: the Dutch message is the English one`);
        assert.notEqual(f.fix, e.fix, `${rule}: the Dutch fix is the English one`);
        // Command-line options are the same in both languages (--add-action is no English in a Dutch sentence), and so are
        // their quoted values, which are the feed's own texts (--name "Police, fire and ambulance" for its English page).
        assert.doesNotMatch(f.fix.replace(/--[a-z-]+(?: "[^"]*")?/g, ''), ENGLISH, `${rule}: English in the Dutch fix: ${f.fix}`);
        assert.doesNotMatch(formatFinding(f, 'nl'), /\b(error|warning|fix):?\s/, 'Dutch labels');
      });
    });
  }
  test('name-missing: a channel named "" is refused too, at its name; a name in one language is language-missing, not this', () => {
    const bad = cleanFeed();
    bad.channels[0].label = '';
    assert.deepEqual(lintDocument(bad, { now: NOW }).filter((f) => f.rule === 'name-missing').map((f) => f.path), ['channels/0/label']);
    const half = cleanFeed();
    half.channels[0].label = { nl: 'Klantenservice', en: '' };
    assert.deepEqual(lintDocument(half, { now: NOW }).filter((f) => f.rule === 'name-missing'), []);
  });
  test('translation-not-updated: silent when every language changed, when none did, and for a first text', () => {
    const rule = (f) => lintDocument(f, { now: NOW }).filter((x) => x.rule === 'translation-not-updated');
    const both = cleanFeed();
    both.incidents[0].updates = [{ at: iso(NOW - 30 * MIN), known: { nl: 'Er komt een storm.', en: 'A storm is coming.' }, unknown: both.incidents[0].unknown }];
    assert.deepEqual(rule(both), [], 'known changed in both languages; unknown unchanged in both');
    const dutchOnly = cleanFeed();
    dutchOnly.incidents[0].updates = [{ at: iso(NOW - 30 * MIN), known: { nl: 'Er komt een storm.', en: dutchOnly.incidents[0].known.en } }];
    assert.equal(lintDocument(dutchOnly, { now: NOW, lang: 'nl' }).find((x) => x.rule === 'translation-not-updated').message, 'deze tekst in het Engels is nog die van de vorige update, terwijl de tekst in het Nederlands is veranderd');
  });
  test('a regional tag picks its language; a language lint does not speak falls back to English', () => {
    const bad = cleanFeed();
    delete bad.channels[0].reason;
    const [en, nl, be, de] = ['en', 'nl', 'nl-BE', 'de'].map((lang) => lintDocument(bad, { now: NOW, lang }));
    assert.deepEqual(be, nl);
    assert.deepEqual(de, en);
    assert.equal(nl[0].message, 'er staat een wachttijd van 45 minuten zonder reden');
  });
});

// The studio (audience 'desk') is read by service-desk staff who never see the JSON: its findings
// name the form's fields and what readers see, not the feed's words. Same cases, every finding of
// each, both languages; the CLI (the default audience) keeps its words unchanged.
const DESK_VARIANTS = {
  'schema: a time zone that is not one': ['schema', (f) => (f.time_zone = 'Amsterdam')],
  'schema: a status page on http': ['schema', (f) => (f.status_url = 'http://example.com/status')],
  'schema: a wait as text': ['schema', (f) => (f.channels[0].wait_minutes = 'lang')],
};
/** The feed's own words: "key": value, snake_case names, the file, format names, JSON types. */
const JSON_WORDS = /"[a-z_]+"\s*:|\b[a-z]+_[a-z_]+\b|feed\.json|E\.164|RFC 3339|BCP 47|IANA|https: URL|\b(payload|array|string|null|true|false)\b/;
/** Language codes where English names the language ("this text has no nl"). */
const CODES = /\b(nl|en)\b/;

describe('lint findings at the desk (the studio)', () => {
  // The last two need the FAQ (faq-outdated.test.mjs checks the desk words of faq-outdated-unknown).
  const rows = [
    ...Object.entries(CASES).filter(([rule]) => !['validity-too-long', 'reason-entry-unknown', 'faq-outdated-unknown'].includes(rule)).map(([rule, [, breakIt, , options]]) => [rule, breakIt, options]),
    ...Object.entries(VARIANTS).map(([name, [, breakIt]]) => [name, breakIt]),
    ...Object.entries(DESK_VARIANTS).map(([name, [, breakIt]]) => [name, breakIt]),
  ];
  for (const [name, breakIt, options = {}] of rows) {
    test(`${name}: no JSON words in English or Dutch`, () => {
      const bad = cleanFeed();
      breakIt(bad);
      for (const lang of ['en', 'nl']) {
        const found = lintDocument(bad, { now: NOW, lang, audience: 'desk', ...options });
        assert.ok(found.length > 0, `${name}: no finding`);
        for (const f of found) {
          assert.doesNotMatch(`${f.message}. ${f.fix}`, JSON_WORDS, `${lang}: ${f.message}. ${f.fix}`);
          // A time as the desk says it ("09:00 (Wed 2 Dec)"), not the feed's stamp "2026-11-23T09:00:00+01:00".
          assert.doesNotMatch(`${f.message}. ${f.fix}`, /\d{4}-\d\d-\d\dT\d\d:\d\d/, `${lang}: ${f.message}`);
          if (lang === 'en') assert.doesNotMatch(`${f.message}. ${f.fix}`, CODES, `${lang}: ${f.message}. ${f.fix}`);
        }
        assert.deepEqual(found.map((f) => [f.rule, f.path]), lintDocument(bad, { now: NOW, lang, ...options }).map((f) => [f.rule, f.path]), 'the same findings, other words');
      }
    });
  }
  test('an urgent reason without its emergency line: named as readers see it, with where to tick', () => {
    const bad = cleanFeed();
    CASES['reason-emergency-unnamed'][1](bad);
    const [en, nl] = ['en', 'nl'].map((lang) => lintDocument(bad, { now: NOW, lang, audience: 'desk' }).find((f) => f.rule === 'reason-emergency-unnamed'));
    assert.equal(en.message, 'the urgent contact reason “I am stuck at the airport” names none of the emergency lines, so readers who choose it are offered all of them (Leak, Fraud)');
    assert.equal(en.fix, 'Tick the emergency line that helps with this reason under “Channels for I am stuck at the airport”.');
    assert.equal(nl.fix, 'Vink het noodnummer dat bij deze reden hoort aan onder “Kanalen voor Ik zit vast op het vliegveld”.');
    const cli = lintDocument(bad, { now: NOW, lang: 'en' }).find((f) => f.rule === 'reason-emergency-unnamed');
    assert.equal(cli.fix, 'Name the emergency line that helps with this reason: clearline edit reason --id stuck --channel leak --feed feed.json (with the line it needs in place of leak), or in feed.json its "channels", e.g. "channels": ["leak"].', 'the CLI gives the command, and the JSON');
  });
  test('a long wait without a reason names the field as the studio labels it: on an emergency line, “When to use this line”', () => {
    const bad = cleanFeed();
    delete bad.channels[0].reason;
    const fix = () => lintDocument(bad, { now: NOW, lang: 'en', audience: 'desk' }).find((f) => f.rule === 'wait-without-reason').fix;
    assert.match(fix(), /^Fill in “Reason for the wait”/);
    bad.channels[0].emergency = true;
    assert.match(fix(), /^Say under “When to use this line” why people wait/);
  });
});

describe('title-missing names the banner words of the incident\'s own severity', () => {
  test('a critical incident without a title: "Critical disruption:", "Ernstige hinder:" (a bank\'s trial was told "Major")', () => {
    const bad = cleanFeed();
    bad.incidents[0].title = { nl: '', en: '' };
    bad.incidents[0].severity = 'critical';
    const said = (lang) => lintDocument(bad, { now: NOW, lang }).find((f) => f.rule === 'title-missing').message;
    assert.match(said('en'), /the banner would read "Critical disruption:" with nothing after it/);
    assert.match(said('nl'), /de banner zou "Ernstige hinder:" tonen/);
    bad.incidents[0].severity = 'minor';
    assert.match(said('en'), /"Minor disruption:"/);
  });
});
