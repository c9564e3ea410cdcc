// Test-only wtr middleware: serves the hostile transport cases, swaps a good document for a hostile
// one on the second request, serves the strict-CSP page and the XSS corpus. Never part of the package.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const CORPUS = new URL('../../../../shared/corpora/dompurify-payloads.json', import.meta.url);
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types *";

const read = (req) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

/** An endless body: fast (to hit the byte cap) or a byte every 500 ms (to hit the timeout). */
function endless(ctx, slow) {
  ctx.respond = false;
  const res = ctx.res;
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  let timer;
  const stop = () => clearInterval(timer);
  res.on('close', stop);
  res.write('{"payload":"');
  timer = setInterval(() => {
    if (res.destroyed || res.writableEnded) return stop();
    res.write(slow ? ' ' : chunk);
  }, slow ? 500 : 5);
}

export function hostileMiddleware() {
  const bodies = new Map();
  const hits = new Map();
  let gzipBomb;
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__hostile/')) return next();
    const [, , kind, token = '', which = 'good'] = ctx.path.split('/');
    ctx.set('cache-control', 'no-store');
    if (kind === 'store' && ctx.method === 'PUT') {
      bodies.set(`${token}/${which}`, await read(ctx.req));
      ctx.status = 204;
      return;
    }
    if (kind === 'hits') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(hits.get(token) ?? 0);
      return;
    }
    if (kind === 'corpus') {
      ctx.type = 'application/json';
      ctx.body = readFileSync(CORPUS);
      return;
    }
    if (kind === 'csp-page') {
      ctx.set('content-security-policy', CSP);
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>strict CSP</title>
<script type="module" src="/test/browser/hostile/csp-page.js"></script></head><body></body></html>`;
      return;
    }
    const n = (hits.get(token) ?? 0) + 1;
    hits.set(token, n);
    const good = bodies.get(`${token}/good`);
    const json = (body, status = 200, type = 'application/json') => {
      ctx.status = status;
      ctx.set('content-type', type);
      ctx.body = body;
    };
    // The first request of every case gets the good document, so there is verified content to keep.
    if (n === 1 && good && kind !== 'cors-good') return json(good);
    switch (kind) {
      case 'swap':
        return json(bodies.get(`${token}/bad`) ?? Buffer.alloc(0));
      case 'oversize-honest': {
        const body = Buffer.alloc(1_200_000, 0x20);
        ctx.set('content-length', String(body.length));
        return json(body);
      }
      case 'oversize-lying': {
        // Content-Length is the honest size on the wire (a few KB), but the body decodes to 3 MB.
        gzipBomb ??= gzipSync(Buffer.alloc(3_000_000, 0x20));
        ctx.set('content-encoding', 'gzip');
        ctx.set('content-length', String(gzipBomb.length));
        return json(gzipBomb);
      }
      case 'oversize-missing': {
        ctx.respond = false;
        ctx.res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
        for (let i = 0; i < 20; i++) ctx.res.write(Buffer.alloc(64 * 1024, 0x20));
        ctx.res.end();
        return;
      }
      case 'endless':
        return endless(ctx, false);
      case 'trickle':
        return endless(ctx, true);
      case 'redirect': {
        const [host, port] = ctx.host.split(':');
        const other = host === '127.0.0.1' ? 'localhost' : '127.0.0.1';
        ctx.status = 302;
        ctx.set('location', `http://${other}:${port}/__hostile/cors-good/${token}`);
        return;
      }
      case 'cors-good':
        ctx.set('access-control-allow-origin', '*');
        return json(good ?? Buffer.alloc(0));
      case 'html':
        return json(good, 200, 'text/html; charset=utf-8');
      case 'empty':
        return json(Buffer.alloc(0));
      case 'not-modified':
        ctx.status = 304;
        return;
      case 'error500':
        return json('{"error":"internal"}', 500);
      case 'retry429':
        ctx.set('retry-after', '120');
        return json('slow down', 429, 'text/plain');
      case 'retry503':
        ctx.set('retry-after', new Date(Date.now() + 90_000).toUTCString());
        return json('maintenance', 503, 'text/plain');
      default:
        ctx.status = 404;
    }
  };
}
