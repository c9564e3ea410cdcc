// Trial H, a grid operator's storm night: at 02:00 the studio's phone-message preview asked for the wait of the customer
// service line, closed all night by its opening hours. Nobody queues on a closed line; its wait is for when it opens. The
// message is still checked (its length); the same line open, without a wait, is still an error.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { lintChannels } = await importTs('src/export/lint.ts');
// Sunday 6 December 2026: 02:00 and 10:00 in Amsterdam (UTC+1).
const NIGHT = Date.parse('2026-12-06T01:00:00Z');
const DAY = Date.parse('2026-12-07T09:00:00Z');
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
const feed = (now) => ({
  type: 'status', version: 1, feed_id: 'oostland', seq: 1, issued_at: iso(now - 60_000), expires_at: iso(now + 3_600_000), time_zone: 'Europe/Amsterdam',
  publisher: { name: 'Netbeheer Oostland', url: 'https://www.netbeheer-oostland.example' },
  channels: [{ id: 'service', kind: 'phone', label: 'Klantenservice', href: 'tel:+31881234567', opening_hours: 'Mo-Fr 08:00-18:00' }],
  incidents: [{ id: 'power', title: 'Stroomstoring in Deventer', severity: 'major', phase: 'identified', started_at: iso(now - 3_600_000), updated_at: iso(now - 600_000), next_update_at: iso(now + 1_800_000), known: 'Een kabel is geraakt.', unknown: 'Hoe lang het duurt.' }],
});
const rules = (now) => lintChannels(feed(now), ['ivr'], { now, lang: 'nl' }).map((f) => f.rule);

test('a line closed now by its opening hours is not asked for its wait; open, it is', () => {
  assert.ok(!rules(NIGHT).includes('ivr-no-wait'), rules(NIGHT).join());
  assert.ok(rules(DAY).includes('ivr-no-wait'), rules(DAY).join());
});

// The message of that line at 02:00 said the incident, then "Fijn dat u wacht." on a line nobody answers until Monday
// 08:00. It says now that the line is closed and when it opens, as the elements' channel list does, and what can be done
// instead (a web page open at night; not a call-back line closed too).
const { exportIvr } = await importTs('src/export/ivr.ts');
const withOthers = (now) => {
  const f = feed(now);
  f.channels[0].wait_minutes = 20;
  f.channels.push(
    { id: 'web', kind: 'web', label: 'Storingen melden en volgen', href: 'https://www.netbeheer-oostland.example/storingen' },
    { id: 'callback', kind: 'callback', label: 'Laat u terugbellen', href: 'https://www.netbeheer-oostland.example/terugbellen', opening_hours: 'Mo-Fr 08:00-18:00' },
  );
  return f;
};

test("a closed line's waiting message says it is closed and when it opens, not a wait or thanks for waiting", () => {
  const night = exportIvr(withOthers(NIGHT), { lang: 'nl', now: NIGHT });
  assert.match(night.text, /Klantenservice: nu gesloten, weer open maandag 7 december om 08:00\./);
  assert.doesNotMatch(night.text, /wacht/i, night.text);
  assert.match(night.text, /Tot dan kunt u ook hier terecht\. Storingen melden en volgen: netbeheer-oostland\.example\/storingen\./);
  assert.doesNotMatch(night.text, /terugbellen/i, 'the call-back line is closed too');
  assert.match(night.ssml, /weer open maandag 7 december om <say-as interpret-as="time"[^>]*>08:00<\/say-as>\./);
  const en = exportIvr(withOthers(NIGHT), { lang: 'en', now: NIGHT });
  assert.match(en.text, /Klantenservice: closed now, opens Monday 7 December at 08:00\./);
  assert.match(en.text, /Until then, you can also find help here\./);
  assert.doesNotMatch(en.text, /Thank you for waiting/);
});

test('the same line open says its wait and thanks for waiting, as before', () => {
  const day = exportIvr(withOthers(DAY), { lang: 'nl', now: DAY });
  assert.doesNotMatch(day.text, /gesloten/);
  assert.match(day.text, /Verwachte wachttijd ongeveer 20 minuten/);
  assert.match(day.text, /Fijn dat u wacht\./);
});

// The e-mail and the page without script listed that line at 02:00 as "(Verwachte wachttijd ongeveer 20 minuten)". They
// are read later than they are made (trial O: sent at 05:40 with "Closed now, opens at 07:00", read at 08:30), so they say
// the opening hours, not "Nu gesloten" (export/read-later.ts); still no wait.
const { exportEmail, exportHtml } = await importTs('src/export/index.ts');
test('the e-mail and the page without script say when the closed line is open, not its wait', () => {
  const email = exportEmail(withOthers(NIGHT), { lang: 'nl', now: NIGHT }).text;
  assert.match(email, /Klantenservice: 088 123 4567 \(Open ma–vr 08:00–18:00\)/);
  assert.doesNotMatch(email, /wachttijd|gesloten/i);
  const page = exportHtml(withOthers(NIGHT), { lang: 'nl', now: NIGHT });
  const text = page.text.replace(/<[^>]+>/g, ' ');
  assert.match(text, /Open ma–vr 08:00–18:00/);
  assert.doesNotMatch(text, /gesloten/i);
  assert.doesNotMatch(text, /wachttijd/i);
  assert.match(exportEmail(withOthers(DAY), { lang: 'nl', now: DAY }).text, /Verwachte wachttijd ongeveer 20 minuten/);
});
