import { createHash } from 'node:crypto'
import { open } from 'node:fs/promises'

import { SealError } from './errors.js'

export type HashAlgorithm = 'sha256' | 'sha384' | 'sha512'

/** 4 MiB reads: few syscalls, and one reused buffer keeps memory flat for any file size. */
const READ_SIZE = 4 * 1024 * 1024

/**
 * Hashes a file with one or more algorithms in a single pass. The file is read
 * in fixed-size chunks into one buffer, so memory stays constant however large
 * the file is.
 */
export async function digestFile<A extends HashAlgorithm>(
  path: string,
  algorithms: readonly A[]
): Promise<Record<A, Buffer>> {
  const hashes = algorithms.map(alg => createHash(alg))
  let handle
  try {
    handle = await open(path, 'r')
  } catch (err) {
    throw new SealError('SUBJECT_NOT_FOUND', `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? err}`, {
      cause: err
    })
  }
  try {
    const buffer = Buffer.allocUnsafe(READ_SIZE)
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, READ_SIZE, null)
      if (bytesRead === 0) break
      const chunk = buffer.subarray(0, bytesRead)
      for (const h of hashes) h.update(chunk)
    }
  } finally {
    await handle.close()
  }
  const out = {} as Record<A, Buffer>
  algorithms.forEach((alg, i) => {
    out[alg] = hashes[i].digest()
  })
  return out
}

export async function sha256File(path: string): Promise<Buffer> {
  return (await digestFile(path, ['sha256'])).sha256
}

/** Parses `sha256:<hex>` (or sha384/sha512). Returns undefined when the text is not a digest. */
export function parseDigest(text: string): { algorithm: HashAlgorithm; digest: Buffer } | undefined {
  const m = /^(sha256|sha384|sha512):([0-9a-fA-F]+)$/.exec(text.trim())
  if (!m) return undefined
  const algorithm = m[1] as HashAlgorithm
  const expectedLength = { sha256: 64, sha384: 96, sha512: 128 }[algorithm]
  if (m[2].length !== expectedLength) return undefined
  return { algorithm, digest: Buffer.from(m[2], 'hex') }
}
