/**
 * One registry request at a time: authenticated from what the registry's
 * challenges taught (auth.ts), with a time limit, redirects followed, and
 * retries on network errors, 5xx and 429 as the client's retry policy says.
 * Every request is logged; `timed` measures the registry's own pace.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

import { SealError } from '../util/errors.js'
import { discard, networkHint, useEnvProxy } from '../util/http.js'
import { redact } from '../util/redact.js'
import { again, withRetries, type RetryPolicy } from '../util/retry.js'
import { RegistryAuthenticator } from './auth.js'
import { repositoryScope } from './challenge.js'
import type { CredentialOptions } from './credentials.js'
import { RegistryError } from './errors.js'
import { isRepositoryPath, registryBaseURL, type RepositoryRef } from './reference.js'
import { readWithin, type Method } from './replies.js'

/** One HTTP request the client made (each retry is its own entry). Status 0: no response. */
export interface RequestRecord {
  method: string
  host: string
  path: string
  status: number
  durationMs: number
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

export interface Call {
  registry: string
  method: Method
  url: URL
  /** Token scope; undefined for requests outside a repository. */
  scope?: string
  headers?: Record<string, string>
  body?: Buffer
  /** Whether to authenticate (requests to the registry's own origin). */
  auth: boolean
}

export interface TransportOptions extends CredentialOptions {
  /** Time limit of each HTTP request, in ms. */
  timeoutMs: number
  policy: RetryPolicy
  insecureRegistries: readonly string[]
  userAgent: string
  /** Largest manifest, index, tag list or referrers response read, in bytes. */
  maxManifestBytes: number
  /** Largest blob read, in bytes. */
  maxBlobBytes: number
}

export class RegistryTransport {
  /** Every request sent, in order, for logs and benchmarks. */
  readonly requests: RequestRecord[] = []
  readonly policy: RetryPolicy
  readonly maxManifestBytes: number
  readonly maxBlobBytes: number
  private readonly probes = new Map<string, Promise<void>>()
  private readonly meter = new AsyncLocalStorage<{ ms: number }>()
  private readonly auth: RegistryAuthenticator
  private readonly timeoutMs: number
  private readonly insecure: readonly string[]
  private readonly userAgent: string

  constructor(options: TransportOptions) {
    this.policy = options.policy
    this.timeoutMs = options.timeoutMs
    this.insecure = options.insecureRegistries
    this.userAgent = options.userAgent
    this.maxManifestBytes = options.maxManifestBytes
    this.maxBlobBytes = options.maxBlobBytes
    this.auth = new RegistryAuthenticator(options, req =>
      this.send({ registry: req.registry, method: req.method, url: req.url, headers: req.headers, body: req.body, auth: false })
    )
  }

  /** The base URL of a registry's API: `http` for loopback and insecure registries. */
  baseURL(registry: string): string {
    return registryBaseURL(registry, this.insecure)
  }

  /** Runs `fn` and measures the time the registry took to answer the requests it made (see `Timed.serviceMs`). */
  async timed<T>(fn: () => Promise<T>): Promise<Timed<T>> {
    const store = { ms: 0 }
    try {
      return { value: await this.meter.run(store, fn), serviceMs: store.ms }
    } finally {
      const outer = this.meter.getStore()
      if (outer) outer.ms += store.ms
    }
  }

  /** The URL of a repository's API resource: `/v2/<repository>/<kind>/<rest>`. */
  url(repo: RepositoryRef, kind: 'manifests' | 'blobs' | 'referrers' | 'tags', rest: string): URL {
    if (!isRepositoryPath(repo.repository)) {
      throw new SealError('INPUT_INVALID', `"${repo.repository.slice(0, 200)}" is not a valid repository name.`)
    }
    return new URL(`${this.baseURL(repo.registry)}/v2/${repo.repository}/${kind}/${rest}`)
  }

  /** An authenticated request in a repository, with a pull (or pull and push) scope. */
  call(repo: RepositoryRef, method: Method, url: URL, push: boolean, headers: Record<string, string>, body?: Buffer): Call {
    return { registry: repo.registry, method, url, scope: repositoryScope(repo.repository, push), headers, body, auth: true }
  }

  /**
   * Sends a request: authenticated from what the registry's challenges taught
   * (one more attempt after a 401), retried with backoff on network errors,
   * 5xx and 429. Throws on network failure and on 401/403 that authentication
   * cannot fix; returns every other response.
   */
  async send(call: Call): Promise<Response> {
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
  async sendWrite(call: Call, landed: () => Promise<boolean>): Promise<Response | undefined> {
    try {
      return await this.send(call)
    } catch (err) {
      if (!(err instanceof RegistryError) || err.code !== 'REGISTRY_ERROR' || err.status !== undefined) throw err
      if (await landed().catch(() => false)) return undefined
      throw err
    }
  }

  /**
   * Sends a GET and, when it succeeds, reads the body (at most `max` bytes).
   * A body that breaks off sends the whole request again, within the retries.
   * Without `bytes`, the response failed and its body is unread.
   */
  getBody(call: Call, max: number, what: string): Promise<{ res: Response; bytes?: Buffer }> {
    return withRetries(this.policy, async () => {
      const res = await this.send(call)
      if (!res.ok) return { res }
      try {
        return { res, bytes: await readWithin(res, max, call.registry, call.method, call.url, what) }
      } catch (err) {
        if (err instanceof RegistryError) throw err
        return again(this.networkError(call, err))
      }
    })
  }

  private exchange(call: Call, sameOrigin: boolean): Promise<Response> {
    let challenged = false
    return withRetries(this.policy, async (_attempt, last) => {
      for (;;) {
        const headers: Record<string, string> = { 'User-Agent': this.userAgent, ...call.headers }
        let sent: string | undefined
        if (call.auth && sameOrigin) {
          sent = await this.auth.authorization(call.registry, call.scope)
          if (sent) headers.Authorization = sent
        }
        const started = Date.now()
        let res: Response
        await useEnvProxy()
        try {
          res = await fetch(call.url, { method: call.method, headers, body: call.body, redirect: 'follow', signal: AbortSignal.timeout(this.timeoutMs) })
        } catch (err) {
          this.log(call, 0, started)
          return again(this.networkError(call, err))
        }
        this.log(call, res.status, started)
        if (!last && retryable(res.status)) {
          const asked = res.headers.get('retry-after')
          await discard(res)
          return again(undefined, asked)
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
    })
  }

  private log(call: Call, status: number, started: number): void {
    this.requests.push({ method: call.method, host: call.url.host, path: call.url.pathname, status, durationMs: Date.now() - started })
  }

  private networkError(call: Call, err: unknown): RegistryError {
    const name = (err as Error)?.name
    const why =
      name === 'TimeoutError' || name === 'AbortError' ? `no answer within ${Math.round(this.timeoutMs / 100) / 10} s` : redact(causeOf(err)).slice(0, 200)
    const retried = this.policy.retries > 0 ? ` (after ${this.policy.retries} retries)` : ''
    return new RegistryError('REGISTRY_ERROR', `Could not reach registry ${call.registry} for ${call.method} ${call.url.pathname}${retried}: ${why}.`, {
      registry: call.registry,
      method: call.method,
      path: call.url.pathname,
      hint: networkHint(err) ?? 'Check the registry host in the image reference and the network path to it.',
      cause: err
    })
  }
}

function retryable(status: number): boolean {
  return status === 429 || (status >= 500 && status !== 501 && status !== 505)
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
