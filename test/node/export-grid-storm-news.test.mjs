// Trial R: a grid operator's storm night. At 05:10 the update said Roosendaal had power again and added an urgent action
// for the Molenstraat (gas smell: leave the house, call 0800-9009). The English SMS went out as "Power cut in... Use the
// battery and call our medical equipment line: 088 123 4999. …" (to every reader, without "On home ventilation or oxygen
// without power?", and without a place); the Dutch one as the 02:10 SMS again; the customer-service line's message left
// out every sentence of what we know and the gas warning, for the emergency lines and the medical action heard since 02:10.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { exportSms } = await importTs('src/export/sms.ts');
const { exportIvr } = await importTs('src/export/ivr.ts');
const { titleCut } = await importTs('src/export/sms-title.ts');
const { newUrgentActions } = await importTs('src/export/known-news.ts');

/** 05:11 and 13:31 in Etten-Leur, Saturday 12 December: customer service is closed. */
const AT_0510 = Date.parse('2026-12-12T04:11:00Z');
const AT_1330 = Date.parse('2026-12-12T12:31:00Z');
const LINK = 'https://www.netbeheerzuidwest.example/storingen';

const MEDICAL = {
  label: {
    nl: 'Thuisbeademing of zuurstof zonder stroom? Gebruik de accu en bel onze lijn medische apparatuur: 088 123 4999. Bij levensgevaar: 112.',
    en: 'On home ventilation or oxygen without power? Use the battery and call our medical equipment line: 088 123 4999. If a life is in danger: 112.',
  },
  href: 'tel:+31881234999', who: { nl: 'U gebruikt thuis medische apparatuur', en: 'You use medical equipment at home' }, urgent: true,
};
const GAS = {
  label: {
    nl: 'Woont u in de Molenstraat in Etten-Leur en ruikt u gas? Ga direct naar buiten, laat de deur open, gebruik geen schakelaars en bel buiten 0800-9009.',
    en: 'Do you live in Molenstraat in Etten-Leur and smell gas? Leave the house at once, leave the door open, do not use switches and call 0800-9009 once outside.',
  },
  href: 'tel:+318009009', who: { nl: 'U woont in de Molenstraat in Etten-Leur', en: 'You live in Molenstraat in Etten-Leur' }, urgent: true,
};
const AT_0210 = {
  at: '2026-12-12T01:11:24Z',
  known: {
    nl: 'De storm heeft vannacht hoogspanningslijnen laten omvallen. Sinds 01:40 hebben ongeveer 38.000 huishoudens in Roosendaal, Etten-Leur en Zundert geen stroom. Onze monteurs zijn onderweg.',
    en: 'The storm brought down high-voltage lines tonight. Since 01:40 about 38,000 households in Roosendaal, Etten-Leur and Zundert have no power. Our engineers are on their way.',
  },
  unknown: { nl: 'We weten nog niet hoe lang het herstel duurt.', en: 'We do not know yet how long the repair will take.' },
};

/** The feed after the 05:10 update (as the trial's, smaller). */
function at0510() {
  return {
    type: 'status', version: 1, feed_id: 'netbeheer-zuidwest', time_zone: 'Europe/Amsterdam',
    publisher: { name: 'Netbeheer Zuidwest', url: 'https://www.netbeheerzuidwest.example' }, status_url: LINK,
    channels: [
      { id: '112', kind: 'phone', label: { nl: 'Levensgevaar? Bel 112', en: 'Life in danger? Call 112' }, href: 'tel:112', emergency: true, reason: { nl: 'Bij brand, een ongeluk of levensgevaar', en: "Fire, an accident or someone's life in danger" } },
      { id: 'gas', kind: 'phone', label: { nl: 'Ruikt u gas? Bel direct', en: 'Smell gas? Call now' }, href: 'tel:+318009009', opening_hours: '24/7', emergency: true, reason: { nl: 'Bij gaslucht, of een kabel of leiding die op straat ligt', en: 'If you smell gas, or see a cable or pipe down in the street' } },
      { id: 'klantenservice', kind: 'phone', label: { nl: 'Klantenservice', en: 'Customer service' }, href: 'tel:+31881234000', opening_hours: 'Mo-Fr 08:00-18:00' },
      { id: 'medisch', kind: 'phone', label: { nl: 'Lijn medische apparatuur thuis', en: 'Medical equipment at home line' }, href: 'tel:+31881234999', opening_hours: '24/7' },
    ],
    incidents: [{
      id: 'power', severity: 'major', phase: 'identified',
      title: { nl: 'Stroomstoring Roosendaal, Etten-Leur en Zundert door storm', en: 'Power cut in Roosendaal, Etten-Leur and Zundert after storm' },
      started_at: '2026-12-12T00:40:00Z', updated_at: '2026-12-12T04:11:44Z', next_update_at: '2026-12-12T06:10:49Z',
      known: {
        nl: 'In Roosendaal heeft iedereen sinds 05:00 weer stroom. In Etten-Leur en Zundert hebben nog ongeveer 21.000 huishoudens geen stroom. Onze monteurs repareren de hoogspanningslijnen die door de storm zijn omgevallen.\n\nIn de Molenstraat in Etten-Leur is een gasleiding beschadigd: daar ruikt het naar gas.',
        en: 'Everyone in Roosendaal has had power again since 05:00. In Etten-Leur and Zundert about 21,000 households still have no power. Our engineers are repairing the high-voltage lines the storm brought down.\n\nA gas pipe is damaged in Molenstraat in Etten-Leur: there is a smell of gas there.',
      },
      unknown: { nl: 'We verwachten dat Etten-Leur en Zundert tussen 10:00 en 14:00 weer stroom hebben.', en: 'We expect Etten-Leur and Zundert to have power again between 10:00 and 14:00.' },
      actions: [structuredClone(MEDICAL), structuredClone(GAS)],
      updates: [AT_0210],
    }],
  };
}

/** The same incident at 02:10: its first update (no history). */
function at0210() {
  const f = at0510();
  Object.assign(f.incidents[0], { known: AT_0210.known, unknown: AT_0210.unknown, updated_at: AT_0210.at, actions: [structuredClone(MEDICAL)] });
  delete f.incidents[0].updates;
  return f;
}

/** The feed after the 13:30 update: a new title, the gas leak repaired, compensation. */
function at1330() {
  const f = at0510();
  const inc = f.incidents[0];
  inc.updates = [{ at: inc.updated_at, title: inc.title, known: inc.known, unknown: inc.unknown }, AT_0210];
  Object.assign(inc, {
    phase: 'monitoring', updated_at: '2026-12-12T12:30:00Z', next_update_at: '2026-12-12T16:30:00Z',
    title: { nl: 'Stroomstoring Etten-Leur: nog 400 huishoudens zonder stroom', en: 'Power cut Etten-Leur: 400 households still without power' },
    known: {
      nl: 'Sinds 13:00 heeft bijna iedereen weer stroom. Alleen in de wijk Hoge Berg in Etten-Leur zitten nog ongeveer 400 huishoudens zonder stroom. Daar moet een kabel worden vervangen. Het gaslek in de Molenstraat is om 08:00 gerepareerd; bewoners kunnen weer naar binnen.',
      en: 'Since 13:00 almost everyone has power again. Only in the Hoge Berg area of Etten-Leur about 400 households are still without power: a cable must be replaced there. The gas leak in Molenstraat was repaired at 08:00; residents can go back inside.',
    },
    actions: [structuredClone(MEDICAL)],
  });
  return f;
}

test('the SMS never says an action without whom it is for: not "Use the battery and call our medical equipment line" to everyone', () => {
  for (const parts of [1, 2]) {
    for (const lang of ['nl', 'en']) {
      const sms = exportSms(at0510(), { lang, now: AT_0510, parts });
      assert.ok(sms.fits, sms.text);
      assert.ok(!sms.shortened.includes('who'), `${lang} ${parts}: ${sms.shortened}`);
      for (const a of [MEDICAL, GAS]) {
        const [question, answer] = a.label[lang].split('? ');
        // The answer's first words only with the question before them.
        const start = answer.split(' ').slice(0, 4).join(' ');
        assert.ok(!sms.text.includes(start) || sms.text.includes(`${question}? ${start}`), `${lang} ${parts}: ${sms.text}`);
      }
    }
  }
});

test('a title is never cut after a word that only links: not "Power cut in..."', () => {
  const sms = exportSms(at0510(), { lang: 'en', now: AT_0510 });
  assert.doesNotMatch(sms.text, /^(Cause identified: )?Power cut in\.\.\./, sms.text);
  const title = 'Power cut in Roosendaal, Etten-Leur and Zundert after storm';
  // Room for three words and a few letters: "Power cut in…" fits, but says nothing of where.
  assert.notEqual(titleCut(title, 'en', 3, (t) => t.length <= 20), 'Power cut in…');
  // Nor to its first places: "Power cut in Roosendaal…" told Etten-Leur and Zundert they had power (trial Y: title-keep.ts).
  assert.equal(titleCut(title, 'en', 3, (t) => t.length <= 26), null);
  assert.equal(titleCut(title, 'en', 3, (t) => t.length <= 48), 'Power cut in Roosendaal, Etten-Leur and Zundert…');
  // A title that names its place keeps it, or is not cut (sms-place.ts); only for an urgent action that cannot be cut at a
  // clause (`anyWord`) may the place still go: "Stroomstoring door storm…", never "… storm in…".
  assert.equal(titleCut('Stroomstoring door storm in Deventer', 'nl', 3, (t) => t.length <= 30), null);
  assert.equal(titleCut('Stroomstoring door storm in Deventer', 'nl', 3, (t) => t.length <= 30, true), 'Stroomstoring door storm…');
});

test('05:10: the SMS says what is new since 02:10 (Roosendaal has power again), not the 02:10 SMS again', () => {
  const news = { nl: 'In Roosendaal heeft iedereen sinds 05:00 weer stroom.', en: 'Everyone in Roosendaal has had power again since 05:00.' };
  for (const lang of ['nl', 'en']) {
    const sms = exportSms(at0510(), { lang, now: AT_0510 });
    assert.ok(sms.text.includes(news[lang]), `${lang}: ${sms.text}`);
    assert.ok(sms.text.endsWith(LINK), sms.text);
    assert.notEqual(sms.text, exportSms(at0210(), { lang, now: AT_0510 }).text);
    // Neither urgent action fits one SMS with whom it is for: the desk is told, and that two parts carry the new one.
    assert.ok(sms.shortened.includes('action') && sms.twoParts === true, `${lang}: ${sms.shortened}`);
  }
});

test('05:10 in two parts: the gas action added in this update goes before the medical action the reader got at 02:10', () => {
  for (const lang of ['nl', 'en']) {
    const sms = exportSms(at0510(), { lang, now: AT_0510, parts: 2 });
    assert.ok(sms.text.includes(GAS.label[lang]), `${lang}: ${sms.text}`);
    assert.ok(!sms.text.includes(MEDICAL.label[lang].split('? ')[1]), `${lang}: ${sms.text}`);
  }
});

test('an urgent action is new when the news names what it names (the history keeps no actions): the Molenstraat, not the medical line', () => {
  const f = at0510();
  const inc = f.incidents[0];
  const sentences = inc.known.nl.split(/(?<=\.)\s+/);
  assert.deepEqual(newUrgentActions(inc, 'nl', sentences, inc.actions.map((a) => ({ label: a.label.nl, who: a.who.nl, urgent: a.urgent }))), [false, true]);
  // A first update: nothing was heard before.
  delete inc.updates;
  assert.deepEqual(newUrgentActions(inc, 'nl', sentences, inc.actions.map((a) => ({ label: a.label.nl, urgent: true }))), [false, false]);
});

test('05:10, the customer-service line: callers hear what is new and the new gas warning; every emergency line stays', () => {
  const want = {
    nl: ['In Roosendaal heeft iedereen sinds 05:00 weer stroom.', 'Woont u in de Molenstraat in Etten-Leur en ruikt u gas?', 'bel 112', 'Ruikt u gas? Bel direct: 0800 9009.'],
    en: ['Everyone in Roosendaal has had power again since 05:00.', 'Do you live in Molenstraat in Etten-Leur and smell gas?', 'call 112', 'Smell gas? Call now: 0800 9009.'],
  };
  for (const lang of ['nl', 'en']) {
    const ivr = exportIvr(at0510(), { lang, now: AT_0510, channel: 'klantenservice' });
    assert.ok(ivr.fits, `${ivr.seconds}`);
    for (const s of want[lang]) assert.ok(ivr.text.includes(s), `${lang}: ${s}\n${ivr.text}`);
    assert.ok(!ivr.dropped.includes('summary') && !ivr.dropped.includes('todo-power-2'), ivr.dropped.join());
    // The medical action callers heard at 02:10 gave way (an emergency line's reason first).
    assert.ok(ivr.dropped.includes('todo-power'), ivr.dropped.join());
  }
});

test('13:30, the customer-service line: the first sentence of what we know is heard; the emergency lines stay', () => {
  const want = { nl: ['Sinds 13:00 heeft bijna iedereen weer stroom.', 'bel 112', '0800 9009'], en: ['Since 13:00 almost everyone has power again.', 'call 112', '800 9009'] };
  for (const lang of ['nl', 'en']) {
    const ivr = exportIvr(at1330(), { lang, now: AT_1330, channel: 'klantenservice' });
    assert.ok(ivr.fits, `${ivr.seconds}`);
    for (const s of want[lang]) assert.ok(ivr.text.includes(s), `${lang}: ${s}\n${ivr.text}`);
    assert.ok(!ivr.dropped.includes('summary'), ivr.dropped.join());
  }
});
