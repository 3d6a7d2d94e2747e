import { randomBytes } from 'node:crypto'
import { mkdir, open, rename, rm, stat } from 'node:fs/promises'
import { dirname, basename, join } from 'node:path'

import { mapLimit, settleLimit } from './concurrency.js'
import { SealError } from './errors.js'

/** Whether `path` is a directory; false when it is anything else or does not exist. */
export function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    s => s.isDirectory(),
    () => false
  )
}

export interface FileWrite {
  path: string
  data: string | Buffer
  /** Permissions of a new file (default 0o644). */
  mode?: number
}

function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
}

async function writeTemp(tmp: string, { path, data, mode }: FileWrite): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const handle = await open(tmp, 'wx', mode ?? 0o644)
  try {
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Removes temporary files, ignoring any that cannot be there (e.g. under a path that is not a directory). */
async function removeAll(paths: readonly string[]): Promise<void> {
  await Promise.all(paths.map(p => rm(p, { force: true }).catch(() => undefined)))
}

function writeError(path: string, err: unknown): SealError {
  return new SealError('IO_ERROR', `cannot write ${path}: ${(err as NodeJS.ErrnoException).code ?? err}`, { cause: err })
}

/**
 * Writes a file atomically: the data goes to a temporary file in the same
 * directory, is flushed, and is renamed over the target. A failure leaves the
 * target as it was and removes the temporary file.
 */
export async function writeFileAtomic(path: string, data: string | Buffer, mode = 0o644): Promise<void> {
  await writeFilesAtomic([{ path, data, mode }])
}

/**
 * Writes several files all or nothing, as far as a file system allows: every
 * file goes to a flushed temporary file next to its target first; only when
 * all of them are written are they renamed over their targets. A failure
 * while writing leaves every target as it was and removes every temporary
 * file. (A rename failing after others succeeded is not undone; renames in
 * one directory that the temporary files were just written to do not fail
 * short of the disk going away.)
 */
export async function writeFilesAtomic(writes: readonly FileWrite[], concurrency = 16): Promise<void> {
  const temps = writes.map(w => tempPathFor(w.path))
  const written = await settleLimit(writes, concurrency, (w, i) => writeTemp(temps[i], w))
  const failed = written.findIndex(r => r.status === 'rejected')
  if (failed >= 0) {
    await removeAll(temps)
    throw writeError(writes[failed].path, (written[failed] as PromiseRejectedResult).reason)
  }
  try {
    await mapLimit(writes, concurrency, (w, i) => rename(temps[i], w.path).catch(err => Promise.reject(writeError(w.path, err))))
  } catch (err) {
    // Whatever was not renamed (a failed rename) is not left behind.
    await removeAll(temps)
    throw err
  }
}
