// Several open incidents at once (walk-through by Gemeente Zwaluwen, 2026-12-01: a storm night
// with street flooding, a boil-water advice and cancelled waste collection). The phone message and
// the e-mail name every open incident; an SMS or a social post is about one, and says which open
// incidents it left out, in its result and on the CLI's standard error.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { exporters, feed, FIXTURES, golden, ROOT } from './export-kit.mjs';

const x = await exporters();
/** 02:30 in Zwaluwen: every promised update is still ahead. */
const NOW = Date.parse('2026-11-24T01:30:00Z');
const zwaluwen = () => JSON.parse(readFileSync(join(FIXTURES, 'zwaluwen.json'), 'utf8'));
/** Most severe first: the boil-water advice (critical), the flooding (major), the waste (minor). */
const IDS = ['kookadvies-de-hoven', 'storm-2026-11-23', 'afval-2026-11-24'];
const byId = (f, id) => f.incidents.find((i) => i.id === id);

test('golden files: phone, SMS, social and e-mail for three open incidents', () => {
  const f = zwaluwen();
  for (const lang of ['nl', 'en']) {
    const ivr = x.exportIvr(f, { lang, now: NOW });
    golden(`zwaluwen/ivr.${lang}.txt`, `${ivr.text}\n`);
    golden(`zwaluwen/ssml.${lang}.xml`, `${ivr.ssml}\n`);
    golden(`zwaluwen/sms.${lang}.txt`, `${x.exportSms(f, { lang, now: NOW }).text}\n`);
    const mail = x.exportEmail(f, { lang, now: NOW });
    golden(`zwaluwen/email.${lang}.txt`, `Subject: ${mail.subject}\n\n${mail.text}`);
    golden(`zwaluwen/email.${lang}.html`, mail.html);
  }
  golden('zwaluwen/social.txt', x.exportSocial(f, { now: NOW }).posts.map((p) => `[${p.lang}] ${p.length}/${p.limit}\n${p.text}\n`).join('\n'));
});

test('IVR names every open incident, most severe first, within 45 seconds (nl, en)', () => {
  const f = zwaluwen();
  for (const [lang, count] of [['nl', 'Er zijn 3 actuele meldingen.'], ['en', 'There are 3 current disruptions.']]) {
    const ivr = x.exportIvr(f, { lang, now: NOW });
    assert.deepEqual(ivr.incidents, IDS);
    const at = IDS.map((id) => ivr.text.indexOf(byId(f, id).title[lang]));
    assert.ok(at.every((i) => i >= 0), `every title is said (${lang}): ${ivr.text}`);
    assert.deepEqual([...at].sort((a, b) => a - b), at, 'most severe first');
    assert.ok(ivr.text.includes(count), `the count is said (${lang}): ${ivr.text}`);
    assert.ok(ivr.fits && ivr.seconds <= 45, `${ivr.seconds} s`);
    // --incident chooses which one leads; the others are still named.
    const lead = x.exportIvr(f, { lang, now: NOW, incident: 'storm-2026-11-23' });
    assert.deepEqual(lead.incidents, ['storm-2026-11-23', 'kookadvies-de-hoven', 'afval-2026-11-24']);
    assert.ok(lead.text.includes(byId(f, 'storm-2026-11-23').known[lang].split('. ')[0]), 'the lead incident says what is going on');
    for (const id of IDS) assert.ok(lead.text.includes(byId(f, id).title[lang]), `${id} (${lang}) with --incident`);
  }
  // One open incident: the message is as before, without a count.
  const one = x.exportIvr(feed(), { lang: 'nl', now: Date.parse('2026-11-23T09:45:00Z') });
  assert.deepEqual(one.incidents, ['leiding-utrecht-oost']);
  assert.doesNotMatch(one.text, /actuele melding/);
});

test('lint --for ivr: the message naming all three fits for every lead and language', () => {
  const findings = x.lintChannels(zwaluwen(), ['ivr'], { now: NOW });
  assert.deepEqual(findings.filter((f) => f.rule === 'ivr-too-long'), []);
});

test('e-mail holds every open incident in full, most severe first (nl, en)', () => {
  const f = zwaluwen();
  for (const [lang, more] of [['nl', 'en nog 2 meldingen'], ['en', 'and 2 more disruptions']]) {
    const mail = x.exportEmail(f, { lang, now: NOW });
    assert.deepEqual(mail.incidents, IDS);
    assert.ok(mail.subject.startsWith(byId(f, IDS[0]).title[lang]), mail.subject);
    assert.ok(mail.subject.endsWith(more), mail.subject);
    for (const id of IDS) {
      const inc = byId(f, id);
      for (const text of [inc.title[lang], inc.known[lang], inc.unknown[lang], ...inc.actions.map((a) => a.label[lang])]) {
        assert.ok(mail.text.includes(text), `text (${lang}) has "${text}"`);
        assert.ok(mail.html.includes(text), `html (${lang}) has "${text}"`);
      }
      assert.ok(mail.html.includes(`id="${id}-title"`), `html (${lang}) has ${id} as a section`);
    }
    const at = IDS.map((id) => mail.text.indexOf(`\n${byId(f, id).title[lang]}\n`));
    assert.ok(at.every((i) => i >= 0) && at[0] < at[1] && at[1] < at[2], `each incident in full, most severe first: ${at}`);
    assert.equal(mail.text.match(/\nContact:\n/g).length, 1, 'the channels once, after the incidents');
  }
  // One open incident: subject and body as before.
  const one = x.exportEmail(feed(), { lang: 'en', now: Date.parse('2026-11-23T09:00:00Z') });
  assert.equal(one.subject, 'No water in Utrecht-Oost after a burst main (Cause identified)');
  assert.deepEqual(one.incidents, ['leiding-utrecht-oost']);
});

test('SMS and social: the result says which incident it covers and which open ones it left out', () => {
  const f = zwaluwen();
  for (const lang of ['nl', 'en']) {
    const sms = x.exportSms(f, { lang, now: NOW });
    assert.equal(sms.incident, 'kookadvies-de-hoven');
    assert.deepEqual(sms.others, ['storm-2026-11-23', 'afval-2026-11-24']);
    const chosen = x.exportSms(f, { lang, now: NOW, incident: 'afval-2026-11-24' });
    assert.equal(chosen.incident, 'afval-2026-11-24');
    assert.deepEqual(chosen.others, ['kookadvies-de-hoven', 'storm-2026-11-23']);
    assert.ok(sms.fits && chosen.fits);
  }
  const social = x.exportSocial(f, { now: NOW });
  assert.equal(social.incident, 'kookadvies-de-hoven');
  assert.deepEqual(social.others, ['storm-2026-11-23', 'afval-2026-11-24']);
  assert.deepEqual(social.posts.map((p) => p.lang), ['nl', 'en']);
  // One open incident: nothing left out.
  const one = feed();
  assert.deepEqual(x.exportSms(one, { now: Date.parse('2026-11-23T09:45:00Z') }).others, []);
  assert.deepEqual(x.exportSocial(one, { now: Date.parse('2026-11-23T09:45:00Z') }).others, []);
});

const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The fixture moved to now, so lint has nothing to refuse and the CLI exports it. */
function liveFeed() {
  const f = zwaluwen();
  const now = Date.now();
  for (const k of ['issued_at', 'expires_at', 'seq']) delete f[k];
  for (const [n, inc] of f.incidents.entries()) Object.assign(inc, { started_at: iso(now - 3 * 3_600_000), updated_at: iso(now - (n + 1) * 600_000), next_update_at: iso(now + (n + 1) * 1_800_000) });
  return f;
}

test('CLI: an SMS or social export names the open incidents it left out on standard error (nl, en)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-incidents-'));
  const cli = (...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  try {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(liveFeed(), null, 2));
    const nl = cli('export', 'feed.json', '--to', 'sms');
    assert.equal(nl.status, 0, nl.stderr);
    assert.match(nl.stderr, /^3 open incidenten; deze sms gaat alleen over kookadvies-de-hoven\. Geef --incident ID voor een andere: storm-2026-11-23, afval-2026-11-24$/m);
    assert.match(nl.stdout, /^Kookadvies voor kraanwater in De Hoven\./, 'standard output is the SMS alone');
    const en = cli('export', 'feed.json', '--to', 'sms', '--lang', 'en');
    assert.match(en.stderr, /^3 open incidents; this SMS is about kookadvies-de-hoven only\. Give --incident ID for another: storm-2026-11-23, afval-2026-11-24$/m);
    const chosen = cli('export', 'feed.json', '--to', 'sms', '--lang', 'en', '--incident', 'storm-2026-11-23');
    assert.match(chosen.stderr, /this SMS is about storm-2026-11-23 only\. Give --incident ID for another: kookadvies-de-hoven, afval-2026-11-24$/m);
    const social = cli('export', 'feed.json', '--to', 'social');
    assert.equal(social.status, 0, social.stderr);
    assert.match(social.stderr, /^3 open incidenten; deze berichten gaan alleen over kookadvies-de-hoven\. Geef --incident ID voor een andere: storm-2026-11-23, afval-2026-11-24$/m);
    const socialEn = cli('export', 'feed.json', '--to', 'social', '--lang', 'en');
    assert.match(socialEn.stderr, /^3 open incidents; these posts are about kookadvies-de-hoven only\. Give --incident ID for another: storm-2026-11-23, afval-2026-11-24$/m);
    const json = JSON.parse(cli('export', 'feed.json', '--to', 'sms', '--json').stdout);
    assert.deepEqual([json.incident, json.others], ['kookadvies-de-hoven', ['storm-2026-11-23', 'afval-2026-11-24']]);
    // One open incident: no such note.
    const single = liveFeed();
    single.incidents = single.incidents.filter((i) => i.id === 'storm-2026-11-23');
    writeFileSync(join(dir, 'one.json'), JSON.stringify(single, null, 2));
    const one = cli('export', 'one.json', '--to', 'sms', '--lang', 'en');
    assert.equal(one.status, 0, one.stderr);
    assert.doesNotMatch(one.stderr, /open incident|open storing/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('lint --for ivr: the fix for a line without a wait does not lead a desk whose line is down to fill in 0 (readers would read "Geen wachttijd verwacht" beside a dead number); it says to remove the line and say so', () => {
  const f = zwaluwen();
  const line = f.channels.find((c) => c.id === 'gemeente');
  delete line.wait_minutes;
  const nl = x.lintChannels(f, ['ivr'], { now: NOW, lang: 'nl' }).find((g) => g.rule === 'ivr-no-wait');
  assert.match(nl.fix, /Werkt de lijn niet\? Dan geen 0: haal de lijn weg bij de contactkanalen en zeg bij Wat we weten dat hij niet werkt/);
  const en = x.lintChannels(f, ['ivr'], { now: NOW }).find((g) => g.rule === 'ivr-no-wait');
  assert.match(en.fix, /Is the line down\? Then not 0: remove the line from the contact channels, and say under What we know that it is down/);
  // Once the line is taken out, the check for a missing phone line does not ask for it back.
  f.channels = f.channels.filter((c) => c.kind !== 'phone' || c.emergency);
  const none = x.lintChannels(f, ['ivr'], { now: NOW, lang: 'nl' }).find((g) => g.rule === 'ivr-no-phone');
  assert.match(none.fix, /Werkt uw lijn niet\? Laat hem dan weg; zeg het bij Wat we weten\./);
});

test('lint --for ivr names a phone line as the desk named it, with its id, and says which field to fill (the studio said "phone" and "wait_minutes" to a housing corporation\'s evening duty)', () => {
  const f = zwaluwen();
  const line = f.channels.find((c) => c.id === 'gemeente');
  delete line.wait_minutes;
  delete line.reason;
  const nl = x.lintChannels(f, ['ivr'], { now: NOW, lang: 'nl' }).find((g) => g.rule === 'ivr-no-wait');
  assert.match(nl.message, /^de telefoonlijn "Gemeente Zwaluwen" \(gemeente\) heeft geen verwachte wachttijd/);
  assert.match(nl.fix, /^Vul de wachttijd in minuten in \(wait_minutes; 0 als er geen wachtrij is\)/);
  const en = x.lintChannels(f, ['ivr'], { now: NOW }).find((g) => g.rule === 'ivr-no-wait');
  assert.match(en.message, /^the phone line "Municipality of Zwaluwen" \(gemeente\) has no/);
  line.wait_minutes = 20;
  const reason = x.lintChannels(f, ['ivr'], { now: NOW, lang: 'nl' }).find((g) => g.rule === 'ivr-no-reason');
  assert.match(reason.message, /"Gemeente Zwaluwen" \(gemeente\) heeft een wachttijd maar geen reden/);
});

test('e-mail and the page without script: urgent actions without a who are headed "Doe dit nu", not "Kom nu in actie als…" ending on nothing (a cyberattack feed made in the studio)', () => {
  const f = zwaluwen();
  for (const inc of f.incidents) for (const a of inc.actions ?? []) delete a.who;
  const mail = x.exportEmail(f, { lang: 'nl', now: NOW });
  assert.match(mail.text, /^Doe dit nu$/m);
  assert.doesNotMatch(mail.text, /Kom nu in actie als/);
  const page = x.exportHtml(f, { lang: 'en', now: NOW });
  assert.match(page.text, /<h3>Do this now<\/h3>/);
  assert.doesNotMatch(page.text, /Act now if/);
});

test('lint for a phone line, in the studio\'s words (audience desk): the line by its name and the fields by their labels, no channel id or feed field names', () => {
  const f = zwaluwen();
  const line = f.channels.find((c) => c.id === 'gemeente');
  delete line.wait_minutes;
  delete line.reason;
  const desk = (lang) => x.lintChannels(f, ['ivr'], { now: NOW, lang, audience: 'desk' });
  const nl = desk('nl').find((g) => g.rule === 'ivr-no-wait');
  assert.match(nl.message, /^de telefoonlijn "Gemeente Zwaluwen" heeft geen verwachte wachttijd/);
  assert.match(nl.fix, /^Vul “Wachttijd in minuten” in \(0 als er geen wachtrij is\)\./);
  const en = desk('en').find((g) => g.rule === 'ivr-no-wait');
  assert.match(en.fix, /^Fill in “Wait in minutes” \(0 when there is no queue\)\./);
  line.wait_minutes = 20;
  const reason = desk('nl').find((g) => g.rule === 'ivr-no-reason');
  assert.match(reason.fix, /^Vul “Reden van de wachttijd” in/);
  f.channels = f.channels.filter((c) => c.kind !== 'phone' || c.emergency);
  for (const lang of ['nl', 'en']) assert.doesNotMatch(JSON.stringify(desk(lang)), /wait_minutes|\(gemeente\)/);
  // The CLI keeps the feed's words.
  assert.match(x.lintChannels(f, ['ivr'], { now: NOW }).find((g) => g.rule === 'ivr-no-phone').fix, /wait_minutes/);
});
