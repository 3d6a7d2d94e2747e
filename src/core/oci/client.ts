/**
 * A client for the OCI distribution API: manifests, blobs, tags and the
 * referrers API, with authentication (auth.ts), per-request timeouts,
 * bounded retries with backoff (transport.ts), and no trust in what the
 * registry sends: every manifest and blob read is checked against its
 * digest and a size limit, and manifests must be JSON objects.
 */
import { retryPolicy } from '../util/retry.js'
import { blobExists, getBlob, uploadBlob } from './blobs.js'
import { deleteManifest } from './delete.js'
import type { CredentialOptions } from './credentials.js'
import { getManifest, getReferrers, headManifest, putManifest, type HeadResult, type ManifestResult } from './manifests.js'
import type { RepositoryRef } from './reference.js'
import { MiB } from './replies.js'
import { listTags } from './tags.js'
import { RegistryTransport, type RequestRecord, type Timed } from './transport.js'
import { describe, MANIFEST_MEDIA_TYPES, type Descriptor } from './types.js'

export type { HeadResult, ManifestResult } from './manifests.js'
export type { RequestRecord, Timed } from './transport.js'

export interface RegistryClientOptions extends CredentialOptions {
  /** Time limit of each HTTP request, in ms (default 30 s). */
  timeoutMs?: number
  /** Retries of a request that failed on the network, with HTTP 5xx or 429 (default 3). */
  retries?: number
  /** Registries reached over plain http besides loopback ones: host[:port]. */
  insecureRegistries?: readonly string[]
  /** Largest manifest, index, tag list or referrers response read, in bytes (default 4 MiB). */
  maxManifestBytes?: number
  /** Largest blob read, in bytes (default 64 MiB). */
  maxBlobBytes?: number
  /** First backoff delay, in ms (default 500; doubled per retry, with jitter). */
  retryBaseMs?: number
  /** Cap on any wait between retries, Retry-After included, in ms (default 30 s). */
  maxRetryDelayMs?: number
  userAgent?: string
}

export class RegistryClient {
  /** Every request sent, in order, for logs and benchmarks. */
  readonly requests: RequestRecord[]
  private readonly transport: RegistryTransport
  private readonly pushed = new Map<string, Promise<void>>()

  constructor(options: RegistryClientOptions = {}) {
    this.transport = new RegistryTransport({
      ...options,
      timeoutMs: options.timeoutMs ?? 30_000,
      policy: retryPolicy({ retries: options.retries ?? 3, baseMs: options.retryBaseMs ?? 500, maxMs: options.maxRetryDelayMs ?? 30_000 }),
      insecureRegistries: options.insecureRegistries ?? [],
      userAgent: options.userAgent ?? 'seal',
      maxManifestBytes: options.maxManifestBytes ?? 4 * MiB,
      maxBlobBytes: options.maxBlobBytes ?? 64 * MiB
    })
    this.requests = this.transport.requests
  }

  /** How many requests were sent per method. */
  requestCounts(): Record<string, number> {
    const counts: Record<string, number> = {}
    for (const r of this.requests) counts[r.method] = (counts[r.method] ?? 0) + 1
    return counts
  }

  /**
   * Runs `fn` and measures the time the registry took to answer the requests
   * it made (see `Timed.serviceMs`). Measurements nest: an outer `timed`
   * includes what an inner one measured.
   */
  timed<T>(fn: () => Promise<T>): Promise<Timed<T>> {
    return this.transport.timed(fn)
  }

  /** The base URL of a registry's API: `http` for loopback and insecure registries. */
  baseURL(registry: string): string {
    return this.transport.baseURL(registry)
  }

  /**
   * Whether a manifest exists, with its digest and media type, from a HEAD.
   * When the HEAD answer carries no digest seal can check, or a Content-Type
   * that is not one of the manifest and index types asked for (an HTML page,
   * an answer from another resource after a redirect), a GET tells instead,
   * with everything `getManifest` checks. Undefined when it does not exist.
   */
  head(repo: RepositoryRef, reference: string): Promise<HeadResult | undefined> {
    return headManifest(this.transport, repo, reference)
  }

  /**
   * Reads a manifest or index by tag or digest. The bytes must hash to the
   * requested digest (for a tag: to the Docker-Content-Digest header when
   * sent), fit the size limit and be a JSON object, and its media type (its
   * `mediaType` field, else the Content-Type) must be one of `accept`.
   * Undefined on 404.
   */
  getManifest(repo: RepositoryRef, reference: string, accept: readonly string[] = MANIFEST_MEDIA_TYPES): Promise<ManifestResult | undefined> {
    return getManifest(this.transport, repo, reference, accept)
  }

  /**
   * Stores a manifest under a tag or its digest and returns its sha256
   * digest. With `ifMatch`, registries that support conditional writes refuse
   * (HTTP 412) when the tag changed since it was read. When every answer to
   * the PUT was lost, a HEAD tells whether it was stored all the same.
   */
  putManifest(repo: RepositoryRef, reference: string, bytes: Uint8Array, mediaType: string, options: { ifMatch?: string } = {}): Promise<string> {
    return putManifest(this.transport, repo, reference, bytes, mediaType, options)
  }

  /**
   * Deletes a manifest by digest: true when deleted, false when it did not
   * exist. A registry that does not allow deletes raises DeletesRefused.
   */
  deleteManifest(repo: RepositoryRef, digest: string): Promise<boolean> {
    return deleteManifest(this.transport, repo, digest)
  }

  /** Reads a blob and checks its digest; at most `maxBytes` (default: the client's blob limit). */
  getBlob(repo: RepositoryRef, digest: string, maxBytes?: number): Promise<Buffer> {
    return getBlob(this.transport, repo, digest, maxBytes)
  }

  blobExists(repo: RepositoryRef, digest: string): Promise<boolean> {
    return blobExists(this.transport, repo, digest, false)
  }

  /**
   * Uploads a blob unless the repository has it already (HEAD first), as one
   * monolithic upload: POST to start, PUT with `?digest=` to finish.
   */
  async pushBlob(repo: RepositoryRef, bytes: Uint8Array, mediaType = 'application/octet-stream'): Promise<Descriptor> {
    const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const descriptor = describe(body, mediaType)
    // Concurrent and repeated pushes of the same blob to the same repository share one upload.
    const key = `${repo.registry}/${repo.repository}@${descriptor.digest}`
    let upload = this.pushed.get(key)
    if (!upload) {
      upload = uploadBlob(this.transport, repo, body, descriptor.digest)
      this.pushed.set(key, upload)
      upload.catch(() => this.pushed.delete(key))
    }
    await upload
    return descriptor
  }

  /**
   * The referrers of a manifest from the OCI 1.1 referrers API, filtered by
   * artifact type when one is given. Undefined when the registry has no such
   * API (404 or 400, or an answer that is not an image index).
   */
  referrers(repo: RepositoryRef, digest: string, artifactType?: string): Promise<Descriptor[] | undefined> {
    return getReferrers(this.transport, repo, digest, artifactType)
  }

  /** Every tag of a repository, following `Link: <…>; rel="next"` pages. Empty when the repository does not exist. */
  listTags(repo: RepositoryRef, pageSize?: number): Promise<string[]> {
    return listTags(this.transport, repo, pageSize)
  }
}
