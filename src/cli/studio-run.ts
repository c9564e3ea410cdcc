/** The studio's --publish-cmd, run after each save in the feed's folder (its output, at most 20,000 characters, shown in the page); moved out of studio.ts to keep it within 300 lines. */
import { spawn } from 'node:child_process';

export function runCommand(cmd: string, cwd: string, env: Record<string, string>): Promise<{ exitCode: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(cmd, { shell: true, cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const add = (d: Buffer) => (output = (output + d.toString('utf8')).slice(-20_000));
    child.stdout.on('data', add);
    child.stderr.on('data', add);
    const timer = setTimeout(() => child.kill('SIGTERM'), 120_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ exitCode: code ?? 1, output });
    });
    child.on('error', (e) => done({ exitCode: 127, output: e.message }));
  });
}
