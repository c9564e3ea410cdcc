/** `update --resolve` without a closing text, at a terminal: asks for it in each language (kept apart from update.ts for its length). */
import { createInterface } from 'node:readline/promises';
import type { UpdateTerms } from './update-terms.js';

/** Asks for the closing text in each language, when a person is at the terminal. */
export async function askClosingText(langs: string[], t: UpdateTerms): Promise<Record<string, string> | undefined> {
  if (!process.stdin.isTTY) return undefined;
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const out: Record<string, string> = {};
    for (const l of langs) out[l] = (await rl.question(t.askClosing(l))).trim();
    return Object.values(out).every(Boolean) ? out : undefined;
  } finally {
    rl.close();
  }
}
