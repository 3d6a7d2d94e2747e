/**
 * `seal policy` through the bundled CLI (`node bin/seal.js`, built by
 * `npm run bundle`): the schemas and the validator load from the bundle.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { parse } from 'yaml'

import { ROOT } from '../support/runner.js'
import { runSeal as seal } from '../support/seal-cli.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'seal-policy-e2e-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

it.each([
  ['cluster-image-policy', 'ghcr.io/acme/widgets**', 'ClusterImagePolicy'],
  ['kyverno', 'ghcr.io/acme/widgets*', 'ClusterPolicy']
])('exports --format %s and checks the file clean', async (format, glob, kind) => {
  const out = `${format}.yaml`
  const exported = await seal(
    [
      'policy',
      'export',
      '--format',
      format,
      '--image-glob',
      glob,
      '--certificate-identity-regexp',
      'https://github\\.com/acme/widgets/.*',
      '--repository',
      'acme/widgets',
      '--out',
      out
    ],
    dir
  )
  expect(exported).toMatchObject({ code: 0, stdout: '' })
  expect(parse(await readFile(join(dir, out), 'utf8')).kind).toBe(kind)
  const checked = await seal(['policy', 'check', out], dir)
  expect(checked).toMatchObject({ code: 0, stderr: '' })
  expect(checked.stdout).toContain(`document 1 (${kind}/seal-verify-images)`)
})

it('exits 1 with the document and path of a schema error', async () => {
  const checked = await seal(['policy', 'check', join(ROOT, 'test/fixtures/admission/pc-invalid-empty-keyref-and-keylessref.yaml')], dir)
  expect(checked.code).toBe(1)
  expect(checked.stderr).toBe('document 1 (ClusterImagePolicy/image-policy): spec.authorities[0].keyless: must be object\n')
})
