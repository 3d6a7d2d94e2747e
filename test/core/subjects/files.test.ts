import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { resolveFiles, splitList, withoutBundles } from '../../../src/core/subjects/files.js'

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'seal-subjects-'))
  await mkdir(join(dir, 'dist', 'nested'), { recursive: true })
  for (const f of ['dist/a.tgz', 'dist/b.tgz', 'dist/a.tgz.sigstore.json', 'dist/nested/c.tgz', 'dist/.hidden.tgz', 'notes.txt']) {
    await writeFile(join(dir, f), f)
  }
})

describe('splitList', () => {
  it('splits on newlines and commas and drops blanks', () => {
    expect(splitList(' a ,b\n\n c,\n')).toEqual(['a', 'b', 'c'])
    expect(splitList(undefined)).toEqual([])
  })
})

describe('resolveFiles', () => {
  it('expands globs and literal paths, de-duplicated and sorted', async () => {
    const files = await resolveFiles(['dist/*.tgz', 'notes.txt', 'dist/a.tgz'], dir)
    expect(files.map(f => f.name)).toEqual(['dist/.hidden.tgz', 'dist/a.tgz', 'dist/b.tgz', 'notes.txt'])
    expect(files[1].path).toBe(join(dir, 'dist/a.tgz'))
  })

  it('expands recursive globs', async () => {
    const files = await resolveFiles(['dist/**/*.tgz'], dir)
    expect(files.map(f => f.name)).toContain('dist/nested/c.tgz')
  })

  it('fails on a pattern that matches nothing, naming it', async () => {
    await expect(resolveFiles(['dist/*.tgz', 'dist/*.zip'], dir)).rejects.toThrow(/"dist\/\*\.zip" matched no file/)
    await expect(resolveFiles(['missing.txt'], dir)).rejects.toThrow(/"missing\.txt" matched no file/)
  })

  it('explains that a directory needs a glob', async () => {
    await expect(resolveFiles(['dist'], dir)).rejects.toThrow(/"dist" is a directory; use a glob such as "dist\/\*"/)
  })

  it('rejects an empty list', async () => {
    await expect(resolveFiles([], dir)).rejects.toThrow(/is empty/)
  })
})

describe('withoutBundles', () => {
  it('drops the bundles of listed files only', async () => {
    const files = await resolveFiles(['dist/*'], dir)
    expect(withoutBundles(files).map(f => f.name)).toEqual(['dist/.hidden.tgz', 'dist/a.tgz', 'dist/b.tgz'])
    const lone = await resolveFiles(['dist/a.tgz.sigstore.json'], dir)
    expect(withoutBundles(lone)).toHaveLength(1)
  })
})

describe('paths outside the workspace', () => {
  let ws: string
  let outside: string

  beforeAll(async () => {
    const base = await mkdtemp(join(tmpdir(), 'seal-subjects-ws-'))
    ws = join(base, 'workspace')
    outside = join(base, 'secrets')
    await mkdir(join(ws, 'dist', 'inner'), { recursive: true })
    await mkdir(outside)
    await writeFile(join(outside, 'id_rsa'), 'not for signing')
    await writeFile(join(ws, 'dist', 'app.tgz'), 'app')
    await writeFile(join(ws, 'dist', 'inner', 'lib.tgz'), 'lib')
  })

  it('does not let a glob follow a link out of the workspace', async () => {
    const link = join(ws, 'dist', 'escape')
    await symlink(join(outside, 'id_rsa'), link)
    try {
      await expect(resolveFiles(['dist/*'], ws)).rejects.toThrow(/pattern "dist\/\*" matched dist\/escape, a link to .*secrets\/id_rsa outside the workspace/)
    } finally {
      await rm(link)
    }
  })

  it('does not let a recursive glob descend through a linked directory outside', async () => {
    const link = join(ws, 'dist', 'linked-dir')
    await symlink(outside, link)
    try {
      await expect(resolveFiles(['dist/**'], ws, 'bundle-path')).rejects.toThrow(/`bundle-path` pattern "dist\/\*\*" matched dist\/linked-dir\/id_rsa/)
    } finally {
      await rm(link)
    }
  })

  it('follows links that stay inside, keeping the link name', async () => {
    const link = join(ws, 'dist', 'latest.tgz')
    await symlink(join(ws, 'dist', 'inner', 'lib.tgz'), link)
    try {
      expect((await resolveFiles(['dist/*.tgz'], ws)).map(f => f.name)).toEqual(['dist/app.tgz', 'dist/latest.tgz'])
    } finally {
      await rm(link)
    }
  })

  it('takes files outside when asked: a literal path, an absolute glob, or a glob through ..', async () => {
    expect((await resolveFiles([join(outside, 'id_rsa')], ws)).map(f => f.path)).toEqual([join(outside, 'id_rsa')])
    expect((await resolveFiles([`${outside}/*`], ws)).map(f => f.path)).toEqual([join(outside, 'id_rsa')])
    expect((await resolveFiles(['../secrets/*'], ws)).map(f => f.path)).toEqual([join(outside, 'id_rsa')])
  })
})
