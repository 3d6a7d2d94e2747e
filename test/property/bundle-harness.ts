/**
 * Mutation testing of bundle parsing and verification: real bundles signed by
 * the local stack, mutated, then run through parseBundle + verifyBundle.
 *
 * Every outcome must be "verified" or a SealError: never another exception,
 * never a hang. "Verified" is allowed only when the mutant is the original
 * bundle: after parsing, it holds nothing the original does not hold at the
 * same place (it may lack redundant evidence, such as an inclusion promise
 * next to a proof), and it reports the original's identity, digest,
 * certificate, log and time. Encoding differences that decode to the same
 * bundle (unknown fields, base64 padding, a number written as a string) are
 * the original too, and so are the few byte changes the ASN.1 readers ignore
 * outside what is signed (see `normalized`).
 */
import { createHash } from 'node:crypto'

import { bundleToJSON } from '@sigstore/bundle'
import { pem, RFC3161Timestamp, X509Certificate } from '@sigstore/core'
import { toTrustMaterial } from '@sigstore/verify'
import fc from 'fast-check'

import { SealError } from '../../src/core/util/errors.js'
import { buildIdentityPolicy, type IdentityPolicy } from '../../src/core/policy/identity.js'
import { SigningSession } from '../../src/core/sign/session.js'
import { parseTrustedRoot, type LoadedTrust } from '../../src/core/trust/index.js'
import { parseBundle, verifyBundle, type ArtifactInput, type Bundle, type VerifyResult } from '../../src/core/verify/index.js'
import { GITHUB_ISSUER, startStack } from '../support/stack/index.js'
import { isSubDocument, jsonMutant, propertyParams, type Json } from './json-mutations.js'

export type SampleKind = 'message-signature' | 'dsse'

export interface SignedSample {
  kind: SampleKind
  /** The bundle as seal writes it. */
  json: Json
  artifact: ArtifactInput
  trust: LoadedTrust
  policy: IdentityPolicy
}

/** Signs one small artifact with a fresh local stack (closed afterwards: verification is offline). */
export async function signSample(kind: SampleKind): Promise<SignedSample> {
  const stack = await startStack()
  try {
    const data = Buffer.from(`property test artifact (${kind})\n`)
    const digest = createHash('sha256').update(data).digest()
    const session = new SigningSession({
      fulcioURL: stack.fulcioURL,
      rekorURL: stack.rekorURL,
      // As seal signs by default: Rekor v1 alone. Rekor v2 gives no trusted time, so the DSSE bundle adds a TSA.
      tsaURL: kind === 'dsse' ? stack.tsaURL : undefined,
      tlogUpload: true,
      rekorVersion: kind === 'dsse' ? 2 : 1,
      timeoutMs: 30_000,
      retries: 2,
      getToken: async () => stack.issueToken()
    })
    let bundle: Bundle
    if (kind === 'dsse') {
      const statement = {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: 'artifact.txt', digest: { sha256: digest.toString('hex') } }],
        predicateType: 'https://example.com/property-test/v1',
        predicate: { note: 'mutated by fast-check' }
      }
      bundle = await session.signDSSE(Buffer.from(JSON.stringify(statement)), 'application/vnd.in-toto+json')
    } else {
      bundle = await session.signDigest(digest)
    }
    const root = parseTrustedRoot(JSON.stringify(stack.trustedRoot), 'the local stack root')
    return {
      kind,
      json: bundleToJSON(bundle) as unknown as Json,
      artifact: { digest: { algorithm: 'sha256', value: digest } },
      trust: { trustedRoot: root, material: toTrustMaterial(root), source: 'the local stack' },
      policy: buildIdentityPolicy({ certificateIdentity: stack.identity(), certificateOidcIssuer: GITHUB_ISSUER })
    }
  } finally {
    await stack.close()
  }
}

type Outcome = { verified: true; result: VerifyResult } | { verified: false; error: unknown }

/** Gives up on a verification that takes this long: a hang fails the property. */
const HANG_MS = 20_000

async function bounded<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no outcome after ${HANG_MS} ms (hang)`)), HANG_MS)
      })
    ])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * A parsed bundle as JSON, for comparing mutants with the original, with the
 * differences that do not make another bundle taken out:
 *  - the mediaType (the v0.3 spellings are one version);
 *  - integers written differently (` 7`, `07`: the log signs the number);
 *  - an RFC 3161 token whose signed content (TSTInfo, signer, signature) is
 *    unchanged: the timestamp parser tolerates other tags and ignores the
 *    unsigned algorithm fields around it;
 *  - a certificate whose signed part (TBSCertificate) and signature are
 *    unchanged: the reader ignores, e.g., the signature's unused-bits byte;
 *  - the `logIndex` and `integratedTime` of an entry without an inclusion
 *    promise (Rekor v2): nothing signs them, and seal does not report them
 *    (the log index then comes from the inclusion proof);
 *  - the signer name on a checkpoint's signature lines: the log signs the
 *    note above the lines, not the name, and the verifier only asks that the
 *    name occur in the log's URL (`127.0` passes for `http://127.0.0.1:…`).
 *    Names are not held to the URL's exact host because real checkpoints use
 *    names that are not hosts at all (`rekor-local`, witness paths);
 *  - a signature line's base64 written differently for the same bytes (the
 *    unused low bits of its last character before `=`): the verifier checks
 *    the decoded signature.
 */
function normalized(bundle: Bundle): Json {
  const json = bundleToJSON(bundle) as unknown as {
    mediaType?: string
    verificationMaterial?: {
      certificate?: { rawBytes?: string }
      tlogEntries?: { [key: string]: Json }[]
      timestampVerificationData?: { rfc3161Timestamps?: { signedTimestamp?: string }[] }
    }
  }
  delete json.mediaType
  const leaf = json.verificationMaterial?.certificate
  if (leaf?.rawBytes) leaf.rawBytes = certificateEssence(leaf.rawBytes)
  for (const entry of json.verificationMaterial?.tlogEntries ?? []) {
    if (entry.inclusionPromise === undefined) {
      delete entry.logIndex
      delete entry.integratedTime
    }
    for (const key of ['logIndex', 'integratedTime']) if (typeof entry[key] === 'string') entry[key] = canonicalInteger(entry[key])
    const proof = entry.inclusionProof as { [key: string]: Json } | undefined
    for (const key of ['logIndex', 'treeSize']) if (proof && typeof proof[key] === 'string') proof[key] = canonicalInteger(proof[key])
    const checkpoint = proof?.checkpoint as { envelope?: Json } | undefined
    if (checkpoint && typeof checkpoint.envelope === 'string') checkpoint.envelope = withoutSignerNames(checkpoint.envelope)
  }
  for (const ts of json.verificationMaterial?.timestampVerificationData?.rfc3161Timestamps ?? []) {
    if (ts.signedTimestamp) ts.signedTimestamp = timestampEssence(ts.signedTimestamp)
  }
  return json as unknown as Json
}

/** A checkpoint with each signature line's signer name taken out and its signature in canonical base64 (the lines are read as the verifier reads them). */
function withoutSignerNames(envelope: string): string {
  return envelope.replace(/\u2014 (\S+) (\S+)\n/g, (_line, _name: string, sig: string) => `\u2014 ${Buffer.from(sig, 'base64').toString('base64')}\n`)
}

function canonicalInteger(text: string): string {
  try {
    return BigInt(text).toString()
  } catch {
    return text
  }
}

/** What an RFC 3161 token signs, as one string (or the token itself when it does not parse). */
function timestampEssence(base64: string): string {
  try {
    const t = RFC3161Timestamp.parse(Buffer.from(base64, 'base64'))
    const parts = [t.tstInfo.raw, t.signatureValue, t.signerIssuer, t.signerSerialNumber]
    return 'signed:' + createHash('sha256').update(Buffer.concat(parts)).digest('hex')
  } catch {
    return base64
  }
}

/** What a certificate signs, as one string (or the certificate itself when it does not parse). */
function certificateEssence(base64: string): string {
  try {
    const cert = X509Certificate.parse(Buffer.from(base64, 'base64'))
    return (
      'signed:' +
      createHash('sha256')
        .update(Buffer.concat([cert.tbsCertificate.toDER(), cert.signatureValue]))
        .digest('hex')
    )
  } catch {
    return base64
  }
}

/**
 * What a verified mutant may report: the same identity, issuer, digest,
 * certificate and log; an integrated time only if it is the original's; a
 * log index only if the original holds it (in an entry or its proof).
 */
function reportedFromOriginal(result: VerifyResult, original: VerifyResult, indexes: Set<string>): string | undefined {
  for (const key of ['identity', 'issuer', 'sha256', 'bundleType', 'logId'] as const) {
    if (result[key] !== original[key]) return `${key} ${JSON.stringify(result[key])} instead of ${JSON.stringify(original[key])}`
  }
  const pemEssence = (text?: string): string | undefined => text && certificateEssence(pem.toDER(text).toString('base64'))
  if (pemEssence(result.certificatePEM) !== pemEssence(original.certificatePEM)) return 'another certificate'
  if (result.integratedTime !== undefined && result.integratedTime !== original.integratedTime) {
    return `integratedTime ${result.integratedTime} instead of ${original.integratedTime}`
  }
  if (result.logIndex !== undefined && !indexes.has(result.logIndex)) return `logIndex ${result.logIndex}, which the original does not hold`
  return undefined
}

/** Where `a` first differs from `b`, for failure messages. */
function difference(a: Json, b: Json, path = ''): string {
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const x = (a as Record<string, Json>)[key]
      const y = (b as Record<string, Json>)[key]
      if (JSON.stringify(x) !== JSON.stringify(y)) return difference(x, y, `${path}.${key}`)
    }
    return `${path}: same`
  }
  return `${path || '(root)'}: ${JSON.stringify(a)?.slice(0, 200)} instead of ${JSON.stringify(b)?.slice(0, 200)}`
}

export interface Tally {
  runs: number
  /** Mutants that did not parse, or whose verification failed, per error code. */
  rejected: Record<string, number>
  /** Mutants that verified and parse to exactly the original bundle. */
  verifiedSame: number
  /** Mutants that verified with less evidence than the original (a subset of it). */
  verifiedSubset: number
  /** Distinct parsed bundles that were verified (the rest came from the cache). */
  verifications: number
}

/**
 * Runs the mutation property over a signed sample. Verification outcomes are
 * cached by the parsed bundle (verification depends only on it), so the many
 * mutants that parse to the same bundle cost one verification.
 */
export async function checkMutants(sample: SignedSample): Promise<Tally> {
  const original = parseBundle(JSON.stringify(sample.json), 'the original bundle')
  const originalResult = await verifyBundle(original, sample.artifact, { policy: sample.policy }, sample.trust)
  const indexes = new Set(original.verificationMaterial.tlogEntries.flatMap(e => [e.logIndex, e.inclusionProof?.logIndex ?? e.logIndex]).map(canonicalInteger))
  const reference = normalized(original)
  const referenceText = JSON.stringify(reference)
  const cache = new Map<string, Outcome>()
  const tally: Tally = { runs: 0, rejected: {}, verifiedSame: 0, verifiedSubset: 0, verifications: 0 }
  const reject = (code: string): void => {
    tally.rejected[code] = (tally.rejected[code] ?? 0) + 1
  }

  await fc.assert(
    fc.asyncProperty(jsonMutant(sample.json), async mutant => {
      tally.runs++
      let bundle: Bundle
      try {
        bundle = parseBundle(mutant.text, 'mutant')
      } catch (err) {
        if (!(err instanceof SealError)) throw new Error(`parseBundle threw ${String(err)} for: ${mutant.how}`)
        reject(`parse ${err.code}`)
        return
      }
      const key = JSON.stringify(bundleToJSON(bundle))
      let outcome = cache.get(key)
      if (!outcome) {
        tally.verifications++
        try {
          outcome = { verified: true, result: await bounded(verifyBundle(bundle, sample.artifact, { policy: sample.policy }, sample.trust)) }
        } catch (error) {
          outcome = { verified: false, error }
        }
        cache.set(key, outcome)
      }
      if (!outcome.verified) {
        if (!(outcome.error instanceof SealError)) {
          throw new Error(`verifyBundle failed with ${String(outcome.error)} (not a SealError) for: ${mutant.how}`)
        }
        reject(outcome.error.code)
        return
      }
      const wrong = reportedFromOriginal(outcome.result, originalResult, indexes)
      if (wrong) throw new Error(`a verified mutant reports ${wrong} (${mutant.how})`)
      const shape = normalized(bundle)
      if (JSON.stringify(shape) === referenceText) {
        tally.verifiedSame++
        return
      }
      if (!isSubDocument(shape, reference)) {
        throw new Error(`a changed bundle verified (${mutant.how}): ${difference(shape, reference)}`)
      }
      tally.verifiedSubset++
    }),
    propertyParams()
  )
  return tally
}

export function describeTally(kind: string, t: Tally): string {
  const rejected = Object.entries(t.rejected)
    .sort((a, b) => b[1] - a[1])
    .map(([code, n]) => `${code} ${n}`)
    .join(', ')
  return (
    `${kind} bundle: ${t.runs} mutants, ${t.verifications} distinct verifications; ` +
    `verified ${t.verifiedSame} (same bundle) + ${t.verifiedSubset} (less evidence); rejected: ${rejected}`
  )
}

/** The parts of a bundle's JSON that the hand-written cases change. */
export interface BundleShape {
  verificationMaterial: {
    certificate: { rawBytes: string }
    tlogEntries: {
      logIndex: string
      integratedTime: string
      inclusionProof: { logIndex?: string; rootHash: string; treeSize: string; checkpoint: { envelope: string } }
    }[]
  }
}

/**
 * Verifies `sample` after `change` was applied to a copy of its JSON: the
 * result, or the SealError code it failed with.
 */
export async function verifyChanged(sample: SignedSample, change: (bundle: BundleShape) => void): Promise<VerifyResult | string> {
  const json = structuredClone(sample.json)
  change(json as unknown as BundleShape)
  try {
    return await verifyBundle(parseBundle(JSON.stringify(json), 'changed bundle'), sample.artifact, { policy: sample.policy }, sample.trust)
  } catch (err) {
    if (err instanceof SealError) return err.code
    throw err
  }
}
