import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { ACTION_BUNDLE_LIMIT, bundleBytes, foreignImports, oversized } from '../../scripts/bundle.mjs'
import { ROOT } from '../../scripts/readme.js'

describe('the bundle checks', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'seal-bundle-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('count every file of a bundle, in subdirectories too, and refuse one over the limit', async () => {
    await writeFile(join(dir, 'index.js'), 'x'.repeat(600))
    await mkdir(join(dir, 'data'))
    await writeFile(join(dir, 'data', 'a.json'), 'y'.repeat(500))
    expect(bundleBytes(dir)).toBe(1100)
    expect(oversized('sign', dir, 1100)).toBeUndefined()
    expect(oversized('sign', dir, 1099)).toBe('dist/sign is 1100 bytes, over the 1099-byte limit for an action: something it does not use is bundled into it')
  })

  it('find a run-time import of a package that is not bundled, and let built-ins through', async () => {
    await writeFile(join(dir, 'index.js'), 'import { readFile } from "node:fs";\nimport * as core from "@actions/core";\n')
    expect(foreignImports(dir)).toEqual(['index.js: @actions/core'])
  })
})

describe('the committed action bundles', () => {
  it.each(['sign', 'verify', 'attest', 'setup'])('dist/%s is under 10 MB', name => {
    expect(ACTION_BUNDLE_LIMIT).toBe(10_000_000)
    expect(bundleBytes(join(ROOT, 'dist', name))).toBeLessThan(ACTION_BUNDLE_LIMIT)
  })
})
