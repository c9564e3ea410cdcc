// A housing association (walk-through 2026-12-03): its district heating failed for 3,000 homes at -8 °C;
// warm rooms in two community centres, electric heaters handed out, 112 for danger, its own repair line
// overloaded. The desk typed `--template warmtenet` and was told there is no such template; the template's
// act-now led with a question ("Wordt het te koud …? Bel direct de spoedlijn") and had no warm room. The desk
// wrote its warm room the same way, "Is het thuis te koud? Kom naar een warme ruimte: …": the SMS went out as
// "… Oosterpark. Is het thuis te koud? https://…", the warm room cut off; the phone message and the CAP alert
// asked twice ("Het is bij u thuis te koud? Is het thuis te koud? Kom naar …").
// Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { exporters, ROOT } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const x = await exporters();
const NOW = Date.parse('2026-12-02T23:30:00Z');

const WARM = {
  nl: 'Is het thuis te koud? Kom naar een warme ruimte: buurthuis De Schakel, Lindelaan 4, of buurthuis Het Anker, Havenstraat 12. Dag en nacht open.',
  en: 'Too cold at home? Come to a warm room: community centre De Schakel, Lindelaan 4, or Het Anker, Havenstraat 12. Open day and night.',
};

function association(warm = WARM) {
  return {
    type: 'status', version: 1, feed_id: 'wonen-noord-status', time_zone: 'Europe/Amsterdam',
    publisher: { name: 'Woonstichting Noord', url: 'https://www.woonstichting-noord.nl' },
    status_url: 'https://www.woonstichting-noord.nl/storing',
    channels: [
      { id: 'phone', kind: 'phone', label: { nl: 'Alarmnummer 112', en: 'Emergency number 112' }, href: 'tel:112', emergency: true },
      { id: 'phone-2', kind: 'phone', label: { nl: 'Reparatielijn', en: 'Repair line' }, href: 'tel:+31881234567', wait_minutes: 45 },
    ],
    incidents: [{
      id: 'warmte', severity: 'major', phase: 'investigating',
      started_at: '2026-12-02T21:30:00Z', updated_at: '2026-12-02T23:00:00Z', next_update_at: '2026-12-03T00:30:00Z',
      title: { nl: 'Geen verwarming en warm water in Zuidwijk en Oosterpark', en: 'No heating or hot water in Zuidwijk and Oosterpark' },
      known: { nl: 'Sinds 22.30 uur hebben 3.000 woningen geen verwarming en geen warm water.', en: 'Since 22:30, 3,000 homes have no heating and no hot water.' },
      unknown: { nl: 'Wanneer de verwarming weer werkt.', en: 'When the heating works again.' },
      actions: [
        { label: warm, who: { nl: 'Het is bij u thuis te koud', en: 'Your home is too cold' }, urgent: true },
        { label: { nl: 'Haal een elektrische kachel in een van de buurthuizen.', en: 'Collect an electric heater at one of the community centres.' }, who: { nl: 'U woont in Zuidwijk of Oosterpark', en: 'You live in Zuidwijk or Oosterpark' }, urgent: true },
      ],
    }],
  };
}

test('SMS: an action that starts with a question keeps words of its answer, not the bare question', () => {
  const want = {
    nl: /^Geen verwarming en warm water in Zuidwijk en Oosterpark\. Is het thuis te koud\? Kom naar een warme ruimte[^?]*\.\.\. https:\/\/www\.woonstichting-noord\.nl\/storing$/,
    en: /^No heating or hot water in Zuidwijk and Oosterpark\. Too cold at home\? Come to a warm room[^?]*\.\.\. https:\/\/www\.woonstichting-noord\.nl\/storing$/,
  };
  for (const lang of ['nl', 'en']) {
    const sms = x.exportSms(association(), { lang, now: NOW });
    assert.match(sms.text, want[lang], `${lang}: ${sms.text}`);
    assert.ok(sms.fits, sms.text);
    assert.ok(sms.shortened.includes('action-shortened'), sms.shortened.join());
  }
});

// Trial Q (a hospital) changed this test: "Te koud?" alone was kept ("it still leads to the link"), but a question alone
// tells nobody what to do; the hospital's "Do you need urgent care now?" went out without the number. Now it is left out
// whole, and the SMS says so ("de eerste actie weggelaten").
// Trial S changed it again: words of the title now give way for the action whole (never below three words), so the
// question comes with its answer; only when that cannot be either is the action left out.
test('SMS: when not one word of the answer fits, the title gives way for the action whole, else for its first clauses', () => {
  const f = association();
  f.incidents[0].title = { nl: 'Geen verwarming en geen warm water in Zuidwijk, Oosterpark, De Hoven, Lindenhof en de Vogelbuurt-Oost', en: 'x' };
  f.incidents[0].actions[0].label = { nl: 'Te koud? Warmteplek: buurthuis De Schakel, Lindelaan 4.', en: 'x' };
  const sms = x.exportSms(f, { lang: 'nl', now: NOW });
  // The list of places whole or none of it: "in Zuidwijk, Oosterpark..." told De Hoven, Lindenhof and the Vogelbuurt-Oost
  // they had heating (trial Y, title-keep.ts).
  assert.equal(sms.text, 'Geen verwarming en geen warm water... Te koud? Warmteplek: buurthuis De Schakel, Lindelaan 4. https://www.woonstichting-noord.nl/storing');
  assert.ok(sms.shortened.includes('title-shortened') && !sms.shortened.includes('action'), sms.shortened.join());
  f.incidents[0].actions[0].label.nl = 'Te koud? Warmteplek: buurthuis De Schakel aan de Lindelaan 4 in Zuidwijk, dag en nacht open voor iedereen uit de wijk die het koud heeft.';
  // Too long whole: cut where its clause ends, with its question, the title giving way too; never inside the clause.
  const out = x.exportSms(f, { lang: 'nl', now: NOW });
  assert.match(out.text, /\.\.\. Te koud\? Warmteplek: buurthuis De Schakel aan de Lindelaan 4 in Zuidwijk\.\.\. https:/, out.text);
  assert.ok(out.shortened.includes('action-shortened'), out.shortened.join());
});

test('the phone message and the CAP alert do not ask twice when the action asks its own question', () => {
  for (const lang of ['nl', 'en']) {
    const ivr = x.exportIvr(association(), { lang, now: NOW });
    assert.ok(ivr.text.includes(WARM[lang]), `${lang}: ${ivr.text}`);
    assert.doesNotMatch(ivr.text, /Het is bij u thuis te koud\?|Your home is too cold\?/, ivr.text);
    const cap = x.exportCap(association(), { lang, now: NOW }).alerts.at(-1).text;
    assert.ok(cap.includes(`<instruction>${WARM[lang]}\n`), `${lang}: ${cap}`);
  }
  // An action without a question of its own still gets its who as one.
  const f = association({ nl: 'Kom naar de warme ruimte in buurthuis De Schakel, Lindelaan 4.', en: 'Come to the warm room at De Schakel, Lindelaan 4.' });
  assert.ok(x.exportIvr(f, { lang: 'nl', now: NOW }).text.includes('Het is bij u thuis te koud? Kom naar de warme ruimte in buurthuis De Schakel, Lindelaan 4.'));
  assert.ok(x.exportCap(f, { lang: 'en', now: NOW }).alerts.at(-1).text.includes('<instruction>Your home is too cold? Come to the warm room at De Schakel, Lindelaan 4.\n'));
});

test('the heating template: found as "warmtenet", a warm room first, every action starting with what to do', async () => {
  const { templateNamed, incidentFromTemplate } = await importTs('src/templates/index.ts');
  for (const name of ['warmtenet', 'heat-network', 'blokverwarming', 'hot-water']) assert.equal(templateNamed(name), 'heating', name);
  assert.equal(templateNamed('heat'), undefined, 'a heatwave is not a heating outage');
  const incident = incidentFromTemplate('heating', { id: 'x', langs: ['nl', 'en'], now: NOW });
  const [first, second] = incident.actions;
  assert.match(first.label.nl, /warme ruimte in \[\[TODO: gebouw en adres\]\]/);
  assert.match(first.label.en, /warm room at \[\[TODO: building and address\]\]/);
  assert.equal(first.urgent, true);
  assert.match(second.label.nl, /^\[\[TODO: [^\]]*\]\] Bel 112 als/, 'the 112 sentence, which an SMS keeps after the first action');
  for (const a of incident.actions) {
    for (const lang of ['nl', 'en']) {
      const label = a.label[lang].replace(/^\[\[TODO: [^\]]*\]\] /, '');
      assert.doesNotMatch(label, /^[^.!?]*\?/, `${lang}: starts with a question: ${label}`);
    }
  }
  assert.match(incident.known.nl, /warmtebedrijf/, 'a housing association says who fixes it');
});

test('new incident: a template name that is none of them is answered with each template in the desk\'s words', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-heat-'));
  try {
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'new', 'incident', '--template', 'woningcorporatie', '--id', 'x', '--feed-id', 'wonen-noord-status'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /er is geen sjabloon "woningcorporatie"; geef --template met een van: power \(stroomstoring\), gas \(gasstoring\), water \(waterstoring\), water-quality \(kookadvies of niet drinken\), sewage \(rioolwateroverlast\), heating \(verwarming of warm water\), .* generic \(andere verstoring\)\n$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('lint: an urgent action that calls the ordinary repair line is said with the number as dialled and the line\'s name, and may stay', async () => {
  const { lintDocument } = await importTs('src/lint/index.ts');
  const f = association();
  f.contact_reasons = [{ id: 'heater', label: { nl: 'Een kachel laten brengen', en: 'Getting a heater brought' } }];
  f.incidents[0].actions[1].label = { nl: 'Haal een elektrische kachel in een van de buurthuizen; kunt u niet komen, bel ons dan.', en: 'Collect an electric heater at one of the community centres; if you cannot come, call us.' };
  f.incidents[0].actions[1].href = 'tel:+31881234567';
  const [nl] = lintDocument(f, { now: NOW, lang: 'nl' }).filter((l) => l.rule === 'emergency-channel-missing');
  // Trial T: the safe choice (it may stay) is said first, so the ordinary line is not marked as an emergency line by mistake.
  assert.equal(nl.message, 'een actie om nu te doen belt 088 123 4567 (Reparatielijn), een gewone lijn (geen noodnummer)');
  assert.match(nl.fix, /^U hoeft niets te doen als de actie dringend is maar er geen gevaar is .*: laat de lijn zoals hij is\. Markeer alleen een lijn die mensen in gevaar bellen als noodnummer/);
  const [en] = lintDocument(f, { now: NOW, lang: 'en' }).filter((l) => l.rule === 'emergency-channel-missing');
  assert.equal(en.message, 'an urgent action calls 088 123 4567 (Repair line), an ordinary line (no "emergency": true)');
  // A number that is no channel at all: add it as the emergency line, as before.
  f.incidents[0].actions[1].href = 'tel:+31887654321';
  const [other] = lintDocument(f, { now: NOW, lang: 'nl' }).filter((l) => l.rule === 'emergency-channel-missing');
  assert.equal(other.message, 'een actie om nu te doen belt 088 765 4321, maar dat nummer staat niet als noodnummer bij de contactkanalen');
  assert.match(other.fix, /^Zet het nummer bij de contactkanalen en markeer het als noodnummer/);
  assert.doesNotMatch(other.fix, /zo blijven/);
});
