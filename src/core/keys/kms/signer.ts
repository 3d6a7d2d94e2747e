/**
 * A signer whose private key stays in a key service: the same surface as
 * KeySigner (public key, hint, digest and data signatures), with signing
 * asynchronous. Data is hashed here with SHA-256 and the service signs the
 * digest, so a message signature and a DSSE envelope need one call each.
 */
import { constants, createHash, publicDecrypt, type KeyObject } from 'node:crypto'

import { p256 } from '@noble/curves/nist.js'

import { SealError } from '../../util/errors.js'
import { keyHint, keyKind, parsePublicKey, type KeyKind } from '../public.js'
import { kmsError } from './errors.js'
import { openKmsKey, parseKmsReference, type KmsKey, type KmsKeyKind, type KmsReference } from './index.js'

/** The DER prefix of a PKCS#1 v1.5 DigestInfo for SHA-256. */
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex')

export class RemoteKeySigner {
  readonly publicKey: KeyObject
  /** PKIX PEM of the public key. */
  readonly publicKeyPEM: string
  /** base64(sha256(PKIX DER)): the bundle's `publicKey.hint`. */
  readonly hint: string
  readonly kind: KeyKind
  /** A key service signs digests, so files are signed by their streamed digest whatever their size. */
  readonly canSignDigest = true
  private readonly point?: Uint8Array

  private constructor(
    readonly reference: KmsReference,
    private readonly key: KmsKey,
    publicKeyPEM: string
  ) {
    const parsed = parsePublicKey(publicKeyPEM, 'key')
    this.publicKey = parsed.publicKey
    this.publicKeyPEM = parsed.publicKeyPEM
    this.kind = keyKind(parsed.publicKey, `the key ${reference.text}`)
    if (this.kind !== 'ecdsa-p256' && this.kind !== 'rsa') throw kmsError(reference, 'wrong-type', `an ${this.kind} key`)
    this.hint = keyHint(parsed.publicKey)
    if (this.kind === 'ecdsa-p256') {
      const jwk = parsed.publicKey.export({ format: 'jwk' })
      this.point = Buffer.concat([Buffer.of(4), Buffer.from(jwk.x as string, 'base64url'), Buffer.from(jwk.y as string, 'base64url')])
    }
  }

  /** Opens the key a reference names and reads its public key (one call to the service). */
  static async open(reference: string, env: NodeJS.ProcessEnv): Promise<RemoteKeySigner> {
    const ref = parseKmsReference(reference)
    const key = await openKmsKey(ref, env)
    return new RemoteKeySigner(ref, key, await key.publicKeyPEM())
  }

  /**
   * The service's signature over a SHA-256 digest, checked against the public
   * key before it is used: a signature by another key version, or a damaged
   * answer, fails here rather than in a verifier.
   */
  async signDigest(digest: Uint8Array): Promise<Buffer> {
    if (digest.length !== 32) throw new SealError('INPUT_INVALID', `a key service signs SHA-256 digests (32 bytes), got ${digest.length} bytes`)
    const signature = await this.key.signDigest(Buffer.from(digest), this.kind as KmsKeyKind)
    if (!this.matches(signature, digest)) {
      throw kmsError(this.reference, 'failed', "the signature it returned does not verify with the key's public key (another key version?)")
    }
    return signature
  }

  /** Signature over `data`: its SHA-256, signed by the service (ECDSA P-256, or RSA PKCS#1 v1.5). */
  async sign(data: Uint8Array): Promise<Buffer> {
    return this.signDigest(createHash('sha256').update(data).digest())
  }

  private matches(signature: Buffer, digest: Uint8Array): boolean {
    try {
      if (this.point) return p256.verify(signature, digest, this.point, { prehash: false, format: 'der', lowS: false })
      const info = publicDecrypt({ key: this.publicKey, padding: constants.RSA_PKCS1_PADDING }, signature)
      return info.equals(Buffer.concat([SHA256_DIGEST_INFO, digest]))
    } catch {
      return false
    }
  }
}
