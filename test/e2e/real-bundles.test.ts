/**
 * Real public-good bundles (npm provenance from sigstore-js releases) verified
 * by the bundled verify-action with `offline: true`: the public-good trusted
 * root embedded in dist, no network. The data directory comes from
 * SEAL_REAL_BUNDLES_DIR (CI sets it); without it these tests are skipped.
 */
import { cp, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { runAction } from '../support/runner.js'

const DIR = process.env.SEAL_REAL_BUNDLES_DIR
const IDENTITY = 'https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main'

const cases = [
  ['clicli-sigstore-js-2.1.0-bundle.json', 'sigstore-2.1.0.tgz'],
  ['clicli-sigstore-js-2.1.0-bundle-v0.1.json', 'sigstore-2.1.0.tgz'],
  ['clicli-sigstore.js-2.2.0.bundle.json', 'sigstore-2.2.0.tgz'],
  ['clicli-sigstore.js-3.0.0.bundle.json', 'sigstore-2.2.0.tgz']
] as const

const describeReal = DIR ? describe : describe.skip

describeReal(`verify-action offline on real public-good bundles${DIR ? '' : ' (set SEAL_REAL_BUNDLES_DIR to run)'}`, () => {
  let ws: string
  beforeAll(async () => {
    ws = await mkdtemp(join(tmpdir(), 'seal-real-'))
    for (const f of ['sigstore-2.1.0.tgz', 'sigstore-2.2.0.tgz', ...cases.map(c => c[0])]) await cp(join(DIR as string, f), join(ws, f))
  })

  it.each(cases)('%s verifies against %s', async (bundle, tarball) => {
    const run = await runAction('verify', {
      workspace: ws,
      inputs: { 'subject-path': tarball, 'bundle-path': bundle, 'certificate-identity': IDENTITY, offline: 'true' },
      // No network: a proxy that does not exist would break any request.
      env: { HTTPS_PROXY: 'http://127.0.0.1:9', HTTP_PROXY: 'http://127.0.0.1:9' }
    })
    expect(run.stdout).not.toMatch(/::error::/)
    expect(run.code).toBe(0)
    expect(run.outputs.verified).toBe('true')
    const [result] = JSON.parse(run.outputs.results)
    expect(result.identity).toBe(IDENTITY)
    expect(result.issuer).toBe('https://token.actions.githubusercontent.com')
    expect(run.summary).toContain('embedded')
  })

  it('rejects the wrong tarball', async () => {
    const run = await runAction('verify', {
      workspace: ws,
      inputs: { 'subject-path': 'sigstore-2.1.0.tgz', 'bundle-path': 'clicli-sigstore.js-2.2.0.bundle.json', 'certificate-identity': IDENTITY, offline: 'true' }
    })
    expect(run.code).not.toBe(0)
    expect(run.stdout).toMatch(/::error::sigstore-2\.1\.0\.tgz: .*not a subject of the attestation/)
  })

  it('rejects a prefix of the real identity', async () => {
    const run = await runAction('verify', {
      workspace: ws,
      inputs: {
        'subject-path': 'sigstore-2.1.0.tgz',
        'bundle-path': 'clicli-sigstore-js-2.1.0-bundle.json',
        'certificate-identity': IDENTITY.replace(/@refs\/heads\/main$/, '@refs/heads/ma'),
        offline: 'true'
      }
    })
    expect(run.code).not.toBe(0)
    expect(run.stdout).toMatch(/::error::.*identity/)
  })

  it('rejects a tampered tarball', async () => {
    const tampered = join(ws, 'tampered')
    await cp(join(ws, 'sigstore-2.1.0.tgz'), join(tampered, 'sigstore-2.1.0.tgz'))
    await writeFile(join(tampered, 'sigstore-2.1.0.tgz'), 'x', { flag: 'a' })
    await cp(join(ws, 'clicli-sigstore-js-2.1.0-bundle.json'), join(tampered, 'b.json'))
    const run = await runAction('verify', {
      workspace: tampered,
      inputs: { 'subject-path': 'sigstore-2.1.0.tgz', 'bundle-path': 'b.json', 'certificate-identity': IDENTITY, offline: 'true' }
    })
    expect(run.code).not.toBe(0)
    expect(run.outputs.verified).toBe('false')
  })
})
