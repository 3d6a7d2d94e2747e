/**
 * The password envelope cosign puts around a private key: scrypt derives a
 * 32-byte key from the password, NaCl secretbox (XSalsa20-Poly1305) seals the
 * PKCS#8 DER, and a JSON document records the parameters:
 *
 *   {"kdf":{"name":"scrypt","params":{"N":65536,"r":8,"p":1},"salt":"<32 bytes>"},
 *    "cipher":{"name":"nacl/secretbox","nonce":"<24 bytes>"},"ciphertext":"<tag ‖ data>"}
 *
 * Byte strings are padded standard base64 and the fields come in this order with
 * no whitespace, which is what Go's encoding/json writes for the same struct.
 * The PEM body around it is base64 of these JSON bytes.
 */
import { randomBytes, scrypt } from 'node:crypto'

import { secretbox } from '@noble/ciphers/salsa.js'

import { SealError } from '../util/errors.js'

/** Written by current cosign; also what seal writes. */
export const SIGSTORE_PRIVATE_KEY_PEM = 'ENCRYPTED SIGSTORE PRIVATE KEY'
/** Written by older cosign releases; still read. */
export const COSIGN_PRIVATE_KEY_PEM = 'ENCRYPTED COSIGN PRIVATE KEY'

export interface ScryptParams {
  N: number
  r: number
  p: number
}

/** The parameters cosign uses for new keys. */
export const STANDARD_SCRYPT: ScryptParams = { N: 65536, r: 8, p: 1 }
/** The parameters of keys made by older cosign releases. */
export const LEGACY_SCRYPT: ScryptParams = { N: 32768, r: 8, p: 1 }

const SALT_SIZE = 32
const NONCE_SIZE = 24
const KEY_SIZE = 32
const TAG_SIZE = 16
const KDF_NAME = 'scrypt'
const CIPHER_NAME = 'nacl/secretbox'
/**
 * The most work a key file may ask of scrypt: N·r·p ≤ 2^21 block mixes, so at
 * most 256 MiB of memory (128·N·r bytes) and about a second of CPU. That
 * admits every set cosign has ever written (N up to 2^17 with r=8, p=1) while a
 * crafted file cannot make seal allocate gigabytes or spin for minutes.
 */
const MAX_SCRYPT_WORK = 2 ** 21
/** What node's scrypt may allocate: the working memory above plus its small per-lane buffers. */
const SCRYPT_MAXMEM = 2 * 128 * MAX_SCRYPT_WORK

/** Seals PKCS#8 DER under a password; returns the JSON document's bytes. */
export async function encryptPrivateKey(pkcs8: Uint8Array, password: string, params: ScryptParams = STANDARD_SCRYPT): Promise<Buffer> {
  const what = 'the requested scrypt parameters'
  checkParams(params, what)
  const salt = randomBytes(SALT_SIZE)
  const nonce = randomBytes(NONCE_SIZE)
  const key = await deriveKey(password, salt, params, what)
  const ciphertext = secretbox(key, nonce).seal(pkcs8)
  key.fill(0)
  const doc = {
    kdf: { name: KDF_NAME, params: { N: params.N, r: params.r, p: params.p }, salt: salt.toString('base64') },
    cipher: { name: CIPHER_NAME, nonce: nonce.toString('base64') },
    ciphertext: Buffer.from(ciphertext).toString('base64')
  }
  return Buffer.from(JSON.stringify(doc), 'utf8')
}

/**
 * Opens the JSON envelope with the password and returns the PKCS#8 DER.
 * `input` names where the key came from (an action input or CLI flag) and
 * `passwordInput` where its password came from (for the hint). A wrong
 * password is KEY_INVALID; so is a malformed envelope, with what is wrong in it.
 */
export async function decryptPrivateKey(json: Uint8Array, password: string, input: string, passwordInput = 'COSIGN_PASSWORD'): Promise<Buffer> {
  const what = `the encrypted private key in \`${input}\``
  let doc: unknown
  try {
    doc = JSON.parse(Buffer.from(json).toString('utf8'))
  } catch {
    throw malformed(what, 'its body is not the JSON document cosign writes')
  }
  const kdf = field(doc, 'kdf')
  const cipher = field(doc, 'cipher')
  if (field(kdf, 'name') !== KDF_NAME) throw malformed(what, `unknown key derivation ${shown(field(kdf, 'name'))}`)
  if (field(cipher, 'name') !== CIPHER_NAME) throw malformed(what, `unknown cipher ${shown(field(cipher, 'name'))}`)
  const rawParams = field(kdf, 'params')
  const params: ScryptParams = { N: field(rawParams, 'N') as number, r: field(rawParams, 'r') as number, p: field(rawParams, 'p') as number }
  checkParams(params, what)
  const salt = bytesField(kdf, 'salt', what)
  const nonce = bytesField(cipher, 'nonce', what)
  const ciphertext = bytesField(doc, 'ciphertext', what)
  if (salt.length === 0) throw malformed(what, 'the scrypt salt is empty')
  if (nonce.length !== NONCE_SIZE) throw malformed(what, `the nonce has ${nonce.length} bytes instead of ${NONCE_SIZE}`)
  if (ciphertext.length <= TAG_SIZE) throw malformed(what, 'the ciphertext is too short')

  const key = await deriveKey(password, salt, params, what)
  try {
    return Buffer.from(secretbox(key, nonce).open(ciphertext))
  } catch {
    throw new SealError('KEY_INVALID', `wrong password for the key in \`${input}\``, {
      hint: `Set \`${passwordInput}\` to the password the key was created with. If the password is right, the key file is damaged.`
    })
  } finally {
    key.fill(0)
  }
}

/** scrypt on node's thread pool: about 0.2 s for N=2^16 without blocking the event loop. */
function deriveKey(password: string, salt: Uint8Array, params: ScryptParams, what: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem must exceed 128·N·r (node's default of 32 MiB refuses N=2^16, r=8).
    const options = { N: params.N, r: params.r, p: params.p, maxmem: SCRYPT_MAXMEM }
    const refused = (err: unknown): SealError => malformed(what, `unsupported scrypt parameters N=${params.N} r=${params.r} p=${params.p}`, err)
    try {
      // Node throws at once (RangeError) for parameters OpenSSL refuses, and reports other failures to the callback.
      scrypt(Buffer.from(password, 'utf8'), salt, KEY_SIZE, options, (err, key) => (err ? reject(refused(err)) : resolve(key)))
    } catch (err) {
      reject(refused(err))
    }
  })
}

function checkParams(params: ScryptParams, what: string): void {
  const { N, r, p } = params
  const integer = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0
  if (!integer(N) || !integer(r) || !integer(p)) {
    throw malformed(what, 'the scrypt parameters N, r and p must be positive integers')
  }
  // Not N & (N - 1): bitwise operators cut numbers to 32 bits.
  if (N < 2 || 2 ** Math.round(Math.log2(N)) !== N) throw malformed(what, `scrypt N=${N} is not a power of two`)
  if (N * r * p > MAX_SCRYPT_WORK) throw malformed(what, `unsupported scrypt parameters N=${N} r=${r} p=${p} (too costly)`)
  // scrypt itself requires N < 2^(128·r/8): N=2^16 needs r ≥ 2.
  if (r < 4 && N >= 2 ** (16 * r)) throw malformed(what, `unsupported scrypt parameters N=${N} r=${r} p=${p} (N must be below 2^${16 * r} when r=${r})`)
}

function field(obj: unknown, name: string): unknown {
  return obj !== null && typeof obj === 'object' && !Array.isArray(obj) ? (obj as Record<string, unknown>)[name] : undefined
}

function bytesField(obj: unknown, name: string, what: string): Buffer {
  const value = field(obj, name)
  if (typeof value !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(value) || value.length % 4 !== 0) {
    throw malformed(what, `the field ${JSON.stringify(name)} is missing or not base64`)
  }
  return Buffer.from(value, 'base64')
}

/** A value from the file for a message: short strings quoted, anything else by its type (never serialized whole). */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (value === undefined) return '(missing)'
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : String(value)
}

function malformed(what: string, detail: string, cause?: unknown): SealError {
  return new SealError('KEY_INVALID', `${what} is malformed: ${detail}`, {
    hint: 'Use a key written by `seal generate-key-pair`, `seal import-key-pair`, or cosign.',
    ...(cause === undefined ? {} : { cause })
  })
}
