#!/usr/bin/env node
// The demo: build if needed, sign demo/feed.json with a throwaway key, serve the project root.
//
//   npm start                      build (when src/ is newer), sign, serve on http://127.0.0.1:8787/demo/
//   PORT=9000 npm start            another port (the next free one is used when it is busy)
//   node scripts/start.mjs --no-serve   build and sign only, then exit
//
// Everything generated goes to demo/.generated/ (gitignored): the key pair, the signed feed and
// config.js, which tells the demo pages the feed URL and the public key to pin.
import { spawnSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const GENERATED = join(ROOT, 'demo', '.generated');
const FEED_ID = 'example-air';
const FEED_URL = '/demo/.generated/feed.jws.json';
const VALID_MS = 60 * 60_000; // expires_at: one hour after issued_at
const RESIGN_MS = 20 * 60_000; // re-sign well before expiry so a long-running demo never goes stale
const serve = !process.argv.includes('--no-serve');

/**
 * Times in demo/feed.json are placeholders: each listed one is replaced by now plus this many
 * minutes (negative is in the past). `updates` are the `at` times of the earlier updates, in order.
 */
const OFFSETS = {
  'storm-ams': { started_at: -40, updated_at: -10, next_update_at: 20, updates: [-40, -25] },
  'app-checkin': { started_at: -300, updated_at: -230, resolved_at: -230 },
};

const BUILD_OUTPUTS = ['dist/clearline.js', 'dist/clearline.iife.js', 'dist/cli.js', 'dist/feed.js'];

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

const iso = (ms) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/** The demo payload with its times made relative to `now`, stamped with issued_at, expires_at and seq. */
async function demoPayload(feed, now) {
  const doc = await readJson(join(ROOT, 'demo', 'feed.json'));
  const at = (minutes) => iso(now + minutes * 60_000);
  for (const incident of doc.incidents) {
    const offsets = OFFSETS[incident.id];
    if (!offsets) {
      console.warn(`demo/feed.json: incident "${incident.id}" has no entry in OFFSETS in scripts/start.mjs; its times are left as they are.`);
      continue;
    }
    for (const field of ['started_at', 'updated_at', 'resolved_at', 'next_update_at']) {
      if (offsets[field] !== undefined) incident[field] = at(offsets[field]);
    }
    (incident.updates ?? []).forEach((update, i) => {
      if (offsets.updates?.[i] !== undefined) update.at = at(offsets.updates[i]);
    });
  }
  delete doc.issued_at;
  delete doc.expires_at;
  delete doc.seq;
  // issued_at = now, expires_at = now + 1 h, seq = now in milliseconds (always larger than the last one).
  return feed.stampPayload(doc, VALID_MS, now);
}

async function signDemo(feed, keys) {
  const payload = await demoPayload(feed, Date.now());
  const result = feed.validatePayload('status', payload);
  if (!result.ok) {
    const lines = result.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n');
    throw new Error(`demo/feed.json is not a valid status feed:\n${lines}`);
  }
  const envelope = await feed.signPayload(new TextEncoder().encode(JSON.stringify(payload)), [keys.privateJwk], 'status');
  await writeAtomic(join(GENERATED, 'feed.jws.json'), JSON.stringify(envelope) + '\n');
  console.log(`Signed demo/.generated/feed.jws.json: seq ${payload.seq}, valid until ${payload.expires_at}.`);
  return payload;
}

async function writeConfig(publicJwk) {
  const config = { publicKey: publicJwk, src: FEED_URL, feedId: FEED_ID };
  const text = [
    '// Written by scripts/start.mjs: the demo feed and the throwaway public key the demo pages pin.',
    `window.CLEARLINE_DEMO = ${JSON.stringify(config, null, 2)};`,
    '',
  ].join('\n');
  await writeAtomic(join(GENERATED, 'config.js'), text);
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

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (pathname === '/' || pathname === '/demo') return send(res, 302, 'See /demo/\n', { Location: '/demo/' });
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

function listen(port, attemptsLeft = 20) {
  return new Promise((resolvePromise, reject) => {
    const server = createServer((req, res) => {
      handle(req, res).catch((e) => {
        console.error(e);
        if (!res.headersSent) send(res, 500, 'Internal error\n');
        else res.destroy();
      });
    });
    server.once('error', (e) => {
      if (e.code === 'EADDRINUSE' && attemptsLeft > 1) {
        console.log(`Port ${port} is busy; trying ${port + 1}.`);
        resolvePromise(listen(port + 1, attemptsLeft - 1));
      } else reject(e);
    });
    server.listen(port, '127.0.0.1', () => resolvePromise(server));
  });
}

async function main() {
  await buildIfNeeded();
  const feed = await import(pathToFileURL(join(ROOT, 'dist', 'feed.js')).href);
  await mkdir(GENERATED, { recursive: true });
  const keys = await demoKeys(feed);
  await signDemo(feed, keys);
  await writeConfig(keys.publicJwk);
  if (!serve) return;

  const port = Number.parseInt(process.env.PORT ?? '', 10) || 8787;
  const server = await listen(port);
  const actual = server.address().port;
  const timer = setInterval(() => {
    signDemo(feed, keys).catch((e) => console.error(`Re-signing the demo feed failed: ${e.message}`));
  }, RESIGN_MS);
  console.log(`\nclearline demo: http://127.0.0.1:${actual}/demo/`);
  console.log(`classic script:  http://127.0.0.1:${actual}/demo/classic.html`);
  console.log('The feed is re-signed every 20 minutes. Press Ctrl+C to stop.');
  const stop = () => {
    clearInterval(timer);
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
