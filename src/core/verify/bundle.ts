/**
 * Bundle verification on top of @sigstore/verify.
 *
 * The library's Verifier checks the certificate chain, SCTs, timestamps, the
 * transparency-log inclusion (SET / proof + checkpoint) and the tlog body. This
 * module adds what it leaves to callers:
 *   - the artifact: streamed once for message signatures (the signature is then
 *     checked over the digest, so a large file is never held in memory), and
 *     matched against the in-toto subjects for DSSE bundles;
 *   - the identity policy, with exact "expected …, found …" messages;
 *   - key-based verification with a caller-supplied public key;
 *   - error codes and hints that say what to change.
 *
 * Certificates after the leaf in a v0.1/v0.2 `x509CertificateChain` are ignored,
 * as the bundle spec and sigstore-js do: trust comes from the trusted root alone.
 * (Real 2023 npm provenance bundles carry the Fulcio root there, so rejecting a
 * chain that includes a root would reject genuine bundles.)
 */
import crypto from 'node:crypto'
import { readFileSync } from 'node:fs'

import { p256, p384, p521 } from '@noble/curves/nist.js'
import { bundleFromJSON } from '@sigstore/bundle'
import { pem, X509Certificate } from '@sigstore/core'
import type { Bundle } from '@sigstore/bundle'
import { HashAlgorithm } from '@sigstore/protobuf-specs'
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify'
import type { SignedEntity, Signer, TrustMaterial } from '@sigstore/verify'

import { digestBytes, digestFile, readSmallFile } from '../subjects/digest.js'
import type { HashAlgorithm as DigestAlgorithm } from '../subjects/digest.js'
import { SealError } from '../util/errors.js'
import type { ErrorCode } from '../util/errors.js'
import { signatureHash } from '../keys/public.js'
import type { IdentityPolicy } from '../policy/identity.js'
import type { LogFacts } from '../formats/tlog.js'
import type { LoadedTrust } from '../trust/root.js'

export type { Bundle }

export type ArtifactInput = { path: string } | { digest: { algorithm: DigestAlgorithm; value: Buffer } }

export type Expectation = { policy: IdentityPolicy } | { publicKeyPEM: string }

export interface VerifyResult {
  identity?: string
  issuer?: string
  /** Hex sha256 of the artifact, when known. */
  sha256?: string
  logIndex?: string
  /** Hex. */
  logId?: string
  /** ISO 8601, from the first tlog entry, when it has one. */
  integratedTime?: string
  bundleType: 'message-signature' | 'dsse'
  certificatePEM?: string
}

/** Thresholds passed to the Verifier; the defaults (1 each) suit every real deployment. */
export interface VerifyOptions {
  tlogThreshold?: number
  ctlogThreshold?: number
  timestampThreshold?: number
  /**
   * A verifier over `trust.material` shared by many bundles (see verify-batch):
   * it may reuse what the bundles share, and checks everything else per bundle.
   */
  verifier?: { verify(entity: SignedEntity): Signer }
}

const BUNDLE_MEDIA_TYPES = new Set([
  'application/vnd.dev.sigstore.bundle+json;version=0.1',
  'application/vnd.dev.sigstore.bundle+json;version=0.2',
  'application/vnd.dev.sigstore.bundle+json;version=0.3',
  'application/vnd.dev.sigstore.bundle.v0.3+json'
])

const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'

/**
 * Parses bundle JSON. Bundles v0.1 to v0.3 are accepted (v0.1 bundles, as found
 * in older npm provenance, carry an inclusion promise instead of a proof and
 * still verify). `source` names the bundle (a path or an input) in errors.
 */
export function parseBundle(json: string, source: string): Bundle {
  let obj: unknown
  try {
    obj = JSON.parse(json)
  } catch (err) {
    throw new SealError('BUNDLE_MALFORMED', `${source} is not valid JSON (truncated or corrupted?): ${(err as Error).message}`, {
      cause: err
    })
  }
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    throw new SealError('BUNDLE_MALFORMED', `${source} is not a Sigstore bundle: expected a JSON object`)
  }
  const mediaType = (obj as { mediaType?: unknown }).mediaType
  if (typeof mediaType !== 'string' || !BUNDLE_MEDIA_TYPES.has(mediaType)) {
    throw new SealError(
      'BUNDLE_MALFORMED',
      `${source} is not a supported Sigstore bundle: mediaType ${mediaType === undefined ? 'is missing' : JSON.stringify(mediaType)}`,
      { hint: 'seal reads Sigstore bundles v0.1 to v0.3 (application/vnd.dev.sigstore.bundle…).' }
    )
  }
  try {
    return bundleFromJSON(obj)
  } catch (err) {
    const fields = (err as { fields?: unknown }).fields
    const detail = Array.isArray(fields) && fields.length > 0 ? `invalid ${fields.join(', ')}` : (err as Error).message
    throw new SealError('BUNDLE_MALFORMED', `${source} is not a valid Sigstore bundle: ${detail}`, { cause: err })
  }
}

export async function verifyBundle(
  bundle: Bundle,
  artifact: ArtifactInput,
  expect: Expectation,
  trust: LoadedTrust,
  options: VerifyOptions = {}
): Promise<VerifyResult> {
  const material = trustMaterialFor(bundle, expect, trust)
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
  try {
    // A shared verifier only serves identity-based trust; a caller's key gets a verifier of its own.
    const verifier = options.verifier && material === trust.material ? options.verifier : new Verifier(material, options)
    signer = verifier.verify(entity)
  } catch (err) {
    throw unknownAuthority(bundle, trust) ?? toSealError(err, trust)
  }

  // Only for an authentic envelope: a subject mismatch then really means "another artifact".
  checkSubject?.()

  const identity = signer.identity?.subjectAlternativeName
  const issuer = signer.identity?.extensions?.issuer
  if ('policy' in expect) expect.policy.check({ identity, issuer })

  const result: VerifyResult = {
    bundleType: content.$case === 'messageSignature' ? 'message-signature' : 'dsse',
    ...definedOnly({ identity, issuer, sha256, ...verifiedLogFacts(bundle) })
  }
  const cert = leafCertificate(bundle)
  if (cert) result.certificatePEM = pem.fromDER(Buffer.from(cert))
  return result
}

/* ------------------------------------------------------------------ keys -- */

function trustMaterialFor(bundle: Bundle, expect: Expectation, trust: LoadedTrust): TrustMaterial {
  const vm = bundle.verificationMaterial.content
  if ('publicKeyPEM' in expect) {
    if (vm.$case !== 'publicKey') {
      throw new SealError(
        'KEY_INVALID',
        'the bundle is signed with a Fulcio certificate, not a public key: verify it with a certificate identity instead of a key'
      )
    }
    let key: crypto.KeyObject
    try {
      key = crypto.createPublicKey(expect.publicKeyPEM)
    } catch (err) {
      throw new SealError('KEY_INVALID', `the given public key is not a valid PEM public key: ${(err as Error).message}`, {
        cause: err
      })
    }
    // The bundle's key hint is only a lookup aid: the caller's key is the one to trust.
    return toTrustMaterial(trust.trustedRoot, () => ({ publicKey: key, validFor: () => true }))
  }
  if (vm.$case === 'publicKey') {
    const hint = vm.publicKey.hint ? ` (key hint ${JSON.stringify(vm.publicKey.hint)})` : ''
    throw new SealError(
      'KEY_INVALID',
      `the bundle is signed with a public key${hint}, not a Fulcio certificate, so it has no identity to check`,
      { hint: 'Verify it with that public key (the `--key` flag) instead of a certificate identity.' }
    )
  }
  return trust.material
}

/* ---------------------------------------------------------- bundle shape -- */

/**
 * Bundle v0.1 requires only an inclusion promise (SET); some v0.1 bundles also
 * carry an inclusion proof without a checkpoint, which cannot be verified (and
 * which @sigstore/verify cannot process). Such a proof is dropped when a SET is
 * present; without a SET the entry is rejected.
 */
function withUsableTlogEntries(bundle: Bundle): Bundle {
  const entries = bundle.verificationMaterial.tlogEntries
  if (entries.every(entry => !entry.inclusionProof || entry.inclusionProof.checkpoint)) return bundle
  const usable = entries.map((entry, i) => {
    if (!entry.inclusionProof || entry.inclusionProof.checkpoint) return entry
    if (!entry.inclusionPromise) {
      throw new SealError('TLOG_INVALID', `transparency log entry ${i} has an inclusion proof without a checkpoint and no inclusion promise`)
    }
    return { ...entry, inclusionProof: undefined }
  })
  return { ...bundle, verificationMaterial: { ...bundle.verificationMaterial, tlogEntries: usable } } as Bundle
}

/**
 * The signing certificate must be strict DER. The chain check covers only the
 * signed part (TBSCertificate) and the lenient ASN.1 reader accepts any tag
 * around it, so without this a bundle whose certificate bytes were altered
 * outside the signed part would verify, and seal would report those bytes.
 */
function checkLeafIsDER(bundle: Bundle): void {
  const der = leafCertificate(bundle)
  if (!der) return
  try {
    new crypto.X509Certificate(Buffer.from(der))
  } catch {
    throw new SealError('BUNDLE_MALFORMED', "the bundle's signing certificate is not a well-formed (DER) X.509 certificate")
  }
}

/** The signature lines of a signed note: `— <name> <base64>` each, nothing else. */
const NOTE_SIGNATURES = /^(?:\u2014 \S+ [A-Za-z0-9+/]+={0,2}\n)+$/

/**
 * An inclusion proof is checked against its signed checkpoint, whose size and
 * root hash it also states: the two must agree, or the proof's own
 * `treeSize` and `rootHash` could say anything and the bundle would still
 * verify (Rekor's and sigstore-go's verifiers reject such a bundle too). The
 * checkpoint's signature section must hold only signature lines: text the
 * signatures do not cover has no place in it.
 */
function checkProofsMatchCheckpoints(bundle: Bundle): void {
  bundle.verificationMaterial.tlogEntries.forEach((entry, i) => {
    const proof = entry.inclusionProof
    const envelope = proof?.checkpoint?.envelope
    if (!proof || !envelope) return
    // The note is the text before the first blank line: origin, tree size, base64 root hash, extensions.
    const split = envelope.indexOf('\n\n')
    const [, size, hash] = envelope.slice(0, split + 1).trimEnd().split('\n')
    const consistent = sameInteger(size, proof.treeSize) && Buffer.from(hash ?? '', 'base64').equals(Buffer.from(proof.rootHash))
    if (!consistent || !NOTE_SIGNATURES.test(envelope.slice(split + 2))) {
      throw new SealError(
        'TLOG_INVALID',
        consistent
          ? `transparency log entry ${i}: the checkpoint holds text besides its note and signatures`
          : `transparency log entry ${i}: the inclusion proof's tree size and root hash differ from its signed checkpoint`,
        { hint: 'The bundle was altered after it was logged.' }
      )
    }
  })
}

function sameInteger(a: string | undefined, b: string): boolean {
  try {
    return a !== undefined && BigInt(a) === BigInt(b)
  } catch {
    return false
  }
}

/**
 * Log index, log ID and integrated time of the first transparency log entry,
 * as far as the verification vouches for them. An inclusion promise (SET)
 * signs the entry's index and integrated time; without one (Rekor v2) the
 * entry's own fields are unsigned, so the index comes from the inclusion
 * proof (checked against the signed checkpoint) and no integrated time is
 * reported.
 */
function verifiedLogFacts(bundle: Bundle): LogFacts {
  const entry = bundle.verificationMaterial.tlogEntries[0]
  if (!entry) return {}
  const promised = entry.inclusionPromise !== undefined
  const facts: LogFacts = {
    logIndex: canonicalInteger(promised ? entry.logIndex : (entry.inclusionProof?.logIndex ?? entry.logIndex)),
    logId: Buffer.from(entry.logId.keyId).toString('hex')
  }
  const time = new Date(Number(entry.integratedTime) * 1000)
  if (promised && time.getTime() > 0) facts.integratedTime = time.toISOString()
  return facts
}

/** `007` and ` 7` are signed as the number 7: report it as `7`. */
function canonicalInteger(text: string): string {
  try {
    return BigInt(text).toString()
  } catch {
    return text
  }
}

/* ------------------------------------------------------ message signature -- */

type MessageSignature = Extract<Bundle['content'], { $case: 'messageSignature' }>['messageSignature']

const MESSAGE_DIGEST_ALGORITHMS: Partial<Record<HashAlgorithm, DigestAlgorithm>> = {
  [HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED]: 'sha256',
  [HashAlgorithm.SHA2_256]: 'sha256',
  [HashAlgorithm.SHA2_384]: 'sha384',
  [HashAlgorithm.SHA2_512]: 'sha512'
}

async function prepareMessageSignature(
  message: MessageSignature,
  artifact: ArtifactInput
): Promise<{ signature: PrehashedSignature; sha256?: string }> {
  const expected = message.messageDigest
  if (!expected) throw new SealError('BUNDLE_MALFORMED', 'the bundle has no message digest')
  const algorithm = MESSAGE_DIGEST_ALGORITHMS[expected.algorithm]
  if (!algorithm) {
    throw new SealError('BUNDLE_MALFORMED', `the bundle's message digest uses an unsupported algorithm (${HashAlgorithm[expected.algorithm]})`)
  }

  let digest: Buffer
  let sha256: string | undefined
  // A small file is read once and its signature checked natively over these very bytes.
  let data: Buffer | undefined
  if ('path' in artifact) {
    const algorithms: DigestAlgorithm[] = algorithm === 'sha256' ? ['sha256'] : [algorithm, 'sha256']
    data = await readSmallFile(artifact.path)
    const digests = data ? digestBytes(data, algorithms) : await digestFile(artifact.path, algorithms)
    digest = digests[algorithm]
    sha256 = digests.sha256.toString('hex')
  } else {
    if (artifact.digest.algorithm !== algorithm) {
      throw new SealError(
        'INPUT_INVALID',
        `the bundle signs a ${algorithm} digest, but a ${artifact.digest.algorithm} digest was given: pass the artifact file or its ${algorithm} digest`
      )
    }
    digest = artifact.digest.value
    if (algorithm === 'sha256') sha256 = digest.toString('hex')
  }

  if (!bufferEqual(expected.digest, digest)) {
    throw new SealError(
      'DIGEST_MISMATCH',
      `${describeArtifact(artifact)} differs from what was signed: its ${algorithm} is ${digest.toString('hex')}, the bundle signs ${Buffer.from(expected.digest).toString('hex')}`,
      { hint: 'Check that the bundle belongs to this file, and that the file was not modified after signing.' }
    )
  }

  const path = 'path' in artifact ? artifact.path : undefined
  return { signature: new PrehashedSignature(Buffer.from(message.signature), digest, algorithm, path, data), sha256 }
}

const NOBLE_CURVES = { prime256v1: p256, secp384r1: p384, secp521r1: p521 } as const

/**
 * SignatureContent for a message signature whose artifact digest was computed
 * (and checked against the bundle) beforehand. With the artifact's bytes at
 * hand (a small file, read once), every key type is checked natively over
 * them; otherwise ECDSA signatures are verified over the digest itself, and
 * other key types need the artifact bytes, read only then.
 */
class PrehashedSignature {
  constructor(
    readonly signature: Buffer,
    private readonly digest: Buffer,
    private readonly algorithm: DigestAlgorithm,
    private readonly path: string | undefined,
    /** The artifact itself, when small: the bytes `digest` was computed from. */
    private readonly data?: Buffer
  ) {}

  compareSignature(signature: Buffer): boolean {
    return bufferEqual(signature, this.signature)
  }

  compareDigest(digest: Buffer): boolean {
    return bufferEqual(digest, this.digest)
  }

  compareSignedDigest(digest: Buffer): boolean {
    return this.compareDigest(digest)
  }

  verifySignature(key: crypto.KeyObject): boolean {
    if (this.data) return verifyOver(this.data, this.algorithm, key, this.signature)
    if (key.asymmetricKeyType === 'ec') {
      const curveName = key.asymmetricKeyDetails?.namedCurve as keyof typeof NOBLE_CURVES | undefined
      const curve = curveName ? NOBLE_CURVES[curveName] : undefined
      if (curve) {
        const jwk = key.export({ format: 'jwk' })
        const point = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x as string, 'base64url'), Buffer.from(jwk.y as string, 'base64url')])
        try {
          return curve.verify(this.signature, this.digest, point, { prehash: false, lowS: false, format: 'der' })
        } catch {
          return false
        }
      }
    }
    if (this.path === undefined) {
      throw new SealError(
        'INPUT_INVALID',
        `the bundle was signed with a ${key.asymmetricKeyType ?? 'unknown'} key, which cannot be verified from a digest alone: pass the artifact file instead of its digest`
      )
    }
    // Fallback for RSA and EdDSA: the signature covers the whole artifact.
    return verifyOver(readFileSync(this.path), this.algorithm, key, this.signature)
  }
}

/** A signature over whole data: hashed with `algorithm` (ECDSA, RSA), or pure (EdDSA). */
function verifyOver(data: Buffer, algorithm: DigestAlgorithm, key: crypto.KeyObject, signature: Buffer): boolean {
  try {
    return crypto.verify(signatureHash(key, algorithm), data, key, signature)
  } catch {
    return false
  }
}

function bufferEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && crypto.timingSafeEqual(a, b)
}

/* ------------------------------------------------------------------- DSSE -- */

interface Subject {
  name?: string
  digest: Record<string, string>
}

const SUBJECT_ALGORITHMS: readonly DigestAlgorithm[] = ['sha256', 'sha384', 'sha512']

function parseStatement(payloadType: string, payload: Buffer): Subject[] {
  if (payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    throw new SealError(
      'VERIFICATION_FAILED',
      `the DSSE envelope holds ${JSON.stringify(payloadType)}, not an in-toto statement (${IN_TOTO_PAYLOAD_TYPE}), so it names no artifact to match`
    )
  }
  let statement: unknown
  try {
    statement = JSON.parse(Buffer.from(payload).toString('utf8'))
  } catch {
    throw new SealError('BUNDLE_MALFORMED', 'the in-toto statement in the DSSE envelope is not valid JSON')
  }
  const subjects = (statement as { subject?: unknown } | null)?.subject
  if (!Array.isArray(subjects)) {
    throw new SealError('BUNDLE_MALFORMED', 'the in-toto statement in the DSSE envelope has no subject list')
  }
  return subjects
    .filter((s): s is { name?: unknown; digest: Record<string, unknown> } => !!s && typeof s === 'object' && !!s.digest && typeof s.digest === 'object')
    .map(s => ({
      name: typeof s.name === 'string' ? s.name : undefined,
      digest: Object.fromEntries(
        Object.entries(s.digest)
          .filter((e): e is [string, string] => typeof e[1] === 'string')
          .map(([alg, hex]) => [alg.toLowerCase(), hex.toLowerCase()])
      )
    }))
}

/** The digest algorithms the statement's subjects use (parse errors surface later, after the signature check). */
function subjectAlgorithms(payloadType: string, payload: Buffer): DigestAlgorithm[] {
  try {
    const used = new Set(parseStatement(payloadType, payload).flatMap(s => Object.keys(s.digest)))
    return SUBJECT_ALGORITHMS.filter(alg => used.has(alg))
  } catch {
    return []
  }
}

async function artifactDigests(artifact: ArtifactInput, needed: DigestAlgorithm[]): Promise<Partial<Record<DigestAlgorithm, Buffer>>> {
  if ('digest' in artifact) return { [artifact.digest.algorithm]: artifact.digest.value }
  const algorithms = Array.from(new Set<DigestAlgorithm>(['sha256', ...needed]))
  return digestFile(artifact.path, algorithms)
}

function matchSubject(
  payloadType: string,
  payload: Buffer,
  digests: Partial<Record<DigestAlgorithm, Buffer>>,
  what: string
): void {
  const subjects = parseStatement(payloadType, payload)
  const ours = Object.entries(digests).map(([alg, value]) => [alg, (value as Buffer).toString('hex')] as const)
  const matches = subjects.some(subject => {
    const shared = ours.filter(([alg]) => subject.digest[alg] !== undefined)
    return shared.length > 0 && shared.every(([alg, hex]) => subject.digest[alg] === hex)
  })
  if (matches) return

  const listed = subjects
    .slice(0, 3)
    .map(s => `${s.name ?? '(unnamed)'} ${Object.entries(s.digest).map(([alg, hex]) => `${alg}:${hex}`).join(' ')}`)
    .join('; ')
  const more = subjects.length > 3 ? `; and ${subjects.length - 3} more` : ''
  const sharesAlgorithm = subjects.some(s => ours.some(([alg]) => s.digest[alg] !== undefined))
  const hint = sharesAlgorithm
    ? 'Check that the attestation belongs to this artifact, and that the artifact was not modified after signing.'
    : `The statement lists no ${ours.map(([alg]) => alg).join('/')} digest: pass the artifact file, or a digest in the algorithm the statement uses.`
  throw new SealError(
    'DIGEST_MISMATCH',
    `${what} (${ours.map(([alg, hex]) => `${alg}:${hex}`).join(', ')}) is not a subject of the attestation; its subjects are: ${listed || 'none'}${more}`,
    { hint }
  )
}

/* ------------------------------------------------------------------ misc -- */

/** The object without its undefined properties (results are compared and serialized as they are). */
function definedOnly<T extends object>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>
}

function describeArtifact(artifact: ArtifactInput): string {
  return 'path' in artifact ? `the file ${artifact.path}` : 'the artifact'
}

function leafCertificate(bundle: Bundle): Uint8Array | undefined {
  const vm = bundle.verificationMaterial.content
  switch (vm.$case) {
    case 'certificate':
      return vm.certificate.rawBytes
    case 'x509CertificateChain':
      return vm.x509CertificateChain.certificates[0]?.rawBytes
    default:
      return undefined
  }
}


/** Maps @sigstore/verify errors to seal's codes, keeping the library's code for debugging. */
/**
 * The failure users meet most with private deployments: the signing
 * certificate was issued by a CA the trusted root does not hold. Said plainly,
 * with the inputs that set the root, instead of whichever check failed first.
 */
function unknownAuthority(bundle: Bundle, trust: LoadedTrust): SealError | undefined {
  const leafDER = leafCertificate(bundle)
  if (!leafDER) return undefined
  let leaf: X509Certificate
  try {
    leaf = X509Certificate.parse(Buffer.from(leafDER))
  } catch {
    return undefined
  }
  const known = trust.trustedRoot.certificateAuthorities.some(ca =>
    (ca.certChain?.certificates ?? []).some(c => {
      try {
        const issuer = X509Certificate.parse(Buffer.from(c.rawBytes))
        return issuer.subject.equals(leaf.issuer) && leaf.verify(issuer)
      } catch {
        return false
      }
    })
  )
  if (known) return undefined
  return new SealError('CERTIFICATE_UNTRUSTED', `the signing certificate was signed by an unknown authority: no certificate authority in the trusted root (${trust.source}) issued it.`, {
    hint:
      "The bundle comes from another Sigstore deployment: set `trusted-root` to that deployment's trusted_root.json, or `fulcio-root` (SIGSTORE_ROOT_FILE) and `rekor-public-key` (SIGSTORE_REKOR_PUBLIC_KEY) to its PEM files, or `tuf-mirror` to its TUF repository."
  })
}

function toSealError(err: unknown, trust: LoadedTrust): SealError {
  if (err instanceof SealError) return err
  const libCode = typeof (err as { code?: unknown })?.code === 'string' ? (err as { code: string }).code : undefined
  const libMessage = err instanceof Error ? err.message : String(err)
  const detail = libCode ? `${libMessage} (${libCode})` : libMessage
  const root = `the trusted root (${trust.source})`

  let code: ErrorCode = 'VERIFICATION_FAILED'
  let message = `verification failed: ${detail}`
  let hint: string | undefined
  if (libCode === 'CERTIFICATE_ERROR') {
    code = 'CERTIFICATE_UNTRUSTED'
    message = `the signing certificate is not trusted: ${detail}`
    hint =
      `The certificate does not chain to a certificate authority in ${root} that was valid when it was signed, or its SCT does not verify. ` +
      "If the bundle comes from another Sigstore deployment (staging, GitHub's private instance), set `trusted-root` to that deployment's trusted_root.json."
  } else if (libCode?.startsWith('TLOG_')) {
    code = 'TLOG_INVALID'
    message = `the transparency log entry does not verify: ${detail}`
    const keyProblem =
      libCode === 'TLOG_INCLUSION_PROMISE_ERROR' ||
      (libCode !== 'TLOG_BODY_ERROR' && /signature|no matching|not found|key|log id/i.test(libMessage))
    hint = keyProblem
      ? `The Rekor key in ${root} may not match the log the bundle was written to; set \`trusted-root\` to the deployment's trusted_root.json.`
      : libCode === 'TLOG_BODY_ERROR'
        ? 'The bundle does not match what the transparency log recorded: it was altered after it was logged.'
        : 'The inclusion proof or checkpoint is inconsistent: the bundle may have been altered after it was logged.'
  } else if (libCode === 'SIGNATURE_ERROR') {
    code = 'SIGNATURE_INVALID'
    message = `the signature does not verify: ${detail}`
    hint = 'The artifact or the bundle was modified after signing, the bundle belongs to another artifact, or (with `key`) another key made the signature.'
  } else if (libCode === 'TIMESTAMP_ERROR') {
    code = 'TIMESTAMP_INVALID'
    message = `the bundle's timestamps do not verify: ${detail}`
    hint = `A timestamp must come from a timestamp authority in ${root}, or from a transparency log entry with an inclusion promise.`
  } else if (libCode === 'PUBLIC_KEY_ERROR') {
    code = 'KEY_INVALID'
    message = `the signing key is not accepted: ${detail}`
  } else if (libCode === 'UNTRUSTED_SIGNER_ERROR') {
    code = 'IDENTITY_MISMATCH'
    message = `the signer is not trusted: ${detail}`
  }
  return new SealError(code, message, { hint, cause: err })
}
