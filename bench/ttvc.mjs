// Time to verified content: navigation start -> the incident text in the DOM (shadow roots
// included), and -> the end of the frame that paints it (a task queued from that frame's
// animation callbacks runs after its style, layout and paint). Cold cache, a fresh browser context per load.
// Unthrottled, the pages run with no DevTools session attached (lib/bare-browser.mjs says why)
// and report by beacon; phone-like needs DevTools for its CPU and network throttling, so that
// row also carries DevTools' cost per request (`devtools: true` in the results).
import puppeteer from 'puppeteer-core';
import { launchBare } from './lib/bare-browser.mjs';
import { CHROME_ARGS, CHROMIUM } from './lib/machine.mjs';
import { MARKER, benchKeyAndFeed } from './lib/feeds.mjs';
import { startServer } from './lib/server.mjs';
import { summarize } from './lib/stats.mjs';

// Runs first in every page: observes every shadow root as it is attached, records the first time
// the marker text is in the DOM (MutationObserver) and the next animation frame after it.
const PROBE = `<script>
(() => {
  const marker = ${JSON.stringify(MARKER)};
  const out = (window.__ttvc = {});
  let done = false;
  const text = (n) => { let s = n.textContent || ''; for (const el of n.querySelectorAll ? n.querySelectorAll('*') : []) if (el.shadowRoot) s += text(el.shadowRoot); return s; };
  const check = () => {
    if (done || !text(document).includes(marker) && !(document.body && [...document.body.querySelectorAll('*')].some((e) => e.shadowRoot && text(e.shadowRoot).includes(marker)))) return;
    done = true;
    out.dom = performance.now();
    // A task queued from the frame's animation callbacks runs once that frame's style, layout
    // and paint are done: the text is then painted, not only in the DOM.
    requestAnimationFrame(() => setTimeout(() => { out.frame = performance.now(); report(); }, 0));
  };
  const report = () => navigator.sendBeacon('/bench/ttvc-result', JSON.stringify({ run: location.search, ...out }));
  const observe = (root) => new MutationObserver(check).observe(root, { childList: true, subtree: true, characterData: true });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { const r = attach.call(this, init); observe(r); return r; };
  observe(document.documentElement);
  addEventListener('clearline-load', () => { out.load = performance.now(); }, true);
  addEventListener('clearline-error', (e) => { out.error = String(e.detail && (e.detail.code + ': ' + e.detail.message)); report(); }, true);
})();
</script>`;

function page(head, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">${PROBE}${head}</head><body><main>${body}</main></body></html>`;
}

/**
 * Phone-like conditions, for information beside the budget (which is measured unthrottled):
 * DevTools' CPU slowdown and Lighthouse's "slow 4G" latency and bandwidth.
 */
export const PHONE = { cpuSlowdown: 4, rttMs: 150, downKbps: 1600, upKbps: 750 };

export async function runTtvc({ loads = 20, log = console.log, throttle } = {}) {
  const { key, envelope, payload } = await benchKeyAndFeed();
  const routes = new Map();
  const server = await startServer({ root: new URL('..', import.meta.url).pathname.replace(/\/$/, ''), routes });
  const pk = JSON.stringify(key.publicJwk).replace(/'/g, '&#39;');
  const element = `<clearline-status src="/bench/feed.jws.json" public-key='${pk}' feed-id="example-air" lang="en"></clearline-status>`;
  routes.set('/bench/feed.jws.json', { body: envelope, type: 'application/json' });
  routes.set('/bench/module.html', { body: page('<script type="module" src="/dist/clearline.js"></script>', element), type: 'text/html' });
  routes.set('/bench/classic.html', { body: page('<script src="/dist/clearline.iife.js" defer></script>', element), type: 'text/html' });
  // @statuspage/status-widget fetches new URL(src) with pathname /api/v2/summary.json and renders status.description.
  const inc = payload.incidents[0];
  const summary = {
    page: { id: 'bench', name: 'Example Air', url: server.origin, time_zone: 'Etc/UTC', updated_at: inc.updated_at },
    components: [{ id: 'flights', name: 'Flights', status: 'major_outage', created_at: inc.started_at, updated_at: inc.updated_at, position: 1, description: null, showcase: true, group_id: null, page_id: 'bench', group: false, only_show_if_degraded: false }],
    incidents: [{
      id: inc.id, name: inc.title.en, status: 'identified', impact: 'major', shortlink: server.origin, created_at: inc.started_at, updated_at: inc.updated_at, monitoring_at: null, resolved_at: null, page_id: 'bench',
      incident_updates: [inc.known.en, ...inc.updates.map((u) => u.text.en)].map((body, i) => ({ id: `u${i}`, status: 'identified', body, incident_id: inc.id, created_at: inc.updated_at, updated_at: inc.updated_at, display_at: inc.updated_at, affected_components: null })),
      components: [],
    }],
    scheduled_maintenances: [],
    status: { indicator: 'major', description: MARKER },
  };
  routes.set('/api/v2/summary.json', { body: JSON.stringify(summary), type: 'application/json' });
  routes.set('/bench/statuspage.html', { body: page('<script src="/node_modules/@statuspage/status-widget/dist/index.js"></script>', `<statuspage-widget src="${server.origin}/" appearance="basic"></statuspage-widget>`), type: 'text/html' });

  // Results the pages send by beacon (the unthrottled, DevTools-free loads), by run id.
  const waiting = new Map();
  routes.set('/bench/ttvc-result', async (req) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    const r = JSON.parse(body);
    waiting.get(r.run)?.(r);
    return { status: 204, body: '' };
  });
  // A new target's first navigation also starts its renderer process, which a reader's browser has
  // already running; so each bare load starts on a small same-origin page that then navigates to
  // the page measured (timings count from that navigation).
  routes.set('/bench/go.html', { body: '<!doctype html><title>go</title><script>addEventListener("load", () => setTimeout(() => location.replace(location.hash.slice(1)), 50));</script>', type: 'text/html' });
  const browser = throttle ? await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROME_ARGS }) : await launchBare();
  const loadOnce = throttle
    ? async (path) => {
        const ctx = await browser.createBrowserContext();
        const tab = await ctx.newPage();
        await tab.setCacheEnabled(false);
        await tab.emulateCPUThrottling(throttle.cpuSlowdown);
        await tab.emulateNetworkConditions({ download: (throttle.downKbps * 1000) / 8, upload: (throttle.upKbps * 1000) / 8, latency: throttle.rttMs });
        await tab.goto(server.origin + path, { waitUntil: 'load' });
        const r = await tab
          .waitForFunction(() => (window.__ttvc.frame !== undefined || window.__ttvc.error ? window.__ttvc : null), { timeout: 10_000, polling: 50 })
          .then((h) => h.jsonValue())
          .catch(() => tab.evaluate(() => window.__ttvc));
        await ctx.close();
        return r;
      }
    : async (path, run) => {
        let timer;
        const result = new Promise((ok) => {
          waiting.set(run, ok);
          timer = setTimeout(() => ok(undefined), 10_000);
        });
        const close = await browser.open(`${server.origin}/bench/go.html#${path}${run}`);
        const r = await result;
        clearTimeout(timer);
        waiting.delete(run);
        await close();
        return r;
      };
  const variants = [
    { id: 'module', name: 'clearline, ES module (dist/clearline.js)', path: '/bench/module.html' },
    { id: 'classic', name: 'clearline, classic script (dist/clearline.iife.js)', path: '/bench/classic.html' },
    { id: 'statuspage', name: '@statuspage/status-widget 1.0.5 (dist/index.js)', path: '/bench/statuspage.html' },
  ];
  const results = {};
  const raw = Object.fromEntries(variants.map((v) => [v.id, { frames: [], doms: [], errors: [] }]));
  try {
    // Interleaved (one load of each widget per round) so that a busier or quieter spell of the
    // machine falls on all three alike: the ratio compares like with like. The order turns each
    // round, so each widget comes first, second and third equally often (a load can meet the
    // clean-up of the one before it).
    for (let i = 0; i < loads + 1; i++) {
      for (const v of variants.map((_, j) => variants[(i + j) % variants.length])) {
        const r = await loadOnce(v.path, `?run=${i}-${v.id}`);
        if (i === 0) continue; // warm-up: first process start, disk cache of the binary
        const out = raw[v.id];
        if (r?.frame === undefined) out.errors.push(r?.error ?? 'marker text never appeared within 10 s');
        else {
          out.frames.push(r.frame);
          out.doms.push(r.dom);
        }
      }
    }
    for (const v of variants) {
      const { frames, doms, errors } = raw[v.id];
      results[v.id] = { name: v.name, toFrameMs: summarize(frames), toDomMs: summarize(doms), failures: errors.length, errors: [...new Set(errors)] };
      log(`  ttvc${throttle ? ' (phone-like)' : ''} ${v.id}: ${results[v.id].toFrameMs.median} ms median (${frames.length}/${loads} loads)${errors.length ? ' ERRORS: ' + [...new Set(errors)].join('; ') : ''}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { loads, throttle, devtools: Boolean(throttle), marker: MARKER, feedBytes: envelope.length, summaryBytes: JSON.stringify(summary).length, results };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const throttle = process.argv.includes('--phone') ? PHONE : undefined;
  console.log(JSON.stringify(await runTtvc({ loads: Number(process.env.LOADS ?? 20), throttle }), null, 2));
}
