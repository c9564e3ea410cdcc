// Starts `clearline studio` (dist/cli.js) for the studio tests: one launcher instead of a copy in each file.
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/cli.js');
const running = new Set();

/**
 * `clearline studio feed.json …args` in `dir` (with `env` added to this process's; `file` for another file than feed.json); resolves once it prints its address, with the URL, the
 * port, the line it printed and the child (to stop it). Rejects with everything it said when it exits first.
 */
export function startStudio(dir, args = [], env = {}, file = 'feed.json') {
  const child = spawn(process.execPath, [CLI, 'studio', file, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let out = '';
  child.stderr.on('data', (d) => (out += d));
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`studio did not start:\n${out}`)), 20_000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /clearline studio: (http:\/\/127\.0\.0\.1:(\d+)\/)[^\n]*\n/.exec(out);
      if (m) ok({ url: m[1], port: Number(m[2]), line: m[0], child, stop: () => child.kill() }, clearTimeout(timer));
    });
    child.once('exit', (code) => fail(new Error(`studio exited with ${code}:\n${out}`), clearTimeout(timer)));
  });
}

/** Stops every studio still running (for `after`). */
export const stopStudios = () => running.forEach((c) => c.kill());
