import { createHash } from 'node:crypto'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { digestFile, parseDigest, sha256File } from '../../src/core/digest.js'
import { SealError } from '../../src/core/errors.js'

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
