// A Belgian feed (nl-BE, or Dutch on a Brussels clock) got Netherlands-only words in templates beyond banking and the
// example places: "personenalarmering", "uw mobiel", "bel direct het storingsnummer", "meterkast", "verlengsnoer", "Mijn
// rekening of meterstand" (in Belgium a rekening is a bank account), "kassabon", "vertragingsvergoeding". Belgium says
// personenalarm, gsm, noodnummer, zekeringkast, verlengkabel, factuur, kasticket, compensatie voor vertraging; a Dutch
// feed keeps its words. The CLI test uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { importTs } from './ts-import.mjs';
import { runAt } from './desk-kit.mjs';

const { TEMPLATES, AFFECTS_EXAMPLES, incidentFromTemplate, contactReasonsFromTemplate, missingContactReasons } = await importTs('src/templates/index.ts');
const { BELGIAN_WORDS } = await importTs('src/templates/belgian-words.ts');
const { draftFromTemplate } = await importTs('src/components/editor/draft.ts');
const NOW = Date.parse('2026-12-08T05:10:00Z');

const texts = (node, lang) => (Array.isArray(node) ? node.flatMap((n) => texts(n, lang)) : node && typeof node === 'object' ? Object.entries(node).flatMap(([k, v]) => (k === lang ? [v] : texts(v, lang))) : []);
const dutchOf = (name, lang, timeZone) => texts([incidentFromTemplate(name, { id: 'x', langs: [lang], now: NOW, timeZone }), contactReasonsFromTemplate(name, [lang], timeZone)], lang).join(' | ');

/** Per changed template: what a Belgian reader reads, and the Netherlands' word it replaces. */
const CHANGED = {
  power: [/Mijn factuur of meterstand/, /Mijn rekening of meterstand/],
  gas: [/Ga naar buiten en bel direct het noodnummer/, /storingsnummer/],
  sewage: [/een kapot pompstation.*Zet de stroom uit in de zekeringkast.*bewaar de kastickets en facturen van wat u vervangt/, /meterkast|gemaal|bonnen/],
  cyberattack: [/Geef niemand die belt, mailt of berichten stuurt namens ons/, /\bappt\b/],
  heating: [/niet in een verlengkabel/, /verlengsnoer/],
  telecom: [/Bel 112 in nood met een gsm.*Uw personenalarm werkt misschien niet als het via internet.*houd een opgeladen gsm bij de hand.*heeft een personenalarm.*Mijn personenalarm werkt niet.*Bellen met de gsm of mobiel internet werkt niet.*korting op mijn factuur/, /personenalarmering|mobiele telefoon|uw mobiel|op mijn rekening/],
  mobile: [/Lukt 112 niet met uw gsm\? Bel 112 met een vaste telefoon.*Uw gsm probeert.*Werkt uw personenalarm met een simkaart\? Dan werkt het nu.*Ons bellen met uw gsm.*Werkt uw gsm nog niet.*Uw gsm werkt niet/, /personenalarmering|\b[Uu]w mobiel\b|op mijn rekening/],
  'public-transport': [/Geld terug of compensatie voor vertraging/, /vertragingsvergoeding/],
  recall: [/ook zonder kasticket/, /kassabon/],
};

test('every Belgian word swap is found in the catalog (a catalog edit cannot leave one behind)', () => {
  const all = JSON.stringify([TEMPLATES, AFFECTS_EXAMPLES]);
  for (const [phrase] of BELGIAN_WORDS) assert.ok(all.includes(JSON.stringify(phrase).slice(1, -1)), phrase);
});

for (const [lang, zone] of [['nl-BE', 'Europe/Brussels'], ['nl-BE', undefined], ['nl', 'Europe/Brussels']]) {
  test(`a Belgian feed (${lang}, ${zone ?? 'no zone'}) reads Belgian words in each changed template`, () => {
    for (const [name, [belgian, netherlands]] of Object.entries(CHANGED)) {
      const dutch = dutchOf(name, lang, zone);
      assert.match(dutch, belgian, name);
      assert.doesNotMatch(dutch, netherlands, name);
    }
    // A phrase, not a word: "rekening" in "Houd rekening met extra reistijd" is Belgian too.
    assert.match(dutchOf('public-transport', lang, zone), /Houd rekening met extra reistijd/);
  });
}

for (const zone of ['Europe/Amsterdam', undefined]) {
  test(`a Dutch feed (nl, ${zone ?? 'no zone'}) keeps the Netherlands' words in the same templates`, () => {
    for (const [name, [belgian, netherlands]] of Object.entries(CHANGED)) {
      const dutch = dutchOf(name, 'nl', zone);
      assert.match(dutch, netherlands, name);
      assert.doesNotMatch(dutch, belgian, name);
    }
    assert.match(dutchOf('mobile', 'nl', zone), /Lukt 112 niet met uw mobiel\?/);
    assert.match(dutchOf('telecom', 'nl', zone), /U of iemand bij u thuis heeft personenalarmering/);
  });
}

test("the studio's New incident on a Brussels feed offers the same words as the CLI: actions and the reasons it lacks", () => {
  const feed = (zone) => ({ type: 'status', version: 1, feed_id: 'net', time_zone: zone, publisher: { name: 'Net', url: 'https://www.net.example' }, channels: [], incidents: [] });
  const be = draftFromTemplate('mobile', feed('Europe/Brussels'), ['nl-BE', 'en'], NOW);
  const first = be.suggestions[0];
  assert.equal(first.label['nl-BE'], 'Lukt 112 niet met uw gsm? Bel 112 met een vaste telefoon of de telefoon van iemand anders. Uw gsm probeert daarvoor al elk netwerk dat er is');
  assert.equal(be.suggestions[1].who['nl-BE'], 'U of iemand bij u thuis heeft een personenalarm');
  const cli = incidentFromTemplate('mobile', { id: 'x', langs: ['nl-BE', 'en'], now: NOW, timeZone: 'Europe/Brussels' });
  assert.deepEqual(be.suggestions.map((s) => s.label['nl-BE']), cli.actions.map((a) => a.label['nl-BE'].replace(/^\[\[TODO: [^\]]*\]\] /, '')));
  assert.ok(missingContactReasons('telecom', ['nl-BE'], [], 'Europe/Brussels').some((r) => r.label['nl-BE'] === 'Mijn personenalarm werkt niet'));
  const nl = draftFromTemplate('mobile', feed('Europe/Amsterdam'), ['nl', 'en'], NOW);
  assert.match(nl.suggestions[0].label.nl, /^Lukt 112 niet met uw mobiel\?/);
  assert.ok(missingContactReasons('telecom', ['nl'], [], 'Europe/Amsterdam').some((r) => r.label.nl === 'Mijn personenalarmering werkt niet'));
});

test('CLI: new incident --template telecom writes gsm and personenalarm on a Brussels nl-BE feed, mobiele telefoon on an Amsterdam one', () => {
  for (const [zone, lang, want, not] of [['Europe/Brussels', 'nl-BE', /houd een opgeladen gsm bij de hand.*Mijn personenalarm werkt niet/s, /personenalarmering|mobiele telefoon/], ['Europe/Amsterdam', 'nl', /houd een opgeladen mobiele telefoon bij de hand.*Mijn personenalarmering werkt niet/s, /\bgsm\b|personenalarm\b/]]) {
    const dir = mkdtempSync(join(tmpdir(), 'clearline-be-words-'));
    try {
      const feed = { type: 'status', version: 1, feed_id: 'net', time_zone: zone, publisher: { name: 'Net', url: 'https://www.net.example' }, incidents: [] };
      writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed, null, 2));
      const r = runAt(NOW, dir, 'new', 'incident', '--template', 'telecom', '--lang', `${lang},en`, '--id', 'net', '--feed', 'feed.json');
      assert.equal(r.status, 0, r.stderr);
      const written = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
      const dutch = texts([written.incidents, written.contact_reasons], lang).join(' | ');
      assert.match(dutch, want, zone);
      assert.doesNotMatch(dutch, not, zone);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});
