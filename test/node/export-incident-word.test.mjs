// A municipality's storm night (test/fixtures/export/zwaluwen.json: a boil-water advice, flooded streets, no waste
// collection) with a bus strike announced for Thursday. None of them is an outage, yet the Dutch phone message said
// "Er zijn 3 actuele storingen", the e-mail's subject "… en nog 2 storingen", every card "Ernstige storing" /
// "Grote storing" / "Kleine storing", and the desk's notes "storing “…” speelt ook". Now residents read "melding" and
// "hinder" ("Er zijn 3 actuele meldingen", "Ernstige hinder", "… verder 1 aankondiging"), and the desk reads
// "incident", as the CLI says. Compounds such as "Stroomstoring" are other words and may stay.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { exporters, FIXTURES } from './export-kit.mjs';

const x = await exporters();
/** 02:30 in Zwaluwen: every promised update is still ahead. */
const NOW = Date.parse('2026-11-24T01:30:00Z');
/** "storing" or "storingen" as a word of its own. */
const STORING = /(?<!\p{L})storing(?:en)?(?!\p{L})/iu;

function stormNight() {
  const f = JSON.parse(readFileSync(join(FIXTURES, 'zwaluwen.json'), 'utf8'));
  f.incidents.push({
    id: 'staking-bus', title: { nl: 'Staking: donderdag rijden er geen bussen', en: 'Strike: no buses on Thursday' },
    severity: 'major', phase: 'identified', started_at: '2026-11-23T20:00:00Z', starts_at: '2026-11-26T05:00:00Z', updated_at: '2026-11-23T20:00:00Z',
    known: { nl: 'De buschauffeurs staken donderdag de hele dag.', en: 'Bus drivers strike all day on Thursday.' },
    unknown: { nl: 'Of er vrijdag weer bussen rijden.', en: 'Whether buses run again on Friday.' }, next_update_at: '2026-11-24T18:00:00Z',
  });
  return f;
}

test('Dutch exports of a boil-water advice, floods, no waste collection and a strike say no "storing"', () => {
  const f = stormNight();
  const ivr = x.exportIvr(f, { lang: 'nl', now: NOW });
  assert.match(ivr.text, /^Er zijn 3 actuele meldingen\./, ivr.text);
  const mail = x.exportEmail(f, { lang: 'nl', now: NOW });
  assert.match(mail.subject, /^Kookadvies voor kraanwater in De Hoven \(Oorzaak gevonden\), verder nog 2 meldingen en 1 aankondiging$/, mail.subject);
  assert.match(mail.text, /\nErnstige hinder · Oorzaak gevonden\n/, mail.text);
  const texts = {
    ivr: ivr.text, ssml: ivr.ssml, subject: mail.subject, mail: mail.text, html: mail.html,
    page: x.exportHtml(f, { lang: 'nl', now: NOW }).text, atom: x.exportAtom(f, { lang: 'nl', now: NOW }).text,
    social: x.exportSocial(f, { lang: 'nl', now: NOW }).posts.map((p) => p.text).join('\n'),
    ...Object.fromEntries(f.incidents.map((i) => [`sms ${i.id}`, x.exportSms(f, { lang: 'nl', now: NOW, incident: i.id }).text])),
  };
  for (const [format, text] of Object.entries(texts)) {
    assert.equal(typeof text, 'string', format);
    assert.doesNotMatch(text, STORING, `${format}: ${text}`);
  }
});
