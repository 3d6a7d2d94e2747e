import { chmod, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'

import { writeFileAtomic } from '../../src/core/fs.js'

describe('writeFileAtomic', () => {
  it('creates directories and replaces the file whole', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seal-fs-'))
    const path = join(dir, 'out', 'b.json')
    await writeFileAtomic(path, 'one')
    await writeFileAtomic(path, 'two')
    expect(await readFile(path, 'utf8')).toBe('two')
    expect(await readdir(join(dir, 'out'))).toEqual(['b.json'])
  })

  it('leaves the old file and no temporary file behind on failure', async () => {
    if (process.getuid?.() === 0) {
      // root ignores directory permissions; make the rename fail instead by targeting a directory.
      const dir = await mkdtemp(join(tmpdir(), 'seal-fs-'))
      await writeFile(join(dir, 'keep.txt'), 'kept')
      await expect(writeFileAtomic(dir, 'x')).rejects.toThrow(/cannot write/)
      expect(await readdir(dir)).toEqual(['keep.txt'])
      expect((await readdir(tmpdir())).filter(n => n.startsWith(`.${basename(dir)}.`))).toEqual([])
      return
    }
    const dir = await mkdtemp(join(tmpdir(), 'seal-fs-'))
    await writeFile(join(dir, 'b.json'), 'old')
    await chmod(dir, 0o500)
    try {
      await expect(writeFileAtomic(join(dir, 'b.json'), 'new')).rejects.toThrow(/cannot write/)
      expect(await readFile(join(dir, 'b.json'), 'utf8')).toBe('old')
      expect(await readdir(dir)).toEqual(['b.json'])
    } finally {
      await chmod(dir, 0o700)
    }
  })
})
