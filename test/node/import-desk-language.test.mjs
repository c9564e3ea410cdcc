// A Dutch desk imported its Statuspage export (Dutch texts, page on Europe/Amsterdam; or a page on Etc/UTC and a
// computer on Dutch time) and was answered in English: "Imported 1 incident(s)", an English to-do list, "the export has
// no incidents" under "Still to write", and English refusals. Now every import message follows the desk's language as
// other commands choose it (the feed's texts, the feed.json in the folder, a Dutch clock). And a file name with a space
// was printed bare in the to-do commands (clearline update mijn feed.json …), which failed when copied: now quoted, and
// each command is run here through a shell exactly as printed. Uses dist/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { ROOT } from './export-kit.mjs';

const CLI = join(ROOT, 'dist/cli.js');
const fixture = (name) => readFileSync(join(ROOT, 'test/fixtures/import', name), 'utf8');

function inDir(body) {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-import-lang-'));
  const run = (tz, ...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, TZ: tz } });
  try {
    return body(dir, run);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('import statuspage: Dutch for a Dutch page, a Dutch clock or a Dutch feed in the folder; English otherwise', () => {
  inDir((dir, run) => {
    writeFileSync(join(dir, 'summary.json'), fixture('statuspage-summary.json')); // page on Europe/Amsterdam
    writeFileSync(join(dir, 'incidents.json'), fixture('statuspage-incidents.json')); // page on Etc/UTC
    const page = run('UTC', 'import', 'statuspage', 'summary.json', '--out', 'a.json');
    assert.equal(page.status, 0, page.stderr);
    assert.match(page.stderr, /^1 incident geïmporteerd in a\.json\.\nNog te schrijven voordat u ondertekent/);
    assert.match(page.stderr, /wat we nog niet weten: clearline update a\.json/);
    assert.doesNotMatch(page.stderr, /Imported|Still to write|what we don't know/);

    const clock = run('Europe/Amsterdam', 'import', 'statuspage', 'incidents.json', '--out', 'b.json');
    assert.match(clock.stderr, /^2 incidenten geïmporteerd in b\.json\./, clock.stderr);
    const london = run('Europe/London', 'import', 'statuspage', 'incidents.json', '--out', 'c.json');
    assert.match(london.stderr, /^Imported 2 incident\(s\) into c\.json\.\nStill to write/, london.stderr);

    // The desk's Dutch feed in the folder says it too, whatever the clock.
    writeFileSync(join(dir, 'feed.json'), JSON.stringify({ type: 'status', incidents: [{ title: { nl: 'Storing' } }] }));
    const folder = run('Europe/London', 'import', 'statuspage', 'incidents.json', '--out', 'd.json');
    assert.match(folder.stderr, /^2 incidenten geïmporteerd in d\.json\./, folder.stderr);
  });
});

test('import statuspage, an export without incidents: said in Dutch, apart from what is still to write', () => {
  inDir((dir, run) => {
    writeFileSync(join(dir, 'empty.json'), JSON.stringify({ page: { name: 'Voorbeeld', time_zone: 'Europe/Amsterdam' }, incidents: [] }));
    const r = run('UTC', 'import', 'statuspage', 'empty.json', '--out', 'leeg.json');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /^0 incidenten geïmporteerd in leeg\.json\.\nEr staan geen incidenten in de export/);
    assert.doesNotMatch(r.stderr, /the export has no incidents|Nog te schrijven/);
    // The pure importer's JSON keeps its note for programs reading it.
    assert.deepEqual(JSON.parse(run('UTC', 'import', 'statuspage', 'empty.json', '--json').stdout).placeholders, ['the export has no incidents']);
  });
});

test('import refusals on a Dutch clock are in Dutch', () => {
  inDir((dir, run) => {
    writeFileSync(join(dir, 'alert.xml'), fixture('cap-alert.xml'));
    writeFileSync(join(dir, 'summary.json'), '{"page": {}}');
    const notJson = run('Europe/Amsterdam', 'import', 'statuspage', 'alert.xml');
    assert.match(notJson.stderr, /alert\.xml: geen geldige JSON: /);
    const notStatuspage = run('Europe/Amsterdam', 'import', 'statuspage', 'summary.json');
    assert.match(notStatuspage.stderr, /dit is geen summary\.json of incidents\.json van Statuspage/);
    const notCap = run('Europe/Amsterdam', 'import', 'cap', 'summary.json');
    assert.match(notCap.stderr, /het CAP-bestand is geen geldige XML/);
    writeFileSync(join(dir, 'taken.json'), '{}');
    const taken = run('Europe/Amsterdam', 'import', 'statuspage', join(ROOT, 'test/fixtures/import/statuspage-incidents.json'), '--out', 'taken.json');
    assert.match(taken.stderr, /taken\.json bestaat al; geef --force/);
  });
});

test('import into "mijn feed.json": every listed command names the file quoted and runs as printed through a shell', () => {
  inDir((dir, run) => {
    writeFileSync(join(dir, 'summary.json'), fixture('statuspage-summary.json'));
    const r = run('UTC', 'import', 'statuspage', 'summary.json', '--out', 'mijn feed.json');
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stderr.split('\n').filter((l) => l.includes('clearline update'));
    assert.equal(lines.length, 3, r.stderr);
    for (const l of lines) {
      assert.match(l, /clearline update "mijn feed\.json" --incident/);
      const command = l.slice(l.indexOf('clearline ')).replaceAll('"…"', '"Geschreven door de desk."').replace(/^clearline/, `"${process.execPath}" "${CLI}"`);
      const sh = spawnSync('sh', ['-c', command], { cwd: dir, encoding: 'utf8' });
      assert.equal(sh.status, 0, `${command}\n${sh.stderr}`);
    }
    const lint = run('UTC', 'lint', '--json', 'mijn feed.json');
    assert.deepEqual(JSON.parse(lint.stdout).findings.filter((f) => f.severity === 'error'), [], lint.stdout);
  });
});
