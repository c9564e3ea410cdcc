// A broadband provider's e-mail outage (walk-through 2026-12-02): `clearline export --to email` wrote the
// e-mail about it without a word, so the desk would have sent people an e-mail saying their e-mail is down.
// While an open incident is about e-mail itself, the export still writes the e-mail (others can read it) but
// warns on standard error, in the feed's language, and says which other channels reach people.
// Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { cliOk, deskIncidentFeed, exporters, NOW } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const x = await exporters();
let dir;

const cli = (...args) => cliOk(dir, ...args);

/** The fixture feed with, as its only incident, the telecom template's e-mail outage as a desk publishes it (marks removed). */
async function outageFeed({ now = Date.now(), resolved = false } = {}) {
  const { feed: f, incident: inc } = await deskIncidentFeed('telecom', {
    publisher: 'Breedband',
    id: 'mail-2026-12-02',
    title: { nl: 'E-mail werkt niet', en: 'E-mail is down' },
    known: { nl: 'Sinds 14:00 kunt u geen e-mail versturen of ontvangen.', en: 'Since 14:00 you cannot send or receive e-mail.' },
    unknown: { nl: 'Wanneer het weer werkt.', en: 'When it works again.' },
    now,
  });
  if (resolved) Object.assign(inc, { phase: 'resolved', resolved_at: inc.updated_at, next_update_at: null, actions: [] });
  return f;
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'clearline-email-outage-'));
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(await outageFeed(), null, 2));
  writeFileSync(join(dir, 'resolved.json'), JSON.stringify(await outageFeed({ resolved: true }), null, 2));
  const withMail = await outageFeed();
  withMail.channels.push({ id: 'mail', kind: 'email', label: { nl: 'Mail ons', en: 'E-mail us' }, href: 'mailto:help@breedband.example' });
  writeFileSync(join(dir, 'mail.json'), JSON.stringify(withMail, null, 2));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const NL = 'let op: storing "E-mail werkt niet" is nog open en gaat over e-mail, dus wie er last van heeft, krijgt deze e-mail misschien niet of kan hem niet lezen. Bereik hen ook op een andere manier: per sms (--to sms), in het telefoonbericht (--to ivr), op sociale media (--to social) of op uw statuspagina';
const EN = 'warning: incident "E-mail is down" is still open and is about e-mail, so the people it affects may not get this e-mail, or not read it. Tell them another way too: SMS (--to sms), the phone message (--to ivr), social posts (--to social) or your status page';

test('export --to email during an open e-mail outage: the e-mail is written, and a warning in Dutch on a Dutch desk', () => {
  const r = cli('export', 'feed.json', '--to', 'email');
  assert.match(r.stdout, /^Subject: E-mail werkt niet/);
  assert.ok(r.stderr.split('\n').includes(NL), r.stderr);
  assert.doesNotMatch(r.stdout, /let op/);
});

test('export --to email --lang en: the warning in English; --json carries it', () => {
  const r = cli('export', 'feed.json', '--to', 'email', '--lang', 'en');
  assert.match(r.stdout, /^Subject: E-mail is down/);
  assert.ok(r.stderr.split('\n').includes(EN), r.stderr);
  const json = JSON.parse(cli('export', 'feed.json', '--to', 'email', '--json').stdout);
  assert.deepEqual(json.emailOutage, { incident: 'mail-2026-12-02', words: 'E-mail werkt niet' });
});

test('no warning once the e-mail outage is resolved (the all-clear may go by e-mail), nor on other channels', () => {
  assert.doesNotMatch(cli('export', 'resolved.json', '--to', 'email').stderr, /gaat over e-mail/);
  assert.doesNotMatch(cli('export', 'feed.json', '--to', 'sms').stderr, /gaat over e-mail/);
});

test('what counts as an e-mail outage: e-mail named in the title or "affects", in any language; Dutch "mail"; not the English post', async () => {
  const f = await outageFeed({ now: NOW });
  const inc = f.incidents[0];
  const outage = (title, affects) => x.emailOutage([{ ...inc, title, affects }], 'en');
  assert.equal(outage({ nl: 'Storing bij Breedband', en: 'Breedband outage' }, [{ nl: 'Webmail', en: 'Webmail' }])?.words, 'Webmail');
  assert.equal(outage({ nl: 'Mailstoring in Utrecht' }, undefined)?.words, 'Mailstoring in Utrecht');
  assert.equal(outage({ nl: 'Geen mail door storing', en: 'Outage' }, undefined)?.words, 'Geen mail door storing');
  assert.equal(outage('Email outage', undefined)?.incident, inc.id);
  assert.equal(outage({ en: 'Mail delivery delayed by the strike' }, undefined), undefined);
  assert.equal(outage({ nl: 'Geen internet in Noord-Holland', en: 'No internet in Noord-Holland' }, [{ nl: 'Internet en tv', en: 'Internet and TV' }]), undefined);
  // The note quotes the words that made it one when they are not the title.
  const notes = (await importTs('src/cli/export-notes.ts')).EXPORT_NOTES;
  const f2 = structuredClone(f);
  f2.incidents[0].title = { nl: 'Storing bij Breedband', en: 'Breedband outage' };
  f2.incidents[0].affects = [{ nl: 'Webmail', en: 'Webmail' }];
  const mail = x.exportEmail(f2, { lang: 'nl', now: NOW });
  assert.match(notes.nl.emailOutage(mail.emailOutage, f2.incidents), /^let op: storing "Storing bij Breedband" is nog open en gaat over e-mail \("Webmail"\), dus /);
});

test('during the outage the e-mail and the page without script keep the e-mail channel but say it may not work; not once resolved', async () => {
  // The broadband provider's e-mail about "E-mail werkt niet" offered "Mail ons: help@…" as if nothing were wrong.
  const mark = { nl: 'Werkt misschien niet tijdens de e-mailstoring', en: 'May not work during the e-mail outage' };
  const withMail = (f) => {
    f.channels.push({ id: 'mail', kind: 'email', label: { nl: 'Mail ons', en: 'E-mail us' }, href: 'mailto:help@breedband.example' });
    // The page without script says when the feed was signed.
    Object.assign(f, { issued_at: new Date(NOW).toISOString(), expires_at: new Date(NOW + 3_600_000).toISOString() });
    return f;
  };
  const open = withMail(await outageFeed({ now: NOW }));
  for (const lang of ['nl', 'en']) {
    const mail = x.exportEmail(open, { lang, now: NOW });
    const line = mail.text.split('\n').find((l) => l.includes('help@breedband.example'));
    assert.equal(line, `- ${lang === 'nl' ? 'Mail ons' : 'E-mail us'}: help@breedband.example (${mark[lang]})`, mail.text);
    const li = `<li><a href="mailto:help@breedband.example">${lang === 'nl' ? 'Mail ons' : 'E-mail us'}: help@breedband.example</a><br><span class="wait">${mark[lang]}</span></li>`;
    assert.ok(mail.html.includes(li), `${lang} e-mail html`);
    assert.ok(x.exportHtml(open, { lang, now: NOW }).text.includes(li), `${lang} page without script`);
    // Only the e-mail channel: the phone lines are as before.
    assert.equal((mail.text.match(new RegExp(mark[lang], 'g')) ?? []).length, 1);
  }
  const resolved = withMail(await outageFeed({ now: NOW, resolved: true }));
  const after = x.exportEmail(resolved, { lang: 'nl', now: NOW, incident: 'mail-2026-12-02' });
  assert.ok(after.text.includes('- Mail ons: help@breedband.example\n'), after.text);
  assert.ok(!x.exportHtml(resolved, { lang: 'nl', now: NOW }).text.includes(mark.nl));
});

test('export --to email tells the desk it marked the e-mail channel, that the status page does not, and how to take it out', () => {
  // In mail.json, the command names it (cli/lint-report.ts namedIn): without --feed it removed the line from feed.json.
  const nl = cli('export', 'mail.json', '--to', 'email').stderr.split('\n');
  assert.ok(
    nl.includes('de e-mail noemt "Mail ons" (kanaal mail) nog, met "Werkt misschien niet tijdens de e-mailstoring"; uw statuspagina biedt het gewoon aan. Werkt dat adres nu niet, haal het dan weg tot de storing voorbij is: clearline edit channel --feed mail.json --id mail --remove'),
    nl.join('\n'),
  );
  const en = cli('export', 'mail.json', '--to', 'email', '--lang', 'en').stderr;
  assert.match(en, /^the e-mail still offers "E-mail us" \(channel mail\), marked "May not work during the e-mail outage"; your status page offers it as usual\. .*clearline edit channel --feed mail\.json --id mail --remove$/m);
  // Without an e-mail channel, or once resolved, not a word of it.
  assert.doesNotMatch(cli('export', 'feed.json', '--to', 'email').stderr, /noemt "|edit channel/);
  assert.doesNotMatch(cli('export', 'resolved.json', '--to', 'email').stderr, /noemt "|edit channel/);
});
