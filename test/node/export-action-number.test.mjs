// A London GP practice's e-mail said "- Call the practice line (+44 20 7946 0321)" under "What you can do" and
// "- Practice line: 020 7946 0321" under "Contact": the number after an action was written in the reader's language's
// form (plain "en": international), the channel list as dialled at home (dialLang). Now the actions write it as the
// channel list of the same export does: in the e-mail's text, and in the e-mail and page without links.
// Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';

const x = await exporters();
const NOW = Date.parse('2026-12-02T09:00:00Z');

/** One incident with an urgent and a later action calling the feed's ordinary line; `warn` makes the e-mail go without links. */
function feed({ zone, href, lang = 'en', warn = false }) {
  const t = (en, nl) => (lang === 'en' ? en : { [lang]: nl });
  return {
    type: 'status', version: 1, issued_at: '2026-12-02T08:30:00Z', feed_id: 'practice', time_zone: zone,
    publisher: { name: 'Riverside Practice', url: 'https://www.riverside.example' },
    channels: [{ id: 'phone', kind: 'phone', label: t('Practice line', 'Praktijklijn'), href }],
    incidents: [{
      id: 'booking', severity: 'major', phase: 'identified',
      started_at: '2026-12-02T07:30:00Z', updated_at: '2026-12-02T08:30:00Z', next_update_at: '2026-12-02T10:30:00Z',
      title: t('Online booking is down', 'Online afspraken maken werkt niet'),
      known: t(warn ? 'Do not click links in messages about this.' : 'Online booking does not work.', warn ? 'Klik niet op links in berichten hierover.' : 'Online afspraken maken werkt niet.'),
      unknown: t('When it works again.', 'Wanneer het weer werkt.'),
      actions: [
        { label: t('Call the practice line', 'Bel de praktijklijn'), urgent: true, href },
        { label: t('Order repeat prescriptions by phone', 'Bestel herhaalrecepten telefonisch'), href },
      ],
    }],
  };
}

const CASES = [
  { name: 'a London feed in English', zone: 'Europe/London', href: 'tel:+442079460321', lang: 'en', number: '020 7946 0321', after: ' (020 7946 0321)', listed: 'Practice line: 020 7946 0321' },
  // An American number has brackets of its own: after a colon, not "((312) 555-0142)".
  { name: 'a Chicago feed in English', zone: 'America/Chicago', href: 'tel:+13125550142', lang: 'en', number: '(312) 555-0142', after: ': (312) 555-0142', listed: 'Practice line: (312) 555-0142' },
  { name: 'a Belgian feed in Dutch', zone: 'Europe/Brussels', href: 'tel:+3231234567', lang: 'nl', number: '03 123 45 67', after: ' (03 123 45 67)', listed: 'Praktijklijn: 03 123 45 67' },
];

for (const c of CASES) {
  test(`${c.name}: the e-mail's actions write the number as its channel list does (${c.number})`, () => {
    for (const warn of [false, true]) {
      const mail = x.exportEmail(feed({ ...c, warn }), { now: NOW });
      assert.equal(mail.linkLeftOut !== undefined, warn);
      const lines = mail.text.split('\n');
      assert.ok(lines.includes(`- ${c.listed}`), mail.text);
      const actions = lines.filter((l) => /^- (Call|Order|Bel|Bestel)/.test(l));
      assert.equal(actions.length, 2, mail.text);
      for (const a of actions) assert.ok(a.endsWith(c.after), `${warn ? 'without' : 'with'} links: ${a}`);
    }
  });

  test(`${c.name}: without links the actions in the e-mail's HTML (html.ts incidentHtml, shared with the page) write ${c.number} too`, () => {
    const f = feed({ ...c, warn: true });
    const html = x.exportEmail(f, { now: NOW }).html;
    const items = html.match(/<li>[^<]*<\/li>/g) ?? [];
    const actions = items.filter((i) => /<li>(Call|Order|Bel|Bestel)/.test(i));
    assert.equal(actions.length, 2, html);
    for (const a of actions) assert.ok(a.endsWith(`${c.after}</li>`), a);
    assert.ok(items.includes(`<li>${c.listed}</li>`), items.join('\n'));
  });
}
