// A Dutch bank's night desk (walkthrough "Zuiderbank": the app and iDEAL down, a fake-text wave)
// added "Pas blokkeren" / "Block your card", 24 hours a day, with clearline new channel but without
// --emergency. Customer service had a 45-minute wait, so readers found the card-blocking line last:
// after "Request a call-back" and after the 45-minute queue, not first and apart. Lint said nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { lintDocument } = await importTs('src/lint/index.ts');
const { groupChannels } = await importTs('src/feed/channels.ts');

const NOW = Date.parse('2026-12-03T01:30:00Z');

const channels = () => [
  { id: 'phone', kind: 'phone', label: { nl: 'Fraudelijn', en: 'Fraud line' }, href: 'tel:+31881234567', emergency: true, hours: { nl: '24 uur per dag', en: '24 hours a day' } },
  { id: 'phone-2', kind: 'phone', label: { nl: 'Klantenservice', en: 'Customer service' }, href: 'tel:+31881230000', wait_minutes: 45, reason: { nl: 'heel veel telefoontjes', en: 'very many calls' } },
  { id: 'callback', kind: 'callback', label: { nl: 'Laat u terugbellen', en: 'Request a call-back' }, href: 'https://www.zuiderbank.example/terugbellen' },
  { id: 'phone-3', kind: 'phone', label: { nl: 'Pas blokkeren', en: 'Block your card' }, href: 'tel:+31881239999', hours: { nl: '24 uur per dag', en: '24 hours a day' } },
];
const feed = (chs = channels()) => ({
  type: 'status',
  version: 1,
  feed_id: 'zuiderbank',
  publisher: { name: 'Zuiderbank', url: 'https://www.zuiderbank.example/' },
  channels: chs,
  incidents: [],
});
const unmarked = (doc, options = {}) => lintDocument(doc, { now: NOW, ...options }).filter((f) => f.rule === 'emergency-unmarked');

test('what readers got: the card-blocking line after the call-back and the 45-minute queue', () => {
  assert.deepEqual(groupChannels(channels()).ordinary.map((c) => c.id), ['callback', 'phone-2', 'phone-3']);
});

test('a card-blocking line not marked as an emergency line is a warning that says where readers find it, in Dutch, in English and in the studio\'s words', () => {
  const [nl] = unmarked(feed(), { lang: 'nl' });
  assert.equal(nl.path, 'channels/3/emergency');
  assert.equal(nl.severity, 'warning');
  assert.match(nl.message, /het nummer ‘Pas blokkeren’ klinkt als een nummer dat mensen meteen moeten kunnen bellen.*maar het staat niet als noodnummer: lezers vinden het tussen de gewone nummers, en als de wachttijden lang zijn pas na de terugbeldienst/);
  assert.match(nl.fix, /markeer het dan als noodnummer/);
  // An urgent contact reason does offer it (a line without a wait), so the message does not claim otherwise.
  assert.doesNotMatch(nl.message, /contactreden/);
  const [en] = unmarked(feed(), { lang: 'en' });
  assert.match(en.message, /the line “Pas blokkeren” sounds like one people must reach at once/);
  assert.match(en.fix, /add "emergency": true to it/);
  assert.match(unmarked(feed(), { audience: 'desk' })[0].fix, /tick “Emergency line \(always listed first\)”/);
  // The Dutch fix says how, as the English one does: it said only "markeer het dan als noodnummer".
  assert.match(nl.fix, /markeer het dan als noodnummer \(zet er "emergency": true bij\)/);
  assert.match(unmarked(feed(), { audience: 'desk', lang: 'nl' })[0].fix, /markeer het dan als noodnummer \(vink ‘Noodnummer \(altijd bovenaan\)’ aan\)/);
});

test('in English only, and for the other words such lines go by; not for customer service, a call-back or a marked line', () => {
  for (const name of ['Block your card', 'Report a lost or stolen card', 'Fraude melden', 'Gaslucht? Bel direct', 'Spoedlijn', 'Emergency line', 'Pas kwijt of gestolen?', 'Bankpas kwijt']) {
    const chs = channels().slice(0, 3);
    chs.push({ id: 'x', kind: 'phone', label: name, href: 'tel:+31881239999' });
    assert.equal(unmarked(feed(chs)).length, 1, name);
  }
  // A forgotten password is not a line people must reach at once ("kwijt" alone warned for it).
  for (const name of ['Wachtwoord kwijt', 'Inlogcode kwijt?']) {
    const chs = channels().slice(0, 3);
    chs.push({ id: 'x', kind: 'phone', label: name, href: 'tel:+31881239999' });
    assert.deepEqual(unmarked(feed(chs)), [], name);
  }
  const marked = channels();
  marked[3].emergency = true;
  assert.deepEqual(unmarked(feed(marked)), []);
  const web = channels();
  web[3] = { ...web[3], kind: 'web', href: 'https://www.zuiderbank.example/pas-blokkeren' };
  assert.deepEqual(unmarked(feed(web)), [], 'a web page is not a line people wait for');
});

// A municipality's storm night: "Politie, geen spoed" / "Police, non-urgent" (0900-8844) next to 112 was warned
// about as a line people must reach at once ('spoed', 'urgent'), though its name says the opposite.
test('a line whose name says it is not urgent ("geen spoed", "non-urgent", "niet dringend") is no emergency line left unmarked', () => {
  const line = (nl, en) => ({ id: 'phone-9', kind: 'phone', label: { nl, en }, href: 'tel:+319008844' });
  for (const [nl, en] of [['Politie, geen spoed', 'Police, non-urgent'], ['Politie (niet dringend)', 'Police (not urgent)'], ['Gemeente, geen noodgeval', 'Municipality, non-emergency']]) {
    assert.deepEqual(unmarked(feed([line(nl, en)]), { lang: 'nl' }), [], nl);
  }
  // Still said for a line that is one, whatever else its name says.
  assert.equal(unmarked(feed([line('Pas blokkeren, geen spoed', 'Block your card')]), { lang: 'nl' }).length, 1);
  assert.equal(unmarked(feed([line('Spoedlijn', 'Urgent line')]), { lang: 'nl' }).length, 1);
});

test('no channels during an incident: the studio is told its own button, the CLI the command; neither hears of the other', () => {
  const doc = { ...feed([]), incidents: [{ id: 'app', title: { nl: 'App werkt niet', en: 'App down' }, status: 'investigating', severity: 'major', started_at: '2026-12-03T01:00:00Z', updated_at: '2026-12-03T01:20:00Z', next_update_at: '2026-12-03T02:00:00Z', known: { nl: 'De app werkt niet.', en: 'The app is down.' } }] };
  const missing = (options) => lintDocument(doc, { now: NOW, ...options }).find((f) => f.rule === 'channels-missing');
  const desk = missing({ audience: 'desk', lang: 'nl' });
  assert.match(desk.fix, /\(‘Kanaal toevoegen’\)/);
  assert.doesNotMatch(desk.fix, /clearline|terminal/);
  assert.match(missing({ audience: 'desk', lang: 'en' }).fix, /\(“Add channel”\)/);
  const cli = missing({ lang: 'nl' });
  assert.match(cli.fix, /\(clearline new channel --feed feed\.json --kind phone --link … --name "…"\)/);
  assert.doesNotMatch(cli.fix, /studio|terminal/);
});
