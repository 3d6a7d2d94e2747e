/**
 * Bundle verification on top of @sigstore/verify.
 *
 * The library's Verifier checks the certificate chain, SCTs, timestamps, the
 * transparency-log inclusion (SET / proof + checkpoint) and the tlog body. This
 * module adds what it leaves to callers:
 *   - the artifact: streamed once for message signatures (the signature is then
 *     checked over the digest, so a large file is never held in memory; see
 *     message.ts), and matched against the in-toto subjects for DSSE bundles
 *     (dsse.ts);
 *   - the identity policy, with exact "expected …, found …" messages;
 *   - key-based verification with a caller-supplied public key (material.ts);
 *   - error codes and hints that say what to change (errors.ts).
 *
 * Certificates after the leaf in a v0.1/v0.2 `x509CertificateChain` are ignored,
 * as the bundle spec and sigstore-js do: trust comes from the trusted root alone.
 * (Real 2023 npm provenance bundles carry the Fulcio root there, so rejecting a
 * chain that includes a root would reject genuine bundles.)
 */
import type { Bundle } from '@sigstore/bundle'
import { toSignedEntity } from '@sigstore/verify'
import type { SignedEntity, Signer, TrustMaterial } from '@sigstore/verify'

import { SealError } from '../util/errors.js'
import { encodePem } from '../formats/pem.js'
import { otherNameIdentity } from '../formats/certificate.js'
import type { LoadedTrust } from '../trust/index.js'
import { CachingVerifier } from './cache.js'
import { artifactDigests, matchSubject, subjectAlgorithms } from './dsse.js'
import { toSealError, unknownAuthority } from './errors.js'
import { checkLeafIsDER, leafCertificate, trustMaterialFor } from './material.js'
import { prepareMessageSignature } from './message.js'
import { describeArtifact, type ArtifactInput, type Expectation, type VerifyOptions, type VerifyResult } from './result.js'
import { defaultTimestampThreshold } from './thresholds.js'
import { checkProofsMatchCheckpoints, verifiedLogFacts, withUsableTlogEntries } from './tlog.js'

/**
 * Verifies a bundle over an artifact against the trust and the expectation
 * (an identity policy or a public key). Resolves to what the bundle proves;
 * rejects with a SealError saying what failed and what to change.
 */
export async function verifyBundle(
  bundle: Bundle,
  artifact: ArtifactInput,
  expect: Expectation,
  trust: LoadedTrust,
  options: VerifyOptions = {}
): Promise<VerifyResult> {
  const material = trustMaterialFor(bundle, expect, trust)
  options = { ...options, timestampThreshold: options.timestampThreshold ?? defaultTimestampThreshold('publicKeyPEM' in expect) }
  // Cheap checks of what the signatures below do not cover, before the costly ones.
  checkLeafIsDER(bundle)
  checkProofsMatchCheckpoints(bundle)

  let entity: SignedEntity
  try {
    entity = toSignedEntity(withUsableTlogEntries(bundle))
  } catch (err) {
    if (err instanceof SealError) throw err
    throw new SealError('BUNDLE_MALFORMED', `the bundle's certificate or timestamp cannot be parsed: ${(err as Error).message}`, {
      cause: err
    })
  }

  const content = bundle.content
  let sha256: string | undefined
  let checkSubject: (() => void) | undefined
  if (content.$case === 'messageSignature') {
    const prepared = await prepareMessageSignature(content.messageSignature, artifact)
    entity = { ...entity, signature: prepared.signature }
    sha256 = prepared.sha256
  } else {
    const env = content.dsseEnvelope
    const digests = await artifactDigests(artifact, subjectAlgorithms(env.payloadType, env.payload))
    sha256 = digests.sha256?.toString('hex')
    checkSubject = () => matchSubject(env.payloadType, env.payload, digests, describeArtifact(artifact))
  }

  let signer: Signer
  let uncountedTimestamps: string[] = []
  try {
    // A shared verifier only serves identity-based trust; a caller's key gets a verifier of its own.
    // seal's own orchestration (cache.ts) rather than the library's Verifier: it counts timestamps and matches checkpoints as other clients do.
    const verifier = options.verifier && material === trust.material ? options.verifier : sharedVerifier(material, options)
    if (verifier instanceof CachingVerifier) ({ signer, uncountedTimestamps } = verifier.verifyDetailed(entity))
    else signer = verifier.verify(entity)
  } catch (err) {
    throw unknownAuthority(bundle, trust) ?? toSealError(err, trust)
  }

  // Only for an authentic envelope: a subject mismatch then really means "another artifact".
  checkSubject?.()

  const identity = signer.identity?.subjectAlternativeName ?? otherNameIdentity(leafCertificate(bundle))
  const issuer = signer.identity?.extensions?.issuer
  if ('policy' in expect) expect.policy.check({ identity, issuer })

  const result: VerifyResult = {
    bundleType: content.$case === 'messageSignature' ? 'message-signature' : 'dsse',
    ...definedOnly({ identity, issuer, sha256, ...verifiedLogFacts(bundle) })
  }
  if (uncountedTimestamps.length) result.uncountedTimestamps = uncountedTimestamps
  const cert = leafCertificate(bundle)
  if (cert) result.certificatePEM = encodePem('CERTIFICATE', cert)
  return result
}

/**
 * One CachingVerifier per trust material and thresholds, kept as long as the
 * material lives: bundles verified one by one against the same trust (a CLI
 * run, an action's subjects) share its certificate and TSA-chain memos, as a
 * BatchVerifier's bundles do. A caller's key is a material of its own, so it
 * gets a verifier of its own.
 */
const verifiers = new WeakMap<TrustMaterial, Map<string, CachingVerifier>>()

function sharedVerifier(material: TrustMaterial, options: VerifyOptions): CachingVerifier {
  const key = [options.ctlogThreshold, options.tlogThreshold, options.timestampThreshold].join('/')
  let byThresholds = verifiers.get(material)
  if (!byThresholds) verifiers.set(material, (byThresholds = new Map()))
  let verifier = byThresholds.get(key)
  if (!verifier) byThresholds.set(key, (verifier = new CachingVerifier(material, options)))
  return verifier
}

/** The object without its undefined properties (results are compared and serialized as they are). */
function definedOnly<T extends object>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>
}
