/**
 * Signing with a long-lived key (cosign.key) instead of an ephemeral key and a
 * Fulcio certificate. Bundles made with it carry the key hint instead of a
 * certificate; verifiers need the public key.
 */
import { sign as nodeSign, type KeyObject } from 'node:crypto'

import { p256, p384, p521 } from '@noble/curves/nist.js'

import { SealError } from '../util/errors.js'
import { loadPrivateKey, type KeyOptions } from './private.js'
import { keyHint, keyKind, matchingPublicKey, publicKeyPEMOf, signatureHash, type KeyKind } from './public.js'

export type SignHash = 'sha256' | 'sha384' | 'sha512'

const NOBLE = { 'ecdsa-p256': p256, 'ecdsa-p384': p384, 'ecdsa-p521': p521 } as const

/** Digest lengths an ECDSA signature over a prehashed message accepts. */
const DIGEST_LENGTHS = new Set([32, 48, 64])

/**
 * Signs with a private key. For ECDSA keys `signDigest` signs a digest
 * computed elsewhere (a file hashed as a stream), which is how message
 * signatures over large artifacts avoid reading them twice.
 *
 * RSA (PKCS#1 v1.5) and Ed25519 keys cannot sign a bare digest here: RSA would
 * need the DigestInfo wrapping done by hand, and Ed25519 signs the message
 * itself. For those keys `canSignDigest` is false, `signDigest` throws, and
 * callers must use `sign(data)` with the whole payload.
 *
 * `sign(data)` hashes with SHA-256 for ECDSA and RSA whatever the curve: it is
 * what sigstore-js and cosign verify DSSE envelopes with. Ed25519 signs pure
 * Ed25519 (cosign signs blobs with Ed25519ph, which seal does not produce).
 */
export class KeySigner {
  readonly publicKey: KeyObject
  /** PKIX PEM of the public key. */
  readonly publicKeyPEM: string
  /** base64(sha256(PKIX DER)): the bundle's `publicKey.hint`. */
  readonly hint: string
  readonly kind: KeyKind
  private readonly privateKey: KeyObject
  private readonly scalar?: Uint8Array

  constructor(privateKey: KeyObject, what = 'the signing key') {
    if (privateKey.type !== 'private') throw new SealError('KEY_INVALID', `${what} is not a private key`)
    this.kind = keyKind(privateKey, what)
    this.privateKey = privateKey
    this.publicKey = matchingPublicKey(privateKey, what)
    this.publicKeyPEM = publicKeyPEMOf(this.publicKey)
    this.hint = keyHint(this.publicKey)
    if (this.kind in NOBLE) {
      this.scalar = Buffer.from(privateKey.export({ format: 'jwk' }).d as string, 'base64url')
    }
  }

  /** Decrypts a cosign key and makes a signer of it (see loadPrivateKey for the errors). */
  static async fromEncryptedPEM(pem: string, password: string, options: KeyOptions = {}): Promise<KeySigner> {
    const loaded = await loadPrivateKey(pem, password, options)
    return new KeySigner(loaded.privateKey, `the key in \`${options.input ?? 'key'}\``)
  }

  /** True for ECDSA keys, whose signatures can be made over a precomputed digest. */
  get canSignDigest(): boolean {
    return this.scalar !== undefined
  }

  /** ECDSA signature (DER) over a digest computed elsewhere (normally SHA-256). */
  signDigest(digest: Uint8Array): Buffer {
    if (!this.scalar) {
      throw new SealError('KEY_INVALID', `a ${this.kind === 'rsa' ? 'RSA' : 'Ed25519'} key cannot sign a precomputed digest; sign the data itself`, {
        hint: 'Use an ECDSA key (`seal generate-key-pair` makes P-256 keys) to sign large files as streams.'
      })
    }
    if (!DIGEST_LENGTHS.has(digest.length)) {
      throw new SealError('INPUT_INVALID', `a digest to sign must be 32, 48 or 64 bytes long, got ${digest.length}`)
    }
    const curve = NOBLE[this.kind as keyof typeof NOBLE]
    return Buffer.from(curve.sign(digest, this.scalar, { prehash: false, format: 'der' }))
  }

  /** Signature over `data`: ECDSA and RSA PKCS#1 v1.5 with `hash` (SHA-256), pure Ed25519. */
  sign(data: Uint8Array, hash: SignHash = 'sha256'): Buffer {
    return nodeSign(signatureHash(this.privateKey, hash), data, this.privateKey)
  }
}
