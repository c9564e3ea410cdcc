// clearline's promise to a frightened caller has four parts: what we know, what we don't know yet, when the next update
// comes, what you can do now. The phone message said three and dropped what we don't know yet, which the status page,
// the e-mail and the page without script all say ("Wat we nog niet weten"), so a caller waited on the line to ask how
// long it would take. Now it is said after what we know, before what to do, with the elements' heading; it gives way
// before the urgent actions and the next update, and the desk is told (`dropped`, the CLI's note). Never after the
// all-clear. Uses dist/.
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters, withCliDir, xmllint } from './export-kit.mjs';
import { broadbandFeed, NOW } from './broadband-kit.mjs';
import { importTs } from './ts-import.mjs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const x = await exporters();
const { droppedInWords } = await importTs('src/export/ivr-dropped.ts');

/** The Leeds fibre cut in Dutch and English, with two things we don't know yet. */
function leeds() {
  const f = broadbandFeed();
  const inc = f.incidents[0];
  inc.title = { en: 'Broadband down in Leeds', nl: 'Geen internet in Leeds' };
  inc.known = { en: 'Broadband is down in Leeds.', nl: 'Internet werkt niet in Leeds.' };
  inc.unknown = { en: '- How long the repair will take.\n- Whether Bradford is affected too.', nl: '- Hoe lang de reparatie duurt.\n- Of Bradford ook geraakt is.' };
  inc.actions[0].label = { en: 'Keep a charged mobile phone within reach if you have a personal alarm', nl: 'Houd een opgeladen mobiele telefoon bij de hand als u een alarmknop hebt' };
  delete inc.actions[0].who;
  f.publisher.name = { en: 'Northline Broadband', nl: 'Northline Broadband' };
  f.channels[0].label = { en: 'Emergency', nl: 'Noodgeval' };
  Object.assign(f.channels[1], { label: { en: 'Customer service', nl: 'Klantenservice' }, reason: { en: 'Many people in Leeds are calling', nl: 'Veel mensen in Leeds bellen' }, hours: { en: '24 hours a day', nl: '24 uur per dag' } });
  // 999 offered by an urgent reason: only then is it said on the queue (ivr-called-for.ts).
  f.contact_reasons = [{ id: 'danger', label: { en: 'Someone is in danger', nl: 'Iemand is in gevaar' }, urgent: true, channels: ['emergency'] }];
  return f;
}

test('IVR: what we don\'t know yet is said after what we know, before what to do and the next update (nl, en; text and SSML)', async () => {
  for (const [lang, said] of [
    ['nl', 'Internet werkt niet in Leeds. Noodgeval: hang op en bel 999. Wat we nog niet weten: hoe lang de reparatie duurt. Of Bradford ook geraakt is. Houd een opgeladen'],
    ['en', "Broadband is down in Leeds. Emergency: hang up and call 999. What we don't know yet: how long the repair will take. Whether Bradford is affected too. Keep a charged"],
  ]) {
    const r = x.exportIvr(leeds(), { lang, now: NOW });
    assert.ok(r.fits, `${r.seconds} s`);
    assert.ok(r.text.includes(said), r.text);
    assert.ok(r.text.indexOf(said) < r.text.search(/De volgende update|The next update/), 'before the next update');
    assert.ok(!r.dropped.some((d) => d.startsWith('unknown')), r.dropped.join());
    assert.match(r.ssml, lang === 'nl' ? /Wat we nog niet weten: hoe lang de reparatie duurt\.<break time="400ms"\/>Of Bradford ook geraakt is\.<break/ : /What we don't know yet: how long the repair will take\.<break time="400ms"\/>Whether Bradford is affected too\.<break/);
    assert.equal((await xmllint(r.ssml)).valid, true);
  }
});

test('IVR: a text that says it itself gets no heading; a name after the heading keeps its capital', () => {
  const f = leeds();
  f.incidents[0].unknown = { en: 'We do not know yet when the repair will be finished.', nl: 'We weten nog niet wanneer de reparatie klaar is.' };
  assert.match(x.exportIvr(f, { lang: 'en', now: NOW }).text, /Emergency: hang up and call 999\. We do not know yet when the repair will be finished\. Keep/);
  assert.match(x.exportIvr(f, { lang: 'nl', now: NOW }).text, /hang op en bel 999\. We weten nog niet wanneer de reparatie klaar is\. Houd/);
  f.incidents[0].unknown = { en: 'Bradford: whether it is affected too.', nl: 'Bradford: of het ook geraakt is.' };
  assert.match(x.exportIvr(f, { lang: 'en', now: NOW }).text, /What we don't know yet: Bradford: whether it is affected too\./);
});

test('IVR: too long, what we don\'t know yet gives way before the urgent action and the next update, its last sentences first, and is named', () => {
  const f = leeds();
  f.incidents[0].known.en = 'Broadband is down in Leeds. Mobile calls and data work normally. Since 01:40 a fibre cable between Leeds and Bradford is cut.';
  f.incidents[0].unknown.en = '- How long the repair will take, since the engineers first have to dig at the roadworks on the A64 before they can reach the cable.\n- Whether Bradford is affected too.';
  // Room for the first sentence with its heading, not for the second.
  const some = x.exportIvr(f, { lang: 'en', now: NOW });
  assert.ok(some.fits, `${some.seconds} s`);
  assert.ok(some.dropped.includes('unknown-2') && !some.dropped.includes('unknown'), some.dropped.join());
  assert.match(some.text, /What we don't know yet: how long the repair will take, since .* reach the cable\. Keep a charged/);
  assert.doesNotMatch(some.text, /Whether Bradford/);
  assert.deepEqual(droppedInWords(some.dropped.filter((d) => d.startsWith('unknown')), f, 'en', 'en'), ["sentence 2 of what we don't know yet"]);
  // Longer still: all of it goes, never a later sentence without the first, and the urgent action and the next update stay.
  f.incidents[0].actions[0].label.en = 'Keep a charged mobile phone within reach if you have a personal alarm: it may not work while your broadband is down. If you need help, call us from that mobile phone, or ask a neighbour to call for you.';
  const none = x.exportIvr(f, { lang: 'en', now: NOW });
  assert.ok(none.fits, `${none.seconds} s`);
  assert.ok(none.dropped.includes('unknown'), none.dropped.join());
  assert.doesNotMatch(none.text, /don't know yet|Whether Bradford/);
  // Every part of the urgent action stays, its later sentences too: what we don't know yet gives way to them.
  assert.match(none.text, /Keep a charged mobile phone within reach .* ask a neighbour to call for you\. .*The next update is at 03:00\./);
  assert.ok(!none.dropped.some((d) => d.startsWith('todo-')), none.dropped.join());
  assert.deepEqual(droppedInWords(none.dropped.filter((d) => d.startsWith('unknown')), f, 'en', 'en'), ["what we don't know yet"]);
  assert.deepEqual(droppedInWords(['hello', 'unknown-2', 'unknown'], f, 'en', 'nl'), ['de begroeting', 'wat we nog niet weten']);
  assert.deepEqual(droppedInWords(['unknown-3', 'unknown-2'], f, 'en', 'nl'), ['zinnen 2 en 3 van wat we nog niet weten']);
});

test('export --to ivr names it in its note to the desk', async () => {
  const f = leeds();
  for (const k of ['issued_at', 'expires_at', 'seq']) delete f[k];
  const inc = f.incidents[0];
  inc.known.nl = 'Internet werkt niet in Leeds. Mobiel bellen en internetten werkt gewoon. Sinds 01:40 is een glasvezelkabel tussen Leeds en Bradford kapot.';
  inc.unknown.nl = '- Hoe lang de reparatie duurt, want de monteurs moeten eerst graven bij de wegwerkzaamheden aan de A64 voordat ze bij de kabel kunnen.\n- Of Bradford ook geraakt is.';
  inc.actions[0].label.nl = 'Houd een opgeladen mobiele telefoon bij de hand als u een alarmknop hebt: die werkt misschien niet zolang uw internet uit ligt. Hebt u hulp nodig, bel ons dan met die mobiel of vraag een buurman om voor u te bellen.';
  await withCliDir('clearline-ivr-unknown-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(f));
    const r = run('export', 'feed.json', '--to', 'ivr', '--lang', 'nl');
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /nog niet weten/);
    assert.match(r.stderr, /wat we nog niet weten/, r.stderr);
  }, { now: NOW });
});

test('IVR: never after the all-clear, also when the feed still has text for it', () => {
  const f = leeds();
  Object.assign(f.incidents[0], { phase: 'resolved', resolved_at: new Date(NOW - 5 * 60_000).toISOString(), next_update_at: null, unknown: { en: 'Nothing more.', nl: 'Niets meer.' } });
  for (const lang of ['nl', 'en']) {
    const r = x.exportIvr(f, { lang, now: NOW });
    assert.doesNotMatch(r.text, /nog niet weten|don't know yet|Niets meer|Nothing more/, r.text);
    assert.ok(!r.dropped.some((d) => d.startsWith('unknown')), r.dropped.join());
  }
});
