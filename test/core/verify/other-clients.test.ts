/**
 * Real bundles from other Sigstore clients' test suites (see
 * test/fixtures/other-clients/SOURCES.md), verified by seal with the result
 * those clients' own tests expect.
 */
import { readFileSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { buildIdentityPolicy } from '../../../src/core/policy/identity.js'
import { loadTrust } from '../../../src/core/trust/index.js'
import { parseBundle, verifyBundle } from '../../../src/core/verify/index.js'
import { rejection } from '../../support/errors.js'

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'other-clients')
const read = (path: string): string => readFileSync(join(FIXTURES, path), 'utf8')
const sha256 = (hex: string) => ({ digest: { algorithm: 'sha256' as const, value: Buffer.from(hex, 'hex') } })

describe('sigstore-go: a username (otherName) identity from a private deployment (TestEntityWithOthernameSan)', () => {
  const artifact = sha256('bc103b4a84971ef6459b294a2b98568a2bfb72cded09d4acd1e16366a401f95b')
  const bundle = () => parseBundle(read('sigstore-go/othernameBundle.json'), 'othernameBundle.json')
  const identity = (san: string) => ({ policy: buildIdentityPolicy({ certificateIdentity: san, certificateOidcIssuer: 'http://oidc.local:8080' }) })
  const trust = () => loadTrust({ trustedRootPath: join(FIXTURES, 'sigstore-go', 'scaffolding.json') })

  it('verifies as foo!oidc.local, although its checkpoint is signed under a name that is not the log URL', async () => {
    const root = await trust()
    expect(root.trustedRoot.tlogs[0].baseUrl).not.toContain('rekor-00001-deployment')
    const result = await verifyBundle(bundle(), artifact, identity('foo!oidc.local'), root)
    expect(result).toMatchObject({ identity: 'foo!oidc.local', issuer: 'http://oidc.local:8080', logIndex: '3' })
  })

  it('rejects the email spelling of the same name, as sigstore-go does', async () => {
    const err = await rejection(verifyBundle(bundle(), artifact, identity('foo@oidc.local'), await trust()))
    expect(err.code).toBe('IDENTITY_MISMATCH')
  })

  it('rejects another artifact', async () => {
    const err = await rejection(verifyBundle(bundle(), sha256('00'.repeat(32)), identity('foo!oidc.local'), await trust()))
    expect(err.code).toBe('DIGEST_MISMATCH')
  })
})

describe('sigstore-python: a staging bundle with two RFC 3161 timestamps (TestVerifierWithTimestamp)', () => {
  const artifact = sha256('802dd60ff88333802f2585e73043bd21c341285e1992fe5b31755e1cadeae30e')
  const bundle = () => parseBundle(read('sigstore-python/bundle.txt.sigstore'), 'bundle.txt.sigstore')
  const anyone = { policy: buildIdentityPolicy({ certificateIdentityRegExp: '.*', certificateOidcIssuerRegExp: '.*' }) }
  let dir: string
  /** The staging root with ca.json as its only TSA, as the sigstore-python test sets it up. */
  async function trust(withTSA = true) {
    dir ??= await mkdtemp(join(tmpdir(), 'seal-other-clients-'))
    const root = JSON.parse(read('sigstore-python/trust_config.trustedRoot.without-tsa.json'))
    const ca = JSON.parse(read('sigstore-python/ca.json'))
    // seal requires a validity start; the TSA leaf's own notBefore is the natural one.
    if (withTSA) root.timestampAuthorities = [{ ...ca, validFor: { start: '2024-10-31T10:16:42Z' } }]
    const path = join(dir, `root-${withTSA}.json`)
    await writeFile(path, JSON.stringify(root))
    return loadTrust({ trustedRootPath: path })
  }

  it('verifies (test_verifier_verify_timestamp), counting the token that verifies and reporting the other', async () => {
    const result = await verifyBundle(bundle(), artifact, anyone, await trust())
    expect(result.identity).toBe('alexis.challande@trailofbits.com')
    expect(result.uncountedTimestamps ?? []).toHaveLength(1)
  })

  it('fails without the TSA in the root, and when more timestamps are required than verify (test_verifier_not_enough_timestamp)', async () => {
    // Deliberate difference: sigstore-python counts the TSA tokens alone and fails at 2; seal, like
    // sigstore-go's observer timestamps, also counts the log's integrated time (signed by its SET).
    await expect(verifyBundle(bundle(), artifact, anyone, await trust(), { timestampThreshold: 2 })).resolves.toBeDefined()
    const err = await rejection(verifyBundle(bundle(), artifact, anyone, await trust(), { timestampThreshold: 3 }))
    expect(err.code).toBe('TIMESTAMP_INVALID')
    expect(err.message).toContain('expected 3 timestamps, got 2')
    // No TSA: both tokens are set aside; the integrated time alone meets the default threshold of 1.
    const noTSA = await verifyBundle(bundle(), artifact, anyone, await trust(false))
    expect(noTSA.uncountedTimestamps).toHaveLength(2)
  })
})
