/**
 * Writing files so that nothing is ever half-written: a temporary file in the same folder,
 * flushed to disk, then renamed over the target (a rename within one folder is atomic). A crash,
 * a kill or a full disk leaves the old file as it was, never a truncated feed for the web server.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Test seam: when set, the write stops halfway through the temporary file and waits (to be killed). */
const STALL = 'CLEARLINE_TEST_STALL_WRITE';

export async function writeFileAtomic(path: string, data: string, mode?: number): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  // Keep the mode of the file being replaced (a key stays 0600), unless one is asked for.
  const keep = mode ?? (await stat(path).then((s) => s.mode & 0o777, () => 0o644));
  const bytes = Buffer.from(data, 'utf8');
  const fh = await open(tmp, 'wx', keep);
  try {
    if (process.env[STALL]) {
      await fh.write(bytes.subarray(0, bytes.length >> 1));
      await fh.sync();
      await new Promise(() => setInterval(() => {}, 1_000));
    }
    await fh.write(bytes);
    await fh.sync();
    await fh.chmod(keep);
  } catch (e) {
    await fh.close().catch(() => {});
    await unlink(tmp).catch(() => {});
    throw e;
  }
  await fh.close();
  try {
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw e;
  }
  // Make the rename itself durable where the platform allows it.
  const dir = await open(dirname(path), 'r').catch(() => undefined);
  await dir?.sync().catch(() => {});
  await dir?.close();
}
