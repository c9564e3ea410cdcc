// Trial T: the e-mail and the page without script wrote an action whose who is a question (as the docs advise: "U woont
// in De Hoven?") with a colon after the question mark: "- A line is down near you?: Stay at least 30 feet away…". Now no
// colon after "?" or "!" (Atom too); a who that is no question keeps its colon. Uses dist/ (npm run build).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';

const x = await exporters();
const NOW = Date.parse('2026-12-15T19:05:00Z');
const feed = (lang, zone, actions) => ({
  type: 'status', version: 1, feed_id: 'pvec-outages', issued_at: '2026-12-15T19:00:00Z', expires_at: '2026-12-16T19:00:00Z', time_zone: zone, publisher: { name: 'Prairie Valley', url: 'https://www.pvec.example/' },
  status_url: 'https://www.pvec.example/outages',
  channels: [{ id: 'line', kind: 'phone', label: { [lang]: 'Outage line' }, href: 'tel:+18005550199' }],
  incidents: [{
    id: 'storm', title: { [lang]: 'Ice storm' }, severity: 'critical', phase: 'identified', known: { [lang]: 'Lines are down.' },
    started_at: '2026-12-15T10:15:00Z', updated_at: '2026-12-15T19:00:00Z', actions,
  }],
});
const us = feed('en-US', 'America/Chicago', [
  { who: { 'en-US': 'A line is down near you?' }, label: { 'en-US': 'Stay at least 30 feet away. Call 911, then our outage line.' }, urgent: true },
  { who: { 'en-US': 'Someone uses medical equipment at home' }, label: { 'en-US': 'Call the supplier of the equipment' }, urgent: true },
]);
const nl = feed('nl', 'Europe/Amsterdam', [{ who: { nl: 'U woont in De Hoven?' }, label: { nl: 'Kook kraanwater 1 minuut voordat u het drinkt.' }, urgent: true }]);

test('e-mail (text and HTML), page without script and Atom: no colon after a who that asks, one after a who that does not', () => {
  const email = x.exportEmail(us, { now: NOW });
  const html = x.exportHtml(us, { now: NOW }).text;
  const atom = x.exportAtom(us, { now: NOW }).text;
  for (const [name, out] of [['email', email.text], ['email html', email.html], ['html', html], ['atom', atom]]) {
    assert.doesNotMatch(out, /\?(?:<\/strong>)?:/, `${name}: ${out}`);
    assert.match(out, /A line is down near you\?(?:<\/strong>)? Stay at least 30 feet/, name);
    assert.match(out, /Someone uses medical equipment at home:(?:<\/strong>)? Call the supplier/, name);
  }
  const nlMail = x.exportEmail(nl, { now: NOW }).text;
  assert.match(nlMail, /- U woont in De Hoven\? Kook kraanwater/, nlMail);
  assert.match(x.exportHtml(nl, { now: NOW }).text, /<strong>U woont in De Hoven\?<\/strong> Kook/);
});
