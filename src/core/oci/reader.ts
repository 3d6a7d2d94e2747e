import type { RegistryClient } from './client.js'

/**
 * What reading signatures needs from a registry. A registry client provides
 * it, and so does an OCI image layout on disk (for air-gapped verification).
 */
export type OciReader = Pick<RegistryClient, 'head' | 'getManifest' | 'getBlob' | 'referrers'>
