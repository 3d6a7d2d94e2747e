import { chmod, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'

import { writeFileAtomic, writeFilesAtomic } from '../../../src/core/util/fs.js'

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

describe('writeFilesAtomic', () => {
  it('writes every file, replacing old ones whole', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seal-fs-'))
    await writeFile(join(dir, 'a.json'), 'old a')
    const writes = Array.from({ length: 40 }, (_, i) => ({ path: join(dir, i % 2 ? 'sub' : '', `f${i}.json`), data: `file ${i}` }))
    await writeFilesAtomic([...writes, { path: join(dir, 'a.json'), data: 'new a' }])
    for (const w of writes) expect(await readFile(w.path, 'utf8')).toBe(w.data)
    expect(await readFile(join(dir, 'a.json'), 'utf8')).toBe('new a')
    expect((await readdir(dir, { recursive: true })).filter(n => n.endsWith('.tmp'))).toEqual([])
  })

  it('writes none of them when one cannot be written, and leaves no temporary file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seal-fs-'))
    await writeFile(join(dir, 'a.json'), 'old a')
    // A regular file where a directory should be: its write fails whoever runs the test.
    await writeFile(join(dir, 'blocker'), 'not a directory')
    const writes = [
      { path: join(dir, 'a.json'), data: 'new a' },
      ...Array.from({ length: 30 }, (_, i) => ({ path: join(dir, `f${i}.json`), data: `file ${i}` })),
      { path: join(dir, 'blocker', 'x.json'), data: 'x' }
    ]
    await expect(writeFilesAtomic(writes)).rejects.toThrow(/cannot write .*blocker\/x\.json: (ENOTDIR|EEXIST)/)
    expect(await readFile(join(dir, 'a.json'), 'utf8')).toBe('old a')
    expect((await readdir(dir)).sort()).toEqual(['a.json', 'blocker'])
  })
})
