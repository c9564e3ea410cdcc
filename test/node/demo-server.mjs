// The demo server (`npm start`, scripts/start.mjs) for the Chromium tests of the demo: on a free
// port, with --no-build (needs dist/, which `npm test` builds first), at the given phase.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { before, after } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browser-kit.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

/** Starts the demo; resolves to { origin, stop() } once it serves. */
export async function startDemo({ phase = 2 } = {}) {
  let output = '';
  const child = spawn(process.execPath, [join(ROOT, 'scripts/start.mjs'), '--no-build', `--phase=${phase}`], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(await freePort()) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const origin = await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`the demo server did not start within 30 s:\n${output}`)), 30_000);
    const look = () => {
      const m = /clearline demo: (http:\/\/127\.0\.0\.1:\d+)\/demo\//.exec(output);
      if (m) {
        clearTimeout(timer);
        ok(m[1]);
      }
    };
    child.stdout.on('data', look);
    child.once('exit', (code) => fail(new Error(`scripts/start.mjs exited with ${code}:\n${output}`)));
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const gone = new Promise((ok) => child.once('exit', ok));
    child.kill('SIGTERM');
    await gone;
  };
  return { origin, stop };
}

/** The demo and a Chromium for a test file: started before its tests, stopped after them. Read `.demo` and `.chromium` in a test. */
export function demoInChromium(options) {
  const running = { demo: undefined, chromium: undefined };
  before(async () => {
    running.demo = await startDemo(options);
    running.chromium = await launchChromium();
  });
  after(async () => {
    await running.chromium?.close();
    await running.demo?.stop();
  });
  return running;
}
