/**
 * Message signatures: the artifact is streamed once and its digest checked
 * against the bundle's, and the signature is then checked over that digest
 * (or over the bytes of a small file, read once), so a large artifact is
 * never held in memory.
 */
import crypto from 'node:crypto'
import { readFileSync } from 'node:fs'

import { p256, p384, p521 } from '@noble/curves/nist.js'
import type { Bundle } from '@sigstore/bundle'
import { HashAlgorithm } from '@sigstore/protobuf-specs'

import { digestBytes, digestFile, readSmallFile } from '../subjects/digest.js'
import type { HashAlgorithm as DigestAlgorithm } from '../subjects/digest.js'
import { SealError } from '../util/errors.js'
import { signatureHash } from '../keys/public.js'
import { describeArtifact, type ArtifactInput } from './result.js'

type MessageSignature = Extract<Bundle['content'], { $case: 'messageSignature' }>['messageSignature']

const MESSAGE_DIGEST_ALGORITHMS: Partial<Record<HashAlgorithm, DigestAlgorithm>> = {
  [HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED]: 'sha256',
  [HashAlgorithm.SHA2_256]: 'sha256',
  [HashAlgorithm.SHA2_384]: 'sha384',
  [HashAlgorithm.SHA2_512]: 'sha512'
}

/**
 * Checks the artifact against the bundle's message digest and returns the
 * signature to verify over it, with the artifact's sha256 when known.
 */
export async function prepareMessageSignature(message: MessageSignature, artifact: ArtifactInput): Promise<{ signature: PrehashedSignature; sha256?: string }> {
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
