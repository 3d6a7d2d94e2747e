/**
 * The library's entry for what only the command line does besides the three
 * steps: key pairs, trusted roots from exported PEM files, the conformance
 * protocol's single-bundle sign and verify, and copying or locating an
 * image's signatures. The command line loads it per command.
 */
export { generateKeyPair, importKeyPair, type EncryptedKeyPair } from './keys/index.js'
export { createKmsKey, parseKmsReference } from './keys/kms/index.js'
export { checkTrustedRoot, loadTrust } from './trust/root.js'
export { PEM_INPUTS, trustedRootFromFiles, trustedRootJSON } from './trust/pem.js'
export { readSigningConfig, type SigningServices } from './trust/signing-config.js'
export { SigningSession } from './sign/session.js'
export { parseBundle, verifyBundle, type ArtifactInput, type Expectation } from './verify/bundle.js'
export { buildIdentityPolicy } from './policy/identity.js'
export { parseDigest, sha256File } from './subjects/digest.js'
export { registryClient } from './image/registry.js'
export { saveImage } from './image/layout.js'
export { signatureRepository } from './image/resolve.js'
export { triangulate, type LocationKind } from './image/triangulate.js'
export type { RegistryClient } from './oci/client.js'
export type { RepositoryRef } from './oci/reference.js'
