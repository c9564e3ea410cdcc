// A bank's desk resolved a payments outage whose urgent action warned "Wij vragen nooit om uw pincode", while the scam texts
// that ride on such an outage went on: the all-clear (status page, SMS, e-mail) left every action out, the warning too, and
// update said nothing. The exports keep leaving a resolved incident's actions out (most no longer hold: "Betaal contant"), but
// update --resolve now names them to the desk, in its language, with the command that says what still holds in the closing
// text. Run `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { feed, folder, run } from './desk-feed-kit.mjs';

const bank = (first) => {
  const f = feed(first);
  const two = (nl, en) => (first === 'nl' ? { nl, en } : { en, nl });
  f.incidents[0].actions = [
    { label: two('Betaal zo nodig contant', 'Pay in cash if you need to') },
    { label: two('Wij vragen nooit om uw pincode of om geld over te maken', 'We never ask for your PIN or for a transfer'), urgent: true },
  ];
  return f;
};

test('update --resolve of an incident with actions says readers no longer see them, scam warning first, and how to repeat it', () => {
  const dir = folder(bank('nl'));
  const r = run(dir, 'update', 'feed.json', '--incident', 'storm', '--resolve', '--lang', 'nl,en', '--known', 'Betalen werkt weer.', '--known', 'Payments work again.');
  assert.equal(r.status, 0, r.stderr);
  const command = 'clearline update feed.json --incident storm --correct --lang nl,en --known "…" --known "…"';
  assert.ok(
    r.stdout.includes(
      `Lezers zien de acties van dit incident niet meer (de statuspagina, sms en e-mail laten ze weg zodra het is opgelost): "Wij vragen nooit om uw pincode of om geld over te maken", "Betaal zo nodig contant". Geldt er een nog, zoals een waarschuwing voor nepberichten of nepbellers ("Wij vragen nooit om uw pincode")? Zeg het dan als eerste in de slottekst (de sms houdt alleen de eerste zin): ${command}\n`,
    ),
    r.stdout,
  );
  // The command it gives works: the closing text changes, the incident stays resolved, and nothing is said again.
  const again = run(dir, 'update', 'feed.json', '--incident', 'storm', '--correct', '--lang', 'nl,en', '--known', 'Betalen werkt weer. Wij vragen nooit om uw pincode.', '--known', 'Payments work again. We never ask for your PIN.');
  assert.equal(again.status, 0, again.stderr);
  const after = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).incidents[0];
  assert.deepEqual([after.phase, after.known.nl], ['resolved', 'Betalen werkt weer. Wij vragen nooit om uw pincode.']);
  assert.doesNotMatch(again.stdout, /Lezers zien de acties/);

  const en = run(folder(bank('en')), 'update', 'feed.json', '--incident', 'storm', '--resolve', '--json', '--lang', 'en,nl', '--known', 'Payments work again.', '--known', 'Betalen werkt weer.');
  assert.equal(en.status, 0, en.stderr);
  const hint = JSON.parse(en.stdout).closing_actions_hint;
  assert.equal(hint.command, 'clearline update feed.json --incident storm --correct --lang en,nl --known "…" --known "…"');
  assert.match(hint.message, /^Readers no longer see this incident's actions \(the status page, SMS and e-mail leave them out once it is resolved\): "We never ask for your PIN or for a transfer", "Pay in cash if you need to"\. Does one still hold/);
});

test('update --resolve of an incident without actions says nothing about them', () => {
  const r = run(folder(feed('nl')), 'update', 'feed.json', '--incident', 'storm', '--resolve', '--json', '--lang', 'nl,en', '--known', 'Open.', '--known', 'Open.');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).closing_actions_hint, null);
});
