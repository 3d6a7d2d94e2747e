/**
 * OCI and Docker media types, descriptor shapes and the tag names cosign and
 * the OCI referrers tag schema derive from a digest.
 */
import { createHash } from 'node:crypto'

import { SealError } from '../util/errors.js'

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
export const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json'
export const OCI_LAYER = 'application/vnd.oci.image.layer.v1.tar'
export const OCI_EMPTY = 'application/vnd.oci.empty.v1+json'
export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json'
export const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json'
export const DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json'
/** cosign's legacy `.sig` layer: the simple-signing payload. */
export const COSIGN_SIMPLE_SIGNING = 'application/vnd.dev.cosign.simplesigning.v1+json'
/** cosign's legacy `.att` layer: a DSSE envelope. */
export const DSSE_ENVELOPE = 'application/vnd.dsse.envelope.v1+json'
export const IN_TOTO = 'application/vnd.in-toto+json'
export const SIGSTORE_BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json'

/** The empty config blob `{}` OCI 1.1 artifacts use. */
export const EMPTY_CONFIG_BYTES: Buffer = Buffer.from('{}')
export const EMPTY_CONFIG_DIGEST = 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a'
export const EMPTY_CONFIG: Readonly<Descriptor> = Object.freeze({ mediaType: OCI_EMPTY, size: 2, digest: EMPTY_CONFIG_DIGEST })

/** Media types a manifest GET accepts: single-platform manifests and indexes, OCI and Docker. */
export const MANIFEST_MEDIA_TYPES: readonly string[] = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST]

export interface Platform {
  architecture: string
  os: string
  variant?: string
  'os.version'?: string
  'os.features'?: string[]
}

export interface Descriptor {
  mediaType: string
  size: number
  digest: string
  urls?: string[]
  annotations?: Record<string, string>
  platform?: Platform
  artifactType?: string
  data?: string
}

export interface Manifest {
  schemaVersion: 2
  mediaType?: string
  artifactType?: string
  config: Descriptor
  layers: Descriptor[]
  subject?: Descriptor
  annotations?: Record<string, string>
}

export interface Index {
  schemaVersion: 2
  mediaType?: string
  artifactType?: string
  manifests: Descriptor[]
  subject?: Descriptor
  annotations?: Record<string, string>
}

export type DigestAlgorithm = 'sha256' | 'sha512'

const HEX_LENGTH: Record<DigestAlgorithm, number> = { sha256: 64, sha512: 128 }

/** Whether text is a content digest seal can verify: `sha256:<64 hex>` or `sha512:<128 hex>`, lowercase. */
export function isDigest(text: string): boolean {
  const m = /^(sha256|sha512):([0-9a-f]+)$/.exec(text)
  return m !== null && m[2].length === HEX_LENGTH[m[1] as DigestAlgorithm]
}

/** The digest of bytes, `sha256:<hex>` unless another algorithm is asked for. */
export function digestOf(bytes: Uint8Array, algorithm: DigestAlgorithm = 'sha256'): string {
  return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`
}

/** The algorithm of a digest seal can verify, or undefined. */
export function digestAlgorithm(digest: string): DigestAlgorithm | undefined {
  return isDigest(digest) ? (digest.slice(0, digest.indexOf(':')) as DigestAlgorithm) : undefined
}

/** A descriptor for bytes. */
export function describe(bytes: Uint8Array, mediaType: string): Descriptor {
  return { mediaType, size: bytes.length, digest: digestOf(bytes) }
}

function requireDigest(digest: string): { algorithm: string; hex: string } {
  const m = /^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/.exec(digest)
  if (!m) throw new SealError('INPUT_INVALID', `"${digest.slice(0, 160)}" is not a digest (expected sha256:<hex>).`)
  return { algorithm: m[1], hex: m[2] }
}

/** The referrers tag schema tag for a subject: `sha256-<hex>` (the hex part truncated to 64 characters). */
export function referrersTag(digest: string): string {
  const { algorithm, hex } = requireDigest(digest)
  return `${algorithm.slice(0, 32)}-${hex.slice(0, 64)}`
}

/** cosign's legacy tag for signatures, attestations or SBOMs of an image: `sha256-<hex>.sig`. */
export function cosignTag(digest: string, suffix: 'sig' | 'att' | 'sbom'): string {
  const { algorithm, hex } = requireDigest(digest)
  return `${algorithm}-${hex}.${suffix}`
}

export function isIndexMediaType(mediaType: string | undefined): boolean {
  return mediaType === OCI_INDEX || mediaType === DOCKER_MANIFEST_LIST
}

export function isImageManifestMediaType(mediaType: string | undefined): boolean {
  return mediaType === OCI_MANIFEST || mediaType === DOCKER_MANIFEST
}

export interface ParseDescriptorOptions {
  /**
   * The content is to be fetched and checked: the digest must be one seal can
   * verify (see `isDigest`), not merely well-formed.
   */
  verifiable?: boolean
}

/**
 * Checks that a value from a registry is a descriptor (media type, size,
 * digest and, when present, well-typed optional fields) and returns a copy
 * holding only the known fields. `where` names it in the error, a
 * REGISTRY_ERROR.
 */
export function parseDescriptor(value: unknown, where: string, options: ParseDescriptorOptions = {}): Descriptor {
  const bad = (why: string): never => {
    throw new SealError('REGISTRY_ERROR', `${where} is not a valid descriptor: ${why}.`)
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) bad('not a JSON object')
  const v = value as Record<string, unknown>
  if (typeof v.mediaType !== 'string' || v.mediaType === '') bad('mediaType is missing')
  if (typeof v.size !== 'number' || !Number.isSafeInteger(v.size) || v.size < 0) bad('size is not a non-negative integer')
  if (typeof v.digest !== 'string' || !/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(v.digest)) bad('digest is malformed')
  if (options.verifiable && !isDigest(v.digest as string)) {
    bad(`digest "${(v.digest as string).slice(0, 80)}" is not one seal can check (sha256:<64 hex digits> or sha512:<128 hex digits>, lowercase)`)
  }
  const out: Descriptor = { mediaType: v.mediaType as string, size: v.size as number, digest: v.digest as string }
  if (v.urls !== undefined) {
    if (!Array.isArray(v.urls) || !v.urls.every(u => typeof u === 'string')) bad('urls is not a list of strings')
    out.urls = v.urls as string[]
  }
  if (v.annotations !== undefined && v.annotations !== null) {
    out.annotations = stringMap(v.annotations, () => bad('annotations is not a map of strings'))
  }
  if (v.platform !== undefined) {
    const p = v.platform as Record<string, unknown>
    if (!p || typeof p !== 'object' || typeof p.architecture !== 'string' || typeof p.os !== 'string') bad('platform is malformed')
    out.platform = p as unknown as Platform
  }
  if (v.artifactType !== undefined) {
    if (typeof v.artifactType !== 'string') bad('artifactType is not a string')
    out.artifactType = v.artifactType as string
  }
  if (v.data !== undefined) {
    if (typeof v.data !== 'string') bad('data is not a string')
    out.data = v.data as string
  }
  return out
}

function stringMap(value: unknown, fail: () => never): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) fail()
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v !== 'string') fail()
    out[k] = v as string
  }
  return out
}

/**
 * A descriptor as JSON in the field order go-containerregistry writes
 * (mediaType, size, digest, data, urls, annotations, platform, artifactType),
 * leaving out absent fields, with annotation keys sorted.
 */
export function descriptorJSON(d: Descriptor): Record<string, unknown> {
  const out: Record<string, unknown> = { mediaType: d.mediaType, size: d.size, digest: d.digest }
  if (d.data !== undefined) out.data = d.data
  if (d.urls !== undefined) out.urls = d.urls
  if (d.annotations !== undefined && Object.keys(d.annotations).length > 0) {
    // Go marshals map keys in sorted order.
    out.annotations = Object.fromEntries(Object.entries(d.annotations).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  }
  if (d.platform !== undefined) out.platform = d.platform
  if (d.artifactType !== undefined) out.artifactType = d.artifactType
  return out
}
