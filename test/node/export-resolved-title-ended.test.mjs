// Trial O: a bus and tram operator closed its strike with the title "Strike over: trams and buses running normally", as the
// studio asks ("Write one that says how it ended"). The SMS, the phone message, the social post and the e-mail's subject
// said "Resolved: Strike over: …". A title that says it ended, in English or Dutch, gets no "Resolved:" / "Opgelost:"; one
// that does not ("Overhead line down", "Slecht weer") keeps it. The CLI's closing-title hint is not given for it either.
// Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';
import { feed as deskFeed, folder, run } from './desk-feed-kit.mjs';

const x = await exporters();
const { resolvedTitle } = await importTs('src/export/resolved-title.ts');
const NOW = Date.parse('2026-12-11T06:04:00Z');
const iso = (m) => new Date(NOW + m * 60000).toISOString();
const strike = (title) => ({
  type: 'status', version: 1, feed_id: 'northway', time_zone: 'Europe/London', status_url: 'https://northway.example/travel-updates',
  publisher: { name: 'Northway Trams & Buses', url: 'https://northway.example' },
  channels: [{ id: 'cs', kind: 'phone', label: 'Customer service', href: 'tel:+441614960123', wait_minutes: 5, reason: 'many calls' }],
  incidents: [{
    id: 'strike', title, severity: 'major', phase: 'resolved', started_at: iso(-1500), updated_at: iso(0), resolved_at: iso(0), next_update_at: null,
    known: 'The strike ended at 00:01 on Friday 11 December.', unknown: '',
  }],
});

test('"Strike over: trams and buses running normally" is said as it is in the SMS, phone message, social post, e-mail subject and Atom', () => {
  const title = 'Strike over: trams and buses running normally';
  const f = strike(title);
  const o = { lang: 'en', now: NOW, incident: 'strike' };
  const sms = x.exportSms(f, o).text;
  assert.ok(sms.startsWith(`${title}.`), sms);
  const ivr = x.exportIvr(f, o).text;
  assert.doesNotMatch(ivr, /Resolved: Strike over/, ivr);
  assert.match(ivr, /Strike over: trams and buses running normally\./);
  const social = x.exportSocial(f, o).posts[0].text;
  assert.ok(social.startsWith(title), social);
  const mail = x.exportEmail(f, o);
  assert.equal(mail.subject, title);
  assert.doesNotMatch(x.exportAtom(f, o).text, /Resolved: Strike over/);
  // A title written for the strike keeps it.
  assert.ok(x.exportSms(strike('Strike: no trams or buses today'), o).text.startsWith('Resolved: Strike: no trams or buses today'));
  assert.equal(x.exportEmail(strike('Strike: no trams or buses today'), o).subject, 'Resolved: Strike: no trams or buses today');
});

test('the words that say it ended, in English and Dutch, as whole words and only where they say it', () => {
  const ended = [
    'Strike over: trams and buses running normally', 'The strike is over', 'Strike ended at midnight', 'Fault fixed', 'Power restored in Deventer',
    'Power back on', 'Trams back to normal', 'Flights run again', 'Services running as normal', 'Storing opgelost', 'Staking voorbij: bussen rijden weer',
    'Campus Hoboken weer open', 'Storing verholpen', 'Stroom hersteld', 'Trams rijden weer', 'Iedereen heeft weer stroom', 'Kookadvies opgeheven',
    'Staking afgelopen', 'Treinen rijden weer normaal',
  ];
  for (const t of ended) assert.equal(resolvedTitle('Resolved', t), t, t);
  const open = [
    'Overhead line down at Piccadilly', 'Bridge closed over the weekend', 'Strike: no trams today', 'Slecht weer: code oranje', 'Weerbericht: storm op komst',
    'Fixed-line phones down in Leeds', 'Storing afgelopen nacht in Zutphen', 'Omleiding voorbij het station', 'Stroom weer uitgevallen', 'Power cut again in Leeds',
    'Storm: campus Hoboken blijft dicht', 'Strike back on',
  ];
  for (const t of open) assert.equal(resolvedTitle('Opgelost', t), `Opgelost: ${t}`, t);
});

test('update --resolve gives no closing-title hint when the title already says it ended', () => {
  const doc = deskFeed('en');
  doc.incidents[0].title = { en: 'Storm over: Hoboken campus open again', nl: 'Storm voorbij: campus Hoboken weer open' };
  const r = run(folder(doc), 'update', 'feed.json', '--incident', 'storm', '--resolve', '--json', '--lang', 'en,nl', '--known', 'Open again.', '--known', 'Weer open.');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).closing_title_hint, null);
});
