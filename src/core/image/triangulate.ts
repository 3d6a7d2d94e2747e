import type { OciReader } from '../oci/reader.js'
import type { RepositoryRef } from '../oci/reference.js'
import { listReferrers } from '../oci/referrers.js'
import { cosignTag } from '../oci/types.js'
import { resolveImage } from './resolve.js'

export type LocationKind = 'sig' | 'att' | 'sbom' | 'referrers'

export interface SignatureLocation {
  kind: LocationKind
  /** A reference that can be pulled: repository:tag or repository@digest. */
  reference: string
  exists: boolean
  artifactType?: string
}

/**
 * Where signatures, attestations and SBOMs of an image live: cosign's legacy
 * tags (whether or not they exist yet) and every referrer, from the referrers
 * API or the referrers tag.
 */
export async function triangulate(
  client: OciReader,
  text: string,
  signatureRepository?: RepositoryRef
): Promise<{ digest: string; locations: SignatureLocation[] }> {
  const image = await resolveImage(client, text, { signatureRepository })
  const repo = image.store
  const name = repo.repositoryName
  const locations: SignatureLocation[] = []
  for (const kind of ['sig', 'att', 'sbom'] as const) {
    const tag = cosignTag(image.descriptor.digest, kind)
    locations.push({ kind, reference: `${name}:${tag}`, exists: !!(await client.head(repo, tag)) })
  }
  const referrers = await listReferrers(client, repo, image.descriptor.digest, { includeTag: true })
  for (const d of referrers.descriptors) {
    locations.push({ kind: 'referrers', reference: `${name}@${d.digest}`, exists: true, ...(d.artifactType ? { artifactType: d.artifactType } : {}) })
  }
  return { digest: image.descriptor.digest, locations }
}
