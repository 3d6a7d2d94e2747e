/**
 * CachingVerifier must decide exactly as @sigstore/verify's Verifier: same
 * signer for good bundles, same error code for bad ones, including after its
 * caches were filled by good bundles signed with the same certificate.
 * One deliberate difference: an RFC 3161 token that does not verify is not
 * counted (as sigstore-go and sigstore-python do) instead of failing the
 * whole bundle; the threshold then decides.
 */
import { createHash } from 'node:crypto'

import { bundleFromJSON, bundleToJSON, type Bundle } from '@sigstore/bundle'
import { toSignedEntity, toTrustMaterial, Verifier, type SignedEntity, type TrustMaterial } from '@sigstore/verify'

import { parseTrustedRoot } from '../../../src/core/trust/index.js'
import { CachingVerifier } from '../../../src/core/verify/index.js'
import { startStack, type SigstoreStack } from '../../support/stack/index.js'
import { stackSession } from '../../support/session.js'

let stack: SigstoreStack
let other: SigstoreStack
let material: TrustMaterial
let otherMaterial: TrustMaterial
/** Bundles over `artifact i` from one signing session (one certificate), with Rekor and TSA. */
const signed: { data: Buffer; bundle: Bundle }[] = []

function materialOf(s: SigstoreStack): TrustMaterial {
  return toTrustMaterial(parseTrustedRoot(JSON.stringify(s.trustedRoot), 'test root'))
}

/** A deep copy, so tampering never touches the shared fixtures. */
function copy(bundle: Bundle): Bundle {
  return bundleFromJSON(JSON.parse(JSON.stringify(bundleToJSON(bundle))))
}

beforeAll(async () => {
  ;[stack, other] = await Promise.all([startStack(), startStack()])
  material = materialOf(stack)
  otherMaterial = materialOf(other)
  const session = stackSession(stack)
  for (let i = 0; i < 4; i++) {
    const data = Buffer.from(`artifact ${i}\n`)
    const bundle = await session.signDigest(createHash('sha256').update(data).digest())
    signed.push({ data, bundle: copy(bundle) })
  }
})

afterAll(async () => {
  await Promise.all([stack?.close(), other?.close()])
})

type Outcome = { ok: true; identity?: string; issuer?: string } | { ok: false; code: string }

function outcome(fn: () => { identity?: { subjectAlternativeName?: string; extensions?: { issuer?: string } } }): Outcome {
  try {
    const signer = fn()
    return { ok: true, identity: signer.identity?.subjectAlternativeName, issuer: signer.identity?.extensions?.issuer }
  } catch (err) {
    return { ok: false, code: String((err as { code?: unknown }).code) }
  }
}

/** Runs the library and the caching verifier (already warmed by good bundles) on one entity. */
function both(entity: () => SignedEntity, cached: CachingVerifier, trust = material): { library: Outcome; cached: Outcome } {
  return {
    library: outcome(() => new Verifier(trust).verify(entity())),
    cached: outcome(() => cached.verify(entity()))
  }
}

function warmed(trust = material): CachingVerifier {
  const verifier = new CachingVerifier(trust)
  for (const { bundle, data } of signed) verifier.verify(toSignedEntity(bundle, data))
  return verifier
}

describe('CachingVerifier', () => {
  it('returns the library signer for every bundle and checks the certificate and TSA chain once', () => {
    const verifier = new CachingVerifier(material)
    for (const { bundle, data } of signed) {
      const r = both(() => toSignedEntity(bundle, data), verifier)
      expect(r.cached).toEqual(r.library)
      expect(r.cached).toMatchObject({ ok: true, identity: stack.identity() })
    }
    expect(verifier.stats).toEqual({
      certificateChecks: 1,
      certificateHits: signed.length - 1,
      tsaChainChecks: 1,
      tsaChainHits: signed.length - 1
    })
  })

  it('rejects another artifact with the library error, after the certificate was cached', () => {
    const verifier = warmed()
    const r = both(() => toSignedEntity(signed[0].bundle, Buffer.from('something else\n')), verifier)
    expect(r.library.ok).toBe(false)
    expect(r.cached).toEqual(r.library)
  })

  it('rejects a certificate timestamped outside its validity even though the same certificate was accepted before', () => {
    const verifier = warmed()
    // A log timestamp a day later: the short-lived certificate has expired by then.
    const late = (): SignedEntity => {
      const entity = toSignedEntity(signed[1].bundle, signed[1].data)
      const entry = { ...entity.tlogEntries[0], integratedTime: String(Number(entity.tlogEntries[0].integratedTime) + 86_400) }
      return { ...entity, timestamps: [{ $case: 'transparency-log', tlogEntry: entry }] }
    }
    const r = both(late, verifier)
    expect(r.library).toEqual({ ok: false, code: 'CERTIFICATE_ERROR' })
    expect(r.cached).toEqual(r.library)
    expect(verifier.stats.certificateChecks).toBe(2)
  })

  it('rejects bundles from another deployment, and caches per trust material', () => {
    const verifier = warmed()
    const foreign = new CachingVerifier(otherMaterial)
    const r = both(() => toSignedEntity(signed[0].bundle, signed[0].data), foreign, otherMaterial)
    expect(r.library).toEqual({ ok: false, code: 'TIMESTAMP_ERROR' })
    // The foreign TSA token is not counted; the certificate from another CA then fails.
    expect(r.cached).toEqual({ ok: false, code: 'CERTIFICATE_ERROR' })
    // The trusted verifier still accepts it: the caches are not shared between trust materials.
    expect(outcome(() => verifier.verify(toSignedEntity(signed[0].bundle, signed[0].data))).ok).toBe(true)
  })

  it('does not count a timestamp from an untrusted TSA, and says so; the threshold decides', () => {
    // Keep the Fulcio CA, Rekor and CT logs, but trust the other stack's TSA only.
    const mixed: TrustMaterial = { ...material, timestampAuthorities: otherMaterial.timestampAuthorities }
    const r = both(() => toSignedEntity(signed[2].bundle, signed[2].data), new CachingVerifier(mixed), mixed)
    expect(r.library).toEqual({ ok: false, code: 'TIMESTAMP_ERROR' })
    // The log's integrated time still counts: one verified timestamp meets the default threshold.
    expect(r.cached).toMatchObject({ ok: true, identity: stack.identity() })
    const detailed = new CachingVerifier(mixed).verifyDetailed(toSignedEntity(signed[2].bundle, signed[2].data))
    expect(detailed.uncountedTimestamps).toEqual([expect.stringMatching(/^RFC 3161 timestamp 1 \(signed at .*\): timestamp could not be verified$/)])
    // Two are required, only one verifies.
    const strict = outcome(() => new CachingVerifier(mixed, { timestampThreshold: 2 }).verify(toSignedEntity(signed[2].bundle, signed[2].data)))
    expect(strict).toEqual({ ok: false, code: 'TIMESTAMP_ERROR' })
  })

  it('counts a valid TSA token next to one that does not verify', () => {
    const verifier = warmed()
    const entity = (): SignedEntity => {
      const own = toSignedEntity(signed[0].bundle, signed[0].data)
      const foreignTSA = toSignedEntity(signed[1].bundle, signed[1].data).timestamps.filter(t => t.$case === 'timestamp-authority')
      return { ...own, timestamps: [...own.timestamps, ...foreignTSA] }
    }
    expect(both(entity, verifier).library).toEqual({ ok: false, code: 'TIMESTAMP_ERROR' })
    // Own TSA token and log time count (2), the token over another signature does not.
    const result = new CachingVerifier(material, { timestampThreshold: 2 }).verifyDetailed(entity())
    expect(result.uncountedTimestamps).toHaveLength(1)
    expect(outcome(() => new CachingVerifier(material, { timestampThreshold: 3 }).verify(entity()))).toEqual({ ok: false, code: 'TIMESTAMP_ERROR' })
  })

  it('rejects a TSA token over another signature although the TSA chain is cached', () => {
    const verifier = warmed()
    const swapped = (): SignedEntity => {
      const entity = toSignedEntity(signed[0].bundle, signed[0].data)
      const foreignTSA = toSignedEntity(signed[1].bundle, signed[1].data).timestamps.filter(t => t.$case === 'timestamp-authority')
      return { ...entity, timestamps: [...entity.timestamps.filter(t => t.$case !== 'timestamp-authority'), ...foreignTSA] }
    }
    const r = both(swapped, verifier)
    expect(r.library).toEqual({ ok: false, code: 'TIMESTAMP_ERROR' })
    // Not counted; with only the log time left, two required timestamps are not met.
    expect(outcome(() => new CachingVerifier(material, { timestampThreshold: 2 }).verify(swapped()))).toEqual({ ok: false, code: 'TIMESTAMP_ERROR' })
    expect(verifier.verifyDetailed(swapped()).uncountedTimestamps).toHaveLength(1)
  })

  it('rejects a tampered signature, a duplicated log entry and a missing log entry like the library', () => {
    const verifier = warmed()
    const tampered = copy(signed[3].bundle)
    if (tampered.content.$case !== 'messageSignature') throw new Error('expected a message signature')
    const sig = Buffer.from(tampered.content.messageSignature.signature)
    sig[sig.length - 1] ^= 1
    tampered.content.messageSignature.signature = sig
    const cases: (() => SignedEntity)[] = [
      () => toSignedEntity(tampered, signed[3].data),
      () => {
        const entity = toSignedEntity(signed[3].bundle, signed[3].data)
        return { ...entity, tlogEntries: [entity.tlogEntries[0], entity.tlogEntries[0]] }
      },
      () => ({ ...toSignedEntity(signed[3].bundle, signed[3].data), tlogEntries: [] })
    ]
    // The tampered signature also voids its TSA token (not counted here); the log body check then fails.
    const expected = ['TLOG_BODY_ERROR', undefined, undefined]
    cases.forEach((entity, i) => {
      const r = both(entity, verifier)
      expect(r.library.ok).toBe(false)
      expect(r.cached).toEqual(expected[i] ? { ok: false, code: expected[i] } : r.library)
    })
  })

  it('applies the thresholds it is given', () => {
    const strict = { timestampThreshold: 3, ctlogThreshold: 1, tlogThreshold: 1 }
    const entity = (): SignedEntity => toSignedEntity(signed[0].bundle, signed[0].data)
    const library = outcome(() => new Verifier(material, strict).verify(entity()))
    const cached = outcome(() => new CachingVerifier(material, strict).verify(entity()))
    expect(library).toEqual({ ok: false, code: 'TIMESTAMP_ERROR' })
    expect(cached).toEqual(library)
  })
})
