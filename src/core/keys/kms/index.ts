/**
 * Keys held by a key service (AWS KMS, Cloud KMS, Azure Key Vault, Vault
 * transit): the service signs digests and hands out the public key; the
 * private key never leaves it. Each provider module, and the SDK it uses, is
 * imported only when a reference names that provider.
 */
import { parseKmsReference, type KmsReference } from './reference.js'

export { parseKmsReference, type KmsProvider, type KmsReference } from './reference.js'

/** The key kinds a key service signs SHA-256 digests with for seal. */
export type KmsKeyKind = 'ecdsa-p256' | 'rsa'

/** One key in a key service. */
export interface KmsKey {
  /** The public key, PKIX PEM. */
  publicKeyPEM(): Promise<string>
  /** The service's signature over a SHA-256 digest: ASN.1 DER for ECDSA, PKCS#1 v1.5 for RSA. */
  signDigest(digest: Buffer, kind: KmsKeyKind): Promise<Buffer>
  /**
   * Creates the key (ECDSA P-256, for signing) where the provider lets a
   * caller choose its name; a key that exists already is kept.
   */
  create(): Promise<CreatedKey>
}

export interface CreatedKey {
  publicKeyPEM: string
  /** False when the key existed already. */
  created: boolean
}

/** The key a reference names, with its provider's module loaded. */
export async function openKmsKey(reference: KmsReference | string, env: NodeJS.ProcessEnv): Promise<KmsKey> {
  const ref = typeof reference === 'string' ? parseKmsReference(reference) : reference
  switch (ref.provider) {
    case 'awskms':
      return (await import('./aws.js')).awsKey(ref, env)
    case 'gcpkms':
      return (await import('./gcp.js')).gcpKey(ref, env)
    case 'azurekms':
      return (await import('./azure.js')).azureKey(ref, env)
    case 'hashivault':
      return (await import('./vault.js')).vaultKey(ref, env)
  }
}

/** The public key (PKIX PEM) of the key a reference names. */
export async function kmsPublicKey(reference: string, env: NodeJS.ProcessEnv): Promise<string> {
  return (await openKmsKey(reference, env)).publicKeyPEM()
}

/** Creates the key a reference names where the provider allows it (see KmsKey.create). */
export async function createKmsKey(reference: string, env: NodeJS.ProcessEnv): Promise<CreatedKey> {
  return (await openKmsKey(reference, env)).create()
}
