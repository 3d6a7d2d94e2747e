import { createHash } from 'node:crypto'
import { mkdtemp as makeTemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import {
  bufferSizeFor,
  digestBytes,
  digestFile,
  parseDigest,
  READ_SIZE,
  readSmallFile,
  sha256File,
  WHOLE_READ_LIMIT
} from '../../../src/core/subjects/digest.js'
import { SealError } from '../../../src/core/util/errors.js'

const temps: string[] = []
async function mkdtemp(prefix: string): Promise<string> {
  const dir = await makeTemp(prefix)
  temps.push(dir)
  return dir
}
afterAll(async () => {
  await Promise.all(temps.map(dir => rm(dir, { recursive: true, force: true })))
})

describe('digestFile', () => {
  it('hashes across read boundaries with several algorithms at once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seal-digest-'))
    const data = Buffer.alloc(9 * 1024 * 1024 + 17, 7)
    const path = join(dir, 'f.bin')
    await writeFile(path, data)
    const out = await digestFile(path, ['sha256', 'sha512'])
    expect(out.sha256.toString('hex')).toBe(createHash('sha256').update(data).digest('hex'))
    expect(out.sha512.toString('hex')).toBe(createHash('sha512').update(data).digest('hex'))
    expect((await sha256File(path)).equals(out.sha256)).toBe(true)
  })

  it('hashes files at every buffer boundary, including empty ones, with cached and with overlapped reads', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seal-digest-'))
    const pattern = Buffer.from(Array.from({ length: 251 }, (_, i) => i))
    for (const size of [0, 1, 16 * 1024, 16 * 1024 + 1, READ_SIZE - 1, READ_SIZE, READ_SIZE + 1, 2 * READ_SIZE + 5, 37 * READ_SIZE + 3]) {
      const data = Buffer.alloc(size, pattern)
      const path = join(dir, `f${size}.bin`)
      await writeFile(path, data)
      const expected = { sha256: createHash('sha256').update(data).digest('hex'), sha512: createHash('sha512').update(data).digest('hex') }
      // Default: synchronous reads while they are fast. slowReadMs 0: switch after the first read. -1: overlapped from the start.
      for (const slowReadMs of [undefined, 0, -1]) {
        const out = await digestFile(path, ['sha256', 'sha512'], { slowReadMs })
        expect({ size, slowReadMs, sha256: out.sha256.toString('hex'), sha512: out.sha512.toString('hex') }).toEqual({ size, slowReadMs, ...expected })
      }
      expect((await sha256File(path)).toString('hex')).toBe(expected.sha256)
    }
  })

  it('keeps the event loop turning while it hashes a large cached file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seal-digest-'))
    const path = join(dir, 'large.bin')
    await writeFile(path, Buffer.alloc(16 * 1024 * 1024, 1))
    // Count event-loop turns (a chain of setImmediate callbacks) until the hash is done.
    let turns = 0
    let done = false
    const tick = (): void => {
      turns++
      if (!done) setImmediate(tick)
    }
    setImmediate(tick)
    await sha256File(path)
    done = true
    // One turn per megabyte hashed; without yielding there would be a handful at most.
    expect(turns).toBeGreaterThanOrEqual(12)
  })

  it('sizes its buffers to the file', () => {
    expect(bufferSizeFor(0)).toBe(16 * 1024)
    expect(bufferSizeFor(10)).toBe(16 * 1024)
    expect(bufferSizeFor(100 * 1024)).toBe(100 * 1024 + 1)
    expect(bufferSizeFor(10 * READ_SIZE)).toBe(READ_SIZE)
    expect(bufferSizeFor(Number.NaN)).toBe(16 * 1024)
  })

  it('names a path it cannot read as a file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seal-digest-'))
    const err = await sha256File(dir).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(err).toBeInstanceOf(SealError)
    expect(err).toMatchObject({ code: 'IO_ERROR' })
    expect((err as Error).message).toContain(dir)
  })

  it('names the missing file', async () => {
    await expect(sha256File('/nonexistent/seal-file')).rejects.toThrow(SealError)
    await expect(sha256File('/nonexistent/seal-file')).rejects.toThrow(/\/nonexistent\/seal-file/)
  })
})

describe('parseDigest', () => {
  it('accepts well-formed digests only', () => {
    expect(parseDigest('sha256:' + 'ab'.repeat(32))?.algorithm).toBe('sha256')
    expect(parseDigest('sha256:' + 'ab'.repeat(31))).toBeUndefined()
    expect(parseDigest('md5:abcd')).toBeUndefined()
    expect(parseDigest('a.txt')).toBeUndefined()
  })
})

describe('readSmallFile', () => {
  it('reads files up to the limit whole, and leaves larger ones to streaming', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seal-small-'))
    await writeFile(join(dir, 'at-limit'), Buffer.alloc(WHOLE_READ_LIMIT, 1))
    await writeFile(join(dir, 'over-limit'), Buffer.alloc(WHOLE_READ_LIMIT + 1, 1))
    expect((await readSmallFile(join(dir, 'at-limit')))?.length).toBe(WHOLE_READ_LIMIT)
    expect(await readSmallFile(join(dir, 'over-limit'))).toBeUndefined()
    expect(digestBytes(Buffer.from('abc'), ['sha256']).sha256.toString('hex')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it('names a missing file with the same code as the streaming hash', async () => {
    await expect(readSmallFile('/nonexistent/seal/file')).rejects.toMatchObject({
      code: 'SUBJECT_NOT_FOUND',
      message: expect.stringMatching(/cannot read \/nonexistent\/seal\/file: ENOENT/)
    })
  })
})
