// The e-mail, the page without script and Atom wrote an action's who before a label that already says it or asks its
// own question: "You need medical help today: Call NHS 111 if you need medical help today" and "U ruikt gas: Ruikt u
// gas? Ga direct naar buiten", as the phone message and CAP no longer do (whoSaid). Now the who is left out there;
// a who the label does not say stays. Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters, feed, NOW } from './export-kit.mjs';

const x = await exporters();

function withActions() {
  const f = feed();
  f.incidents[0].actions = [
    { who: { nl: 'U ruikt gas', en: 'You smell gas' }, urgent: true, label: { nl: 'Ruikt u gas? Ga direct naar buiten', en: 'Do you smell gas? Go outside at once' } },
    { who: { nl: 'U hebt vandaag medische hulp nodig', en: 'You need medical help today' }, urgent: true, label: { nl: 'Bel de huisartsenpost als u vandaag medische hulp nodig hebt', en: 'Call NHS 111 if you need medical help today' }, href: 'tel:111' },
    ...f.incidents[0].actions,
  ];
  return f;
}

test('e-mail (text and HTML), page and Atom: the who once, and still where the label does not say it', () => {
  const f = withActions();
  for (const [lang, doubled, kept] of [
    ['en', [/You smell gas: Do you smell gas\?/, /You need medical help today: Call NHS 111/], 'You have no water'],
    ['nl', [/U ruikt gas: Ruikt u gas\?/, /U hebt vandaag medische hulp nodig: Bel de huisartsenpost/], 'U hebt geen water'],
  ]) {
    const mail = x.exportEmail(f, { lang, now: NOW });
    const texts = { 'e-mail': mail.text, 'e-mail HTML': mail.html.replace(/<\/?strong>/g, ''), page: x.exportHtml(f, { lang, now: NOW }).text.replace(/<\/?strong>/g, ''), atom: x.exportAtom(f, { lang, now: NOW }).text };
    for (const [name, text] of Object.entries(texts)) {
      for (const re of doubled) assert.doesNotMatch(text, re, `${lang} ${name}`);
      assert.match(text, new RegExp(`${kept}: `), `${lang} ${name}: a who the label does not say stays`);
    }
    assert.match(mail.text, lang === 'en' ? /\n- Do you smell gas\? Go outside at once\n/ : /\n- Ruikt u gas\? Ga direct naar buiten\n/);
  }
});

test('urgent actions whose labels all say their who are headed "Do this now", not "Act now if…"', () => {
  const f = withActions();
  f.incidents[0].actions = f.incidents[0].actions.slice(0, 2);
  const mail = x.exportEmail(f, { lang: 'en', now: NOW }).text;
  assert.match(mail, /\nDo this now\n- Do you smell gas\?/);
  assert.doesNotMatch(mail, /Act now if/);
});
