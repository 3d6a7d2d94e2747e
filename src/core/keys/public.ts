/**
 * Public keys as users hand them over: a `cosign.pub` PEM file, the base64
 * body of one pasted into a setting, or a certificate whose key is meant.
 */
import { createHash, createPublicKey, sign, verify, X509Certificate, type KeyObject } from 'node:crypto'

import { SealError } from '../util/errors.js'
import { decodeBase64Text, decodePemBlocks, isSingleDER, looksLikePEM } from '../formats/pem.js'

export interface ParsedPublicKey {
  publicKey: KeyObject
  /** PKIX (SubjectPublicKeyInfo) PEM, as cosign writes `cosign.pub`. */
  publicKeyPEM: string
}

export type KeyKind = 'ecdsa-p256' | 'ecdsa-p384' | 'ecdsa-p521' | 'rsa' | 'ed25519'

const CURVES: Record<string, KeyKind> = {
  prime256v1: 'ecdsa-p256',
  secp384r1: 'ecdsa-p384',
  secp521r1: 'ecdsa-p521'
}

/** RSA keys shorter than this are refused, as cosign does. */
const MIN_RSA_BITS = 2048

/**
 * The key's kind, or a KEY_INVALID error for kinds Sigstore does not use
 * (other curves, short RSA keys, DSA, X25519, …). `what` names the key in errors.
 */
export function keyKind(key: KeyObject, what: string): KeyKind {
  const type = key.asymmetricKeyType
  if (type === 'ec') {
    const curve = key.asymmetricKeyDetails?.namedCurve ?? 'unknown'
    const kind = CURVES[curve]
    if (!kind) throw new SealError('KEY_INVALID', `${what} is an ECDSA key on the curve ${curve}; use P-256, P-384 or P-521`)
    return kind
  }
  if (type === 'rsa') {
    const bits = key.asymmetricKeyDetails?.modulusLength ?? 0
    if (bits < MIN_RSA_BITS) throw new SealError('KEY_INVALID', `${what} is a ${bits}-bit RSA key; use at least ${MIN_RSA_BITS} bits`)
    return 'rsa'
  }
  if (type === 'ed25519') return 'ed25519'
  throw new SealError('KEY_INVALID', `${what} is a ${type ?? 'unknown'} key; use ECDSA (P-256, P-384, P-521), RSA or Ed25519`)
}

/** The hash a signature by `key` is made with: none for EdDSA, which signs the message itself. */
export function signatureHash<H extends string>(key: KeyObject, hash: H): H | null {
  return key.asymmetricKeyType === 'ed25519' || key.asymmetricKeyType === 'ed448' ? null : hash
}

/**
 * The public key of a private key, checked to belong to it: a signature made
 * with the private key must verify with the public key. PKCS#8 and SEC1 files
 * carry the public key next to the private one, and nothing else checks that
 * they match; a damaged or spliced file would sign with one key and publish
 * another. `what` names the key in errors.
 */
export function matchingPublicKey(privateKey: KeyObject, what: string): KeyObject {
  let publicKey: KeyObject | undefined
  let matches: boolean
  try {
    publicKey = createPublicKey(privateKey)
    const probe = Buffer.from('seal: does this public key belong to this private key?')
    const hash = signatureHash(privateKey, 'sha256')
    matches = verify(hash, probe, publicKey, sign(hash, probe, privateKey))
  } catch {
    matches = false
  }
  if (!publicKey || !matches) {
    throw new SealError('KEY_INVALID', `${what} is damaged: its public key does not match its private key`, {
      hint: 'Export the key again from its source; a key file must not be edited by hand.'
    })
  }
  return publicKey
}

/** PKIX DER of a public key. */
export function publicKeyDER(key: KeyObject): Buffer {
  return key.export({ format: 'der', type: 'spki' })
}

/** PKIX PEM of a public key (64-character lines, trailing newline). */
export function publicKeyPEMOf(key: KeyObject): string {
  return key.export({ format: 'pem', type: 'spki' }).toString()
}

/**
 * The key hint bundles carry for key-signed content: base64 of the SHA-256 of
 * the PKIX DER, as cosign computes it. Takes a KeyObject or PEM text.
 */
export function keyHint(publicKey: KeyObject | string): string {
  const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey
  return createHash('sha256').update(publicKeyDER(key)).digest('base64')
}

/**
 * Reads a public key from text: a PEM `PUBLIC KEY` (or `RSA PUBLIC KEY`), a
 * PEM `CERTIFICATE` (its key is used), or the base64 body of either alone.
 * Errors name `input` (the action input or flag the text came from).
 */
export function parsePublicKey(text: string, input = 'key'): ParsedPublicKey {
  const what = `the public key in \`${input}\``
  let key: KeyObject
  if (looksLikePEM(text)) {
    const blocks = decodePemBlocks(text, `\`${input}\``)
    const block = blocks.find(b => b.type === 'PUBLIC KEY' || b.type === 'RSA PUBLIC KEY' || b.type === 'CERTIFICATE')
    if (!block) {
      const types = blocks.map(b => b.type)
      if (types.some(t => t.includes('PRIVATE KEY'))) {
        throw new SealError('KEY_INVALID', `\`${input}\` holds a private key, not a public key`, {
          hint: 'Give the public key (cosign.pub). Never share or commit the private key.'
        })
      }
      throw new SealError('KEY_INVALID', `\`${input}\` holds no public key or certificate${types.length ? ` (found ${types.join(', ')})` : ''}`)
    }
    key = keyFromDER(block.der, block.type, what)
  } else {
    const der = decodeBase64Text(text)
    if (!der) {
      throw new SealError('KEY_INVALID', `\`${input}\` is neither a PEM public key nor base64 DER`, {
        hint: 'Give the contents of cosign.pub, with or without the BEGIN/END lines.'
      })
    }
    key = keyFromDER(der, undefined, what)
  }
  keyKind(key, what)
  return { publicKey: key, publicKeyPEM: publicKeyPEMOf(key) }
}

function keyFromDER(der: Buffer, type: string | undefined, what: string): KeyObject {
  if (!isSingleDER(der)) throw new SealError('KEY_INVALID', `${what} cannot be parsed: its DER is cut short or has bytes after it`)
  if (type === 'CERTIFICATE') return certificateKey(der, what)
  if (type === 'RSA PUBLIC KEY') return tryKey(() => createPublicKey({ key: der, format: 'der', type: 'pkcs1' }), what)
  if (type === 'PUBLIC KEY') return tryKey(() => createPublicKey({ key: der, format: 'der', type: 'spki' }), what)
  // A bare body: SubjectPublicKeyInfo is what cosign.pub holds; a certificate is the other common paste.
  try {
    return createPublicKey({ key: der, format: 'der', type: 'spki' })
  } catch {
    return certificateKey(der, what)
  }
}

function certificateKey(der: Buffer, what: string): KeyObject {
  return tryKey(() => new X509Certificate(der).publicKey, what)
}

function tryKey(fn: () => KeyObject, what: string): KeyObject {
  try {
    return fn()
  } catch (err) {
    throw new SealError('KEY_INVALID', `${what} cannot be parsed: ${(err as Error).message}`, { cause: err })
  }
}
