import { createHash, type Hash } from 'node:crypto'
import { readSync } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { setImmediate } from 'node:timers/promises'

import { SealError } from '../util/errors.js'

export type HashAlgorithm = 'sha256' | 'sha384' | 'sha512'

/**
 * Largest read. Small enough that the chunk just copied from the page cache
 * is still in the CPU cache when it is hashed (4 MiB reads measured ~10% more
 * CPU, all of it memory traffic), large enough that syscalls stay negligible.
 */
export const READ_SIZE = 256 * 1024

/** Smallest buffer, for files that report no size (pipes, /proc) or are tiny. */
const MIN_READ_SIZE = 16 * 1024

/**
 * A synchronous read slower than this (256 MB/s) did not come from the page
 * cache. After SLOW_STREAK such reads in a row — one alone may just be the
 * thread losing its core on a busy machine — the rest of the file is read
 * asynchronously, overlapping the disk and the hash.
 */
const SLOW_READ_MS = 1
const SLOW_STREAK = 4

/** Synchronous reads yield to the event loop after this many bytes (about a millisecond of hashing). */
const YIELD_BYTES = 1024 * 1024

export interface DigestOptions {
  /** Reads slower than this count as disk reads (default 1 ms; negative: overlapped reads from the start). */
  slowReadMs?: number
}

/**
 * Hashes a file with one or more algorithms in a single pass, in constant
 * memory (at most two buffers of READ_SIZE, smaller for small files).
 *
 * Files in the page cache — what a build just wrote or a job just downloaded —
 * are read synchronously in L2-sized chunks, on the thread that hashes them:
 * no thread-pool hand-off, the bytes still in cache when hashed, and less CPU
 * than `openssl dgst`. The event loop gets a turn every megabyte. Once reads
 * are consistently slow (the disk, not the cache), the rest is read asynchronously
 * and double-buffered: the next read fills one buffer in libuv's thread pool
 * while the hashes consume the other, so the disk time overlaps the hashing.
 * Chunks are hashed in place, never copied, and reads stay sequential (so
 * files that cannot seek work too).
 */
export async function digestFile<A extends HashAlgorithm>(path: string, algorithms: readonly A[], options: DigestOptions = {}): Promise<Record<A, Buffer>> {
  const hashes = algorithms.map(alg => createHash(alg))
  const handle = await openForReading(path)
  try {
    const { size } = await handle.stat()
    await hashHandle(handle, hashes, bufferSizeFor(size), options.slowReadMs ?? SLOW_READ_MS)
  } catch (err) {
    throw readError(path, err)
  } finally {
    await handle.close()
  }
  const out = {} as Record<A, Buffer>
  algorithms.forEach((alg, i) => {
    out[alg] = hashes[i].digest()
  })
  return out
}

/**
 * Files up to this size are read whole where that saves work: a signature
 * made or checked natively over the bytes costs far less than a pure-JS
 * ECDSA over a precomputed digest. Larger files are only ever streamed.
 */
export const WHOLE_READ_LIMIT = 1024 * 1024

/** The whole content of a file of at most WHOLE_READ_LIMIT bytes; undefined for a larger one. */
export async function readSmallFile(path: string): Promise<Buffer | undefined> {
  const handle = await openForReading(path)
  try {
    const { size } = await handle.stat()
    // (A file that grows past the limit while it is read is still returned whole, as read.)
    return size > WHOLE_READ_LIMIT ? undefined : await handle.readFile()
  } catch (err) {
    throw readError(path, err)
  } finally {
    await handle.close()
  }
}

async function openForReading(path: string): Promise<FileHandle> {
  try {
    return await open(path, 'r')
  } catch (err) {
    throw new SealError('SUBJECT_NOT_FOUND', `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? err}`, { cause: err })
  }
}

function readError(path: string, err: unknown): SealError {
  if (err instanceof SealError) return err
  return new SealError('IO_ERROR', `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { cause: err })
}

/** Digests of bytes already in memory. */
export function digestBytes<A extends HashAlgorithm>(data: Buffer, algorithms: readonly A[]): Record<A, Buffer> {
  const out = {} as Record<A, Buffer>
  for (const alg of algorithms) out[alg] = createHash(alg).update(data).digest()
  return out
}

export async function sha256File(path: string): Promise<Buffer> {
  return (await digestFile(path, ['sha256'])).sha256
}

/**
 * The read size for a file of `size` bytes: one byte more than the file (so
 * the first read of a file that fits also sees the end), between 16 KiB and
 * READ_SIZE.
 */
export function bufferSizeFor(size: number): number {
  if (!Number.isFinite(size) || size <= 0) return MIN_READ_SIZE
  return Math.min(READ_SIZE, Math.max(MIN_READ_SIZE, size + 1))
}

async function hashHandle(handle: FileHandle, hashes: readonly Hash[], bufferSize: number, slowReadMs: number): Promise<void> {
  const first = Buffer.allocUnsafe(bufferSize)
  let sinceYield = 0
  let slowStreak = 0
  while (slowReadMs >= 0 && slowStreak < SLOW_STREAK) {
    const started = performance.now()
    const bytesRead = readSync(handle.fd, first, 0, bufferSize, null)
    slowStreak = performance.now() - started > slowReadMs ? slowStreak + 1 : 0
    if (bytesRead === 0) return
    update(hashes, bytesRead === bufferSize ? first : first.subarray(0, bytesRead))
    sinceYield += bytesRead
    if (sinceYield >= YIELD_BYTES) {
      sinceYield = 0
      await setImmediate()
    }
  }
  await hashOverlapped(handle, hashes, first)
}

/** Double-buffered asynchronous reads: one buffer is filled while the other is hashed. */
async function hashOverlapped(handle: FileHandle, hashes: readonly Hash[], first: Buffer): Promise<void> {
  const size = first.length
  const buffers = [first]
  let current = 0
  let pending: Promise<{ bytesRead: number }> = handle.read(first, 0, size, null)
  try {
    for (;;) {
      const { bytesRead } = await pending
      if (bytesRead === 0) return
      const filled = buffers[current]
      if (bytesRead < size) {
        // A short read is (almost always) the end of the file: hash it and read
        // again into the same buffer, so a small file needs a single buffer.
        update(hashes, filled.subarray(0, bytesRead))
        pending = handle.read(filled, 0, size, null)
        continue
      }
      // Start the next read into the other buffer before hashing this one.
      current ^= 1
      buffers[current] ??= Buffer.allocUnsafe(size)
      pending = handle.read(buffers[current], 0, size, null)
      update(hashes, filled)
    }
  } finally {
    // Never close the handle under a read still in flight (only reachable if hashing threw).
    await pending.catch(() => undefined)
  }
}

function update(hashes: readonly Hash[], chunk: Buffer): void {
  for (const h of hashes) h.update(chunk)
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
