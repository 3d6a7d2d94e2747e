/**
 * `seal clean`: deletes an image's signatures, attestations or SBOMs in every
 * layout: the referrer manifests (then their entries in the referrers tag,
 * which is deleted once it lists nothing) and cosign's legacy tags (each
 * holds one kind: `.sig` signatures, `.att` attestations, `.sbom` SBOMs).
 *
 * The first delete tells whether the registry allows deletes at all: when it
 * refuses, nothing has been changed and the error says so.
 */
import { SealError } from '../util/errors.js'
import type { RegistryClient } from '../oci/client.js'
import { isDeletesRefused } from '../oci/delete.js'
import { OCI_INDEX } from '../oci/types.js'
import { artifactsOf, inspectImage, type ArtifactKind } from './inspect.js'
import { storedAt, type ResolvedImage } from './resolve.js'

export interface CleanResult {
  /** What was deleted or rewritten, as locations. */
  removed: string[]
  /** How many artifacts were removed. */
  artifacts: number
}

/** Deletes the image's artifacts of a kind (`all`: signatures, attestations and SBOMs). */
export async function cleanImage(client: RegistryClient, image: ResolvedImage, kind: ArtifactKind | 'all'): Promise<CleanResult> {
  const tree = await inspectImage(client, image)
  const doomed = artifactsOf(tree, kind)
  const removed: string[] = []
  let changed = false
  const remove = async (digest: string, where: string): Promise<void> => {
    try {
      if (await client.deleteManifest(image.store, digest)) removed.push(where)
      changed = true
    } catch (err) {
      if (isDeletesRefused(err) && !changed) {
        throw new SealError('REGISTRY_ERROR', `${err.message} Nothing was deleted.`, { hint: err.hint, cause: err })
      }
      throw err
    }
  }

  const referrers = doomed.filter(a => a.layout === 'referrer')
  for (const a of referrers) await remove(a.manifestDigest, a.location)

  for (const t of tree.legacyTags) {
    if (t.digest && doomed.some(a => a.tag === t.tag)) await remove(t.digest, storedAt(image, `:${t.tag}`))
  }

  // The referrers tag: without the deleted referrers; deleted when it lists nothing more.
  if (referrers.length && tree.referrersTag.digest) {
    const tag = tree.referrersTag.tag
    const index = await client.getManifest(image.store, tag, [OCI_INDEX])
    if (index && Array.isArray(index.json.manifests)) {
      const gone = new Set(referrers.map(a => a.manifestDigest))
      const kept = index.json.manifests.filter(e => !gone.has((e as { digest?: string }).digest ?? ''))
      if (kept.length === 0) await remove(index.digest, storedAt(image, `:${tag}`))
      else if (kept.length !== index.json.manifests.length) {
        await client.putManifest(
          image.store,
          tag,
          Buffer.from(JSON.stringify({ ...index.json, manifests: kept })),
          OCI_INDEX,
          index.etag ? { ifMatch: index.etag } : {}
        )
        removed.push(
          `${storedAt(image, `:${tag}`)} (${index.json.manifests.length - kept.length} entr${index.json.manifests.length - kept.length === 1 ? 'y' : 'ies'} removed)`
        )
      }
    }
  }
  return { removed, artifacts: doomed.length }
}
