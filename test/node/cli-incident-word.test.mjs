// Trial X (a Dutch university): the CLI called every incident a "storing" in its own Dutch messages, also a data breach
// ("feed.json gemaakt: storing "datalek" …", lint's "(storing "Gegevens gestolen" …)") and a phishing warning, where
// nothing was out of order. Where the CLI speaks of an incident in general it now says "incident", the word of its own
// commands (new incident, --incident); English already said "incident". Uses dist/ on a fixed clock.
import assert from 'node:assert/strict';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';

const NOW = Date.parse('2026-12-17T08:00:00Z');

test('new incident, lint and update speak of a data breach as an incident, not a "storing"', async () => {
  await withCliDir('clearline-incident-word-', (dir, run) => {
    const made = run('new', 'incident', '--template', 'data-breach', '--lang', 'nl,en', '--id', 'datalek', '--feed-id', 'hzk', '--publisher', 'Hogeschool Zuidkust', '--publisher-url', 'https://hzk.example', '--time-zone', 'Europe/Amsterdam');
    assert.equal(made.status, 0, made.stderr);
    assert.match(made.stdout + made.stderr, /feed\.json gemaakt: incident "datalek" uit het sjabloon “Datalek: persoonsgegevens gestolen” \(data-breach\); talen nl, en\./);
    const taken = run('new', 'incident', '--template', 'phishing', '--id', 'datalek');
    assert.notEqual(taken.status, 0);
    assert.match(taken.stderr, /feed\.json heeft al een incident "datalek"; kies een andere --id/);
    const lint = run('lint', 'feed.json');
    assert.equal(lint.status, 2);
    assert.match(lint.stdout, /^fout\s+incidents\/0\/\S+ \(incident "datalek"\): hier staat nog voorbeeldtekst/m);
    assert.doesNotMatch(lint.stdout, /\(storing /);
    const none = run('update', 'feed.json', '--incident', 'phishing', '--known', 'x', '--known', 'x');
    assert.notEqual(none.status, 0);
    assert.match(none.stderr, /feed\.json heeft geen incident "phishing"; de incidenten: datalek/);
  }, { now: NOW, tz: 'Europe/Amsterdam' });
});
