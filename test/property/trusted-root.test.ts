/**
 * Trusted roots under mutation: the local stack's root and the embedded
 * public-good root, mutated, through parseTrustedRoot/checkTrustedRoot and
 * loadTrust (a `trusted-root` file). Every outcome is a root or a SealError
 * TRUST_ROOT_INVALID (10,000 runs by default; SEAL_PROPERTY_RUNS lowers it
 * locally). A fifth as many mutants are also verified against: a root that
 * loads verifies the stack's own bundle or rejects it with a SealError, and
 * never verifies a bundle from another deployment.
 */
import { createHash } from 'node:crypto'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { TrustedRoot } from '@sigstore/protobuf-specs'
import fc from 'fast-check'

import { SealError } from '../../src/core/util/errors.js'
import { buildIdentityPolicy, type IdentityPolicy } from '../../src/core/policy/identity.js'
import { SigningSession } from '../../src/core/sign/session.js'
import { checkTrustedRoot, embeddedTrustedRoot, loadTrust, parseTrustedRoot, type LoadedTrust } from '../../src/core/trust/index.js'
import { verifyBundle, type ArtifactInput, type Bundle } from '../../src/core/verify/index.js'
import { GITHUB_ISSUER, startStack, type SigstoreStack } from '../support/stack/index.js'
import { jsonMutant, NUM_RUNS, propertyParams, type Json } from './json-mutations.js'

interface Signed {
  bundle: Bundle
  artifact: ArtifactInput
  policy: IdentityPolicy
}

async function signWith(stack: SigstoreStack, text: string): Promise<Signed> {
  const digest = createHash('sha256').update(text).digest()
  const session = new SigningSession({
    fulcioURL: stack.fulcioURL,
    rekorURL: stack.rekorURL,
    tsaURL: stack.tsaURL,
    tlogUpload: true,
    timeoutMs: 30_000,
    retries: 2,
    getToken: async () => stack.issueToken()
  })
  return {
    bundle: await session.signDigest(digest),
    artifact: { digest: { algorithm: 'sha256', value: digest } },
    policy: buildIdentityPolicy({ certificateIdentity: stack.identity(), certificateOidcIssuer: GITHUB_ISSUER })
  }
}

let stackRoot: Json
let publicGoodRoot: Json
let own: Signed
let foreign: Signed
let rootFile: string

beforeAll(async () => {
  const [a, b] = await Promise.all([startStack(), startStack()])
  try {
    stackRoot = a.trustedRoot as Json
    publicGoodRoot = TrustedRoot.toJSON(embeddedTrustedRoot()) as Json
    ;[own, foreign] = await Promise.all([signWith(a, 'signed by this deployment'), signWith(b, 'signed by another deployment')])
  } finally {
    await Promise.all([a.close(), b.close()])
  }
  rootFile = join(await mkdtemp(join(tmpdir(), 'seal-prop-root-')), 'trusted_root.json')
}, 60_000)

type Outcome = 'verified' | string

async function verifyOutcome(signed: Signed, trust: LoadedTrust): Promise<Outcome> {
  try {
    await verifyBundle(signed.bundle, signed.artifact, { policy: signed.policy }, trust)
    return 'verified'
  } catch (err) {
    if (!(err instanceof SealError)) throw new Error(`verifyBundle threw ${String(err)} with a mutated root`)
    return err.code
  }
}

/** Mutants of the stack's root (mostly) and of the public-good root. */
function mutants(): fc.Arbitrary<{ text: string; how: string }> {
  return fc.oneof({ weight: 3, arbitrary: jsonMutant(stackRoot) }, { weight: 1, arbitrary: jsonMutant(publicGoodRoot) })
}

describe('trusted root mutations', () => {
  it('loads both untouched roots, and each verifies only its own bundles', async () => {
    await writeFile(rootFile, JSON.stringify(stackRoot))
    const trust = await loadTrust({ trustedRootPath: rootFile })
    expect(await verifyOutcome(own, trust)).toBe('verified')
    expect(await verifyOutcome(foreign, trust)).not.toBe('verified')
    expect(() => checkTrustedRoot(parseTrustedRoot(JSON.stringify(publicGoodRoot), 'public-good'), 'public-good')).not.toThrow()
  })

  it(`${NUM_RUNS} mutants: parseTrustedRoot and loadTrust give a root or a SealError TRUST_ROOT_INVALID`, async () => {
    const tally: Record<string, number> = {}
    await fc.assert(
      fc.asyncProperty(mutants(), async mutant => {
        let parsed: TrustedRoot
        try {
          parsed = parseTrustedRoot(mutant.text, 'mutant root')
        } catch (err) {
          if (!(err instanceof SealError)) throw new Error(`parseTrustedRoot threw ${String(err)} for: ${mutant.how}`)
          expect(err.code).toBe('TRUST_ROOT_INVALID')
          tally.parse = (tally.parse ?? 0) + 1
          return
        }
        // What parseTrustedRoot returns has passed its own checks.
        checkTrustedRoot(parsed, 'mutant root')
        await writeFile(rootFile, mutant.text)
        try {
          await loadTrust({ trustedRootPath: rootFile })
          tally.loaded = (tally.loaded ?? 0) + 1
        } catch (err) {
          if (!(err instanceof SealError)) throw new Error(`loadTrust threw ${String(err)} for: ${mutant.how}`)
          expect(err.code).toBe('TRUST_ROOT_INVALID')
          tally.material = (tally.material ?? 0) + 1
        }
      }),
      propertyParams()
    )
    console.log(
      `trusted root: ${NUM_RUNS} mutants: ${tally.loaded ?? 0} loaded, ${tally.parse ?? 0} rejected when parsed, ` +
        `${tally.material ?? 0} rejected when their keys and certificates were read`
    )
    expect(tally.loaded).toBeGreaterThan(0)
    expect(tally.parse).toBeGreaterThan(0)
  }, 600_000)

  const VERIFY_RUNS = Math.max(1, Math.floor(NUM_RUNS / 5))

  it(`${VERIFY_RUNS} mutants that load: verification gives a SealError or verified, never for a foreign bundle`, async () => {
    const tally: Record<string, number> = {}
    // Verification depends only on the parsed root: mutants that parse alike share one outcome.
    const outcomes = new Map<string, { own: Outcome; foreign: Outcome }>()
    await fc.assert(
      fc.asyncProperty(mutants(), async mutant => {
        let trust: LoadedTrust
        try {
          const key = JSON.stringify(TrustedRoot.toJSON(parseTrustedRoot(mutant.text, 'mutant root')))
          const known = outcomes.get(key)
          if (known) {
            tally[`own bundle ${known.own}`] = (tally[`own bundle ${known.own}`] ?? 0) + 1
            return
          }
          await writeFile(rootFile, mutant.text)
          trust = await loadTrust({ trustedRootPath: rootFile })
          const outcome = { own: await verifyOutcome(own, trust), foreign: await verifyOutcome(foreign, trust) }
          outcomes.set(key, outcome)
          if (outcome.foreign === 'verified') throw new Error(`a mutated root (${mutant.how}) verified a bundle from another deployment`)
          tally[`own bundle ${outcome.own}`] = (tally[`own bundle ${outcome.own}`] ?? 0) + 1
        } catch (err) {
          if (err instanceof SealError) {
            tally['not loaded'] = (tally['not loaded'] ?? 0) + 1
            return
          }
          throw err
        }
      }),
      { ...propertyParams(), numRuns: VERIFY_RUNS }
    )
    console.log(
      `trusted root: ${VERIFY_RUNS} mutants, ${outcomes.size} distinct roots verified against: ` +
        Object.entries(tally)
          .sort((a, b) => b[1] - a[1])
          .map(([k, n]) => `${k} ${n}`)
          .join(', ')
    )
    expect(tally['own bundle verified']).toBeGreaterThan(0)
    expect(Object.keys(tally).filter(k => k.startsWith('own bundle') && !k.endsWith('verified')).length).toBeGreaterThan(0)
  }, 600_000)
})
