// A small static server for the bench, on 127.0.0.1 only: files under the project root, plus
// in-memory routes (signed feeds, stand-in APIs, generated pages). Strong ETags and 304s for
// every response, optional gzip (as a CDN would send: compressed once, then from memory, so the
// bench's own compression does not take CPU from the browser under test), and a log of what was
// requested.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * routes: Map of path -> { body: string|Buffer, type?, headers? } or a function (req) -> same.
 * files outside routes are read from `root` (no dot-folders except `.generated`).
 */
export async function startServer({ root, routes = new Map(), gzip = true, port = 0 } = {}) {
  const log = [];
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    let entry = routes.get(pathname);
    if (typeof entry === 'function') entry = await entry(req);
    if (!entry) {
      const segments = pathname.split('/');
      const file = resolve(root, '.' + decodeURIComponent(pathname));
      if (segments.some((s) => s.startsWith('.') && s !== '.generated') || !file.startsWith(root + sep) || /private/.test(pathname)) {
        entry = { status: 403, body: 'Forbidden\n', type: 'text/plain' };
      } else {
        try {
          entry = { body: await readFile(pathname.endsWith('/') ? join(file, 'index.html') : file), type: TYPES[extname(pathname.endsWith('/') ? 'index.html' : file)] };
        } catch {
          entry = { status: 404, body: 'Not found\n', type: 'text/plain' };
        }
      }
    }
    const status = entry.status ?? 200;
    const raw = Buffer.isBuffer(entry.body) ? entry.body : Buffer.from(entry.body ?? '');
    const etag = `"${createHash('sha256').update(raw).digest('base64url').slice(0, 22)}"`;
    const headers = { 'Content-Type': entry.type ?? 'application/octet-stream', 'Cache-Control': 'no-cache', 'Access-Control-Allow-Origin': '*', ...(entry.headers ?? {}) };
    const requestBytes = Buffer.byteLength(`${req.method} ${req.url} HTTP/1.1\r\n`) + req.rawHeaders.reduce((n, h, i) => n + Buffer.byteLength(h) + (i % 2 ? 2 : 2), 0) + 2;
    const record = { t: performance.now(), path: pathname, status, requestBytes, bodyBytes: 0, headerBytes: 0 };
    log.push(record);
    if (status === 200) headers.ETag = etag;
    if (status === 200 && req.headers['if-none-match'] === etag) {
      record.status = 304;
      res.writeHead(304, { ETag: etag, 'Cache-Control': headers['Cache-Control'] });
      record.headerBytes = headerSize(res);
      return res.end();
    }
    let body = raw;
    if (gzip && status === 200 && /gzip/.test(req.headers['accept-encoding'] ?? '') && raw.length > 1024 && /text|json|javascript/.test(headers['Content-Type'])) {
      if (!compressed.has(etag)) compressed.set(etag, gzipSync(raw, { level: 6 }));
      body = compressed.get(etag);
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    headers['Content-Length'] = body.length;
    res.writeHead(status, headers);
    record.headerBytes = headerSize(res);
    record.bodyBytes = req.method === 'HEAD' ? 0 : body.length;
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(port, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, routes, log, close: () => new Promise((ok) => server.close(ok)) };
}

function headerSize(res) {
  return Buffer.byteLength(res._header ?? '');
}
