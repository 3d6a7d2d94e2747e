import { spawnSync } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

import { distIsFresh, sourcesStamp, stampInputs, STALE, STAMP, writeStamp } from '../../scripts/dist-stamp.mjs'
import { ROOT } from '../../scripts/readme.js'

let root: string

async function put(path: string, text: string): Promise<void> {
  await mkdir(dirname(join(root, path)), { recursive: true })
  await writeFile(join(root, path), text)
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'seal-stamp-'))
  await put('src/core/index.ts', 'export const a = 1\n')
  await put('src/cli/index.ts', 'export const b = 2\n')
  await put('package-lock.json', '{}\n')
  await put('tsconfig.json', '{}\n')
  await put('scripts/bundle.mjs', '// build\n')
  await mkdir(join(root, 'dist'))
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('the dist/ stamp', () => {
  it('covers every file under src/ and the build files, sorted', async () => {
    expect(await stampInputs(root)).toEqual(['package-lock.json', 'scripts/bundle.mjs', 'src/cli/index.ts', 'src/core/index.ts', 'tsconfig.json'])
  })

  it('changes when a source changes, appears, or moves', async () => {
    const before = await sourcesStamp(root)
    expect(before).toMatch(/^[0-9a-f]{64}$/)
    expect(await sourcesStamp(root)).toBe(before)

    await put('src/core/index.ts', 'export const a = 3\n')
    const edited = await sourcesStamp(root)
    expect(edited).not.toBe(before)

    await put('src/core/new.ts', '')
    const added = await sourcesStamp(root)
    expect(added).not.toBe(edited)

    await rename(join(root, 'src/core/new.ts'), join(root, 'src/core/moved.ts'))
    expect(await sourcesStamp(root)).not.toBe(added)
  })

  it('changes with the lockfile, tsconfig.json and the bundle script, not with tests', async () => {
    const before = await sourcesStamp(root)
    await put('test/x.test.ts', 'it()\n')
    expect(await sourcesStamp(root)).toBe(before)
    for (const file of ['package-lock.json', 'tsconfig.json', 'scripts/bundle.mjs']) {
      const previous = await sourcesStamp(root)
      await put(file, `${file} changed\n`)
      expect(await sourcesStamp(root)).not.toBe(previous)
    }
  })

  it('calls dist/ fresh only while the written stamp matches the sources', async () => {
    expect(await distIsFresh(root)).toBe(false)
    await writeStamp(root)
    expect(await distIsFresh(root)).toBe(true)
    await put('src/cli/index.ts', 'export const b = 4\n')
    expect(await distIsFresh(root)).toBe(false)
    await writeStamp(root)
    expect(await distIsFresh(root)).toBe(true)
    await put(STAMP, '0'.repeat(64) + '\n')
    expect(await distIsFresh(root)).toBe(false)
  })

  it('as npm pretest, fails with one line naming the fix until dist/ is rebuilt', async () => {
    // A copy of the script in the scratch root checks that root, as the original checks the repository.
    await copyFile(join(ROOT, 'scripts/dist-stamp.mjs'), join(root, 'scripts/dist-stamp.mjs'))
    const check = () => spawnSync(process.execPath, [join(root, 'scripts/dist-stamp.mjs'), '--check'], { encoding: 'utf8' })
    expect(check()).toMatchObject({ status: 1, stdout: '', stderr: `${STALE}\n` })
    await writeStamp(root)
    expect(check()).toMatchObject({ status: 0, stdout: '', stderr: '' })
    await put('src/core/index.ts', 'export const a = 5\n')
    expect(check()).toMatchObject({ status: 1, stderr: `${STALE}\n` })
  })
})
