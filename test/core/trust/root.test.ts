import { mkdtemp, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { TrustedRoot } from '@sigstore/protobuf-specs'

import { rejection, thrown } from '../../support/errors.js'
import { startTufMirror } from '../../support/tuf-mirror.js'
import { checkTrustedRoot, embeddedTrustedRoot, loadTrust, parseTrustedRoot } from '../../../src/core/trust/index.js'

type RootJSON = {
  mediaType?: string
  tlogs: { baseUrl: string; publicKey: { validFor?: { start?: string; end?: string } } }[]
  certificateAuthorities: { validFor?: { start?: string; end?: string } }[]
  ctlogs: unknown[]
  timestampAuthorities: { validFor?: { start?: string } }[]
}

function embeddedJSON(): RootJSON {
  return TrustedRoot.toJSON(embeddedTrustedRoot()) as RootJSON
}

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'seal-trust-'))
}

describe('embeddedTrustedRoot', () => {
  it('is the public-good root from @sigstore/tuf', () => {
    const root = embeddedTrustedRoot()
    expect(root.tlogs.map(t => t.baseUrl)).toContain('https://rekor.sigstore.dev')
    expect(root.certificateAuthorities.length).toBeGreaterThan(0)
    expect(root.ctlogs.length).toBeGreaterThan(0)
    expect(root.timestampAuthorities.length).toBeGreaterThan(0)
  })
})

describe('loadTrust', () => {
  it('uses the embedded root offline, without a path', async () => {
    const trust = await loadTrust({ offline: true })
    expect(trust.source).toBe('embedded public-good root')
    expect(trust.material.tlogs.length).toBe(trust.trustedRoot.tlogs.length)
    expect(trust.material.certificateAuthorities.length).toBeGreaterThan(0)
  })

  it('reads a trusted_root.json file, even when offline is not set', async () => {
    const path = join(await tempDir(), 'trusted_root.json')
    await writeFile(path, JSON.stringify(embeddedJSON()))
    const trust = await loadTrust({ trustedRootPath: path })
    expect(trust.source).toBe(`file ${path}`)
    expect(trust.trustedRoot.tlogs.length).toBe(embeddedTrustedRoot().tlogs.length)
  })

  it('names the `trusted-root` input when the file is missing', async () => {
    const err = await rejection(loadTrust({ trustedRootPath: '/nonexistent/seal/trusted_root.json' }))
    expect(err.code).toBe('TRUST_ROOT_INVALID')
    expect(err.message).toContain('/nonexistent/seal/trusted_root.json')
    expect(err.message).toContain('`trusted-root`')
  })

  it('rejects a file that is not JSON, naming the input', async () => {
    const path = join(await tempDir(), 'trusted_root.json')
    await writeFile(path, JSON.stringify(embeddedJSON()).slice(0, 200))
    const err = await rejection(loadTrust({ trustedRootPath: path }))
    expect(err.code).toBe('TRUST_ROOT_INVALID')
    expect(err.message).toContain('`trusted-root`')
    expect(err.message).toContain('not valid JSON')
  })

  it('rejects a bundle given as the trusted root', async () => {
    const path = join(await tempDir(), 'trusted_root.json')
    await writeFile(path, JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json' }))
    const err = await rejection(loadTrust({ trustedRootPath: path }))
    expect(err.code).toBe('TRUST_ROOT_INVALID')
    expect(err.message).toContain('mediaType')
  })

  it('asks for `tuf-root` for a mirror it has no root for, before any request', async () => {
    // A mirror with no embedded seed and no tuf-root fails before any request is made.
    const err = await rejection(loadTrust({ tufMirrorURL: 'http://127.0.0.1:9/tuf', tufCachePath: await tempDir() }))
    expect(err.code).toBe('TRUST_ROOT_UNAVAILABLE')
    expect(err.message).toContain('http://127.0.0.1:9/tuf')
    expect(err.message).toContain('set `tuf-root`')
    expect(err.hint).toContain('`trusted-root`')
  })

  it('reports an unreachable TUF repository with a hint about trusted-root and offline', async () => {
    // A real repository's root, and then the repository goes away.
    const mirror = await startTufMirror(embeddedJSON())
    await mirror.close()
    const err = await rejection(loadTrust({ tufMirrorURL: mirror.url, tufRootPath: mirror.rootPath, tufCachePath: await tempDir(), tufRetries: 0 }))
    expect(err.code).toBe('TRUST_ROOT_UNAVAILABLE')
    expect(err.message).toContain(`cannot fetch the trusted root from TUF ${mirror.url}`)
    expect(err.message).toContain('fetch failed')
    expect(err.hint).toContain('`trusted-root`')
    expect(err.hint).toContain('`offline: true`')
  })
})

describe('trusted root validation', () => {
  it('accepts the embedded root', () => {
    expect(() => checkTrustedRoot(embeddedTrustedRoot(), 'embedded')).not.toThrow()
  })

  it('rejects a transparency log key without validFor.start', () => {
    const json = embeddedJSON()
    delete json.tlogs[1].publicKey.validFor?.start
    const err = thrown(() => parseTrustedRoot(JSON.stringify(json), 'test root'))
    expect(err.code).toBe('TRUST_ROOT_INVALID')
    expect(err.message).toContain('tlogs[1]')
    expect(err.message).toContain('validFor.start is missing')
  })

  it('rejects a certificate authority without validFor', () => {
    const json = embeddedJSON()
    delete json.certificateAuthorities[0].validFor
    expect(thrown(() => parseTrustedRoot(JSON.stringify(json), 'test root')).message).toContain('certificateAuthorities[0]')
  })

  it('rejects a timestamp authority without validFor.start', () => {
    const json = embeddedJSON()
    delete json.timestampAuthorities[0].validFor?.start
    expect(thrown(() => parseTrustedRoot(JSON.stringify(json), 'test root')).message).toContain('timestampAuthorities[0]')
  })

  it('rejects a validity that ends before it starts', () => {
    const json = embeddedJSON()
    json.tlogs[0].publicKey.validFor = { start: '2024-01-01T00:00:00Z', end: '2023-01-01T00:00:00Z' }
    expect(thrown(() => parseTrustedRoot(JSON.stringify(json), 'test root')).message).toContain('end is before its start')
  })
})

const conformanceDir = process.env.SEAL_CONFORMANCE_DIR
const describeConformance = conformanceDir ? describe : describe.skip

describeConformance(
  `conformance trusted roots${conformanceDir ? '' : ' (skipped: set SEAL_CONFORMANCE_DIR to the sigstore-conformance bundle-verify suite)'}`,
  () => {
    it('rejects trust-root-tlog-missing-validity-start_fail and loads the other cases’ roots', async () => {
      const dir = conformanceDir as string
      const bad = join(dir, 'trust-root-tlog-missing-validity-start_fail', 'trusted_root.json')
      expect((await rejection(loadTrust({ trustedRootPath: bad }))).code).toBe('TRUST_ROOT_INVALID')
      for (const name of ['rekor2-happy-path', 'intoto-with-custom-trust-root', 'trust-root-tlog-validity-end-inclusive']) {
        const path = join(dir, name, 'trusted_root.json')
        if (existsSync(path)) await expect(loadTrust({ trustedRootPath: path })).resolves.toBeDefined()
      }
    })
  }
)
