/**
 * Manifests and indexes in the registry API: HEAD, GET and PUT by tag or
 * digest, and the OCI 1.1 referrers API (an index of the manifests that
 * name one as their subject). Nothing read is trusted: the bytes must hash
 * to their digest, fit the size limit, be a JSON object of a requested type.
 */
import { SealError } from '../util/errors.js'
import { again, withRetries } from '../util/retry.js'
import { discard } from '../util/http.js'
import { RegistryError } from './errors.js'
import { checkDigest, checkReference, type RepositoryRef } from './reference.js'
import { contentType, httpError, mismatch, parseObject } from './replies.js'
import type { RegistryTransport } from './transport.js'
import { digestAlgorithm, digestOf, isDigest, MANIFEST_MEDIA_TYPES, OCI_INDEX, parseDescriptor, type Descriptor } from './types.js'

export interface ManifestResult {
  bytes: Buffer
  /** The manifest's own `mediaType`, else the Content-Type it was served with. */
  mediaType: string
  digest: string
  size: number
  json: Record<string, unknown>
  /** The ETag the registry sent, for a conditional PUT. */
  etag?: string
}

/**
 * What a HEAD tells of a manifest: that it exists, its digest and its media
 * type (one of the manifest and index types asked for). No size: the
 * Content-Length of a HEAD is the registry's word, checked against nothing;
 * a descriptor that others will rely on (a referrer's `subject`) takes its
 * size from the bytes of a GET (see `getManifest`).
 */
export interface HeadResult {
  digest: string
  mediaType: string
}

/** See `RegistryClient.head`. */
export async function headManifest(t: RegistryTransport, repo: RepositoryRef, reference: string): Promise<HeadResult | undefined> {
  const url = t.url(repo, 'manifests', checkReference(reference))
  const res = await t.send(t.call(repo, 'HEAD', url, false, { Accept: MANIFEST_MEDIA_TYPES.join(', ') }))
  await discard(res)
  if (res.status === 404) return undefined
  if (res.status === 405) return headByGet(t, repo, reference)
  if (!res.ok) throw await httpError(repo.registry, 'HEAD', url, res)
  const digest = res.headers.get('docker-content-digest') ?? ''
  const mediaType = contentType(res)
  if (!isDigest(digest) || !MANIFEST_MEDIA_TYPES.includes(mediaType)) return headByGet(t, repo, reference)
  if (isDigest(reference) && digest !== reference) {
    throw mismatch(repo.registry, 'HEAD', url, `the registry reports digest ${digest} for manifest ${reference}`)
  }
  return { digest, mediaType }
}

async function headByGet(t: RegistryTransport, repo: RepositoryRef, reference: string): Promise<HeadResult | undefined> {
  const m = await getManifest(t, repo, reference)
  return m && { digest: m.digest, mediaType: m.mediaType }
}

/** See `RegistryClient.getManifest`. */
export async function getManifest(
  t: RegistryTransport,
  repo: RepositoryRef,
  reference: string,
  accept: readonly string[] = MANIFEST_MEDIA_TYPES
): Promise<ManifestResult | undefined> {
  const url = t.url(repo, 'manifests', checkReference(reference))
  const { res, bytes } = await t.getBody(t.call(repo, 'GET', url, false, { Accept: accept.join(', ') }), t.maxManifestBytes, `manifest ${reference}`)
  if (res.status === 404) {
    await discard(res)
    return undefined
  }
  if (!bytes) throw await httpError(repo.registry, 'GET', url, res)
  const sent = res.headers.get('docker-content-digest')
  let digest: string
  if (isDigest(reference)) {
    digest = digestOf(bytes, digestAlgorithm(reference))
    if (digest !== reference) throw mismatch(repo.registry, 'GET', url, `manifest ${reference} has content with digest ${digest}`)
  } else if (sent && isDigest(sent)) {
    digest = digestOf(bytes, digestAlgorithm(sent))
    if (digest !== sent) throw mismatch(repo.registry, 'GET', url, `tag ${reference} is served as ${sent} but the content has digest ${digest}`)
    if (digestAlgorithm(digest) !== 'sha256') digest = digestOf(bytes)
  } else {
    digest = digestOf(bytes)
  }
  const json = parseObject(bytes)
  if (!json) {
    throw new RegistryError('REGISTRY_ERROR', `Registry ${repo.registry} served manifest ${reference} of ${repo.repository} that is not a JSON object.`, {
      registry: repo.registry,
      method: 'GET',
      path: url.pathname
    })
  }
  const mediaType = typeof json.mediaType === 'string' && json.mediaType ? json.mediaType : contentType(res)
  if (!accept.includes(mediaType)) {
    const shown = mediaType ? JSON.stringify(mediaType.slice(0, 100)) : 'no media type'
    throw new RegistryError(
      'REGISTRY_ERROR',
      `Registry ${repo.registry} served manifest ${reference} of ${repo.repository} with ${shown}, not one of the manifest media types requested.`,
      {
        registry: repo.registry,
        method: 'GET',
        path: url.pathname,
        hint: `Requested: ${accept.join(', ')}.`
      }
    )
  }
  const etag = res.headers.get('etag') ?? undefined
  return { bytes, mediaType, digest, size: bytes.length, json, ...(etag ? { etag } : {}) }
}

/** See `RegistryClient.putManifest`. */
export async function putManifest(
  t: RegistryTransport,
  repo: RepositoryRef,
  reference: string,
  bytes: Uint8Array,
  mediaType: string,
  options: { ifMatch?: string } = {}
): Promise<string> {
  const url = t.url(repo, 'manifests', checkReference(reference))
  const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const digest = digestOf(body)
  if (isDigest(reference) && digestOf(body, digestAlgorithm(reference)) !== reference) {
    throw new SealError('INPUT_INVALID', `A manifest pushed as ${reference} must have that digest; its content hashes to ${digest}.`)
  }
  const headers: Record<string, string> = { 'Content-Type': mediaType }
  if (options.ifMatch) headers['If-Match'] = options.ifMatch
  // Stored, whatever the answers said: the reference now names exactly these bytes.
  const landed = async (): Promise<boolean> => {
    const now = await headManifest(t, repo, reference)
    return now !== undefined && (isDigest(reference) || now.digest === digest)
  }
  const res = await withRetries(t.policy, async () => {
    const answer = await t.sendWrite(t.call(repo, 'PUT', url, true, headers, body), landed)
    if (!answer || answer.ok) return answer
    const err = await httpError(repo.registry, 'PUT', url, answer)
    // A blob being linked by a concurrent upload of the same content can read as unknown for a moment.
    if (answer.status === 400 && err.codes.includes('MANIFEST_BLOB_UNKNOWN')) return again(err)
    throw err
  })
  if (!res) return digest
  await discard(res)
  const sent = res.headers.get('docker-content-digest')
  if (sent && isDigest(sent) && digestOf(body, digestAlgorithm(sent)) !== sent) {
    throw mismatch(repo.registry, 'PUT', url, `the registry stored the manifest as ${sent}, but it hashes to ${digest}`)
  }
  return digest
}

/** See `RegistryClient.referrers`. */
export async function getReferrers(t: RegistryTransport, repo: RepositoryRef, digest: string, artifactType?: string): Promise<Descriptor[] | undefined> {
  const url = t.url(repo, 'referrers', checkDigest(digest))
  if (artifactType) url.searchParams.set('artifactType', artifactType)
  const { res, bytes } = await t.getBody(t.call(repo, 'GET', url, false, { Accept: OCI_INDEX }), t.maxManifestBytes, `referrers of ${digest}`)
  if (res.status === 404 || res.status === 400 || res.status === 405) {
    await discard(res)
    return undefined
  }
  if (!bytes) throw await httpError(repo.registry, 'GET', url, res)
  if (contentType(res) !== OCI_INDEX) return undefined
  const json = parseObject(bytes)
  if (!json || !Array.isArray(json.manifests)) {
    throw new RegistryError('REGISTRY_ERROR', `Registry ${repo.registry} answered the referrers of ${digest} with an index that has no manifests list.`, {
      registry: repo.registry,
      method: 'GET',
      path: url.pathname
    })
  }
  const list = json.manifests.map((d, i) => parseDescriptor(d, `Referrer ${i} of ${digest} from registry ${repo.registry}`))
  return artifactType ? list.filter(d => d.artifactType === artifactType) : list
}
