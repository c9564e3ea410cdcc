// The page without script (`export --to html`) places a fresh all-clear as <clearline-status> does, by the same rule
// (src/feed/just-resolved.ts). Trial W, an Irish gas network, Thursday 18:10, ten minutes after "Gas back on in Naas and
// Newbridge" (critical) while "People posing as Éirgas engineers" (major) is still open: the page folded the all-clear
// away under "1 resolved incident" below the fraud warning, and the gas emergency line was only in Contact at the end.
// Now for a day: a line "Resolved at 18:00: Gas back on …" above the warning links to the all-clear, unfolded, and the
// emergency lines stay under the first title. A day later it is as before. Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';

const x = await exporters();
const NOW = Date.parse('2026-12-17T18:10:00Z'); // 18:10 in Dublin (UTC in December)
const HOUR = 3_600_000;
const at = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');

function feed(resolvedAt = Date.parse('2026-12-17T18:00:00Z')) {
  return {
    type: 'status', version: 1, feed_id: 'eirgas', time_zone: 'Europe/Dublin', seq: 9, issued_at: at(resolvedAt), expires_at: at(NOW + 48 * HOUR),
    publisher: { name: 'Éirgas Networks', url: 'https://www.eirgas.example' }, status_url: 'https://www.eirgas.example/status',
    channels: [
      { id: 'emergency', kind: 'phone', emergency: true, label: { en: 'Smell gas? Call the 24-hour gas emergency line' }, href: 'tel:+3531800205555' },
      { id: 'customer', kind: 'phone', label: { en: 'Customer service' }, href: 'tel:+35315550100' },
    ],
    incidents: [
      {
        id: 'scam-engineers', severity: 'major', phase: 'identified', started_at: '2026-12-15T15:00:00Z', updated_at: '2026-12-17T12:00:00Z', next_update_at: at(NOW + 16 * HOUR),
        title: { en: 'People posing as Éirgas engineers' },
        known: { en: 'Real Éirgas engineers carry a photo ID card and never ask for money.' }, unknown: { en: 'Who is behind it.' },
        actions: [{ label: { en: 'Do not let them in and do not pay' }, who: { en: 'Someone at your door asks for money to relight the gas' }, urgent: true }],
      },
      {
        id: 'gas-naas', severity: 'critical', phase: 'resolved', started_at: '2026-12-15T05:40:00Z', updated_at: at(resolvedAt), resolved_at: at(resolvedAt), next_update_at: null,
        title: { en: 'Gas back on in Naas and Newbridge' },
        known: { en: 'All 8,500 homes have gas again.' }, unknown: '',
      },
    ],
  };
}

const page = (f, now = NOW) => x.exportHtml(f, { lang: 'en', now }).text;
const articles = (html) => html.split('<article').slice(1).map((a) => a.slice(0, a.indexOf('</article>')));

test('ten minutes after the gas all-clear: one line naming it above the open fraud warning, linking to it', () => {
  const html = page(feed());
  const line = '<p class="lead"><a href="#gas-naas">Resolved at 18:00: Gas back on in Naas and Newbridge</a></p>';
  assert.ok(html.includes(line), html.slice(html.indexOf('<main'), html.indexOf('<article')));
  assert.ok(html.indexOf(line) < html.indexOf('<article'), 'before the first card');
  assert.match(html, /<article class="incident sev-ok" id="gas-naas"/, 'the link has its target');
  assert.deepEqual(articles(html).map((a) => a.match(/id="([^"]+)"/)[1]), ['scam-engineers', 'gas-naas'], 'the open warning keeps the first card');
});

test('ten minutes after: the all-clear unfolded, the gas emergency line under the first title', () => {
  const html = page(feed());
  assert.match(html, /<details open><summary>1 resolved incident<\/summary><article class="incident sev-ok" id="gas-naas"/);
  const [scam] = articles(html);
  assert.match(scam, /<div class="emergency"><p><strong>In an emergency<\/strong><\/p><ul><li><a href="tel:\+3531800205555">/);
  assert.ok(scam.indexOf('class="emergency"') < scam.indexOf('Act now'), 'above "Act now", as in the element');
});

test('25 hours after: no line, the all-clear folded, the emergency line in Contact only', () => {
  const html = page(feed(NOW - 25 * HOUR));
  assert.doesNotMatch(html, /class="lead"/);
  assert.match(html, /<details><summary>1 resolved incident<\/summary>/);
  assert.doesNotMatch(articles(html)[0], /class="emergency"/);
  assert.match(html.slice(html.indexOf('id="contact-title"')), /tel:\+3531800205555/);
});

test('a less severe all-clear than the open incident gets no line (it is still unfolded for the day)', () => {
  const f = feed();
  f.incidents[1].severity = 'minor';
  const html = page(f);
  assert.doesNotMatch(html, /class="lead"/);
  assert.match(html, /<details open>/);
});

test('in the hour after the all-clear with only a notice open: the all-clear first, unfolded, and no line (it is right there)', () => {
  const f = feed();
  Object.assign(f.incidents[0], { severity: 'info', next_update_at: null });
  const html = page(f);
  assert.doesNotMatch(html, /class="lead"/);
  assert.deepEqual(articles(html).map((a) => a.match(/id="([^"]+)"/)[1]), ['gas-naas', 'scam-engineers']);
  assert.ok(html.indexOf('<details open><summary>1 resolved incident') < html.indexOf('<article'));
});
