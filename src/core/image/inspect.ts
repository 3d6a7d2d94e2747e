/**
 * What is stored for an image, in every layout seal reads: referrers from the
 * registry's referrers API and from the referrers tag (`sha256-<hex>`), and
 * cosign's legacy tags (`.sig`, `.att`, `.sbom`), each item classified as a
 * signature, an attestation (with its predicate type) or an SBOM. `seal tree`
 * shows it, `seal download` prints the items, `seal clean` deletes them.
 */
import { ANNOTATIONS } from '../formats/cosign-legacy.js'
import { COSIGN_SIGN_PREDICATE } from '../formats/intoto.js'
import { ANNOTATION_PREDICATE_TYPE } from '../formats/referrer.js'
import type { OciReader } from '../oci/reader.js'
import { cosignTag, DOCKER_MANIFEST, OCI_INDEX, OCI_MANIFEST, parseDescriptor, referrersTag, type Descriptor } from '../oci/types.js'
import { storedAt, type ResolvedImage } from './resolve.js'

export type ArtifactKind = 'signature' | 'attestation' | 'sbom' | 'other'
export type StorageLayout = 'referrer' | 'legacy-tag'

/** One stored signature, attestation or SBOM. */
export interface StoredArtifact {
  kind: ArtifactKind
  layout: StorageLayout
  /** Where it is: `registry/repository@digest` (a referrer) or `registry/repository:tag layer N`. */
  location: string
  /** The manifest holding it: the referrer, or the legacy tag's manifest. */
  manifestDigest: string
  /** The legacy tag, for a layer of one. */
  tag?: string
  /** The blob holding it (bundle, payload, envelope or document) and its media type. */
  layer: Descriptor
  artifactType?: string
  predicateType?: string
}

/** A legacy tag and whether it exists. */
export interface LegacyTag {
  suffix: 'sig' | 'att' | 'sbom'
  tag: string
  /** The manifest digest, when the tag exists. */
  digest?: string
  layers: number
}

export interface ImageTree {
  image: ResolvedImage
  /** Whether the registry answers the referrers API, and how many referrers it listed. */
  referrersAPI: { supported: boolean; count: number }
  /** The referrers tag: its name, its manifest digest when it exists, and how many referrers it lists. */
  referrersTag: { tag: string; digest?: string; count: number }
  legacyTags: LegacyTag[]
  artifacts: StoredArtifact[]
}

const SBOM_TYPES = [/^text\/spdx/, /^application\/vnd\.cyclonedx/, /^application\/spdx/, /^application\/vnd\.syft/]
const isSBOMType = (t: string | undefined): boolean => !!t && SBOM_TYPES.some(re => re.test(t))
const LEGACY_KIND = { sig: 'signature', att: 'attestation', sbom: 'sbom' } as const

/** The predicate type a bundle's in-toto statement names, if it holds one. */
function bundlePredicateType(blob: Buffer): string | undefined {
  try {
    const payload = (JSON.parse(blob.toString('utf8')) as { dsseEnvelope?: { payload?: unknown } }).dsseEnvelope?.payload
    if (typeof payload !== 'string') return undefined
    const type = (JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as { predicateType?: unknown }).predicateType
    return typeof type === 'string' ? type : undefined
  } catch {
    return undefined
  }
}

async function referrerArtifact(client: OciReader, image: ResolvedImage, d: Descriptor): Promise<StoredArtifact | undefined> {
  const m = await client.getManifest(image.store, d.digest, [OCI_MANIFEST, DOCKER_MANIFEST, OCI_INDEX])
  if (!m) return undefined
  const layers = Array.isArray(m.json.layers) ? m.json.layers : []
  const layer = layers.length ? parseDescriptor(layers[0], `Layer 0 of referrer ${d.digest}`, { verifiable: true }) : undefined
  if (!layer) return undefined
  const artifactType = d.artifactType ?? (typeof m.json.artifactType === 'string' ? m.json.artifactType : undefined)
  const annotations = (m.json.annotations ?? {}) as Record<string, unknown>
  const base = {
    layout: 'referrer' as const,
    location: storedAt(image, `@${d.digest}`),
    manifestDigest: d.digest,
    layer,
    ...(artifactType ? { artifactType } : {})
  }
  if (layer.mediaType.startsWith('application/vnd.dev.sigstore.bundle')) {
    const annotated = annotations[ANNOTATION_PREDICATE_TYPE]
    const predicateType = typeof annotated === 'string' ? annotated : bundlePredicateType(await client.getBlob(image.store, layer.digest))
    const kind = !predicateType || predicateType === COSIGN_SIGN_PREDICATE ? 'signature' : 'attestation'
    return { ...base, kind, ...(predicateType ? { predicateType } : {}) }
  }
  return { ...base, kind: isSBOMType(artifactType) || isSBOMType(layer.mediaType) ? 'sbom' : 'other' }
}

/** Everything stored for an image (in its signature repository, when one is set). */
export async function inspectImage(client: OciReader, image: ResolvedImage): Promise<ImageTree> {
  const digest = image.descriptor.digest
  const api = await client.referrers(image.store, digest)
  const tag = referrersTag(digest)
  const index = await client.getManifest(image.store, tag, [OCI_INDEX])
  const fromTag = Array.isArray(index?.json.manifests)
    ? index.json.manifests.map((e, i) => parseDescriptor(e, `Entry ${i} of tag ${tag}`, { verifiable: true }))
    : []
  const referrers = new Map<string, Descriptor>()
  for (const d of [...(api ?? []), ...fromTag]) if (!referrers.has(d.digest)) referrers.set(d.digest, d)

  const artifacts: StoredArtifact[] = []
  for (const d of referrers.values()) {
    const a = await referrerArtifact(client, image, d)
    if (a) artifacts.push(a)
  }
  const legacyTags: LegacyTag[] = []
  for (const suffix of ['sig', 'att', 'sbom'] as const) {
    const t = cosignTag(digest, suffix)
    const m = await client.getManifest(image.store, t, [OCI_MANIFEST, DOCKER_MANIFEST])
    const layers = Array.isArray(m?.json.layers) ? m.json.layers.map((l, i) => parseDescriptor(l, `Layer ${i} of tag ${t}`, { verifiable: true })) : []
    legacyTags.push({ suffix, tag: t, ...(m ? { digest: m.digest } : {}), layers: layers.length })
    layers.forEach((layer, i) => {
      const predicateType = suffix === 'att' ? layer.annotations?.predicateType : undefined
      artifacts.push({
        kind: LEGACY_KIND[suffix],
        layout: 'legacy-tag',
        location: storedAt(image, `:${t} layer ${i}`),
        manifestDigest: m!.digest,
        tag: t,
        layer,
        ...(predicateType ? { predicateType } : {})
      })
    })
  }
  return {
    image,
    referrersAPI: { supported: api !== undefined, count: api?.length ?? 0 },
    referrersTag: { tag, ...(index ? { digest: index.digest } : {}), count: fromTag.length },
    legacyTags,
    artifacts
  }
}

/**
 * One stored item as `seal download` prints it: a referrer's Sigstore bundle
 * or SBOM document as stored; a legacy signature as cosign's `download
 * signature` prints one (signature, payload, certificate, chain, Rekor
 * bundle); a legacy attestation as its DSSE envelope; an SBOM as the document.
 */
export async function downloadArtifact(client: OciReader, image: ResolvedImage, a: StoredArtifact): Promise<string> {
  const blob = await client.getBlob(image.store, a.layer.digest)
  if (a.layout === 'legacy-tag' && a.kind === 'signature') {
    const n = a.layer.annotations ?? {}
    const rekor = n[ANNOTATIONS.bundle]
    const timestamp = n[ANNOTATIONS.timestamp]
    return JSON.stringify({
      Base64Signature: n[ANNOTATIONS.signature] ?? '',
      Payload: blob.toString('base64'),
      ...(n[ANNOTATIONS.certificate] ? { Cert: n[ANNOTATIONS.certificate], Chain: n[ANNOTATIONS.chain] ?? '' } : {}),
      ...(rekor ? { Bundle: safeJSON(rekor) } : {}),
      ...(timestamp ? { RFC3161Timestamp: safeJSON(timestamp) } : {})
    })
  }
  const text = blob.toString('utf8')
  // JSON (bundles, envelopes, JSON SBOMs) on one line; other documents as they are.
  const json = safeJSON(text)
  return json === undefined ? text.replace(/\n$/, '') : JSON.stringify(json)
}

function safeJSON(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** The artifacts of a kind (`all`: signatures, attestations and SBOMs), attestations optionally of one predicate type. */
export function artifactsOf(tree: ImageTree, kind: ArtifactKind | 'all', predicateType?: string): StoredArtifact[] {
  return tree.artifacts.filter(
    a => (kind === 'all' ? a.kind !== 'other' : a.kind === kind) && (!predicateType || a.kind !== 'attestation' || a.predicateType === predicateType)
  )
}
