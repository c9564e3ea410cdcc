// Trial H, a grid operator's storm night: a power cut and, later, a gas leak, both open. The gas incident came from the
// gas template, whose "Ruikt u gas? Ga naar buiten en bel direct het storingsnummer" has no number to dial until the desk
// links it, so no act-now action dialled the gas line and "Ik ruik gas" listed every act-now action of both, the power
// cut's "Bel de leverancier van het apparaat; bel 112 als er levensgevaar is" among them. A reason that names its emergency
// line is now about the incidents that share a word with its name (feed/reasons.ts); within an urgent reason's list, the
// action that says what the reason says comes first.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { reasonActions } = await importTs('src/feed/reasons.ts');
const { sharesWord, wordsOf } = await importTs('src/feed/words.ts');

const at = (h) => `2026-12-13T${h}:00Z`;
const base = { severity: 'major', phase: 'identified', started_at: at('01:40'), known: 'k', unknown: 'u', next_update_at: at('04:00') };
const power = {
  ...base, id: 'power', title: 'Stroomstoring door storm in Deventer en Zutphen', updated_at: at('03:10'),
  actions: [
    { label: 'Zet apparaten uit die vanzelf weer aangaan, zoals een kookplaat', who: 'U woont of werkt in het getroffen gebied', urgent: true },
    { label: 'Bel de leverancier van het apparaat; bel 112 als er levensgevaar is', who: 'U gebruikt thuis medische apparatuur, zoals thuisbeademing', urgent: true },
  ],
};
const gas = {
  ...base, id: 'gas', severity: 'critical', title: 'Gaslek in Zutphen: Berkenlaan ontruimd', updated_at: at('03:00'),
  actions: [
    { label: 'Ruikt u gas? Ga naar buiten en bel direct het storingsnummer', who: 'U ruikt gas', urgent: true },
    { label: 'Volg de aanwijzingen van de brandweer op', who: 'U woont aan de Berkenlaan', urgent: true },
  ],
};
const feed = (incidents) => ({
  type: 'status', version: 1, feed_id: 'oostland', time_zone: 'Europe/Amsterdam', publisher: { name: 'Netbeheer Oostland', url: 'https://example.com' },
  channels: [
    { id: 'gaslucht', kind: 'phone', label: 'Ruikt u gas? Bel direct 0800-9009, kies 1', href: 'tel:+318009009', emergency: true },
    { id: 'stroom', kind: 'phone', label: 'Storingsnummer stroom', href: 'tel:+318009010' },
  ],
  contact_reasons: [
    { id: 'smell-gas', label: 'Ik ruik gas', urgent: true, channels: ['gaslucht'] },
    { id: 'medical', label: 'Ik heb medische apparatuur thuis (thuisbeademing)', urgent: true, channels: ['stroom'] },
    { id: 'cable', label: 'Er hangt een kabel los', urgent: true },
  ],
  incidents,
});
const whos = (p, id) => reasonActions(p, p.contact_reasons.find((r) => r.id === id)).map((a) => a.who);

test('"Ik ruik gas" lists the gas leak\'s actions only, though none dials the gas line', () => {
  const p = feed([power, gas]);
  assert.deepEqual(whos(p, 'smell-gas'), ['U ruikt gas', 'U woont aan de Berkenlaan']);
  // The medical equipment reason names the power line, no emergency line: every act-now action, its own first.
  assert.deepEqual(whos(p, 'medical'), ['U gebruikt thuis medische apparatuur, zoals thuisbeademing', 'U ruikt gas', 'U woont aan de Berkenlaan', 'U woont of werkt in het getroffen gebied']);
  // A reason that names no line and shares no word: every act-now action, in the order of the open incidents (the gas leak is critical).
  assert.deepEqual(whos(p, 'cable'), ['U ruikt gas', 'U woont aan de Berkenlaan', 'U woont of werkt in het getroffen gebied', 'U gebruikt thuis medische apparatuur, zoals thuisbeademing']);
  // No incident says gas: nothing is left out on a guess.
  const quiet = structuredClone(gas);
  quiet.title = 'Lek in Zutphen: Berkenlaan ontruimd';
  quiet.actions = [{ label: 'Volg de aanwijzingen van de brandweer op', who: 'U woont aan de Berkenlaan', urgent: true }];
  assert.deepEqual(whos(feed([power, quiet]), 'smell-gas'), ['U woont aan de Berkenlaan', 'U woont of werkt in het getroffen gebied', 'U gebruikt thuis medische apparatuur, zoals thuisbeademing']);
});

test('once the gas action dials the gas line, "Ik ruik gas" lists only the gas leak\'s actions (unchanged)', () => {
  const linked = structuredClone(gas);
  linked.actions[0].href = 'tel:+318009009';
  assert.deepEqual(whos(feed([power, linked]), 'smell-gas'), ['U ruikt gas', 'U woont aan de Berkenlaan']);
});

test('wordsOf and sharesWord: three letters or more, the commonest left out, a word that begins a compound', () => {
  assert.deepEqual(wordsOf('Ik ruik gas'), ['ruik', 'gas']);
  assert.deepEqual(wordsOf({ nl: 'Het gas is op', en: 'The gas is off' }), ['gas', 'gas', 'off']);
  assert.ok(sharesWord(['gas'], 'Gaslek in Zutphen'));
  assert.ok(sharesWord(['ruik'], { nl: 'Ruikt u gas?' }));
  assert.ok(!sharesWord(['gas'], 'Stroomstoring in Deventer', undefined));
  assert.ok(!sharesWord(['ruik'], 'U gebruikt thuis medische apparatuur'), 'a word inside another is no match');
});
