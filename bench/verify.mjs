// verifyDocument (signature, schema, freshness; rollback store off) on signed status feeds of
// about 10 kB, 100 kB and 1 MB, in headless Chromium, with the built dist/feed.js.
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, CHROMIUM } from './lib/machine.mjs';
import { ROOT, feedLib, signStatus, statusPayload } from './lib/feeds.mjs';
import { startServer } from './lib/server.mjs';
import { summarize } from './lib/stats.mjs';

export const SIZES = [10_000, 100_000, 990_000];

export async function runVerify({ runs = 30, log = console.log } = {}) {
  const lib = await feedLib();
  const key = await lib.generateSigningKey('Ed25519');
  const routes = new Map();
  const feeds = [];
  for (const target of SIZES) {
    const payload = statusPayload(target);
    const envelope = await signStatus(lib, payload, key.privateJwk);
    routes.set(`/bench/verify-${target}.json`, { body: envelope, type: 'application/json' });
    feeds.push({ target, bytes: envelope.length, incidents: payload.incidents.length, updates: payload.incidents.reduce((n, i) => n + i.updates.length, 0) });
  }
  routes.set('/bench/verify.html', { body: '<!doctype html><title>verify</title>', type: 'text/html' });
  const server = await startServer({ root: ROOT, routes });
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROME_ARGS });
  const results = [];
  try {
    const tab = await browser.newPage();
    await tab.goto(`${server.origin}/bench/verify.html`);
    for (const f of feeds) {
      const times = await tab.evaluate(
        async (url, jwk, runs) => {
          const { verifyDocument } = await import('/dist/feed.js');
          const text = await (await fetch(url)).text();
          const out = [];
          for (let i = 0; i < runs + 3; i++) {
            const t0 = performance.now();
            const doc = await verifyDocument(text, { kind: 'status', keys: jwk, feedId: 'example-air', store: null });
            const t = performance.now() - t0;
            if (!doc.payload.incidents.length) throw new Error('verified an empty document');
            if (i >= 3) out.push(t); // three warm-up runs
          }
          return out;
        },
        `/bench/verify-${f.target}.json`,
        key.publicJwk,
        runs,
      );
      const r = { ...f, ms: summarize(times, 2) };
      results.push(r);
      log(`  verify ${f.bytes} B: ${r.ms.median} ms median`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { runs, note: 'verifyDocument incl. importing the pinned JWK, signature, UTF-8 + JSON, valibot schema, feed_id, freshness; store: null', results };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await runVerify({ runs: 10 }), null, 2));
