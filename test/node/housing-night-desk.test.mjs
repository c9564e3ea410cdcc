// A housing association's night desk (a block's central heating and a lift down on a cold night): its feed has its repair
// line, 112, the national gas number and the lift company's line. Lint told it to link "kunt u niet komen, bel ons dan"
// to 112, and warned that "Ik ben kwetsbaar en het is koud in huis", naming 112 and the repair line, got every emergency line.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { lintDocument } = await importTs('src/lint/index.ts');
const { reasonChannels } = await importTs('src/feed/reasons.ts');

const NOW = Date.parse('2026-12-03T01:00:00Z');
const both = (nl, en) => ({ nl, en });
const feed = (actions, reasons = []) => ({
  type: 'status', version: 1, feed_id: 'woningen', time_zone: 'Europe/Amsterdam',
  publisher: { name: 'Woonstichting', url: 'https://www.woonstichting.example/' },
  channels: [
    { id: '112', kind: 'phone', label: both('112', '112'), href: 'tel:112', emergency: true },
    { id: 'gas', kind: 'phone', label: both('Gaslucht', 'Smell of gas'), href: 'tel:+318009009', emergency: true },
    { id: 'lift', kind: 'phone', label: both('Liftbedrijf', 'Lift company'), href: 'tel:+31887654321', emergency: true },
    { id: 'repair', kind: 'phone', label: both('Reparatieverzoeken', 'Repair requests'), href: 'tel:+31881234567' },
  ],
  contact_reasons: reasons,
  incidents: [{
    id: 'cv', title: both('Geen verwarming', 'No heating'), severity: 'major', phase: 'investigating',
    started_at: '2026-12-03T00:30:00Z', updated_at: '2026-12-03T00:50:00Z',
    known: both('De cv is uitgevallen.', 'The central heating failed.'), unknown: both('Hoe lang.', 'How long.'),
    next_update_at: '2026-12-03T01:30:00Z', actions,
  }],
});
const findings = (doc, rule) => lintDocument(doc, { now: NOW, lang: 'nl' }).filter((f) => f.rule === rule);
const command = (f) => /--link ("[^"]*"|[^\s,]+)/.exec(f.fix)?.[1];

test('urgent-call-without-number: "bel ons dan" is linked to the ordinary line, never to 112; "bel direct ons storingsnummer" to an own emergency line', () => {
  const heater = { label: both('Haal een kachel; kunt u niet komen, bel ons dan', 'Collect a heater; if you cannot come, call us'), urgent: true };
  const [warning] = findings(feed([heater]), 'urgent-call-without-number');
  assert.equal(command(warning), '"088 123 4567"');
  const fraud = { label: both('Bel direct ons storingsnummer', 'Call our emergency line at once'), urgent: true };
  assert.equal(command(findings(feed([fraud]), 'urgent-call-without-number')[0]), '"0800 9009"');
  // With 112 the only line, the example stays the neutral 0800-1234.
  const only112 = feed([heater]);
  only112.channels = only112.channels.slice(0, 1);
  assert.equal(command(findings(only112, 'urgent-call-without-number')[0]), '0800-1234');
});

test('reason-emergency-unnamed: an urgent reason that names 112 and the repair line is offered those, and lint agrees', () => {
  const cold = { id: 'cold', label: both('Ik ben kwetsbaar en het is koud in huis', 'I am vulnerable and my home is cold'), urgent: true, channels: ['112', 'repair'] };
  const doc = feed([], [cold]);
  assert.deepEqual(reasonChannels(doc, cold).map((c) => c.id), ['112', 'repair']);
  assert.deepEqual(findings(doc, 'reason-emergency-unnamed'), []);
  // Naming none still warns: readers would get the gas and lift lines too.
  const unnamed = { ...cold, channels: undefined };
  assert.equal(findings(feed([], [unnamed]), 'reason-emergency-unnamed').length, 1);
});

test('urgent-call-without-number: "Bel ons als u … uw woning niet uit kunt" calls the publisher; the condition\'s "uw", "niet" do not make it another\'s', () => {
  const warned = (nl, en) => findings(feed([{ label: both(nl, en), urgent: true }]), 'urgent-call-without-number');
  const [help] = warned('Bel ons als u zonder lift uw woning niet uit of in kunt', 'Call us if without the lift you cannot leave or reach your home');
  assert.equal(command(help), '"088 123 4567"');
  assert.deepEqual(warned('Bel uw huisarts als u ziek wordt', 'Call your GP if you become ill'), []);
  assert.deepEqual(warned('Bel het nummer uit het bericht niet', 'Do not call the number in the message'), []);
});

test('heating template: the carbon monoxide act-now names the gas cooker and oven, and warm clothes are advised', async () => {
  const { incidentFromTemplate } = await importTs('src/templates/index.ts');
  const inc = incidentFromTemplate('heating', { id: 'cv', langs: ['nl', 'en'], now: NOW, timeZone: 'Europe/Amsterdam' });
  const co = inc.actions.find((a) => /koolmonoxide/.test(a.label.nl));
  assert.equal(co.urgent, true);
  assert.match(co.label.nl, /gasfornuis, de oven/);
  assert.match(co.label.en, /a gas hob or oven/);
  assert.ok(inc.actions.some((a) => /warme kleren/.test(a.label.nl) && /warm clothes/.test(a.label.en) && !a.urgent));
  const us = incidentFromTemplate('heating', { id: 'cv', langs: ['en'], now: NOW, timeZone: 'America/Chicago' });
  assert.match(JSON.stringify(us.actions), /a gas stove or oven.*check on elderly neighbors/);
});

test('a Dutch feed\'s English names 112 where the Dutch does; Britain 999, Ireland keeps "the emergency number", the US 911', async () => {
  const { incidentFromTemplate, contactReasonsFromTemplate } = await importTs('src/templates/index.ts');
  const act = (zone, name = 'heating', i = 1) => incidentFromTemplate(name, { id: 'x', langs: ['nl', 'en'], now: NOW, timeZone: zone }).actions[i].label;
  const nl = act('Europe/Amsterdam');
  assert.match(nl.nl, /Bel 112 als iemand door de kou onwel/);
  assert.match(nl.en, /Call 112 if someone becomes unwell/);
  assert.match(act('Europe/Brussels', 'lift').en, /call 112 if someone becomes unwell/);
  assert.match(act('Australia/Sydney').en, /Call 000 if/);
  // Where no one number is known for the zone (Tokyo: 110 police, 119 fire and ambulance), it stays unnamed.
  for (const zone of ['Europe/Dublin', 'Asia/Tokyo', undefined]) assert.match(act(zone).en, /Call the emergency number if/, String(zone));
  // Britain: 999 (a telecom's outage SMS was cut to "call the emergency number from a...", trial G).
  assert.match(act('Europe/London').en, /Call 999 if/);
  assert.match(act('America/Chicago').en, /Call 911 if/);
  // The mobile template's life-in-danger reason, so named in English, is still one for lint (the emergency services first).
  const [reason] = contactReasonsFromTemplate('mobile', ['en'], 'Europe/Berlin');
  assert.equal(reason.label.en, 'I need to call 112');
  const { isLifeInDanger } = await importTs('src/lint/emergency-services.ts');
  assert.equal(isLifeInDanger(reason.label), true);
});

test('reason-emergency-unnamed: the command names the emergency line that fits the reason ("Iemand zit vast in de lift": the lift company), not the first one', () => {
  const gas = { id: 'gas', kind: 'phone', label: both('Gaslucht: Nationaal Storingsnummer', 'Smell of gas'), href: 'tel:+318009009', emergency: true, reason: both('Ruikt u gas? Ga naar buiten en bel', 'Smell gas? Go outside and call') };
  const lift = { id: 'lift', kind: 'phone', label: both('Liftbedrijf (storingsdienst)', 'Lift company'), href: 'tel:+31887654321', emergency: true, reason: both('Zit u vast in de lift? Druk eerst op de alarmknop', 'Stuck in the lift? Press the alarm button first') };
  const command = (label) => {
    const doc = feed([], [{ id: 'r', label, urgent: true }]);
    doc.channels = [doc.channels[0], gas, lift, doc.channels[3]];
    return /--channel (\S+)/.exec(findings(doc, 'reason-emergency-unnamed')[0].fix)?.[1];
  };
  assert.equal(command(both('Iemand zit vast in de lift', 'Someone is stuck in the lift')), '112,lift');
  assert.equal(command(both('Ik ruik gas', 'I smell gas')), '112,gas');
  assert.equal(command({ en: 'Someone is stuck in the lift' }), '112,lift');
  // Nothing in common: the first line, as before, to be replaced.
  assert.equal(command(both('Ik ben kwetsbaar en het is koud in huis', 'I am vulnerable and my home is cold')), '112,gas');
});
