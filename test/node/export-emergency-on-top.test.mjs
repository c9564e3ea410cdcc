// A critical incident's emergency lines under its title, in the e-mail (text and HTML) and the page without
// script, as <clearline-status> shows them (test/browser: the line on top of a critical incident). A gas leak's
// e-mail at 2 a.m. had "Bij nood: Gaslucht? Bel direct: 0800 9009" only at its end, after every paragraph.
// Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';

const x = await exporters();
const NOW = Date.parse('2026-12-03T01:30:00Z');

function gasLeak(severity = 'critical', phase = 'investigating') {
  return {
    type: 'status', version: 1, feed_id: 'netbeheer-oost', time_zone: 'Europe/Amsterdam', seq: 1, issued_at: '2026-12-03T01:00:00Z', expires_at: '2026-12-03T02:00:00Z',
    publisher: { name: 'Netbeheer Oost', url: 'https://www.netbeheer-oost.nl' }, status_url: 'https://www.netbeheer-oost.nl/storing',
    channels: [
      { id: 'ks', kind: 'phone', label: { nl: 'Klantenservice', en: 'Customer service' }, href: 'tel:+31301234567', wait_minutes: 40 },
      { id: 'gas', kind: 'phone', label: { nl: 'Gaslucht? Bel direct', en: 'Smell gas? Call now' }, href: 'tel:+318009009', emergency: true },
    ],
    incidents: [{
      id: 'gaslek', severity, phase, started_at: '2026-12-03T00:30:00Z', updated_at: '2026-12-03T01:00:00Z',
      ...(phase === 'resolved' ? { resolved_at: '2026-12-03T01:20:00Z' } : { next_update_at: '2026-12-03T02:00:00Z' }),
      title: { nl: 'Gaslek in Deventer-Zuid', en: 'Gas leak in Deventer-Zuid' },
      known: { nl: 'Er is een gaslek bij de Brinkgreverweg.', en: 'There is a gas leak at the Brinkgreverweg.' },
      unknown: { nl: 'Hoe lang het duurt.', en: 'How long it takes.' },
      actions: [{ label: { nl: 'Ga naar buiten en bel 0800 9009', en: 'Go outside and call 0800 9009' }, who: { nl: 'U ruikt gas', en: 'You smell gas' }, urgent: true, href: 'tel:+318009009' }],
    }],
  };
}

test('critical: the e-mail says the emergency line under the title and meta, then "Act now", before what we know, and still in Contact', () => {
  const nl = x.exportEmail(gasLeak(), { lang: 'nl', now: NOW });
  assert.match(nl.text, /^Gaslek in Deventer-Zuid\nErnstige hinder · We zoeken de oorzaak\n\nBij nood:\n- Gaslucht\? Bel direct: 0800 9009\n\nKom nu in actie als…\n- U ruikt gas: Ga naar buiten en bel 0800 9009\n\nWat we weten:\n/);
  assert.match(nl.text, /\nContact:\n- Bij nood: Gaslucht\? Bel direct: 0800 9009\n/);
  const article = nl.html.slice(nl.html.indexOf('<article'), nl.html.indexOf('</article>'));
  assert.ok(article.indexOf('<div class="emergency">') > article.indexOf('class="meta"'), article);
  assert.ok(article.indexOf('<div class="emergency">') < article.indexOf('Wat we weten'), article);
  assert.match(article, /<div class="emergency"><p><strong>Bij nood<\/strong><\/p><ul><li><a href="tel:\+318009009">Gaslucht\? Bel direct: 0800 9009<\/a><\/li><\/ul><\/div>/);
  const en = x.exportEmail(gasLeak(), { lang: 'en', now: NOW });
  assert.match(en.text, /^Gas leak in Deventer-Zuid\n[^\n]+\n\nIn an emergency:\n- Smell gas\? Call now: 0800 9009\n\nAct now if…\n- You smell gas: [^\n]+\n\nWhat we know:\n/);
});

test('critical: the page without script says it under the title of the first open incident only', () => {
  const f = gasLeak();
  f.incidents.push({ ...structuredClone(f.incidents[0]), id: 'tweede', title: { nl: 'Tweede lek', en: 'Second leak' } });
  const page = x.exportHtml(f, { lang: 'nl', now: NOW }).text;
  const articles = page.split('<article').slice(1).map((a) => a.slice(0, a.indexOf('</article>')));
  assert.equal(articles.length, 2);
  assert.match(articles[0], /<div class="emergency">/);
  assert.doesNotMatch(articles[1], /<div class="emergency">/, 'once, as the element does');
});

test('a major or resolved incident keeps the emergency line in Contact only', () => {
  for (const [severity, phase] of [['major', 'investigating'], ['critical', 'resolved']]) {
    const mail = x.exportEmail(gasLeak(severity, phase), { lang: 'nl', now: NOW });
    assert.doesNotMatch(mail.text.split('Contact:')[0], /Bij nood/, `${severity} ${phase}: ${mail.text}`);
    const article = mail.html.slice(mail.html.indexOf('<article'), mail.html.indexOf('</article>'));
    assert.doesNotMatch(article, /class="emergency"/, `${severity} ${phase}`);
  }
});
