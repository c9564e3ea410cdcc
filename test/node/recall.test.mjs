// A dairy brand's night desk recalls one batch of yoghurt (possible listeria) at 23:00, in Dutch and
// English (walk-through 2026-12-02). Before, there was no recall template: `generic` gave outage
// words ("Ik heb last van de storing" as a contact reason, published unmarked) and nothing about the
// batch, a refund or who to call after eating it. Uses dist/ (run `npm run build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './ts-import.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'dist/cli.js');
const run = (dir, ...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'UTC' } });
const NEW = ['new', 'incident', '--template', 'terugroepactie', '--id', 'recall-l2345', '--feed-id', 'zuivelhoeve', '--publisher', 'Zuivelhoeve', '--publisher-url', 'https://www.zuivelhoeve.nl', '--time-zone', 'Europe/Amsterdam'];
const OUTAGE_WORDS = /storing|outage|disruption|restor|hersteld|weer werkt|works again|monteur|engineer|reis|travel/i;

function withDir(fn) {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-recall-'));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('new incident --template recall (alias terugroepactie): recall guidance in Dutch and English, no outage words, lint refuses it until edited', () =>
  withDir((dir) => {
    const r = run(dir, ...NEW);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /uit het sjabloon “Terugroepactie” \(recall\); talen nl, en\./);
    const feed = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
    const inc = feed.incidents[0];
    // The reason for a recall is known from the start.
    assert.equal(inc.phase, 'identified');
    assert.match(inc.known.nl, /batchcode.*houdbaarheidsdatum.*waar op de verpakking/);
    assert.match(inc.known.en, /batch code.*best-before.*where on the pack/);
    assert.match(inc.unknown.en, /laboratory/);
    assert.doesNotMatch(JSON.stringify(inc) + JSON.stringify(feed.contact_reasons), OUTAGE_WORDS);
    // Who ate some goes to their own doctor, first, and the instruction leads (an SMS that must
    // shorten the action keeps it); the catalog's English names no number (it differs by country), a Dutch feed's says 112.
    const [health, ...rest] = inc.actions;
    assert.equal(health.urgent, true);
    assert.match(health.label.nl, /\]\] Bel uw huisarts als u ervan gegeten heeft en zwanger bent.*niet ons.*noodgeval: 112/);
    assert.match(health.label.en, /\]\] Call your GP .*pregnant.*not us/);
    assert.match(health.label.en, /Only in an emergency: 112$/);
    assert.ok(rest.some((a) => a.urgent && /Eet het niet/.test(a.label.nl) && /Do not eat it/.test(a.label.en)));
    assert.ok(rest.some((a) => /geld terug/.test(a.label.nl) && /money back/.test(a.label.en)));
    // "Is my pot affected?": the batch code and date are placeholders of their own in an action, so
    // taking the check mark away is not enough to publish it.
    const which = inc.actions.findIndex((a) => /batchcode \[\[TODO: batchcode\]\] met houdbaarheidsdatum \[\[TODO: datum\]\]/.test(a.label.nl));
    assert.ok(which > 0, JSON.stringify(inc.actions));
    assert.match(inc.actions[which].label.en, /batch code \[\[TODO: batch code\]\] with best-before date \[\[TODO: date\]\]/);
    const unmarked = structuredClone(feed);
    for (const l of ['nl', 'en']) unmarked.incidents[0].actions[which].label[l] = inc.actions[which].label[l].replace(/^\[\[TODO: [^\]]*\]\] /, '');
    writeFileSync(join(dir, 'unmarked.json'), JSON.stringify(unmarked));
    const still = JSON.parse(run(dir, 'lint', '--json', 'unmarked.json').stdout).findings.filter((f) => f.rule === 'placeholder').map((f) => f.path);
    assert.ok(still.includes(`incidents/0/actions/${which}/label/nl`) && still.includes(`incidents/0/actions/${which}/label/en`), still.join());
    assert.deepEqual(feed.contact_reasons.map((c) => c.id), ['ate-it', 'affected', 'refund', 'other-products']);
    assert.deepEqual(feed.contact_reasons.map((c) => c.urgent === true), [true, false, false, false]);
    assert.match(feed.contact_reasons[0].label.nl, /gegeten.*zwanger/);
    const lint = JSON.parse(run(dir, 'lint', '--json', 'feed.json').stdout);
    assert.equal(lint.ok, false);
    for (const i of inc.actions.keys()) for (const lang of ['nl', 'en']) assert.ok(lint.findings.some((f) => f.rule === 'placeholder' && f.path === `incidents/0/actions/${i}/label/${lang}`), `action ${i} ${lang}`);
    // Beside this Dutch feed the help is Dutch (help-desk-language.test.mjs); --lang en asks for the English.
    assert.match(run(dir, 'new', 'incident', '--help').stdout, /recall \(terugroepactie/);
    assert.match(run(dir, 'new', 'incident', '--help', '--lang', 'en').stdout, /recall \(product recall/);
  }));

test('recall: once the desk has checked the ready-made texts, the SMS still says "Bel uw huisarts" with a real title', () =>
  withDir((dir) => {
    assert.equal(run(dir, ...NEW).status, 0);
    const feed = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
    const inc = feed.incidents[0];
    // The desk keeps the ready-made actions: it takes the marks away and says who each is for.
    for (const a of inc.actions) for (const l of ['nl', 'en']) [a.label[l], a.who[l]] = [a.label[l].replace(/^\[\[TODO: [^\]]*\]\] /, ''), /"(.*)"/.exec(a.who[l])[1]];
    // …and fills in the batch code and the date.
    for (const a of inc.actions) for (const l of ['nl', 'en']) a.label[l] = a.label[l].replace(/\[\[TODO: batch ?code\]\]/, 'L2345').replace(/\[\[TODO: (datum|date)\]\]/, '14-12-2026');
    inc.title = { nl: 'Terugroepactie: Volle Yoghurt Naturel 1 liter, batch L2345', en: 'Recall: Whole Natural Yoghurt 1 litre, batch L2345' };
    inc.known = { nl: 'Wij halen batch L2345 terug, ten minste houdbaar tot 14-12-2026. Er kan listeria in zitten.', en: 'We are recalling batch L2345, best before 14-12-2026. It may contain listeria.' };
    inc.unknown = { nl: 'Of er echt listeria in zit.', en: 'Whether it really contains listeria.' };
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed));
    assert.deepEqual(JSON.parse(run(dir, 'lint', '--json', 'feed.json').stdout).findings.filter((f) => f.rule === 'placeholder'), []);
    const sms = JSON.parse(run(dir, 'export', 'feed.json', '--to', 'sms', '--lang', 'nl', '--json').stdout);
    assert.match(sms.text, /^Terugroepactie: .* Bel uw huisarts als u ervan gegeten heeft/);
    const en = JSON.parse(run(dir, 'export', 'feed.json', '--to', 'sms', '--lang', 'en', '--json').stdout);
    assert.match(en.text, /^Recall: .* Call your GP/);
  }));

test('the studio offers the recall template by name: "Terugroepactie" / "Product recall"', async () => {
  const { TEMPLATE_LABELS } = await importTs('src/components/editor/template-labels.ts');
  assert.equal(TEMPLATE_LABELS.nl.recall, 'Terugroepactie');
  assert.equal(TEMPLATE_LABELS.en.recall, 'Product recall');
});
