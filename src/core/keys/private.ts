/**
 * cosign-compatible private keys: ECDSA P-256 key pairs whose PKCS#8 DER is
 * sealed under a password (see encrypted.ts) in an `ENCRYPTED SIGSTORE PRIVATE
 * KEY` PEM block, with the public key as PKIX PEM next to it.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto'

import { SealError } from '../util/errors.js'
import { COSIGN_PRIVATE_KEY_PEM, decryptPrivateKey, encryptPrivateKey, SIGSTORE_PRIVATE_KEY_PEM, STANDARD_SCRYPT, type ScryptParams } from './encrypted.js'
import { decodePemBlocks, encodePem, isSingleDER, looksLikePEM, type PemBlock } from '../formats/pem.js'
import { keyKind, matchingPublicKey, publicKeyPEMOf, type KeyKind } from './public.js'

export interface EncryptedKeyPair {
  /** `ENCRYPTED SIGSTORE PRIVATE KEY` PEM (the contents of cosign.key). */
  privateKeyPEM: string
  /** PKIX `PUBLIC KEY` PEM (the contents of cosign.pub). */
  publicKeyPEM: string
}

export interface LoadedPrivateKey {
  privateKey: KeyObject
  publicKey: KeyObject
  publicKeyPEM: string
  kind: KeyKind
}

export interface KeyOptions {
  /** The action input or CLI flag the key came from, named in errors (default `key`). */
  input?: string
  /** Where the password came from, named in the wrong-password hint (default `COSIGN_PASSWORD`). */
  passwordInput?: string
}

export interface ImportOptions extends KeyOptions {
  /** scrypt cost of the encryption (default: cosign's, N=65536 r=8 p=1). */
  scrypt?: ScryptParams
}

/** A new ECDSA P-256 key pair, the private key encrypted under `password` (which may be empty). */
export async function generateKeyPair(password: string): Promise<EncryptedKeyPair> {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  return sealKeyPair(privateKey, password)
}

/** Encrypts a private key as cosign does and pairs it with its public key. */
export async function sealKeyPair(privateKey: KeyObject, password: string, params: ScryptParams = STANDARD_SCRYPT): Promise<EncryptedKeyPair> {
  const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' })
  try {
    const sealed = await encryptPrivateKey(pkcs8, password, params)
    return { privateKeyPEM: encodePem(SIGSTORE_PRIVATE_KEY_PEM, sealed), publicKeyPEM: publicKeyPEMOf(createPublicKey(privateKey)) }
  } finally {
    pkcs8.fill(0)
  }
}

/**
 * Decrypts a cosign private key (`ENCRYPTED SIGSTORE PRIVATE KEY` or the older
 * `ENCRYPTED COSIGN PRIVATE KEY`, any supported scrypt cost). A wrong password
 * is KEY_INVALID "wrong password for the key in `<input>`".
 */
export async function loadPrivateKey(pem: string, password: string, options: KeyOptions = {}): Promise<LoadedPrivateKey> {
  const input = options.input ?? 'key'
  const block = encryptedBlock(pem, input)
  const pkcs8 = await decryptPrivateKey(block.der, password, input, options.passwordInput)
  let privateKey: KeyObject
  try {
    privateKey = createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' })
  } catch (err) {
    throw new SealError('KEY_INVALID', `the key in \`${input}\` decrypts, but is not a PKCS#8 private key: ${(err as Error).message}`, {
      cause: err
    })
  } finally {
    pkcs8.fill(0)
  }
  return describe(privateKey, `the key in \`${input}\``)
}

/**
 * Converts an unencrypted private key (PKCS#8 `PRIVATE KEY`, SEC1 `EC PRIVATE
 * KEY`, PKCS#1 `RSA PRIVATE KEY`) to cosign's encrypted format, as
 * `cosign import-key-pair` does.
 */
export async function importKeyPair(pem: string, password: string, options: ImportOptions = {}): Promise<EncryptedKeyPair> {
  return sealKeyPair(readPlainPrivateKey(pem, options.input), password, options.scrypt)
}

/**
 * Reads an unencrypted private key (PKCS#8 `PRIVATE KEY`, SEC1 `EC PRIVATE
 * KEY`, PKCS#1 `RSA PRIVATE KEY`) of a kind Sigstore signs with. Its DER must
 * be exactly one element: bytes after it are refused, as cosign refuses them.
 * Errors name `input` (default `key`) and never quote the key.
 */
export function readPlainPrivateKey(pem: string, input = 'key'): KeyObject {
  const what = `the key in \`${input}\``
  if (!looksLikePEM(pem)) throw new SealError('KEY_INVALID', `\`${input}\` is not a PEM file`)
  const blocks = decodePemBlocks(pem, `\`${input}\``)
  const block = blocks.find(b => IMPORTABLE[b.type] !== undefined)
  if (!block) {
    const types = blocks.map(b => b.type)
    if (types.some(isEncryptedType)) {
      throw new SealError('KEY_INVALID', `${what} is already encrypted (${types.find(isEncryptedType)}); import takes an unencrypted key`, {
        hint:
          types.includes(SIGSTORE_PRIVATE_KEY_PEM) || types.includes(COSIGN_PRIVATE_KEY_PEM)
            ? 'This key is in cosign format already: use it as it is.'
            : 'Decrypt it first, for example with `openssl pkey -in key.pem -out plain.pem`.'
      })
    }
    throw new SealError('KEY_INVALID', `\`${input}\` holds no private key${types.length ? ` (found ${types.join(', ')})` : ''}`, {
      hint: 'Give a PEM file with a PRIVATE KEY, EC PRIVATE KEY or RSA PRIVATE KEY block.'
    })
  }
  if (block.headers['Proc-Type']) {
    throw new SealError('KEY_INVALID', `${what} is encrypted with a legacy PEM password (Proc-Type header)`, {
      hint: 'Decrypt it first, for example with `openssl pkey -in key.pem -out plain.pem`.'
    })
  }
  if (!isSingleDER(block.der)) throw new SealError('KEY_INVALID', `${what} is not a valid ${block.type}: its DER is cut short or has bytes after it`)
  let privateKey: KeyObject
  try {
    privateKey = createPrivateKey({ key: block.der, format: 'der', type: IMPORTABLE[block.type] })
  } catch (err) {
    throw new SealError('KEY_INVALID', `${what} is not a valid ${block.type}: ${(err as Error).message}`, { cause: err })
  }
  keyKind(privateKey, what)
  matchingPublicKey(privateKey, what)
  return privateKey
}

const IMPORTABLE: Record<string, 'pkcs8' | 'sec1' | 'pkcs1'> = {
  'PRIVATE KEY': 'pkcs8',
  'EC PRIVATE KEY': 'sec1',
  'RSA PRIVATE KEY': 'pkcs1'
}

function isEncryptedType(type: string): boolean {
  return type.startsWith('ENCRYPTED ')
}

function encryptedBlock(pem: string, input: string): PemBlock {
  if (!looksLikePEM(pem)) {
    throw new SealError('KEY_INVALID', `\`${input}\` is not a PEM private key`, {
      hint: 'Give the contents of cosign.key (BEGIN ENCRYPTED SIGSTORE PRIVATE KEY).'
    })
  }
  const blocks = decodePemBlocks(pem, `\`${input}\``)
  const block = blocks.find(b => b.type === SIGSTORE_PRIVATE_KEY_PEM || b.type === COSIGN_PRIVATE_KEY_PEM)
  if (block) return block
  const types = blocks.map(b => b.type)
  if (types.some(t => IMPORTABLE[t] !== undefined)) {
    throw new SealError('KEY_INVALID', `the key in \`${input}\` is not encrypted (${types.find(t => IMPORTABLE[t] !== undefined)})`, {
      hint: 'Convert it with `seal import-key-pair --key <file>`, which encrypts it in cosign format.'
    })
  }
  if (types.includes('PUBLIC KEY')) {
    throw new SealError('KEY_INVALID', `\`${input}\` holds a public key; signing needs the private key (cosign.key)`)
  }
  throw new SealError('KEY_INVALID', `unsupported key type in \`${input}\`${types.length ? `: ${types.join(', ')}` : ''}`, {
    hint: `Give a key in cosign format (${SIGSTORE_PRIVATE_KEY_PEM} or ${COSIGN_PRIVATE_KEY_PEM}).`
  })
}

function describe(privateKey: KeyObject, what: string): LoadedPrivateKey {
  const kind = keyKind(privateKey, what)
  const publicKey = matchingPublicKey(privateKey, what)
  return { privateKey, publicKey, publicKeyPEM: publicKeyPEMOf(publicKey), kind }
}
