/**
 * The manifests an image index lists, each as an image of its own: for
 * signing an index recursively (the index and every manifest it lists get a
 * signature, as cosign's `--recursive` does), and for verifying chosen
 * platforms of an index.
 */
import { SealError } from '../util/errors.js'
import type { OciReader } from '../oci/reader.js'
import { isIndexMediaType, parseDescriptor, type Platform } from '../oci/types.js'
import type { ManifestResult } from '../oci/manifests.js'
import { resolveManifest, type ResolvedImage } from './resolve.js'

/** A manifest listed by an index, resolved as an image, with the platform the index gives it. */
export interface PlatformImage extends ResolvedImage {
  /** os/architecture[/variant], when the index names one. */
  platform?: string
}

/** Indexes inside indexes are followed this deep. */
const MAX_DEPTH = 4

/** os/architecture[/variant] of an index entry. */
export function platformName(p: Platform | undefined): string | undefined {
  if (!p) return undefined
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/').toLowerCase()
}

/**
 * Every manifest an index lists (and, for nested indexes, what they list),
 * each resolved by its digest in the index's repository: the content must
 * hash to the digest the index gives. An image that is not an index lists
 * nothing.
 */
export async function listedImages(client: OciReader, index: ResolvedImage, depth = 0, read?: ManifestResult): Promise<PlatformImage[]> {
  if (!isIndexMediaType(index.descriptor.mediaType)) return []
  // A nested index's manifest was read when it was resolved; the top one is read here.
  const manifest = read ?? (await client.getManifest(index.ref, index.descriptor.digest))
  const where = `image index ${index.descriptor.digest} of ${index.ref.repositoryName}`
  if (!manifest) throw new SealError('SUBJECT_NOT_FOUND', `${where} is no longer in the registry.`)
  const entries = manifest.json.manifests
  if (!Array.isArray(entries)) throw new SealError('REGISTRY_ERROR', `${where} has no manifests list.`)
  // Every entry is read before any is fetched: one bad entry refuses the index.
  const listed = entries.map((e, i) => parseDescriptor(e, `Entry ${i} of ${where}`, { verifiable: true }))
  const out: PlatformImage[] = []
  for (const d of listed) {
    const { image: child, manifest: childManifest } = await resolveManifest(client, `${index.ref.registry}/${index.ref.repository}@${d.digest}`)
    const store = index.store.withDigest(d.digest)
    const image: PlatformImage = {
      ...child,
      given: `${index.given} (${platformName(d.platform) ?? d.digest})`,
      store,
      ...(d.platform ? { platform: platformName(d.platform) } : {})
    }
    out.push(image)
    if (isIndexMediaType(child.descriptor.mediaType) && depth + 1 < MAX_DEPTH) out.push(...(await listedImages(client, image, depth + 1, childManifest)))
  }
  return out
}

/**
 * The images of the chosen platforms of an index. An image that is not an
 * index is returned as it is; a platform the index does not list is an error
 * naming those it does.
 */
export async function selectPlatforms(client: OciReader, image: ResolvedImage, platforms: readonly string[]): Promise<ResolvedImage[]> {
  if (!isIndexMediaType(image.descriptor.mediaType)) return [image]
  const listed = await listedImages(client, image)
  return platforms.map(p => {
    const found = listed.find(l => l.platform === p || (l.platform && !p.split('/')[2] && l.platform.split('/').slice(0, 2).join('/') === p))
    if (!found) {
      const known = listed.map(l => l.platform).filter(Boolean)
      throw new SealError(
        'SUBJECT_NOT_FOUND',
        `\`platform\`: ${image.given} lists no ${p} image (it lists ${known.length ? known.join(', ') : 'no platforms'}).`,
        {
          hint: 'Name a platform the index lists, or leave `platform` empty to verify the index itself.'
        }
      )
    }
    return found
  })
}

/** Each image followed by every manifest it lists when it is an index (recursive signing). */
export async function withListedImages(client: OciReader, images: readonly ResolvedImage[]): Promise<ResolvedImage[]> {
  const out: ResolvedImage[] = []
  for (const image of images) out.push(image, ...(await listedImages(client, image)))
  return out
}
