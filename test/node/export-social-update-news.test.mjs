// Trial Y, a US water utility (en-US, America/Chicago) during a boil water advisory: at 6 p.m. the news (the broken main
// repaired at 5:15 p.m., pressure back, the advisory stays until two rounds of lab tests pass) was in no short channel. The
// social post said again what it said at 6 a.m.: the urgent line and the action "Boil tap water for at least 1 minute …",
// which says the same. Now the news follows the title and the urgent line, and an action the reader got before gives way
// for it when the title or the first sentence already says it (social-news.ts); an action they do not say stays.
// Fixture: test/fixtures/export/riverbend-1800.json (the trial's 6 p.m. feed). Uses dist/ for the CLI.
import assert from 'node:assert/strict';
import test from 'node:test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, exporters, withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const { saysAction } = await importTs('src/export/social-news.ts');
const SIX_PM = Date.parse('2026-12-15T00:01:00Z');
const NEWS = 'The broken main at Elm Ave and 5th St was repaired at 5:15 p.m.';

test('clearline export --to social: the 6 p.m. post carries the news after the urgent line, not the action it repeats (trial Y)', async () => {
  await withCliDir('clearline-social-update-news-', async (dir, cli) => {
    writeFileSync(join(dir, 'feed.json'), readFileSync(join(FIXTURES, 'riverbend-1800.json'), 'utf8'));
    const r = cli('export', 'feed.json', '--to', 'social');
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines[0], 'Boil water advisory for ZIP codes 60617, 60619, 60633.');
    assert.equal(lines[1], `Keep boiling: do not drink tap water in ZIP codes 60617, 60619 and 60633 without boiling it for 1 minute first. ${NEWS}`);
    assert.doesNotMatch(r.stdout, /Boil tap water for at least 1 minute/, 'the urgent line says it already');
    assert.match(r.stderr, /social \(en\): \d+ of 280 characters; .*leaves out the first action, which the first sentence of what we know already says, for what is new since the previous update/);
    // Nothing to fix: lint, sign and the studio do not warn that the post was shortened.
    const lint = cli('lint', 'feed.json', '--for', 'social');
    assert.doesNotMatch(lint.stdout + lint.stderr, /social-shortened/);
  }, { now: SIX_PM, tz: 'America/Chicago' });
});

/** The trial's feed in Dutch: the same update, with the history of the one before. */
function dutch(action) {
  const feed = JSON.parse(readFileSync(join(FIXTURES, 'riverbend-1800.json'), 'utf8'));
  const nl = (o) => ({ nl: o });
  const inc = feed.incidents[0];
  inc.title = nl('Kookadvies voor Utrecht-Oost');
  inc.known = nl('Kook uw kraanwater eerst 1 minuut voordat u het drinkt, in heel Utrecht-Oost en Bunnik. De gesprongen hoofdleiding onder de Biltstraat is om 17:15 gerepareerd. De waterdruk is overal weer normaal. Het kookadvies blijft tot twee metingen, 24 uur na elkaar, laten zien dat het water veilig is.');
  inc.unknown = nl('Wanneer het kookadvies voorbij is: op zijn vroegst woensdag.');
  inc.actions = [{ label: nl(action), who: nl('U woont of werkt in Utrecht-Oost of Bunnik'), urgent: true }];
  inc.affects = [nl('Utrecht-Oost'), nl('Bunnik')];
  inc.updates = [{ at: '2026-12-14T18:25:01Z', known: nl('Kook uw kraanwater eerst 1 minuut voordat u het drinkt, in heel Utrecht-Oost en Bunnik. Monteurs vervangen een stuk van de gesprongen hoofdleiding onder de Biltstraat. Zij verwachten vanavond klaar te zijn.') }];
  for (const c of feed.channels) c.label = nl(Object.values(c.label)[0]);
  return { ...feed, time_zone: 'Europe/Amsterdam', issued_at: '2026-12-15T00:00:00Z', expires_at: '2026-12-15T01:00:00Z', seq: 1 };
}

test('export social (nl): the news goes in for an action the first sentence says; an action it does not say stays', async () => {
  const { exportSocial } = await exporters();
  const said = exportSocial(dutch('Kook kraanwater 1 minuut en laat het afkoelen voordat u het drinkt'), { now: SIX_PM }).posts[0];
  assert.match(said.text, /^Kookadvies voor Utrecht-Oost\.\nKook uw kraanwater eerst 1 minuut voordat u het drinkt, in heel Utrecht-Oost en Bunnik\. De gesprongen hoofdleiding onder de Biltstraat is om 17:15 gerepareerd\./);
  assert.doesNotMatch(said.text, /laat het afkoelen/);
  assert.ok(said.shortened.includes('action-said'), said.shortened.join());
  const other = exportSocial(dutch('Maak flesvoeding met water uit een fles, of met gekookt en afgekoeld kraanwater'), { now: SIX_PM }).posts[0];
  assert.match(other.text, /Maak flesvoeding met water uit een fles/, 'never left out for news');
  assert.ok(!other.shortened.includes('action-said'));
});

test('social-news.ts saysAction: most of the action\'s words are there (en, nl)', () => {
  const urgent = 'Boil water advisory for ZIP codes 60617, 60619, 60633. Keep boiling: do not drink tap water in ZIP codes 60617, 60619 and 60633 without boiling it for 1 minute first.';
  assert.equal(saysAction(urgent, 'Boil tap water for at least 1 minute and let it cool before you drink it'), true);
  assert.equal(saysAction(urgent, 'Make baby formula with bottled water, or with tap water you boiled for 1 minute and let cool'), false);
  assert.equal(saysAction(urgent, 'No water at all, or you need water for home dialysis or another medical reason? Call our 24/7 emergency line'), false);
  assert.equal(saysAction('Kookadvies. Kook uw kraanwater eerst 1 minuut voordat u het drinkt.', 'Kook kraanwater 1 minuut en laat het afkoelen voordat u het drinkt'), true);
  assert.equal(saysAction('Geen water in Utrecht-Oost. Een hoofdleiding onder de Biltstraat is gesprongen.', 'Haal drinkwater bij het tappunt Biltstraat'), false);
});
