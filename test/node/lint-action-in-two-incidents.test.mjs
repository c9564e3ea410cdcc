// Trial X: under the cyberattack "Bel direct de IT-servicedesk als u uw wachtwoord heeft ingevuld …", under the phishing
// notice "U heeft op de link geklikt of uw wachtwoord ingevuld — Bel direct de IT-servicedesk …": the same call to action
// twice in other words, and nothing said so. Now action-in-two-incidents names both; short generic actions ("Kijk op de
// website") and actions about different things stay quiet. Fixed clock. Uses dist/.
import assert from 'node:assert/strict';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import test from 'node:test';
import { lintCleanFeed } from './lint-feed.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { lintDocument } = await import(pathToFileURL(join(ROOT, 'dist/lint.js')).href);
const NOW = Date.parse('2026-12-14T09:00:00Z');

/** The clean feed with a cyberattack and a phishing notice, each with the actions given ([nl, en, who nl, who en]). */
function feed(cyber, phishing) {
  const f = lintCleanFeed(NOW);
  const base = f.incidents[0];
  const actions = (list) => list.map(([nl, en, wnl, wen]) => ({ label: { nl, en }, ...(wnl ? { who: { nl: wnl, en: wen } } : {}) }));
  f.incidents = [
    { ...structuredClone(base), id: 'cyberaanval', title: { nl: 'Cyberaanval', en: 'Cyberattack' }, actions: actions(cyber) },
    { ...structuredClone(base), id: 'phishing', severity: 'info', title: { nl: 'Nep-e-mails', en: 'Fake e-mails' }, actions: actions(phishing) },
  ];
  return f;
}
const twice = (doc, lang = 'en', audience) => lintDocument(doc, { now: NOW, lang, audience }).filter((x) => x.rule === 'action-in-two-incidents');

const CALL = ['Bel direct de IT-servicedesk als u uw wachtwoord heeft ingevuld na een link in een e-mail', 'Call the IT service desk at once if you entered your password after a link in an e-mail'];
const CALL_AGAIN = ['Bel direct de IT-servicedesk', 'Call the IT service desk at once', 'U heeft op de link geklikt of uw wachtwoord ingevuld', 'You clicked the link or entered your password'];

test('trial X\'s two calls to the IT desk are named, at the later one, in English and Dutch, with the command that removes it', () => {
  const doc = feed([CALL, ['Kijk op de website', 'See the website']], [['Klik niet op links in e-mails over uw wachtwoord', 'Do not click links in e-mails about your password'], CALL_AGAIN]);
  const [en] = twice(doc);
  assert.equal(en.severity, 'warning');
  assert.equal(en.path, 'incidents/1/actions/1/label/nl');
  assert.match(en.message, /^action 2 of “Fake e-mails” \(“Call the IT service desk at once”\) says what action 1 of “Cyberattack” says \(“Call the IT service desk at once if you entered your pass…”\): readers get the same thing to do twice/);
  assert.match(en.fix, /clearline update feed\.json --incident phishing --remove-action 2/);
  const [nl] = twice(doc, 'nl');
  assert.match(nl.message, /^actie 2 van ‘Nep-e-mails’ \(‘Bel direct de IT-servicedesk’\) zegt hetzelfde als actie 1 van ‘Cyberaanval’/);
  assert.match(twice(doc, 'nl', 'desk')[0].fix, /‘Actie verwijderen’ bij actie 2/);
  assert.equal(twice(doc).length, 1, 'one finding per pair, not one per language');
});

test('quiet for short generic actions, for different things to do, within one incident, and once an incident is resolved', () => {
  const web = ['Kijk op de website', 'See the website'];
  assert.deepEqual(twice(feed([web], [web])), [], 'two content words: never named');
  assert.deepEqual(twice(feed([CALL], [['Klik niet op links in e-mails over uw wachtwoord', 'Do not click links in e-mails about your password']])), []);
  assert.deepEqual(twice(feed([['Kook uw kraanwater 1 minuut voordat u het drinkt', 'Boil your tap water for 1 minute before drinking it']], [['Zet uw verwarming lager om gas te sparen deze week', 'Turn your heating down to save gas this week']])), []);
  assert.deepEqual(twice(feed([CALL, CALL_AGAIN], [])), [], 'the same incident: not across incidents');
  const resolved = feed([CALL], [CALL_AGAIN]);
  Object.assign(resolved.incidents[0], { phase: 'resolved', resolved_at: new Date(NOW - 60_000).toISOString(), next_update_at: null, unknown: { nl: '', en: '' } });
  assert.deepEqual(twice(resolved), [], 'a resolved incident\'s actions are no longer shown');
});
