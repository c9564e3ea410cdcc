// A municipality's desk (a waste collection strike, 2026-12-03) typed `--template staking` and was refused with a list that
// said "strike (staking)": the Dutch word it read there was no name the CLI took. Every template's name as the desk reads
// it (labels.ts: "staking", "storm of noodweer", "Telefoon, internet of tv", "power cut") now leads to that template.
// Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { ROOT } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const { templateNamed, TEMPLATE_NAMES } = await importTs('src/templates/index.ts');
const { TEMPLATE_LABELS } = await importTs('src/templates/labels.ts');

test('every template is found by its name in Dutch and English, as the refusal lists it (lower case) and as the studio shows it', () => {
  for (const lang of ['nl', 'en']) {
    for (const name of TEMPLATE_NAMES) {
      const label = TEMPLATE_LABELS[lang][name];
      assert.equal(templateNamed(label), name, label);
      assert.equal(templateNamed(label.toLowerCase()), name, label.toLowerCase());
    }
  }
  // Names and aliases as before; a word that is none of them is still refused.
  assert.equal(templateNamed('strike'), 'strike');
  assert.equal(templateNamed('boil water'), 'water-quality');
  assert.equal(templateNamed('afvalinzameling'), undefined);
});

test('clearline new incident --template staking makes a strike incident, in Dutch', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-staking-'));
  try {
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'new', 'incident', '--template', 'staking', '--id', 'staking-afval', '--feed-id', 'gemeente-voorbeeld', '--publisher', 'Gemeente Voorbeeld', '--publisher-url', 'www.voorbeeld.nl', '--time-zone', 'Europe/Amsterdam'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    assert.equal(r.status, 0, r.stderr);
    const feed = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
    assert.match(feed.incidents[0].title.nl, /Staking: minder service op dinsdag/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// The same desk then read "uit het sjabloon strike" and "Gebruikelijk bij het sjabloon strike": the English name in a Dutch sentence.
test('a Dutch desk reads the template by its Dutch name, with the name --template takes beside it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-staking-'));
  const cli = (...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'Europe/Amsterdam' } });
  try {
    assert.equal(cli('new', 'feed', '--feed-id', 'gemeente-voorbeeld', '--publisher', 'Gemeente Voorbeeld', '--publisher-url', 'www.voorbeeld.nl').status, 0);
    assert.equal(cli('new', 'reason', '--name', 'Mijn afspraak', '--name', 'My appointment').status, 0);
    const r = cli('new', 'incident', '--template', 'staking', '--id', 'staking-afval');
    assert.match(r.stdout, /^feed\.json bijgewerkt: incident "staking-afval" uit het sjabloon “Staking” \(strike\); talen nl, en\.\n/);
    assert.match(r.stdout, /Gebruikelijk bij het sjabloon “Staking” \(strike\), en er nog niet bij: "Ik heb tijdens de staking dringend hulp nodig"/);
    assert.doesNotMatch(r.stdout, /sjabloon strike/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
