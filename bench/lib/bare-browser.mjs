// A headless Chromium that opens pages with no DevTools session attached to them.
//
// Puppeteer (and Lighthouse) attach to every page and enable the Runtime and Network domains.
// With a session attached, a request a large script starts costs far more than the request
// itself (most likely DevTools recording the initiator's stack and source position): a fetch() from the 261 kB
// classic script took 23–100 ms here (from a synthetic 316 kB one 45–128 ms), against 2–14 ms
// from a small script or with no session (measured
// with `chromium --dump-dom`, 2026-12). Readers' browsers have no DevTools attached, so the time
// to text is measured in pages like these: the browser-level connection only creates and closes
// targets, and each page reports its own timings to the bench server (navigator.sendBeacon).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { CHROME_ARGS, CHROMIUM } from './machine.mjs';

export async function launchBare() {
  const profile = mkdtempSync(join(tmpdir(), 'clearline-bare-'));
  const child = spawn(CHROMIUM, [...CHROME_ARGS, '--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const endpoint = await new Promise((ok, fail) => {
    let err = '';
    const timer = setTimeout(() => fail(new Error(`Chromium did not start: ${err.slice(-500)}`)), 20_000);
    child.stderr.on('data', (d) => {
      err += d;
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        ok(m[1]);
      }
    });
    child.once('exit', (code) => fail(new Error(`Chromium exited (${code}): ${err.slice(-500)}`)));
  });
  const ws = new WebSocket(endpoint, { perMessageDeflate: false });
  await new Promise((ok, fail) => ws.once('open', ok).once('error', fail));
  let id = 0;
  const pending = new Map();
  ws.on('message', (data) => {
    const msg = JSON.parse(String(data));
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    if (msg.error) p.fail(new Error(`${msg.error.message} (${JSON.stringify(msg.error.data ?? '')})`));
    else p.ok(msg.result);
  });
  const send = (method, params = {}) =>
    new Promise((ok, fail) => {
      const n = ++id;
      pending.set(n, { ok, fail });
      ws.send(JSON.stringify({ id: n, method, params }));
    });
  return {
    /** Opens url in a fresh browser context (cold cache, no cookies); returns its close(). */
    async open(url) {
      const { browserContextId } = await send('Target.createBrowserContext');
      const { targetId } = await send('Target.createTarget', { url, browserContextId });
      return async () => {
        await send('Target.closeTarget', { targetId }).catch(() => {});
        await send('Target.disposeBrowserContext', { browserContextId }).catch(() => {});
      };
    },
    async close() {
      ws.close();
      child.kill('SIGKILL');
      await new Promise((ok) => (child.exitCode !== null ? ok() : child.once('exit', ok)));
      // Chromium's helper processes can still be writing to the profile for a moment after the
      // main process is gone; a leftover temporary profile must not fail the bench.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch (e) {
        console.warn(`bench: could not remove the temporary profile ${profile}: ${e.message}`);
      }
    },
  };
}
