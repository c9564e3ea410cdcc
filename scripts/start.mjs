#!/usr/bin/env node
// The demo: build if needed, sign the demo documents with a throwaway key, serve the project root,
// and step through a crisis at two fictional companies: the airline Example Air (a storm) and the
// energy company Utrecht Energie (a gas outage, demo/energy/), selectable on every demo page.
//
//   npm start                      build (when src/ is newer), sign, serve on http://127.0.0.1:8787/demo/
//   PORT=9000 npm start            another port (the next free one is used when it is busy)
//   node scripts/start.mjs --phase=1     start at another phase of the storm (1-4; default 2)
//   node scripts/start.mjs --no-build    never build; dist/ must exist (the tests use this after `npm run build`)
//   node scripts/start.mjs --no-serve    build and sign only, then exit
//
// The crisis has four phases (demo/phases.json over demo/feed.json): 1 first report, 2 update,
// 3 overdue update, 4 resolved. The server keeps the current phase in memory and serves only its
// document at /demo/.generated/feed.jws.json, signed afresh with a higher `seq` on every change.
// The demo pages change it through /demo/api/phase (GET: the state; POST ?n=1-4, ?step=next or
// ?auto=on|off: change it, same-origin requests only).
//
// Everything generated goes to demo/.generated/ (gitignored): the key pair, the signed status
// feed and FAQ, the status page without script and the Atom feed per language (status.nl.html,
// status.nl.atom, …, exported from the signed feed), and config.js, which tells the demo pages the URLs and the public key to pin.
import { spawnSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { phaseDocument, TIME_FIELDS } from './demo-phases.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const GENERATED = join(ROOT, 'demo', '.generated');
const FEED_URL = '/demo/.generated/feed.jws.json';
const FAQ_URL = '/demo/.generated/faq.jws.json';
/** The demo companies: their documents (in `dir`) and where their signed versions are served. */
const COMPANIES = [
  { id: 'air', name: 'Example Air', dir: 'demo', src: FEED_URL, faqSrc: FAQ_URL, page: '/demo/' },
  { id: 'energy', name: 'Utrecht Energie', dir: 'demo/energy', src: '/demo/.generated/energy/feed.jws.json', faqSrc: '/demo/.generated/energy/faq.jws.json', page: '/demo/energy.html' },
];
const CONFIG_URL = '/demo/.generated/config.js';
const API_URL = '/demo/api/phase';
const VALID_MS = 60 * 60_000; // expires_at: one hour after issued_at
const FAQ_VALID_MS = 30 * 24 * 60 * 60_000; // FAQ documents: 30 days
const RESIGN_MS = 20 * 60_000; // re-sign well before expiry so a long-running demo never goes stale
const AUTOPLAY_MS = 20_000; // auto-play: the next phase every 20 seconds
const serve = !process.argv.includes('--no-serve');
const build = !process.argv.includes('--no-build');
const phaseArg = process.argv.map((a) => /^--phase=(\d+)$/.exec(a)?.[1]).find(Boolean);

const BUILD_OUTPUTS = ['dist/clearline.js', 'dist/clearline.iife.js', 'dist/cli.js', 'dist/feed.js', 'dist/export.js'];

async function mtime(path) {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return undefined;
  }
}

async function newestUnder(dir) {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const t = await mtime(join(entry.parentPath ?? entry.path, entry.name));
    if (t !== undefined && t > newest) newest = t;
  }
  return newest;
}

async function buildIfNeeded() {
  const outputs = await Promise.all(BUILD_OUTPUTS.map((p) => mtime(join(ROOT, p))));
  const source = await newestUnder(join(ROOT, 'src'));
  if (outputs.every((t) => t !== undefined && t > source)) {
    console.log('dist/ is up to date with src/; not rebuilding.');
    return;
  }
  console.log('Building (npm run build)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error('The build failed; see the output above. Did you run `npm install`?');
    process.exit(result.status ?? 1);
  }
}

async function readJson(path) {
  return JSON.parse(await readFile(path, 'utf8'));
}

/** Writes next to the target and renames, so the server never sends a half-written file. */
async function writeAtomic(path, text, mode) {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, text, mode === undefined ? undefined : { mode });
  await rename(tmp, path);
}

/** Reuses the throwaway key pair in demo/.generated/ when there is one, else makes a new one. */
async function demoKeys(feed) {
  const privatePath = join(GENERATED, 'private.jwk.json');
  const publicPath = join(GENERATED, 'public.jwk.json');
  try {
    const privateJwk = await readJson(privatePath);
    const publicJwk = await readJson(publicPath);
    if (privateJwk.crv === 'Ed25519' && typeof privateJwk.d === 'string' && privateJwk.x === publicJwk.x) {
      return { privateJwk, publicJwk };
    }
  } catch {
    // none yet, or unreadable: make a new pair
  }
  const { privateJwk, publicJwk, kid } = await feed.generateSigningKey('Ed25519');
  await writeAtomic(privatePath, JSON.stringify(privateJwk, null, 2) + '\n', 0o600);
  await writeAtomic(publicPath, JSON.stringify(publicJwk, null, 2) + '\n');
  console.log(`Made a throwaway Ed25519 demo key (kid ${kid}) in demo/.generated/.`);
  return { privateJwk, publicJwk };
}

/** Every phase must be a valid status feed and every time must have an offset, else the demo would show placeholder dates. */
function checkPhases(feed, base, phases) {
  if (!Array.isArray(phases.phases) || phases.phases.length === 0) throw new Error('demo/phases.json: "phases" must be a non-empty list');
  phases.phases.forEach((phase, i) => {
    const doc = phaseDocument(base, phases, i + 1, Date.now());
    for (const incident of base.incidents) {
      const offsets = { ...phases.offsets?.[incident.id], ...phase.offsets?.[incident.id] };
      const shown = doc.incidents.find((x) => x.id === incident.id);
      const missing = TIME_FIELDS.filter((f) => typeof shown[f] === 'string' && !(f in offsets));
      if ((shown.updates ?? []).length > (offsets.updates ?? []).length) missing.push('updates');
      if (missing.length) console.warn(`demo/phases.json phase ${i + 1}: incident "${incident.id}" has no offset for ${missing.join(', ')}; those times are left as written.`);
    }
    const result = feed.validatePayload('status', feed.stampPayload(doc, VALID_MS));
    if (!result.ok) {
      const lines = result.issues.map((x) => `  ${x.path}: ${x.message}`).join('\n');
      throw new Error(`phase ${i + 1} (${phase.key}) of demo/phases.json is not a valid status feed:\n${lines}`);
    }
  });
}

/** What the server holds: the current phase and the documents it serves, all from memory. */
const demo = {
  phase: 1,
  seq: 0,
  statusSeq: undefined,
  auto: undefined,
  autoNextAt: undefined,
  /** Serialises signing, so that seq only ever grows and the newest phase is the one served. */
  queue: Promise.resolve(),
  /** Served paths -> {type, body}. */
  served: new Map(),
};

/** A `seq` above every one this server has signed: the time in ms, or one more than the last. */
function nextSeq(now) {
  demo.seq = Math.max(now, demo.seq + 1);
  return demo.seq;
}

async function signDocument(feed, keys, kind, doc, now, validMs = VALID_MS) {
  const payload = feed.stampPayload({ ...doc, seq: nextSeq(now) }, validMs, now);
  const result = feed.validatePayload(kind, payload);
  if (!result.ok) throw new Error(`the demo ${kind} document is not valid: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  // The library directly, not the CLI: phase 3 promises an update in the past, which `clearline lint` refuses on purpose.
  const envelope = await feed.signPayload(new TextEncoder().encode(JSON.stringify(payload)), [keys.privateJwk], kind);
  return { payload, text: JSON.stringify(envelope) + '\n' };
}

async function publish(path, type, text) {
  demo.served.set(path, { type, body: text });
  const file = join(ROOT, '.' + path);
  await mkdir(dirname(file), { recursive: true });
  await writeAtomic(file, text);
}

async function signStatus(ctx) {
  const now = Date.now();
  for (const company of ctx.companies) {
    const { payload, text } = await signDocument(ctx.feed, ctx.keys, 'status', phaseDocument(company.base, company.phases, demo.phase, now), now);
    await publish(company.src, 'application/json; charset=utf-8', text);
    if (company.id === 'air') {
      demo.statusSeq = payload.seq;
      // The no-script page and the Atom feed of the airline demo (issue 16).
      await exportChannels(ctx, text, company.base.feed_id);
    }
    const key = company.phases.phases[demo.phase - 1].key;
    console.log(`Phase ${demo.phase}/${company.phases.phases.length} (${key}): signed ${company.src.slice(1)} (${company.name}), seq ${payload.seq}, valid until ${payload.expires_at}.`);
  }
}

/**
 * The page without script and the Atom feed, per language, from the signed document just made:
 * verified with the pinned key first, as a real export would be (`clearline export --to html|atom`).
 * Every phase re-times the storm relative to now, so each phase gets a fresh Atom feed rather
 * than adding to the last one.
 */
async function exportChannels(ctx, envelope, feedId) {
  const { payload } = await ctx.feed.verifyDocument(envelope, { kind: 'status', keys: [ctx.keys.publicJwk], feedId, store: null });
  for (const lang of ['nl', 'en']) {
    await publish(`/demo/.generated/status.${lang}.html`, 'text/html; charset=utf-8', ctx.exporters.exportHtml(payload, { lang }).text);
    await publish(`/demo/.generated/status.${lang}.atom`, 'application/atom+xml; charset=utf-8', ctx.exporters.exportAtom(payload, { lang }).text);
  }
}

async function signFaq(ctx) {
  const now = Date.now();
  for (const company of ctx.companies) {
    // An FAQ is reference content: signed for 30 days, as `clearline sign` does for FAQ documents.
    const { payload, text } = await signDocument(ctx.feed, ctx.keys, 'faq', company.faq, now, FAQ_VALID_MS);
    await publish(company.faqSrc, 'application/json; charset=utf-8', text);
    console.log(`Signed ${company.faqSrc.slice(1)} (${payload.entries.length} entries), seq ${payload.seq}.`);
  }
}

async function writeConfig(ctx) {
  const companies = Object.fromEntries(
    ctx.companies.map((c) => [c.id, { name: c.name, page: c.page, src: c.src, faqSrc: c.faqSrc, feedId: c.base.feed_id, faqFeedId: c.faq.feed_id }]),
  );
  const air = companies.air;
  const config = { publicKey: ctx.keys.publicJwk, src: air.src, faqSrc: air.faqSrc, feedId: air.feedId, faqFeedId: air.faqFeedId, phaseApi: API_URL, companies };
  const text = [
    '// Written by scripts/start.mjs: the demo documents and the throwaway public key the demo pages pin.',
    `window.CLEARLINE_DEMO = ${JSON.stringify(config, null, 2)};`,
    '',
  ].join('\n');
  await publish(CONFIG_URL, 'text/javascript; charset=utf-8', text);
}

/** Runs `task` after every earlier one; a failure is logged and does not block later ones. */
function enqueue(task) {
  const run = demo.queue.then(task);
  demo.queue = run.catch((e) => console.error(`Demo: ${e.message}`));
  return run;
}

function setPhase(ctx, n) {
  return enqueue(async () => {
    demo.phase = n;
    await signStatus(ctx);
  });
}

function setAuto(ctx, on) {
  clearInterval(demo.auto);
  demo.auto = undefined;
  demo.autoNextAt = undefined;
  if (!on) return;
  demo.autoNextAt = Date.now() + AUTOPLAY_MS;
  demo.auto = setInterval(() => {
    demo.autoNextAt = Date.now() + AUTOPLAY_MS;
    void setPhase(ctx, (demo.phase % ctx.phases.phases.length) + 1).catch(() => {});
  }, AUTOPLAY_MS);
}

function phaseState(ctx) {
  return {
    phase: demo.phase,
    key: ctx.phases.phases[demo.phase - 1].key,
    phases: ctx.phases.phases.map((p) => p.key),
    seq: demo.statusSeq ?? null,
    auto: demo.auto !== undefined,
    autoNextAt: demo.autoNextAt ?? null,
    autoSeconds: AUTOPLAY_MS / 1000,
  };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

/** Maps a URL path to a file under ROOT, or null when it escapes the root or is not for serving. */
function fileFor(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  const segments = path.split('/');
  // No dot-files or dot-folders (.git, …), except the demo's generated folder; never a private key.
  if (segments.some((s) => s.startsWith('.') && s !== '.generated')) return null;
  if (/private\.jwk\.json$/i.test(path)) return null;
  const file = resolve(ROOT, '.' + path);
  if (file !== ROOT && !file.startsWith(ROOT + sep)) return null;
  return file;
}


function send(res, status, text, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache', ...headers });
  res.end(text);
}

function sendJson(res, status, value) {
  send(res, status, JSON.stringify(value) + '\n', { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
}

/**
 * The phase control. Only for this server's own pages: the Host must be this server (no DNS
 * rebinding) and a POST from a browser must come from this origin (no other site can step the demo).
 */
async function phaseApi(ctx, req, res, url) {
  const port = req.socket.localPort;
  const host = req.headers.host ?? '';
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return sendJson(res, 403, { error: 'wrong host' });
  if (req.method === 'GET' || req.method === 'HEAD') return sendJson(res, 200, phaseState(ctx));
  if (req.method !== 'POST') return send(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD, POST' });
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) return sendJson(res, 403, { error: 'cross-origin requests may not change the demo' });
  const q = url.searchParams;
  const count = ctx.phases.phases.length;
  let n;
  if (q.has('n')) {
    n = Number(q.get('n'));
    if (!Number.isInteger(n) || n < 1 || n > count) return sendJson(res, 400, { error: `n must be a whole number from 1 to ${count}` });
  } else if (q.has('step')) {
    const step = q.get('step');
    if (step !== 'next' && step !== 'prev') return sendJson(res, 400, { error: 'step must be next or prev' });
    n = step === 'next' ? (demo.phase % count) + 1 : ((demo.phase + count - 2) % count) + 1;
  }
  const auto = q.get('auto');
  if (auto !== null && auto !== 'on' && auto !== 'off') return sendJson(res, 400, { error: 'auto must be on or off' });
  if (n === undefined && auto === null) return sendJson(res, 400, { error: 'give n=1-4, step=next|prev or auto=on|off' });
  // Choosing a phase by hand stops auto-play, unless auto=on comes with it.
  if (auto !== null) setAuto(ctx, auto === 'on');
  else if (n !== undefined) setAuto(ctx, false);
  if (n !== undefined) {
    try {
      await setPhase(ctx, n);
    } catch (e) {
      return sendJson(res, 500, { error: e.message });
    }
  }
  return sendJson(res, 200, phaseState(ctx));
}

async function handle(ctx, req, res) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const { pathname } = url;
  if (pathname === API_URL) return phaseApi(ctx, req, res, url);
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
  if (pathname === '/' || pathname === '/demo') return send(res, 302, 'See /demo/\n', { Location: '/demo/' });
  // The current documents come from memory: only the current phase is ever served, even when
  // another demo process writes demo/.generated/ at the same time.
  const generated = demo.served.get(pathname);
  if (generated) {
    const body = Buffer.from(generated.body);
    // As the README tells feed hosts: the signed documents are public, so any page may read them.
    res.writeHead(200, { 'Content-Type': generated.type, 'Content-Length': body.length, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff', 'Access-Control-Allow-Origin': '*' });
    return res.end(req.method === 'HEAD' ? undefined : body);
  }
  let file = fileFor(pathname);
  if (!file) return send(res, 403, 'Forbidden\n');
  let info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) return send(res, 301, 'Moved\n', { Location: pathname + '/' });
    file = join(file, 'index.html');
    info = await stat(file).catch(() => undefined);
  }
  if (!info?.isFile()) return send(res, 404, 'Not found\n');
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

function listen(ctx, port, attemptsLeft = 20) {
  return new Promise((resolvePromise, reject) => {
    const server = createServer((req, res) => {
      handle(ctx, req, res).catch((e) => {
        console.error(e);
        if (!res.headersSent) send(res, 500, 'Internal error\n');
        else res.destroy();
      });
    });
    server.once('error', (e) => {
      if (e.code === 'EADDRINUSE' && attemptsLeft > 1) {
        console.log(`Port ${port} is busy; trying ${port + 1}.`);
        resolvePromise(listen(ctx, port + 1, attemptsLeft - 1));
      } else reject(e);
    });
    server.listen(port, '127.0.0.1', () => resolvePromise(server));
  });
}

async function main() {
  if (build) await buildIfNeeded();
  else if ((await mtime(join(ROOT, 'dist', 'feed.js'))) === undefined) throw new Error('--no-build: dist/feed.js is missing; run `npm run build` first.');
  const feed = await import(pathToFileURL(join(ROOT, 'dist', 'feed.js')).href);
  const exporters = await import(pathToFileURL(join(ROOT, 'dist', 'export.js')).href);
  await mkdir(GENERATED, { recursive: true });
  const keys = await demoKeys(feed);
  const companies = [];
  for (const company of COMPANIES) {
    const dir = join(ROOT, company.dir);
    const loaded = { ...company, base: await readJson(join(dir, 'feed.json')), phases: await readJson(join(dir, 'phases.json')), faq: await readJson(join(dir, 'faq.json')) };
    checkPhases(feed, loaded.base, loaded.phases);
    companies.push(loaded);
  }
  if (new Set(companies.map((c) => c.phases.phases.length)).size !== 1) throw new Error('every demo company needs the same number of phases');
  // The phase API and the controls step every company together; the airline's phases name them.
  const ctx = { feed, exporters, keys, companies, phases: companies[0].phases };
  const count = ctx.phases.phases.length;
  const start = Number(phaseArg ?? ctx.phases.default ?? 1);
  if (!Number.isInteger(start) || start < 1 || start > count) throw new Error(`--phase must be from 1 to ${count}`);
  demo.phase = start;
  await signStatus(ctx);
  await signFaq(ctx);
  await writeConfig(ctx);
  if (!serve) return;

  const port = Number.parseInt(process.env.PORT ?? '', 10) || 8787;
  const server = await listen(ctx, port);
  const actual = server.address().port;
  const timer = setInterval(() => {
    void enqueue(async () => {
      await signStatus(ctx);
      await signFaq(ctx);
    }).catch(() => {});
  }, RESIGN_MS);
  console.log(`\nclearline demo: http://127.0.0.1:${actual}/demo/`);
  console.log(`status page:     http://127.0.0.1:${actual}/demo/status.html`);
  console.log(`help and FAQ:    http://127.0.0.1:${actual}/demo/help.html`);
  console.log(`classic script:  http://127.0.0.1:${actual}/demo/classic.html`);
  console.log(`energy company:  http://127.0.0.1:${actual}/demo/energy.html (a gas outage at Utrecht Energie)`);
  console.log('Step through the crisis with the "Demo controls" on each page (or POST /demo/api/phase?n=1-4).');
  console.log('The documents are re-signed every 20 minutes. Press Ctrl+C to stop.');
  const stop = () => {
    clearInterval(timer);
    setAuto(ctx, false);
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 1000).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
