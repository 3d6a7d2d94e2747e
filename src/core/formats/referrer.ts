/**
 * The OCI 1.1 referrer manifest that stores a Sigstore bundle next to an image,
 * in the layout cosign v3 writes: an empty config, one layer holding the
 * bundle JSON, the image as `subject`, and the bundle media type as
 * `artifactType` (on the manifest and, as cosign does, on the config too).
 */
import { goJSON } from './gojson.js'
import type { Descriptor } from './cosign-legacy.js'

export const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json'
export const EMPTY_CONFIG_MEDIA_TYPE = 'application/vnd.oci.empty.v1+json'
export const EMPTY_CONFIG_BYTES = Buffer.from('{}')
export const EMPTY_CONFIG_DIGEST = 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a'
export const ANNOTATION_CONTENT = 'dev.sigstore.bundle.content'
export const ANNOTATION_PREDICATE_TYPE = 'dev.sigstore.bundle.predicateType'
export const ANNOTATION_CREATED = 'org.opencontainers.image.created'

/** RFC 3339 in UTC without fractional seconds, as Go's time.RFC3339 formats it. */
export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

export function bundleReferrerManifest(args: {
  bundle: Descriptor
  subject: Descriptor
  predicateType: string
  created?: Date
}): { bytes: Buffer; annotations: Record<string, string> } {
  const annotations = {
    [ANNOTATION_CONTENT]: 'dsse-envelope',
    [ANNOTATION_PREDICATE_TYPE]: args.predicateType,
    [ANNOTATION_CREATED]: rfc3339(args.created ?? new Date())
  }
  const manifest = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: EMPTY_CONFIG_MEDIA_TYPE, size: 2, digest: EMPTY_CONFIG_DIGEST, artifactType: BUNDLE_MEDIA_TYPE },
    layers: [{ mediaType: BUNDLE_MEDIA_TYPE, size: args.bundle.size, digest: args.bundle.digest }],
    annotations,
    subject: { mediaType: args.subject.mediaType, size: args.subject.size, digest: args.subject.digest },
    artifactType: BUNDLE_MEDIA_TYPE
  }
  return { bytes: Buffer.from(goJSON(manifest)), annotations }
}
