/**
 * The OCI 1.1 referrer manifest that stores a Sigstore bundle next to an image,
 * in the layout cosign v3 writes: an empty config, one layer holding the
 * bundle JSON, the image as `subject`, and the bundle media type as
 * `artifactType` (on the manifest and, as cosign does, on the config too).
 */
import { EMPTY_CONFIG, OCI_MANIFEST, SIGSTORE_BUNDLE_V03, type Descriptor } from '../oci/types.js'
import { goJSON } from './gojson.js'
export const ANNOTATION_CONTENT = 'dev.sigstore.bundle.content'
export const ANNOTATION_PREDICATE_TYPE = 'dev.sigstore.bundle.predicateType'
export const ANNOTATION_CREATED = 'org.opencontainers.image.created'

/** RFC 3339 in UTC without fractional seconds, as Go's time.RFC3339 formats it. */
export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

export function bundleReferrerManifest(args: { bundle: Descriptor; subject: Descriptor; predicateType: string; created?: Date }): {
  bytes: Buffer
  annotations: Record<string, string>
} {
  const annotations = {
    [ANNOTATION_CONTENT]: 'dsse-envelope',
    [ANNOTATION_PREDICATE_TYPE]: args.predicateType,
    [ANNOTATION_CREATED]: rfc3339(args.created ?? new Date())
  }
  const manifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: { mediaType: EMPTY_CONFIG.mediaType, size: EMPTY_CONFIG.size, digest: EMPTY_CONFIG.digest, artifactType: SIGSTORE_BUNDLE_V03 },
    layers: [{ mediaType: SIGSTORE_BUNDLE_V03, size: args.bundle.size, digest: args.bundle.digest }],
    annotations,
    subject: { mediaType: args.subject.mediaType, size: args.subject.size, digest: args.subject.digest },
    artifactType: SIGSTORE_BUNDLE_V03
  }
  return { bytes: Buffer.from(goJSON(manifest)), annotations }
}
