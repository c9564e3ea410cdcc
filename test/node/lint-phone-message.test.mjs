// Trial V (a Belgian bank's desk, 11:06, a phishing wave): the Dutch phone message took over its 45 s even shortened and
// had no room for the second urgent action ("Klik niet op links…"). `lint`, `sign` and the studio said nothing; only
// `export --to ivr`, after signing, refused to write it. Now lint warns (phone-message-too-long), made by the export's own
// function, naming the language, the seconds against 45, what was left out and the longest sentence to shorten; `lint
// --for ivr` and `export --to ivr` still say it once, in their own words. (dist/: run `npm run build` first.)
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { exporters, ROOT, withCliDir } from './export-kit.mjs';

const { lintDocument } = await import(join(ROOT, 'dist/lint.js'));
/** 11:06 in Brussels. */
const NOW = Date.parse('2026-12-07T10:06:00Z');
const iso = (min) => new Date(NOW + min * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const LONG_NL = 'Heeft u op de link geklikt en uw kaartnummer, uw pincode of de code van uw kaartlezer ingevuld? Bel dan meteen Card Stop op 078 170 170 om uw kaart te laten blokkeren, ook als u niet zeker weet of er al geld van uw rekening is gegaan, en meld het daarna ook bij de politie in uw gemeente of via Police on web, met de datum en het uur van de sms';

function bankFeed(first = LONG_NL) {
  return {
    type: 'status', version: 1, feed_id: 'bank-be', time_zone: 'Europe/Brussels',
    publisher: { name: { nl: 'Voorbeeldbank', en: 'Voorbeeldbank' }, url: 'https://www.voorbeeldbank.example' },
    channels: [
      { id: 'cardstop', kind: 'phone', label: { nl: 'Card Stop (kaart blokkeren)', en: 'Card Stop (block your card)' }, href: 'tel:+3278170170', emergency: true },
      { id: 'phone', kind: 'phone', label: { nl: 'Klantendienst', en: 'Customer service' }, href: 'tel:+3222221111', wait_minutes: 25, reason: { nl: 'veel telefoontjes over valse sms-berichten', en: 'many calls about fake text messages' } },
    ],
    contact_reasons: [{ id: 'card', label: { nl: 'Mijn kaart blokkeren', en: 'Block my card' }, urgent: true, channels: ['cardstop'] }],
    incidents: [{
      id: 'phishing', severity: 'major', phase: 'identified',
      title: { nl: 'Valse sms-berichten uit naam van Voorbeeldbank', en: 'Fake text messages in the name of Voorbeeldbank' },
      started_at: iso(-90), updated_at: iso(-10), next_update_at: iso(60),
      known: { nl: 'Sinds vanochtend krijgen veel mensen een valse sms die zegt dat hun kaart wordt geblokkeerd. De berichten komen niet van ons.', en: 'Since this morning many people get a fake text saying their card will be blocked. The messages are not from us.' },
      unknown: { nl: 'Hoeveel mensen hun gegevens hebben ingevuld.', en: 'How many people filled in their details.' },
      actions: [
        { label: { nl: first, en: 'Did you click the link and fill in your card details? Call Card Stop on 078 170 170 at once to block your card.' }, href: 'tel:+3278170170', urgent: true },
        { label: { nl: 'Klik niet op links in sms-berichten over uw kaart en geef nooit uw pincode of de code van uw kaartlezer', en: 'Do not click links in text messages about your card, and never give your PIN' }, urgent: true },
      ],
    }],
  };
}

const found = (feed, o = {}) => lintDocument(feed, { now: NOW, timeZone: 'Europe/Brussels', ...o }).filter((f) => f.rule === 'phone-message-too-long');

test('lint warns when the Dutch phone message is over its 45 s, with the seconds export --to ivr measures', async () => {
  const feed = bankFeed();
  const ivr = (await exporters()).exportIvr(feed, { lang: 'nl', now: NOW });
  assert.equal(ivr.fits, false);
  assert.ok(ivr.dropped.includes('todo-phishing-2'), ivr.dropped.join());
  const [nl, ...more] = found(feed, { lang: 'nl' });
  assert.equal(more.length, 0, 'the English message fits: one finding, for the Dutch');
  assert.equal(nl.severity, 'warning');
  // Pointed at the longest sentence: the first urgent action's Dutch.
  assert.equal(nl.path, 'incidents/0/actions/0/label/nl');
  const s = String(ivr.seconds).replace('.', ',');
  assert.match(nl.message, new RegExp(`^het Nederlandse telefoonbericht voor "Klantendienst" \\(phone\\) is te lang voor de telefoonlijn: ${s} s van hooguit 45 s, ook zonder .*dringende actie 2 \\("Klik niet op links`));
  assert.match(nl.message, /clearline export --to ivr schrijft het niet$/);
  assert.match(nl.fix, /^Maak de langste zin korter \(\d+,\d s, dringende actie 1\): "Heeft u op de link geklikt/);
  assert.match(nl.fix, /bellers ook dringende actie 2 \("Klik niet op links/);
  const [en] = found(feed, { lang: 'en' });
  assert.match(en.message, new RegExp(`^the Dutch phone message for "Customer service" \\(phone\\) is too long for the phone line: ${ivr.seconds} s of at most 45 s`));
  assert.match(en.fix, /^Shorten the longest sentence/);
  // The studio's words: no CLI command, no channel id.
  const [desk] = found(feed, { lang: 'en', audience: 'desk' });
  assert.doesNotMatch(`${desk.message} ${desk.fix}`, /clearline|\(phone\)/);
  assert.match(desk.message, /exporting it for the phone system writes nothing$/);
});

test('no warning when the message fits, nor for a feed without an ordinary phone line (no message to make)', () => {
  assert.deepEqual(found(bankFeed('Heeft u uw kaartgegevens ingevuld? Bel meteen Card Stop op 078 170 170.')), []);
  const noLine = bankFeed();
  noLine.channels = noLine.channels.filter((c) => c.id !== 'phone');
  assert.deepEqual(found(noLine), []);
});

test('clearline lint and sign warn and still pass; lint --for ivr and export --to ivr say it once, their own way', async () => {
  await withCliDir('clearline-ivrlint-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(bankFeed()));
    const lint = run('lint', 'feed.json', '--lang', 'en');
    assert.equal(lint.status, 0, lint.stdout + lint.stderr);
    assert.match(lint.stdout, /warning incidents\/0\/actions\/0\/label\/nl .*: the Dutch phone message for "Customer service" \(phone\) is too long for the phone line: [\d.]+ s of at most 45 s.* \[phone-message-too-long\]/);
    const forIvr = run('lint', 'feed.json', '--for', 'ivr', '--lang', 'en');
    assert.match(forIvr.stdout, /\[ivr-too-long\]/);
    assert.doesNotMatch(forIvr.stdout, /phone-message-too-long/);
    const out = run('export', 'feed.json', '--to', 'ivr', '--lang', 'nl');
    assert.equal(out.status, 1, out.stderr);
    assert.equal(out.stdout, '');
    assert.doesNotMatch(out.stderr, /phone-message-too-long/);
    assert.equal(run('keygen', '--out', 'private.jwk.json').status, 0);
    const sign = run('sign', 'feed.json', '--key', 'private.jwk.json', '--lang', 'en');
    assert.equal(sign.status, 0, sign.stderr);
    assert.match(sign.stdout + sign.stderr, /\[phone-message-too-long\]/);
  }, { now: NOW, tz: 'Europe/Brussels' });
});
