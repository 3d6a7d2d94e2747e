/**
 * A client for the OCI distribution API: manifests, blobs, tags and the
 * referrers API, with authentication (see auth.ts), per-request timeouts,
 * bounded retries with backoff, and no trust in what the registry sends:
 * every manifest and blob read is checked against its digest and a size
 * limit, and manifests must be JSON objects.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { setTimeout as sleep } from 'node:timers/promises'

import { retryDelay } from '../util/backoff.js'
import { SealError } from '../util/errors.js'
import { redact } from '../util/redact.js'
import { repositoryScope, RegistryAuthenticator, type CredentialOptions } from './auth.js'
import { RegistryError } from './errors.js'
import { isRepositoryPath, isTag, registryBaseURL, type RepositoryRef } from './reference.js'
import {
  describe,
  digestAlgorithm,
  digestOf,
  isDigest,
  MANIFEST_MEDIA_TYPES,
  OCI_INDEX,
  parseDescriptor,
  type Descriptor
} from './types.js'

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

/** One HTTP request the client made (each retry is its own entry). Status 0: no response. */
export interface RequestRecord {
  method: string
  host: string
  path: string
  status: number
  durationMs: number
}

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

/** What `timed` measured: the value, and how long the registry took to answer the requests that made it. */
export interface Timed<T> {
  value: T
  /**
   * Time spent waiting for the answers that counted, in ms: failed attempts
   * (timeouts, resets, 5xx and 429 that were retried) and the waits between
   * retries are left out, so it tracks the registry's pace, not the faults met.
   */
  serviceMs: number
}

type Method = 'GET' | 'HEAD' | 'PUT' | 'POST'

interface Call {
  registry: string
  method: Method
  url: URL
  /** Token scope; undefined for requests outside a repository. */
  scope?: string
  headers?: Record<string, string>
  body?: Buffer
  /** Whether the request may be sent again after a failure. */
  retry: boolean
  /** Whether to authenticate (requests to the registry's own origin). */
  auth: boolean
}

const MiB = 1024 * 1024
const ERROR_BODY_LIMIT = 8 * 1024
/** Most pages of a tag list followed. */
const MAX_TAG_PAGES = 10_000
/** Most tags read from all the pages of a tag list together. */
const MAX_TAGS = 1_000_000
/** Most bytes read from all the pages of a tag list together, as a multiple of the manifest limit. */
const TAG_LIST_BUDGET = 16

export class RegistryClient {
  /** Every request sent, in order, for logs and benchmarks. */
  readonly requests: RequestRecord[] = []
  private readonly pushed = new Map<string, Promise<void>>()
  private readonly probes = new Map<string, Promise<void>>()
  private readonly meter = new AsyncLocalStorage<{ ms: number }>()
  private readonly auth: RegistryAuthenticator
  private readonly timeoutMs: number
  private readonly retries: number
  private readonly insecure: readonly string[]
  private readonly maxManifestBytes: number
  private readonly maxBlobBytes: number
  private readonly retryBaseMs: number
  private readonly maxRetryDelayMs: number
  private readonly userAgent: string

  constructor(options: RegistryClientOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 30_000
    this.retries = Math.max(0, options.retries ?? 3)
    this.insecure = options.insecureRegistries ?? []
    this.maxManifestBytes = options.maxManifestBytes ?? 4 * MiB
    this.maxBlobBytes = options.maxBlobBytes ?? 64 * MiB
    this.retryBaseMs = options.retryBaseMs ?? 500
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 30_000
    this.userAgent = options.userAgent ?? 'seal'
    this.auth = new RegistryAuthenticator({ ...options, insecureRegistries: this.insecure }, req =>
      this.send({ registry: req.registry, method: req.method, url: req.url, headers: req.headers, body: req.body, retry: true, auth: false })
    )
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
  async timed<T>(fn: () => Promise<T>): Promise<Timed<T>> {
    const store = { ms: 0 }
    try {
      return { value: await this.meter.run(store, fn), serviceMs: store.ms }
    } finally {
      const outer = this.meter.getStore()
      if (outer) outer.ms += store.ms
    }
  }

  /** The base URL of a registry's API: `http` for loopback and insecure registries. */
  baseURL(registry: string): string {
    return registryBaseURL(registry, this.insecure)
  }

  /**
   * Whether a manifest exists, with its digest and media type, from a HEAD.
   * When the HEAD answer carries no digest seal can check, or a Content-Type
   * that is not one of the manifest and index types asked for (an HTML page,
   * an answer from another resource after a redirect), a GET tells instead,
   * with everything `getManifest` checks. Undefined when it does not exist.
   */
  async head(repo: RepositoryRef, reference: string): Promise<HeadResult | undefined> {
    const url = this.url(repo, 'manifests', checkReference(reference))
    const res = await this.send(this.call(repo, 'HEAD', url, false, { Accept: MANIFEST_MEDIA_TYPES.join(', ') }))
    await discard(res)
    if (res.status === 404) return undefined
    if (res.status === 405) return this.headByGet(repo, reference)
    if (!res.ok) throw await this.httpError(repo.registry, 'HEAD', url, res)
    const digest = res.headers.get('docker-content-digest') ?? ''
    const mediaType = contentType(res)
    if (!isDigest(digest) || !MANIFEST_MEDIA_TYPES.includes(mediaType)) return this.headByGet(repo, reference)
    if (isDigest(reference) && digest !== reference) {
      throw this.mismatch(repo.registry, 'HEAD', url, `the registry reports digest ${digest} for manifest ${reference}`)
    }
    return { digest, mediaType }
  }

  private async headByGet(repo: RepositoryRef, reference: string): Promise<HeadResult | undefined> {
    const m = await this.getManifest(repo, reference)
    return m && { digest: m.digest, mediaType: m.mediaType }
  }

  /**
   * Reads a manifest or index by tag or digest. The bytes must hash to the
   * requested digest (for a tag: to the Docker-Content-Digest header when
   * sent), fit the size limit and be a JSON object, and its media type (its
   * `mediaType` field, else the Content-Type) must be one of `accept`.
   * Undefined on 404.
   */
  async getManifest(repo: RepositoryRef, reference: string, accept: readonly string[] = MANIFEST_MEDIA_TYPES): Promise<ManifestResult | undefined> {
    const url = this.url(repo, 'manifests', checkReference(reference))
    const { res, bytes } = await this.getBody(this.call(repo, 'GET', url, false, { Accept: accept.join(', ') }), this.maxManifestBytes, `manifest ${reference}`)
    if (res.status === 404) {
      await discard(res)
      return undefined
    }
    if (!bytes) throw await this.httpError(repo.registry, 'GET', url, res)
    const sent = res.headers.get('docker-content-digest')
    let digest: string
    if (isDigest(reference)) {
      digest = digestOf(bytes, digestAlgorithm(reference))
      if (digest !== reference) throw this.mismatch(repo.registry, 'GET', url, `manifest ${reference} has content with digest ${digest}`)
    } else if (sent && isDigest(sent)) {
      digest = digestOf(bytes, digestAlgorithm(sent))
      if (digest !== sent) throw this.mismatch(repo.registry, 'GET', url, `tag ${reference} is served as ${sent} but the content has digest ${digest}`)
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
      throw new RegistryError('REGISTRY_ERROR', `Registry ${repo.registry} served manifest ${reference} of ${repo.repository} with ${shown}, not one of the manifest media types requested.`, {
        registry: repo.registry,
        method: 'GET',
        path: url.pathname,
        hint: `Requested: ${accept.join(', ')}.`
      })
    }
    const etag = res.headers.get('etag') ?? undefined
    return { bytes, mediaType, digest, size: bytes.length, json, ...(etag ? { etag } : {}) }
  }

  /**
   * Stores a manifest under a tag or its digest and returns its sha256
   * digest. With `ifMatch`, registries that support conditional writes refuse
   * (HTTP 412) when the tag changed since it was read. When every answer to
   * the PUT was lost, a HEAD tells whether it was stored all the same.
   */
  async putManifest(
    repo: RepositoryRef,
    reference: string,
    bytes: Uint8Array,
    mediaType: string,
    options: { ifMatch?: string } = {}
  ): Promise<string> {
    const url = this.url(repo, 'manifests', checkReference(reference))
    const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const digest = digestOf(body)
    if (isDigest(reference) && digestOf(body, digestAlgorithm(reference)) !== reference) {
      throw new SealError('INPUT_INVALID', `A manifest pushed as ${reference} must have that digest; its content hashes to ${digest}.`)
    }
    const headers: Record<string, string> = { 'Content-Type': mediaType }
    if (options.ifMatch) headers['If-Match'] = options.ifMatch
    // Stored, whatever the answers said: the reference now names exactly these bytes.
    const landed = async (): Promise<boolean> => {
      const now = await this.head(repo, reference)
      return now !== undefined && (isDigest(reference) || now.digest === digest)
    }
    let res: Response
    for (let attempt = 1; ; attempt++) {
      const answer = await this.sendWrite(this.call(repo, 'PUT', url, true, headers, body), landed)
      if (!answer) return digest
      res = answer
      if (res.ok) break
      const err = await this.httpError(repo.registry, 'PUT', url, res)
      // A blob being linked by a concurrent upload of the same content can read as unknown for a moment.
      if (res.status === 400 && err.codes.includes('MANIFEST_BLOB_UNKNOWN') && attempt <= this.retries) {
        await sleep(this.retryDelay(attempt))
        continue
      }
      throw err
    }
    await discard(res)
    const sent = res.headers.get('docker-content-digest')
    if (sent && isDigest(sent) && digestOf(body, digestAlgorithm(sent)) !== sent) {
      throw this.mismatch(repo.registry, 'PUT', url, `the registry stored the manifest as ${sent}, but it hashes to ${digest}`)
    }
    return digest
  }

  /** Reads a blob and checks its digest; at most `maxBytes` (default: the client's blob limit). */
  async getBlob(repo: RepositoryRef, digest: string, maxBytes = this.maxBlobBytes): Promise<Buffer> {
    const url = this.url(repo, 'blobs', checkDigest(digest))
    const { res, bytes } = await this.getBody(this.call(repo, 'GET', url, false, {}), maxBytes, `blob ${digest}`)
    if (!bytes) throw await this.httpError(repo.registry, 'GET', url, res, `blob ${digest} of ${repo.repository}`)
    const actual = digestOf(bytes, digestAlgorithm(digest))
    if (actual !== digest) throw this.mismatch(repo.registry, 'GET', url, `blob ${digest} has content with digest ${actual}`)
    return bytes
  }

  async blobExists(repo: RepositoryRef, digest: string): Promise<boolean> {
    return this.exists(repo, digest, false)
  }

  private async exists(repo: RepositoryRef, digest: string, push: boolean): Promise<boolean> {
    const url = this.url(repo, 'blobs', checkDigest(digest))
    const res = await this.send(this.call(repo, 'HEAD', url, push, {}))
    await discard(res)
    if (res.status === 404) return false
    if (!res.ok) throw await this.httpError(repo.registry, 'HEAD', url, res)
    return true
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
      upload = this.upload(repo, body, descriptor.digest)
      this.pushed.set(key, upload)
      upload.catch(() => this.pushed.delete(key))
    }
    await upload
    return descriptor
  }

  private async upload(repo: RepositoryRef, body: Buffer, digest: string): Promise<void> {
    if (await this.exists(repo, digest, true)) return
    const start = this.url(repo, 'blobs', 'uploads/')
    // An upload session can vanish between the POST and the PUT (a retried PUT meets a
    // finished or expired session): unless the blob is there by then, start again from the POST.
    for (let round = 0; ; round++) {
      const opened = await this.send(this.call(repo, 'POST', start, true, {}))
      if (opened.status !== 202 && opened.status !== 201) throw await this.httpError(repo.registry, 'POST', start, opened)
      await discard(opened)
      if (opened.status === 201) return
      const location = opened.headers.get('location')
      if (!location) {
        throw new RegistryError('REGISTRY_ERROR', `Registry ${repo.registry} started a blob upload without a Location header.`, {
          registry: repo.registry,
          method: 'POST',
          path: start.pathname,
          status: opened.status
        })
      }
      let target: URL
      try {
        target = new URL(location, start)
      } catch {
        throw new RegistryError('REGISTRY_ERROR', `Registry ${repo.registry} sent an upload Location that is not a URL.`, {
          registry: repo.registry,
          method: 'POST',
          path: start.pathname
        })
      }
      target.searchParams.set('digest', digest)
      const res = await this.sendWrite(this.call(repo, 'PUT', target, true, { 'Content-Type': 'application/octet-stream' }, body), () =>
        this.exists(repo, digest, true)
      )
      if (!res) return
      if (res.status === 404) {
        // The session is gone. Either an earlier attempt of this PUT finished the upload and only
        // its answer was lost (the retry then meets the closed session), or the session expired.
        const gone = await this.httpError(repo.registry, 'PUT', target, res)
        if (await this.exists(repo, digest, true)) return
        if (round < Math.max(1, this.retries)) continue
        throw gone
      }
      if (!res.ok) throw await this.httpError(repo.registry, 'PUT', target, res)
      await discard(res)
      const sent = res.headers.get('docker-content-digest')
      if (sent && isDigest(sent) && sent !== digest && digestOf(body, digestAlgorithm(sent)) !== sent) {
        throw this.mismatch(repo.registry, 'PUT', target, `the registry stored the blob as ${sent}, but it hashes to ${digest}`)
      }
      return
    }
  }

  /**
   * The referrers of a manifest from the OCI 1.1 referrers API, filtered by
   * artifact type when one is given. Undefined when the registry has no such
   * API (404 or 400, or an answer that is not an image index).
   */
  async referrers(repo: RepositoryRef, digest: string, artifactType?: string): Promise<Descriptor[] | undefined> {
    const url = this.url(repo, 'referrers', checkDigest(digest))
    if (artifactType) url.searchParams.set('artifactType', artifactType)
    const { res, bytes } = await this.getBody(this.call(repo, 'GET', url, false, { Accept: OCI_INDEX }), this.maxManifestBytes, `referrers of ${digest}`)
    if (res.status === 404 || res.status === 400 || res.status === 405) {
      await discard(res)
      return undefined
    }
    if (!bytes) throw await this.httpError(repo.registry, 'GET', url, res)
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

  /** Every tag of a repository, following `Link: <…>; rel="next"` pages. Empty when the repository does not exist. */
  async listTags(repo: RepositoryRef, pageSize?: number): Promise<string[]> {
    let url: URL | undefined = this.url(repo, 'tags', 'list')
    if (pageSize !== undefined) url.searchParams.set('n', String(pageSize))
    const origin = url.origin
    const tags: string[] = []
    // A page seen before means the Link headers go round in a circle; the budget bounds what a
    // registry that keeps inventing new pages can make this read.
    const seen = new Set<string>()
    const budget = TAG_LIST_BUDGET * this.maxManifestBytes
    let read = 0
    const refuse = (what: string, at: URL): RegistryError =>
      new RegistryError('REGISTRY_ERROR', `Registry ${repo.registry} ${what}; stopped reading the tag list of ${repo.repository} there.`, {
        registry: repo.registry,
        method: 'GET',
        path: at.pathname
      })
    for (let page = 0; url; page++) {
      if (page >= MAX_TAG_PAGES) throw refuse(`sent more than ${MAX_TAG_PAGES} pages of tags`, url)
      seen.add(url.href)
      const { res, bytes }: { res: Response; bytes?: Buffer } = await this.getBody(
        this.call(repo, 'GET', url, false, { Accept: 'application/json' }),
        this.maxManifestBytes,
        'a tag list'
      )
      if (res.status === 404) {
        await discard(res)
        return tags
      }
      if (!bytes) throw await this.httpError(repo.registry, 'GET', url, res)
      const json = parseObject(bytes)
      const list = json?.tags
      if (!json || (list !== null && list !== undefined && (!Array.isArray(list) || !list.every(t => typeof t === 'string')))) {
        throw new RegistryError('REGISTRY_ERROR', `Registry ${repo.registry} answered the tag list of ${repo.repository} with something that is not a list of tags.`, {
          registry: repo.registry,
          method: 'GET',
          path: url.pathname
        })
      }
      read += bytes.length
      if (read > budget) throw refuse(`sent more than ${formatBytes(budget)} of tag pages`, url)
      if (Array.isArray(list)) {
        if (tags.length + list.length > MAX_TAGS) throw refuse(`listed more than ${MAX_TAGS} tags`, url)
        for (const t of list as string[]) tags.push(t)
      }
      const next = nextLink(res.headers.get('link'))
      if (!next) break
      let nextURL: URL
      try {
        nextURL = new URL(next, url)
      } catch {
        throw refuse('pointed the next tag page at something that is not a URL', url)
      }
      if (seen.has(nextURL.href)) throw refuse(`pointed the next tag page back at a page it already sent (${nextURL.pathname}${nextURL.search.slice(0, 100)})`, url)
      if (nextURL.origin !== origin) {
        throw new RegistryError('REGISTRY_ERROR', `Registry ${repo.registry} pointed the next tag page at another host (${nextURL.host}).`, {
          registry: repo.registry,
          method: 'GET',
          path: url.pathname
        })
      }
      url = nextURL
    }
    return tags
  }

  private url(repo: RepositoryRef, kind: 'manifests' | 'blobs' | 'referrers' | 'tags', rest: string): URL {
    if (!isRepositoryPath(repo.repository)) {
      throw new SealError('INPUT_INVALID', `"${repo.repository.slice(0, 200)}" is not a valid repository name.`)
    }
    return new URL(`${this.baseURL(repo.registry)}/v2/${repo.repository}/${kind}/${rest}`)
  }

  private call(repo: RepositoryRef, method: Method, url: URL, push: boolean, headers: Record<string, string>, body?: Buffer): Call {
    return { registry: repo.registry, method, url, scope: repositoryScope(repo.repository, push), headers, body, retry: true, auth: true }
  }

  /**
   * Sends a request: authenticated from what the registry's challenges taught
   * (one more attempt after a 401), retried with backoff on network errors,
   * 5xx and 429 when the call allows it. Throws on network failure and on
   * 401/403 that authentication cannot fix; returns every other response.
   */
  private async send(call: Call): Promise<Response> {
    const sameOrigin = call.url.origin === new URL(this.baseURL(call.registry)).origin
    // The first request to a registry goes alone: the ones sent meanwhile wait for it to learn
    // the registry's authentication, instead of each collecting the same 401.
    let release: (() => void) | undefined
    if (call.auth && sameOrigin) {
      const probe = this.probes.get(call.registry)
      if (probe) await probe
      else this.probes.set(call.registry, new Promise<void>(resolve => (release = resolve)))
    }
    try {
      return await this.exchange(call, sameOrigin)
    } finally {
      release?.()
    }
  }

  /**
   * Sends a write whose effect can be looked up. When every attempt lost its
   * answer (reset, timeout, cut off), the registry may have done the work all
   * the same: `landed` looks, and undefined means it did. Otherwise the
   * network error stands.
   */
  private async sendWrite(call: Call, landed: () => Promise<boolean>): Promise<Response | undefined> {
    try {
      return await this.send(call)
    } catch (err) {
      if (!(err instanceof RegistryError) || err.code !== 'REGISTRY_ERROR' || err.status !== undefined) throw err
      if (await landed().catch(() => false)) return undefined
      throw err
    }
  }

  private async exchange(call: Call, sameOrigin: boolean): Promise<Response> {
    let challenged = false
    let attempt = 0
    for (;;) {
      const headers: Record<string, string> = { 'User-Agent': this.userAgent, ...call.headers }
      let sent: string | undefined
      if (call.auth && sameOrigin) {
        sent = await this.auth.authorization(call.registry, call.scope)
        if (sent) headers.Authorization = sent
      }
      const started = Date.now()
      let res: Response
      try {
        res = await fetch(call.url, {
          method: call.method,
          headers,
          body: call.body,
          redirect: 'follow',
          signal: AbortSignal.timeout(this.timeoutMs)
        })
      } catch (err) {
        this.log(call, 0, started)
        if (call.retry && attempt < this.retries) {
          attempt++
          await sleep(this.retryDelay(attempt))
          continue
        }
        throw this.networkError(call, err)
      }
      this.log(call, res.status, started)
      if (call.retry && attempt < this.retries && retryable(res.status)) {
        attempt++
        const wait = this.retryDelay(attempt, res.headers.get('retry-after'))
        await discard(res)
        await sleep(wait)
        continue
      }
      // An answer that counts (a retried failure does not): the registry's pace, for `timed`.
      const meter = this.meter.getStore()
      if (meter) meter.ms += Date.now() - started
      if (call.auth && (res.status === 401 || res.status === 403)) {
        const header = res.headers.get('www-authenticate')
        await discard(res)
        if (res.status === 401 && !challenged && (await this.auth.challenge(call.registry, call.scope, header, sent))) {
          challenged = true
          continue
        }
        throw await this.auth.refusal(call.registry, res.status, call.method, call.url.pathname)
      }
      return res
    }
  }

  private log(call: Call, status: number, started: number): void {
    this.requests.push({ method: call.method, host: call.url.host, path: call.url.pathname, status, durationMs: Date.now() - started })
  }

  /** The wait before retry number `attempt`: the registry's Retry-After when it sent one, else backoff; capped. */
  private retryDelay(attempt: number, retryAfterHeader?: string | null): number {
    return retryDelay(attempt, retryAfterHeader, this.retryBaseMs, this.maxRetryDelayMs)
  }

  private networkError(call: Call, err: unknown): RegistryError {
    const name = (err as Error)?.name
    const why =
      name === 'TimeoutError' || name === 'AbortError'
        ? `no answer within ${Math.round(this.timeoutMs / 100) / 10} s`
        : redact(causeOf(err)).slice(0, 200)
    const retried = call.retry && this.retries > 0 ? ` (after ${this.retries} retries)` : ''
    return new RegistryError('REGISTRY_ERROR', `Could not reach registry ${call.registry} for ${call.method} ${call.url.pathname}${retried}: ${why}.`, {
      registry: call.registry,
      method: call.method,
      path: call.url.pathname,
      hint: 'Check the registry host in the image reference and the network path to it.',
      cause: err
    })
  }

  private async httpError(registry: string, method: Method, url: URL, res: Response, what?: string): Promise<RegistryError> {
    let detail = ''
    let codes: string[] = []
    if (method !== 'HEAD' && res.body) {
      const text = (await readUpTo(res, ERROR_BODY_LIMIT).catch(() => Buffer.alloc(0))).toString('utf8')
      ;({ detail, codes } = errorDetail(text))
    } else {
      await discard(res)
    }
    const subject = res.status === 404 && what ? `${what} was not found` : `answered HTTP ${res.status} to ${method} ${url.pathname}`
    const message =
      res.status === 404 && what
        ? `Registry ${registry}: ${subject} (HTTP 404 to ${method} ${url.pathname})${detail ? `: ${detail}` : ''}.`
        : `Registry ${registry} ${subject}${detail ? `: ${detail}` : ''}.`
    const hint =
      res.status >= 500 || res.status === 429
        ? 'The registry is failing or rate-limiting requests; re-run the step later.'
        : res.status === 412
          ? 'The tag changed while it was being updated; try again.'
          : undefined
    return new RegistryError('REGISTRY_ERROR', message, { registry, method, path: url.pathname, status: res.status, codes, hint })
  }

  private mismatch(registry: string, method: Method, url: URL, what: string): RegistryError {
    return new RegistryError('DIGEST_MISMATCH', `Registry ${registry} sent content that does not match its digest: ${what}.`, {
      registry,
      method,
      path: url.pathname,
      hint: 'The registry (or something between it and this job) altered the content; nothing it sent was used.'
    })
  }

  /**
   * Sends a GET and, when it succeeds, reads the body (at most `max` bytes).
   * A body that breaks off sends the whole request again, within the retries.
   * Without `bytes`, the response failed and its body is unread.
   */
  private async getBody(call: Call, max: number, what: string): Promise<{ res: Response; bytes?: Buffer }> {
    for (let attempt = 1; ; attempt++) {
      const res = await this.send(call)
      if (!res.ok) return { res }
      try {
        return { res, bytes: await this.read(res, max, call.registry, call.method, call.url, what) }
      } catch (err) {
        if (err instanceof RegistryError) throw err
        if (attempt > this.retries) throw this.networkError(call, err)
        await sleep(this.retryDelay(attempt))
      }
    }
  }

  /** Reads a body of at most `max` bytes; a larger one is refused. */
  private async read(res: Response, max: number, registry: string, method: Method, url: URL, what: string): Promise<Buffer> {
    const tooLarge = (): RegistryError =>
      new RegistryError('REGISTRY_ERROR', `Registry ${registry} sent ${what} larger than the ${formatBytes(max)} limit.`, {
        registry,
        method,
        path: url.pathname
      })
    const declared = Number(res.headers.get('content-length') ?? NaN)
    if (Number.isFinite(declared) && declared > max) {
      await discard(res)
      throw tooLarge()
    }
    const bytes = await readUpTo(res, max + 1)
    if (bytes.length > max) throw tooLarge()
    return bytes
  }
}

/** Reads at most `limit` bytes of a body, then stops reading it. */
async function readUpTo(res: Response, limit: number): Promise<Buffer> {
  if (!res.body) return Buffer.alloc(0)
  const reader = res.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    size += value.length
    if (size >= limit) {
      await reader.cancel().catch(() => undefined)
      break
    }
  }
  return Buffer.concat(chunks, size).subarray(0, limit)
}

async function discard(res: Response): Promise<void> {
  if (res.body && !res.bodyUsed) await res.body.cancel().catch(() => undefined)
}

function retryable(status: number): boolean {
  return status === 429 || (status >= 500 && status !== 501 && status !== 505)
}

/** The target of `rel="next"` in a Link header. */
export function nextLink(header: string | null): string | undefined {
  if (!header) return undefined
  for (const part of header.split(/,(?=\s*<)/)) {
    const m = /^\s*<([^>]*)>(.*)$/.exec(part)
    if (m && /;\s*rel="?([^";]*\s)?next(\s[^";]*)?"?\s*(;|$)/i.test(m[2])) return m[1]
  }
  return undefined
}

function contentType(res: Response): string {
  return (res.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
}

function parseObject(bytes: Buffer): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'))
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/** The `errors` of a distribution error body as `CODE: message` (else a short excerpt), and their codes. */
function errorDetail(text: string): { detail: string; codes: string[] } {
  let out = ''
  const codes: string[] = []
  try {
    const body = JSON.parse(text) as { errors?: { code?: unknown; message?: unknown }[] }
    if (Array.isArray(body?.errors)) {
      for (const e of body.errors) if (typeof e?.code === 'string') codes.push(e.code)
      out = body.errors
        .map(e => [e?.code, e?.message].filter(x => typeof x === 'string' && x).join(': '))
        .filter(Boolean)
        .join('; ')
    }
  } catch {
    out = ''
  }
  if (!out) out = text
  return { detail: redact(out).replace(/\s+/g, ' ').trim().slice(0, 300), codes }
}

function causeOf(err: unknown): string {
  let e: unknown = err
  let text = ''
  for (let depth = 0; e && depth < 5; depth++) {
    const shape = e as { code?: unknown; message?: unknown; cause?: unknown }
    if (typeof shape.code === 'string' && /^E[A-Z_]+$/.test(shape.code)) return shape.code
    if (typeof shape.message === 'string' && shape.message) text = shape.message
    e = shape.cause
  }
  return text || String(err)
}

/** A value for a message: a string quoted and cut short, anything else by its type. */
function shownValue(value: unknown): string {
  return typeof value === 'string' ? `"${value.slice(0, 160)}"` : value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`
}

function checkReference(reference: unknown): string {
  if (typeof reference === 'string' && (isDigest(reference) || isTag(reference))) return reference
  throw new SealError('INPUT_INVALID', `${shownValue(reference)} is neither a tag nor a digest (sha256:<64 hex digits>).`)
}

function checkDigest(digest: unknown): string {
  if (typeof digest === 'string' && isDigest(digest)) return digest
  throw new SealError('INPUT_INVALID', `${shownValue(digest)} is not a digest (sha256:<64 lowercase hex digits>).`)
}

function formatBytes(n: number): string {
  return n >= MiB && n % MiB === 0 ? `${n / MiB} MiB` : n >= 1024 && n % 1024 === 0 ? `${n / 1024} KiB` : `${n} bytes`
}
