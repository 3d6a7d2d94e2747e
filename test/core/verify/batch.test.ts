/**
 * BatchVerifier must return what verifyBundle returns, and fail where it fails
 * with the same error, for bundles signed by the local stack, handing
 * verifyBundle one shared CachingVerifier.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { bundleToJSON } from '@sigstore/bundle'
import { toSignedEntity } from '@sigstore/verify'

import { SealError } from '../../../src/core/util/errors.js'
import { buildIdentityPolicy } from '../../../src/core/policy/identity.js'
import { signFiles } from '../../support/sign-files.js'
import { loadTrust, type LoadedTrust } from '../../../src/core/trust/index.js'
import {
  BatchVerifier,
  CachingVerifier,
  parseBundle,
  verifyBundle,
  type ArtifactInput,
  type Bundle,
  type Expectation,
  type SharedVerifierOptions,
  type VerifyBundleFn
} from '../../../src/core/verify/index.js'
import { settleLimit } from '../../../src/core/util/concurrency.js'
import { rejection } from '../../support/errors.js'
import { startStack, type SigstoreStack } from '../../support/stack/index.js'
import { stackSession } from '../../support/session.js'

const GHA = 'https://token.actions.githubusercontent.com'

let stack: SigstoreStack
let other: SigstoreStack
let dir: string
let trust: LoadedTrust
let otherTrust: LoadedTrust
let expectation: Expectation
/** Files signed in one step, with their bundles. */
let subjects: { path: string; bundle: Bundle }[]
/** A file signed by the other stack. */
let foreign: { path: string; bundle: Bundle }

async function signIn(s: SigstoreStack, names: string[]): Promise<{ path: string; bundle: Bundle }[]> {
  const files = []
  for (const name of names) {
    const path = join(dir, name)
    await writeFile(path, `contents of ${name}\n`)
    files.push({ path, name })
  }
  const result = await signFiles({
    files,
    fulcioURL: s.fulcioURL,
    rekorURL: s.rekorURL,
    tsaURL: s.tsaURL,
    tlogUpload: true,
    timeoutMs: 10_000,
    retries: 0,
    getToken: async () => s.issueToken()
  })
  return Promise.all(result.files.map(async f => ({ path: f.path, bundle: parseBundle(await readFile(f.bundlePath, 'utf8'), f.bundlePath) })))
}

async function trustOf(s: SigstoreStack, name: string): Promise<LoadedTrust> {
  const path = join(dir, name)
  await s.writeTrustedRoot(path)
  return loadTrust({ trustedRootPath: path })
}

beforeAll(async () => {
  ;[stack, other] = await Promise.all([startStack(), startStack()])
  dir = await mkdtemp(join(tmpdir(), 'seal-verify-batch-'))
  trust = await trustOf(stack, 'root.json')
  otherTrust = await trustOf(other, 'other-root.json')
  expectation = { policy: buildIdentityPolicy({ certificateIdentity: stack.identity(), certificateOidcIssuer: GHA }) }
  subjects = await signIn(stack, ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'])
  ;[foreign] = await signIn(other, ['foreign.txt'])
})

afterAll(async () => {
  await Promise.all([stack?.close(), other?.close(), dir && rm(dir, { recursive: true, force: true })])
})

/** The reference's rejection, to compare with the batch verifier's. */
async function referenceError(bundle: Bundle, artifact: ArtifactInput, expect: Expectation, t = trust): Promise<SealError> {
  return rejection(verifyBundle(bundle, artifact, expect, t))
}

describe('BatchVerifier', () => {
  it('returns exactly what verifyBundle returns', async () => {
    const batch = new BatchVerifier(trust)
    for (const s of subjects) {
      const artifact = { path: s.path }
      expect(await batch.verify(s.bundle, artifact, expectation)).toEqual(await verifyBundle(s.bundle, artifact, expectation, trust))
    }
  })

  it('hands verifyBundle one shared CachingVerifier, the trust and the thresholds, for every bundle', async () => {
    const seen: SharedVerifierOptions[] = []
    const trusts: LoadedTrust[] = []
    const spy: VerifyBundleFn = (bundle, artifact, exp, t, options) => {
      trusts.push(t)
      seen.push(options)
      return verifyBundle(bundle, artifact, exp, t, options)
    }
    const batch = new BatchVerifier(trust, { timestampThreshold: 1 }, spy)
    for (const s of subjects.slice(0, 3)) await batch.verify(s.bundle, { path: s.path }, expectation)
    expect(seen).toHaveLength(3)
    expect(trusts.every(t => t === trust)).toBe(true)
    for (const options of seen) {
      expect(options.verifier).toBe(batch.verifier)
      expect(options.verifier).toBeInstanceOf(CachingVerifier)
      expect(options.timestampThreshold).toBe(1)
    }
  })

  it('reports whether the shared verifier did the work', async () => {
    const data = await Promise.all(subjects.map(s => readFile(s.path)))
    // A verifyBundle that runs the verifier it is given, as verify.ts does once it takes the option.
    const usesVerifier: VerifyBundleFn = async (bundle, artifact, exp, t, options) => {
      const i = subjects.findIndex(s => s.bundle === bundle)
      options.verifier.verify(toSignedEntity(bundle, data[i]))
      return verifyBundle(bundle, artifact, exp, t)
    }
    const ignoresVerifier: VerifyBundleFn = (bundle, artifact, exp, t) => verifyBundle(bundle, artifact, exp, t)
    const used = new BatchVerifier(trust, {}, usesVerifier)
    const unused = new BatchVerifier(trust, {}, ignoresVerifier)
    for (const s of subjects) {
      await used.verify(s.bundle, { path: s.path }, expectation)
      await unused.verify(s.bundle, { path: s.path }, expectation)
    }
    expect(used.cacheUsed).toBe(true)
    expect(used.verifier.stats).toMatchObject({ certificateChecks: 1, certificateHits: subjects.length - 1 })
    expect(unused.cacheUsed).toBe(false)
  })

  it('reports a modified file with the reference error', async () => {
    const batch = new BatchVerifier(trust)
    await batch.verify(subjects[0].bundle, { path: subjects[0].path }, expectation)
    const modified = join(dir, 'modified.txt')
    await writeFile(modified, 'not what was signed\n')
    const err = await rejection(batch.verify(subjects[1].bundle, { path: modified }, expectation))
    expect(err.code).toBe('DIGEST_MISMATCH')
    expect(err.message).toBe((await referenceError(subjects[1].bundle, { path: modified }, expectation)).message)
  })

  it('rejects another signer with the policy error, as the reference does', async () => {
    const batch = new BatchVerifier(trust)
    const wrong: Expectation = { policy: buildIdentityPolicy({ certificateIdentity: `${stack.identity()}-2`, certificateOidcIssuer: GHA }) }
    const err = await rejection(batch.verify(subjects[0].bundle, { path: subjects[0].path }, wrong))
    expect(err.code).toBe('IDENTITY_MISMATCH')
    expect(err.message).toBe((await referenceError(subjects[0].bundle, { path: subjects[0].path }, wrong)).message)
  })

  it('rejects a bundle from an untrusted deployment with the reference error', async () => {
    const batch = new BatchVerifier(trust)
    await batch.verify(subjects[0].bundle, { path: subjects[0].path }, expectation)
    const err = await rejection(batch.verify(foreign.bundle, { path: foreign.path }, expectation))
    const reference = await referenceError(foreign.bundle, { path: foreign.path }, expectation)
    // Neither its certificate authority nor its TSA is in the trusted root.
    expect(['CERTIFICATE_UNTRUSTED', 'TIMESTAMP_INVALID']).toContain(err.code)
    expect({ code: err.code, message: err.message }).toEqual({ code: reference.code, message: reference.message })
  })

  it('rejects a tampered signature after the certificate was verified for another bundle', async () => {
    const batch = new BatchVerifier(trust)
    await batch.verify(subjects[0].bundle, { path: subjects[0].path }, expectation)
    const json = bundleToJSON(subjects[2].bundle) as { messageSignature: { signature: string } }
    const sig = Buffer.from(json.messageSignature.signature, 'base64')
    sig[10] ^= 0xff
    json.messageSignature.signature = sig.toString('base64')
    const tampered = parseBundle(JSON.stringify(json), 'tampered')
    const err = await rejection(batch.verify(tampered, { path: subjects[2].path }, expectation))
    expect(err.message).toBe((await referenceError(tampered, { path: subjects[2].path }, expectation)).message)
  })

  it('verifies digests and DSSE envelopes as verifyBundle does', async () => {
    const batch = new BatchVerifier(trust)
    const s = subjects[4]
    const sha256 = (await verifyBundle(s.bundle, { path: s.path }, expectation, trust)).sha256!
    const digest = { digest: { algorithm: 'sha256' as const, value: Buffer.from(sha256, 'hex') } }
    expect(await batch.verify(s.bundle, digest, expectation)).toEqual(await verifyBundle(s.bundle, digest, expectation, trust))

    const session = stackSession(stack)
    const statement = Buffer.from(
      JSON.stringify({
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: 'e.txt', digest: { sha256 } }],
        predicateType: 'https://example.com/test',
        predicate: {}
      })
    )
    const envelope = parseBundle(JSON.stringify(bundleToJSON(await session.signDSSE(statement, 'application/vnd.in-toto+json'))), 'dsse')
    expect(await batch.verify(envelope, { path: s.path }, expectation)).toEqual(await verifyBundle(envelope, { path: s.path }, expectation, trust))

    const missing = await rejection(batch.verify(s.bundle, { path: join(dir, 'missing.txt') }, expectation))
    expect(missing.code).toBe('SUBJECT_NOT_FOUND')
  })
})

/** One subject: its artifact and its parsed bundle. */
interface BatchPair {
  artifact: ArtifactInput
  bundle: Bundle
}

/** Every pair through one BatchVerifier, settled in input order, as the verify step runs its files. */
async function verifyPairs(pairs: readonly BatchPair[], expect: Expectation, root: LoadedTrust, concurrency = 8) {
  const verifier = new BatchVerifier(root)
  return { outcomes: await settleLimit(pairs, concurrency, pair => verifier.verify(pair.bundle, pair.artifact, expect)) }
}

describe('a BatchVerifier over many pairs', () => {
  it('settles every pair in input order', async () => {
    const pairs = [
      ...subjects.map(s => ({ artifact: { path: s.path }, bundle: s.bundle })),
      { artifact: { path: foreign.path }, bundle: foreign.bundle },
      { artifact: { path: subjects[1].path }, bundle: subjects[0].bundle }
    ]
    const { outcomes } = await verifyPairs(pairs, expectation, trust, 3)
    expect(outcomes.map(o => o.status)).toEqual([...subjects.map(() => 'fulfilled'), 'rejected', 'rejected'])
    for (const [i, s] of subjects.entries()) {
      const o = outcomes[i]
      expect(o.status === 'fulfilled' && o.value).toEqual(await verifyBundle(s.bundle, { path: s.path }, expectation, trust))
    }
    const untrusted = await referenceError(foreign.bundle, { path: foreign.path }, expectation)
    expect((outcomes[subjects.length] as PromiseRejectedResult).reason.message).toBe(untrusted.message)
    expect((outcomes[subjects.length + 1] as PromiseRejectedResult).reason.code).toBe('DIGEST_MISMATCH')
  })

  it('verifies nothing against the wrong trusted root, failing each like the reference', async () => {
    const { outcomes } = await verifyPairs(
      subjects.map(s => ({ artifact: { path: s.path }, bundle: s.bundle })),
      expectation,
      otherTrust
    )
    for (const [i, o] of outcomes.entries()) {
      const reference = await referenceError(subjects[i].bundle, { path: subjects[i].path }, expectation, otherTrust)
      expect(o.status === 'rejected' && o.reason.message).toBe(reference.message)
    }
  })
})
