/**
 * cosign-compatible keys: generating, encrypting, importing and loading key
 * pairs, reading public keys, and signing with a long-lived key.
 */
export {
  COSIGN_PRIVATE_KEY_PEM,
  decryptPrivateKey,
  encryptPrivateKey,
  LEGACY_SCRYPT,
  SIGSTORE_PRIVATE_KEY_PEM,
  STANDARD_SCRYPT,
  type ScryptParams
} from './encrypted.js'
export { decodePemBlocks, encodePem, type PemBlock } from '../formats/pem.js'
export {
  generateKeyPair,
  importKeyPair,
  loadPrivateKey,
  readPlainPrivateKey,
  sealKeyPair,
  type EncryptedKeyPair,
  type ImportOptions,
  type KeyOptions,
  type LoadedPrivateKey
} from './private.js'
export { keyHint, keyKind, matchingPublicKey, parsePublicKey, publicKeyDER, publicKeyPEMOf, type KeyKind, type ParsedPublicKey } from './public.js'
export { KeySigner, type SignHash } from './signer.js'
export { keyFromInput } from './input.js'
