/** Where a command's result goes: standard output, or a file written whole or not at all. */
import { rename, rm, writeFile } from 'node:fs/promises';

/**
 * Writes `content` to stdout (waiting until it is flushed, so a pipe gets everything before the
 * process exits), or to `out`: written beside the target, then renamed, so a failed run never
 * leaves half a file in place of a good one.
 */
export async function writeOutput(content: string | Uint8Array, out: string | undefined): Promise<void> {
  if (!out) {
    await new Promise<void>((resolve, reject) => process.stdout.write(content, (err) => (err ? reject(err) : resolve())));
    return;
  }
  const tmp = `${out}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, content);
    await rename(tmp, out);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
