/**
 * The classic script as keygen prints it, with its `integrity` hash: a transport company's web team pasted keygen's
 * `<script src="…/dist/clearline.iife.js" defer>` as printed, without the hash docs/embedding.md asks for (trial O). The hash
 * is of the `clearline.iife.js` installed beside this CLI, with the version of that package: the file to serve.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

export interface ClassicBuild {
  version: string;
  /** "sha384-…" of dist/clearline.iife.js. */
  integrity: string;
}

/** The classic build beside `dist` (this CLI's folder), or undefined when it is not there (a partial install). */
export async function classicBuild(dist: URL): Promise<ClassicBuild | undefined> {
  try {
    const [script, pkg] = await Promise.all([readFile(new URL('clearline.iife.js', dist)), readFile(new URL('../package.json', dist), 'utf8')]);
    const version = (JSON.parse(pkg) as { version?: unknown }).version;
    if (typeof version !== 'string') return undefined;
    return { version, integrity: `sha384-${createHash('sha384').update(script).digest('base64')}` };
  } catch {
    return undefined;
  }
}

/** The script tag to paste; without the build, the old hint that points to the file. */
export const classicTag = (build: ClassicBuild | undefined): string =>
  build
    ? `<script src="https://cdn.example.com/clearline@${build.version}/dist/clearline.iife.js"\n  integrity="${build.integrity}" crossorigin="anonymous" defer></script>`
    : '<script src="…/dist/clearline.iife.js" defer></script>';
