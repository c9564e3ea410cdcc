// Shared by the export tests: the bilingual fixture feed, its fixed clock, golden files, xmllint.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(ROOT, 'test/fixtures/export');
/** The fixture's next update was promised for 09:30Z: at 09:45Z it is late. */
export const NOW = Date.parse('2026-11-23T09:45:00Z');
export const feed = () => JSON.parse(readFileSync(join(FIXTURES, 'feed.json'), 'utf8'));
export const exporters = () => import(join(ROOT, 'dist/export.js'));

/**
 * `body(dir, run, env)` in a new temporary folder, removed afterwards: `run(...args)` is `clearline …args` (dist/cli.js) there,
 * its result as spawnSync gives it (status, stdout, stderr). With `{ now }` every run's clock stands still at that instant
 * (fixed-clock.mjs); with `{ tz }` it runs in that zone (the desk's language follows the computer's zone when nothing else
 * says it: Dutch on Dutch time); `env` carries both to other commands the test spawns.
 */
export async function withCliDir(prefix, body, { now, tz } = {}) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const env = { ...process.env, ...(tz === undefined ? {} : { TZ: tz }) };
  if (now !== undefined) Object.assign(env, { NODE_OPTIONS: `--import=${pathToFileURL(join(ROOT, 'test/node/fixed-clock.mjs')).href}`, CLEARLINE_TEST_NOW: String(now) });
  const run = (...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000, env });
  try {
    return await body(dir, run, env);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `clearline …args` (dist/cli.js) in `dir`; fails the test unless it exits 0. */
export function cliOk(dir, ...args) {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw r.error;
  assert.equal(r.status, 0, `exit ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r;
}

/**
 * The fixture feed, unstamped, with as its only incident one made from `template` as a desk publishes it:
 * the [[TODO: …]] marks checked and removed, no "who", and its own `known` and `unknown`, so lint lets it through.
 */
export async function deskIncidentFeed(template, { publisher, id, title, known, unknown, now = Date.now() }) {
  const { incidentFromTemplate } = await import(join(ROOT, 'test/node/ts-import.mjs')).then((m) => m.importTs('src/templates/index.ts'));
  const f = feed();
  for (const k of ['issued_at', 'expires_at', 'seq']) delete f[k];
  f.publisher.name = publisher;
  const inc = incidentFromTemplate(template, { id, langs: ['nl', 'en'], now: now - 600_000, title });
  for (const a of inc.actions) {
    for (const l of Object.keys(a.label)) a.label[l] = a.label[l].replace(/^\[\[TODO: [^\]]*\]\]\s*/, '');
    delete a.who;
  }
  Object.assign(inc, { known, unknown });
  f.incidents = [inc];
  return { feed: f, incident: inc };
}

/**
 * Compares with test/fixtures/export/golden/<name>. A missing golden file is an error, not a pass;
 * `UPDATE_GOLDEN=1 node --test test/node/export.test.mjs` rewrites them (then read the diff!).
 */
export function golden(name, actual) {
  const path = join(FIXTURES, 'golden', name);
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  assert.ok(existsSync(path), `golden file ${name} is missing; run UPDATE_GOLDEN=1 node --test ${process.argv[1] ?? ''}`);
  assert.equal(actual, readFileSync(path, 'utf8'), `output differs from golden/${name}`);
}

/** xmllint (WebAssembly): well-formedness, or validity against an XSD when `schema` is given. */
export async function xmllint(xml, schema) {
  const { validateXML } = await import('xmllint-wasm');
  const files = (Array.isArray(xml) ? xml : [xml]).map((contents, i) => ({ fileName: `doc${i}.xml`, contents }));
  const result = await validateXML(schema ? { xml: files, schema: [{ fileName: 'schema.xsd', contents: schema }] } : { xml: files, normalization: 'format' });
  return { valid: result.valid, errors: result.errors.map((e) => e.message ?? e.rawMessage ?? String(e)) };
}
