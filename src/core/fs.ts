import { randomBytes } from 'node:crypto'
import { mkdir, open, rename, rm } from 'node:fs/promises'
import { dirname, basename, join } from 'node:path'

import { SealError } from './errors.js'

/**
 * Writes a file atomically: the data goes to a temporary file in the same
 * directory, is flushed, and is renamed over the target. A failure leaves the
 * target as it was and removes the temporary file.
 */
export async function writeFileAtomic(path: string, data: string | Buffer, mode = 0o644): Promise<void> {
  const dir = dirname(path)
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    await mkdir(dir, { recursive: true })
    const handle = await open(tmp, 'wx', mode)
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(tmp, path)
  } catch (err) {
    await rm(tmp, { force: true })
    throw new SealError('IO_ERROR', `cannot write ${path}: ${(err as NodeJS.ErrnoException).code ?? err}`, { cause: err })
  }
}
