/**
 * Blobs in the registry API: reads checked against their digest and a size
 * limit, existence checks, and monolithic uploads (POST to start, PUT with
 * `?digest=` to finish).
 */
import { discard } from '../util/http.js'
import { again, retryPolicy, withRetries } from '../util/retry.js'
import { RegistryError } from './errors.js'
import { checkDigest, type RepositoryRef } from './reference.js'
import { httpError, mismatch } from './replies.js'
import type { RegistryTransport } from './transport.js'
import { digestAlgorithm, digestOf, isDigest } from './types.js'

/** See `RegistryClient.getBlob`. */
export async function getBlob(t: RegistryTransport, repo: RepositoryRef, digest: string, maxBytes = t.maxBlobBytes): Promise<Buffer> {
  const url = t.url(repo, 'blobs', checkDigest(digest))
  const { res, bytes } = await t.getBody(t.call(repo, 'GET', url, false, {}), maxBytes, `blob ${digest}`)
  if (!bytes) throw await httpError(repo.registry, 'GET', url, res, `blob ${digest} of ${repo.repository}`)
  const actual = digestOf(bytes, digestAlgorithm(digest))
  if (actual !== digest) throw mismatch(repo.registry, 'GET', url, `blob ${digest} has content with digest ${actual}`)
  return bytes
}

/** Whether the repository has the blob (a HEAD), asking for a push token when `push` is set. */
export async function blobExists(t: RegistryTransport, repo: RepositoryRef, digest: string, push: boolean): Promise<boolean> {
  const url = t.url(repo, 'blobs', checkDigest(digest))
  const res = await t.send(t.call(repo, 'HEAD', url, push, {}))
  await discard(res)
  if (res.status === 404) return false
  if (!res.ok) throw await httpError(repo.registry, 'HEAD', url, res)
  return true
}

/** Uploads a blob unless the repository has it already (HEAD first). */
export async function uploadBlob(t: RegistryTransport, repo: RepositoryRef, body: Buffer, digest: string): Promise<void> {
  if (await blobExists(t, repo, digest, true)) return
  const start = t.url(repo, 'blobs', 'uploads/')
  // An upload session can vanish between the POST and the PUT (a retried PUT meets a
  // finished or expired session): unless the blob is there by then, start again from the POST, at once.
  const restarts = retryPolicy({ retries: Math.max(1, t.policy.retries), baseMs: 0 })
  await withRetries(restarts, async () => {
    const opened = await t.send(t.call(repo, 'POST', start, true, {}))
    if (opened.status !== 202 && opened.status !== 201) throw await httpError(repo.registry, 'POST', start, opened)
    await discard(opened)
    if (opened.status === 201) return
    const target = uploadTarget(repo.registry, start, opened)
    target.searchParams.set('digest', digest)
    const res = await t.sendWrite(t.call(repo, 'PUT', target, true, { 'Content-Type': 'application/octet-stream' }, body), () =>
      blobExists(t, repo, digest, true)
    )
    if (!res) return
    if (res.status === 404) {
      // The session is gone. Either an earlier attempt of this PUT finished the upload and only
      // its answer was lost (the retry then meets the closed session), or the session expired.
      const gone = await httpError(repo.registry, 'PUT', target, res)
      if (await blobExists(t, repo, digest, true)) return
      return again(gone)
    }
    if (!res.ok) throw await httpError(repo.registry, 'PUT', target, res)
    await discard(res)
    const sent = res.headers.get('docker-content-digest')
    if (sent && isDigest(sent) && sent !== digest && digestOf(body, digestAlgorithm(sent)) !== sent) {
      throw mismatch(repo.registry, 'PUT', target, `the registry stored the blob as ${sent}, but it hashes to ${digest}`)
    }
  })
}

/** Where the upload session that a POST opened takes the PUT. */
function uploadTarget(registry: string, start: URL, opened: Response): URL {
  const location = opened.headers.get('location')
  if (!location) {
    throw new RegistryError('REGISTRY_ERROR', `Registry ${registry} started a blob upload without a Location header.`, {
      registry,
      method: 'POST',
      path: start.pathname,
      status: opened.status
    })
  }
  try {
    return new URL(location, start)
  } catch {
    throw new RegistryError('REGISTRY_ERROR', `Registry ${registry} sent an upload Location that is not a URL.`, {
      registry,
      method: 'POST',
      path: start.pathname
    })
  }
}
