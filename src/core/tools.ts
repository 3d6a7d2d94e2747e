/**
 * The library's entry for what only the command line does besides the three
 * steps: key pairs, trusted roots from exported PEM files, the conformance
 * protocol's single-bundle sign and verify, and copying or locating an
 * image's signatures. The command line loads it per command.
 */
export { generateKeyPair, importKeyPair, type EncryptedKeyPair } from './keys/index.js'
export { checkTrustedRoot, loadTrust, PEM_INPUTS, readSigningConfig, trustedRootFromFiles, trustedRootJSON, type SigningServices } from './trust/index.js'
export { SigningSession } from './sign/index.js'
export { parseBundle, verifyBundle, type ArtifactInput, type Expectation } from './verify/index.js'
export { buildIdentityPolicy } from './policy/index.js'
export { parseDigest, sha256File } from './subjects/index.js'
export { registryClient } from './image/index.js'
export { saveImage } from './image/index.js'
export { signatureRepository } from './image/index.js'
export { triangulate, type LocationKind } from './image/index.js'
export type { RegistryClient } from './oci/index.js'
export type { RepositoryRef } from './oci/index.js'
export { keyFromInput } from './keys/index.js'
export { exportPolicy, POLICY_FORMATS, type ExportedPolicy, type PolicyExportInput } from './policy/export/index.js'
export { checkPolicyText, describeCheck, type PolicyCheck } from './policy/schema/check.js'
