// One text given for a feed in two languages. `new reason --name "Mijn afval is niet opgehaald"` on a municipality's nl,en
// feed put the Dutch name in both languages, and `update --add-action "Zet gevoelige apparaten uit" --who "…"` wrote plain
// strings: English readers saw Dutch words, and nothing was said. `update --known` with one text for a two-language
// incident has long been refused ("known staat in nl, en; geef --lang nl,en en één --known per taal"); a new action, its
// who and a reason's name now are too, with the form to use, and the file is left as it was. A channel's name may still
// be one for all ("Servicedesk"). Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';

const read = (dir) => readFileSync(join(dir, 'feed.json'), 'utf8');
const ok = (r) => assert.equal(r.status, 0, r.stderr + r.stdout);

test('new reason and edit reason: one name on a feed in nl and en is refused with the per-language form; two are written each in its language', () =>
  withCliDir('clearline-one-name-', (dir, run) => {
    ok(run('new', 'feed', '--feed-id', 'gemeente-x', '--publisher', 'Gemeente X', '--publisher-url', 'www.x.example', '--time-zone', 'Europe/Amsterdam', '--lang', 'nl,en'));
    const before = read(dir);
    const one = run('new', 'reason', '--name', 'Mijn afval is niet opgehaald', '--urgent');
    assert.notEqual(one.status, 0);
    assert.match(one.stderr, /geef één --name per taal, in die volgorde, zodat geen lezer de woorden van een andere taal krijgt: --lang nl,en --name "…" --name "…"/);
    assert.equal(read(dir), before, 'feed.json unchanged');
    ok(run('new', 'reason', '--name', 'Mijn afval is niet opgehaald', '--name', 'My waste was not collected'));
    const [reason] = JSON.parse(read(dir)).contact_reasons;
    assert.deepEqual(reason.label, { nl: 'Mijn afval is niet opgehaald', en: 'My waste was not collected' });
    // edit reason: one name for both refused too; one language named keeps the other.
    const renamed = read(dir);
    const edit = run('edit', 'reason', '--id', reason.id, '--name', 'Afval niet opgehaald');
    assert.notEqual(edit.status, 0);
    assert.match(edit.stderr, /--lang nl,en --name "…" --name "…"/);
    assert.equal(read(dir), renamed);
    ok(run('edit', 'reason', '--id', reason.id, '--lang', 'en', '--name', 'My bin was not emptied'));
    assert.deepEqual(JSON.parse(read(dir)).contact_reasons[0].label, { nl: 'Mijn afval is niet opgehaald', en: 'My bin was not emptied' });
    // A channel's name such as "Servicedesk" may still be one for all, as its help says.
    ok(run('new', 'channel', '--kind', 'phone', '--link', '14 020', '--name', 'Servicedesk'));
    assert.deepEqual(JSON.parse(read(dir)).channels[0].label, { nl: 'Servicedesk', en: 'Servicedesk' });
  }));

test('new feed in nl and en prints the new reason command with a --name per language, and it runs as printed', () =>
  withCliDir('clearline-one-name-hint-', (dir, run) => {
    const made = run('new', 'feed', '--feed-id', 'gemeente-x', '--publisher', 'Gemeente X', '--publisher-url', 'www.x.example', '--time-zone', 'Europe/Amsterdam');
    ok(made);
    const line = made.stdout.split('\n').find((l) => l.includes('clearline new reason'));
    assert.match(line, /^ {2}clearline new reason --name "…" --name "…" {3}\(/);
    const names = ['Mijn afval is niet opgehaald', 'My waste was not collected'];
    const args = line.trim().split(/ {3}/)[0].split(' ').slice(1).map((a) => (a === '"…"' ? names.shift() : a));
    ok(run(...args));
  }));

test('update --add-action and --who: one text for an incident in nl and en is refused as one --known is; one per language is written per language', () =>
  withCliDir('clearline-one-action-', (dir, run) => {
    ok(run('new', 'incident', '--template', 'power', '--id', 'stroom', '--feed-id', 'netbeheer-x', '--publisher', 'Netbeheer X', '--publisher-url', 'www.x.example',
      '--time-zone', 'Europe/Amsterdam', '--lang', 'nl,en', '--title', 'Stroomstoring in Zwolle', '--title', 'Power cut in Zwolle'));
    const before = read(dir);
    const one = run('update', 'feed.json', '--incident', 'stroom', '--add-action', 'Zet gevoelige apparaten uit');
    assert.notEqual(one.status, 0);
    assert.equal(one.stderr, 'clearline update: dit incident staat in nl, en; geef --lang nl,en en één --add-action per taal\n');
    const who = run('update', 'feed.json', '--incident', 'stroom', '--add-action', 'Zet gevoelige apparaten uit', '--add-action', 'Switch off sensitive appliances', '--who', 'U woont in Zwolle-Zuid');
    assert.notEqual(who.status, 0);
    assert.equal(who.stderr, 'clearline update: who staat in nl, en; geef --lang nl,en en één --who per taal\n');
    assert.equal(read(dir), before, 'feed.json unchanged');
    ok(run('update', 'feed.json', '--incident', 'stroom', '--add-action', 'Zet gevoelige apparaten uit', '--add-action', 'Switch off sensitive appliances',
      '--who', 'U woont in Zwolle-Zuid', '--who', 'You live in Zwolle-Zuid'));
    assert.deepEqual(JSON.parse(read(dir)).incidents[0].actions.at(-1), {
      label: { nl: 'Zet gevoelige apparaten uit', en: 'Switch off sensitive appliances' },
      who: { nl: 'U woont in Zwolle-Zuid', en: 'You live in Zwolle-Zuid' },
    });
  }));

test('update --add-action on an incident in one language: one label, as before', () =>
  withCliDir('clearline-one-action-en-', (dir, run) => {
    ok(run('new', 'incident', '--template', 'power', '--id', 'power', '--feed-id', 'grid-x', '--publisher', 'Grid X', '--publisher-url', 'www.x.example',
      '--time-zone', 'Europe/London', '--lang', 'en', '--title', 'Power cut in Leeds'));
    ok(run('update', 'feed.json', '--incident', 'power', '--add-action', 'Switch off sensitive appliances', '--who', 'You live in LS6'));
    assert.deepEqual(JSON.parse(read(dir)).incidents[0].actions.at(-1), { label: 'Switch off sensitive appliances', who: 'You live in LS6' });
  }));
