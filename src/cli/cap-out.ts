/**
 * Where `export --to cap --out …` writes. A folder (every alert, one file each) when the path ends in "/", is a folder
 * already, or is not there and has no extension: a bus desk's `--out exports/s2/cap` wrote one alert to a file named
 * `cap`, which no receiver takes, while the docs' `--out alerts/` writes them all (trial O). A name with an extension
 * (`alert.xml`, `out.cap`) is a file, as before. `named`: made a folder for a path given without "/", which the note says.
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';

export async function capFolder(out: string): Promise<{ folder: boolean; named: boolean }> {
  if (/[/\\]$/.test(out)) return { folder: true, named: false };
  const found = await stat(out).catch(() => undefined);
  if (found) return { folder: found.isDirectory(), named: false };
  const named = !basename(out).includes('.');
  return { folder: named, named };
}
