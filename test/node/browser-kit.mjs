// Shared by the Storybook and example tests: a static file server on 127.0.0.1 and Chromium via puppeteer-core.
import { createReadStream } from 'node:fs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * Serves `root` on 127.0.0.1 at a free port. `routes` answer exact paths first
 * (a function of the request returning {type, body}).
 */
export async function serveStatic(root, routes = {}) {
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://127.0.0.1');
    const route = routes[pathname];
    if (route) {
      const { type, body, status = 200 } = await route(req);
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      return res.end(body);
    }
    let file = resolve(root, '.' + decodeURIComponent(pathname));
    if (file !== root && !file.startsWith(root + sep)) return res.writeHead(403).end();
    let info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file).catch(() => undefined);
    }
    if (!info?.isFile()) return res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) };
}

/** Debian's Chromium, headless, with a throwaway profile; `env` adds environment variables (e.g. FONTCONFIG_FILE). */
export async function launchChromium({ env } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'clearline-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    userDataDir: profile,
    ...(env ? { env: { ...process.env, ...env } } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A new page that records console errors and uncaught exceptions. */
export async function recordingPage(browser) {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`console.error: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  return { page, errors };
}

/** All text inside an element and its shadow roots, depth first. */
export const deepTextSource = `(function deepText(node) {
  let out = '';
  const walk = (n) => {
    if (n.nodeType === 3) out += n.data + ' ';
    if (n.shadowRoot) walk(n.shadowRoot);
    for (const c of n.childNodes) if (c.nodeName !== 'STYLE' && c.nodeName !== 'SCRIPT') walk(c);
  };
  walk(node);
  return out.replace(/\\s+/g, ' ').trim();
})`;

/** Waits until the element `selector` shows `text` in its shadow root (deepTextSource). */
export async function waitForDeepText(page, selector, text, timeout = 15_000) {
  const shown = (sel, src, t) => {
    const el = document.querySelector(sel);
    return !!el?.shadowRoot && eval(src)(el).includes(t);
  };
  await page.waitForFunction(shown, { timeout, polling: 100 }, selector, deepTextSource, text);
}

/**
 * The demo's storm feed (demo/feed.json), changed by `edit`, stamped and signed now with a fresh
 * key, as the examples and CSP pages serve it. Needs dist/.
 */
export async function signedDemoFeed(root, edit = () => {}) {
  const feed = await import(pathToFileURL(join(root, 'dist/feed.js')).href);
  const { privateJwk, publicJwk } = await feed.generateSigningKey('Ed25519');
  const doc = JSON.parse(readFileSync(join(root, 'demo/feed.json'), 'utf8'));
  edit(doc);
  const payload = feed.stampPayload(doc, 3_600_000, Date.now());
  const envelope = JSON.stringify(await feed.signPayload(new TextEncoder().encode(JSON.stringify(payload)), [privateJwk], 'status'));
  return { publicJwk, doc, envelope };
}
