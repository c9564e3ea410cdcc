// Trial P: a Dutch health insurer during a ransomware attack. Members wait 45 minutes on "Klantenservice"; the
// "Lijn voor zorgverleners" (5 minutes) must stay free for pharmacies and hospitals. A member who chose "Mijn declaratie"
// (no lines ticked) was offered it, the status page listed it first at 07:50 (member line closed until 08:00), and the
// e-mail listed it too: members called the pharmacists' line. A channel's `restricted` ("only for the people its purpose
// names") puts it after every line for everyone, says "Alleen voor …", and keeps it out of what is offered instead.
// The feed layer and exports straight from src (importTs); a fixed clock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { withClosedLines, groupChannels, contactStatus, isRestricted } = await importTs('src/feed/channels.ts');
const { reasonChannels } = await importTs('src/feed/reasons.ts');
const { channelPurpose } = await importTs('src/i18n/purpose.ts');
const { channelPurpose: exportPurpose } = await importTs('src/export/purpose.ts');
const { exportEmail } = await importTs('src/export/email.ts');
const { exportHtml } = await importTs('src/export/html.ts');
const { exportIvr } = await importTs('src/export/ivr.ts');
const { exportSms } = await importTs('src/export/sms.ts');
const { lintDocument } = await importTs('src/lint/index.ts');

const EARLY = Date.parse('2026-12-07T06:50:00Z'); // Monday 07:50 in Amsterdam: the member line opens at 08:00
const DAY = Date.parse('2026-12-07T09:00:00Z'); // Monday 10:00
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const ZORG = { nl: 'Voor apotheken, ziekenhuizen en huisartsen die een dekking controleren', en: 'For pharmacies, hospitals and GPs checking cover' };

function feed(now, { extra = [], reasons } = {}) {
  return {
    type: 'status', version: 1, feed_id: 'zorgverzekeraar', seq: 4, issued_at: iso(now - 60_000), expires_at: iso(now + 3_600_000), time_zone: 'Europe/Amsterdam',
    publisher: { name: 'Zorgverzekeraar Midden', url: 'https://zorgmidden.example' },
    channels: [
      // The publisher put the care providers' line first, as in the trial.
      { id: 'zorg', kind: 'phone', label: { nl: 'Lijn voor zorgverleners (apotheek, ziekenhuis)', en: 'Line for care providers (pharmacy, hospital)' }, href: 'tel:+31302345699', purpose: ZORG, restricted: true, wait_minutes: 5 },
      { id: 'klant', kind: 'phone', label: { nl: 'Klantenservice', en: 'Customer service' }, href: 'tel:+31302345678', wait_minutes: 45, reason: { nl: 'heel veel telefoontjes over de cyberaanval', en: 'very many calls about the cyberattack' }, opening_hours: 'Mo-Fr 08:00-20:00' },
      { id: 'web', kind: 'web', label: { nl: 'Mijn declaraties', en: 'My claims' }, href: 'https://zorgmidden.example/declaraties' },
      ...extra,
    ],
    contact_reasons: reasons ?? [
      { id: 'declaratie', label: { nl: 'Mijn declaratie', en: 'My claim' } },
      { id: 'dekking', label: { nl: 'Dekking controleren (zorgverlener)', en: 'Check cover (care provider)' }, channels: ['zorg'] },
    ],
    incidents: [{
      id: 'cyber', title: { nl: 'Cyberaanval: onze systemen liggen stil', en: 'Cyberattack: our systems are down' }, severity: 'major', phase: 'identified',
      started_at: iso(now - 3 * 3_600_000), updated_at: iso(now - 600_000), known: { nl: 'Declareren kan even niet.', en: 'Claims cannot be made for now.' },
      unknown: { nl: 'Wanneer alles weer werkt.', en: 'When everything works again.' }, next_update_at: iso(now + 3_600_000),
    }],
  };
}
const ids = (cs) => cs.map((c) => c.id);

test('status and help order: the restricted line after every line for everyone, also when those are closed now (07:50)', () => {
  const early = withClosedLines(feed(EARLY), EARLY);
  assert.deepEqual(ids(early.channels), ['web', 'klant', 'zorg'], 'the member line closed until 08:00 still before the care providers’ line');
  assert.deepEqual(ids(groupChannels(early.channels, early.contact_reasons).ordinary), ['web', 'klant', 'zorg']);
  // Open, with its 45-minute queue: self-service first, the restricted line still last.
  const day = contactStatus(feed(DAY), DAY);
  const g = groupChannels(day.channels, day.contact_reasons);
  assert.deepEqual(ids(g.ordinary), ['web', 'klant', 'zorg']);
  assert.equal(g.longWait, true);
  // Without opening hours (withClosedLines leaves the feed alone) groupChannels still puts it last.
  assert.deepEqual(ids(groupChannels(feed(DAY).channels).ordinary), ['web', 'klant', 'zorg']);
});

test('a restricted line’s long wait is no long wait for everyone; a restricted call-back is never among "call-back first"', () => {
  const f = feed(DAY, { extra: [{ id: 'zorg-terug', kind: 'callback', label: { nl: 'Terugbelverzoek zorgverleners', en: 'Call-back for care providers' }, href: 'https://zorgmidden.example/zorg/terugbellen', purpose: ZORG, restricted: true }] });
  // Among themselves the restricted lines keep the can-wait order (their own call-back first), after all the others.
  assert.deepEqual(ids(groupChannels(f.channels).ordinary), ['web', 'klant', 'zorg-terug', 'zorg']);
  const calm = f.channels.map((c) => (c.id === 'klant' ? { ...c, wait_minutes: 5 } : c.id === 'zorg' ? { ...c, wait_minutes: 60 } : c));
  assert.equal(groupChannels(calm).longWait, false);
});

test('contact reasons: one that ticks nothing offers every line except restricted ones; one that ticks it offers it', () => {
  const f = contactStatus(feed(DAY), DAY);
  const [declaratie, dekking] = f.contact_reasons;
  assert.deepEqual(ids(reasonChannels(f, declaratie)), ['web', 'klant']);
  assert.deepEqual(ids(reasonChannels(f, dekking)), ['zorg']);
  // Urgent without lines ticked: the emergency lines and the quick lines for everyone, not the care providers' line.
  const urgent = { id: 'spoed', label: 'Spoed', urgent: true };
  const withEmergency = { ...f, channels: [...f.channels, { id: '112', kind: 'phone', label: '112', href: 'tel:112', emergency: true }] };
  assert.equal(ids(reasonChannels(withEmergency, urgent)).includes('zorg'), false);
});

test('an emergency line is for everyone: restricted is ignored on it', () => {
  const line = { id: '112', kind: 'phone', label: '112', href: 'tel:112', emergency: true, restricted: true };
  assert.equal(isRestricted(line), false);
  assert.deepEqual(ids(groupChannels([line]).emergency), ['112']);
  assert.equal(channelPurpose(line, 'nl'), '');
});

test('who it is for: "Voor …" becomes "Alleen voor …" / "Only for …"; "Niet voor iedereen" without a purpose', () => {
  const line = (purpose) => ({ id: 'z', kind: 'phone', label: 'Z', href: 'tel:+31302345699', restricted: true, ...(purpose ? { purpose } : {}) });
  assert.equal(channelPurpose(line(ZORG), 'nl'), 'Alleen voor apotheken, ziekenhuizen en huisartsen die een dekking controleren');
  assert.equal(channelPurpose(line(ZORG), 'en'), 'Only for pharmacies, hospitals and GPs checking cover');
  assert.equal(channelPurpose(line('Alleen voor zorgverleners (apotheek, ziekenhuis)'), 'nl'), 'Alleen voor zorgverleners (apotheek, ziekenhuis)');
  assert.equal(channelPurpose(line('zorgverleners en apotheken'), 'nl'), 'Zorgverleners en apotheken', 'another purpose as written');
  assert.equal(channelPurpose(line(), 'nl'), 'Niet voor iedereen');
  assert.equal(channelPurpose(line(), 'en'), 'Not for everyone');
  // Not restricted: the purpose as it was.
  assert.equal(channelPurpose({ ...line(ZORG), restricted: false }, 'nl'), ZORG.nl);
  // The exports' copy (kept out of the banner's chunk) says the same.
  for (const l of [line(ZORG), line(), line('zorgverleners'), { ...line(ZORG), restricted: false }, { ...line(ZORG), emergency: true }]) {
    for (const lang of ['nl', 'en', 'en-GB', 'de']) assert.equal(exportPurpose(l, lang), channelPurpose(l, lang), `${lang} ${JSON.stringify(l.purpose)}`);
  }
});

test('e-mail and page without script: the restricted line last, with "Alleen voor …"; the SMS names no line', () => {
  const mail = exportEmail(feed(DAY), { lang: 'nl', now: DAY }).text;
  const klant = mail.indexOf('- Klantenservice');
  const zorg = mail.indexOf('- Lijn voor zorgverleners (apotheek, ziekenhuis)');
  assert.ok(klant > 0 && zorg > klant, mail);
  assert.ok(mail.includes('(Alleen voor apotheken, ziekenhuizen en huisartsen die een dekking controleren; Verwachte wachttijd ongeveer 5 minuten)'), mail);
  const page = exportHtml(feed(DAY), { lang: 'nl', now: DAY }).text;
  assert.ok(page.indexOf('Lijn voor zorgverleners') > page.indexOf('Klantenservice'), page);
  assert.match(page, /<span class="purpose">Alleen voor apotheken, ziekenhuizen en huisartsen die een dekking controleren<\/span>/);
  const sms = exportSms(feed(DAY), { lang: 'nl', now: DAY }).text;
  assert.doesNotMatch(sms, /zorgverleners|5699/);
});

test('phone message: made for the line for everyone by default, and never offers a restricted line instead', () => {
  const f = feed(DAY, { extra: [{ id: 'zorg-terug', kind: 'callback', label: { nl: 'Terugbelverzoek zorgverleners', en: 'Call-back for care providers' }, href: 'https://zorgmidden.example/zorg/terugbellen', purpose: ZORG, restricted: true }] });
  const ivr = exportIvr(f, { lang: 'nl', now: DAY });
  assert.match(ivr.text, /Verwachte wachttijd ongeveer 45 minuten/, 'the member line’s message, though the care providers’ line is first in the feed');
  assert.match(ivr.text, /zorgmidden\.example\/declaraties/, 'self-service is still offered instead');
  assert.doesNotMatch(ivr.text, /terugbellen|zorgverleners/i, ivr.text);
});

test('lint: phone-no-wait looks at the line for everyone, as the phone message does, not at a restricted line first in the feed', () => {
  const f = feed(DAY);
  const at = (doc) => lintDocument(doc, { now: DAY }).filter((x) => x.rule === 'phone-no-wait').map((x) => x.path);
  delete f.channels[0].wait_minutes;
  assert.deepEqual(at(f), [], 'the care providers’ line without a wait: not the line callers wait on');
  const g = feed(DAY);
  delete g.channels[1].wait_minutes;
  assert.deepEqual(at(g), ['channels/1/wait_minutes']);
});
