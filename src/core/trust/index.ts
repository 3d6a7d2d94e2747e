/**
 * Trust material: loading the Sigstore trusted root from its sources
 * (loadTrust), checking trusted_root.json, building a root from a private
 * deployment's PEM files, the public-good root embedded in seal, the TUF
 * cache location, and signing configs.
 */
export { loadTrust, type TrustOptions } from './root.js'
export type { LoadedTrust } from './material.js'
export { checkTrustedRoot, parseTrustedRoot, type TrustedRoot } from './trusted-root.js'
export { embeddedTrustedRoot } from './embedded.js'
export { defaultTufCachePath, PUBLIC_GOOD_TUF_URL, tufCacheDir, type TufOptions } from './tuf.js'
export {
  certificateChains,
  environmentTrustFiles,
  keyDetailsOf,
  PEM_INPUTS,
  SIGSTORE_ENV,
  TRUSTED_ROOT_MEDIA_TYPE,
  trustedRootFromFiles,
  trustedRootFromPEM,
  trustedRootJSON,
  type PemField,
  type PemFiles,
  type PemMaterial,
  type PemTrustOptions
} from './pem.js'
export { parseSigningConfig, readSigningConfig, type SigningServices } from './signing-config.js'
export { parseTrustedRoots, withRoots } from './roots.js'
