/**
 * HTTP downloads for release assets: bounded retries with backoff, and a
 * stall timeout (no response or no data for `timeoutMs`) instead of a total
 * deadline, so a large binary on a slow link still completes while a hung
 * connection does not hang the job. Files are hashed while they stream to
 * disk and appear under their final name only when complete.
 */
import { createHash } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'

import { SealError } from '../util/errors.js'
import { BodyTooLarge, discard, readBody, useEnvProxy } from '../util/http.js'
import { again, retryPolicy, withRetries, type RetryPolicy } from '../util/retry.js'

export interface DownloadOptions {
  /** Abort an attempt when no response or no data arrives for this long. */
  timeoutMs: number
  /** Retries after a network error, a stall, HTTP 408, 429 or 5xx. */
  retries: number
  /** The input that sets the URL, named in hints (e.g. `cosign-download-url`). */
  input: string
}

export interface DownloadedFile {
  path: string
  /** Lowercase hex. */
  sha256: string
  size: number
}

/** Takes one attempt's body; a retry starts a fresh sink. */
interface Sink<T> {
  /** Reads the whole body, calling `onChunk` as each chunk arrives (it keeps the stall timer at bay). */
  take(res: Response, onChunk: () => void): Promise<T>
  discard(): Promise<void>
}

class Stalled extends Error {
  constructor(ms: number) {
    super(`no data for ${ms / 1000} s`)
  }
}

/** A failure worth no retry (HTTP 4xx, a body over its size limit). */
class Fatal extends Error {}

const USER_AGENT = 'seal-setup'

/**
 * How downloads are retried: `retries` more attempts after the first, backoff
 * from 250 ms, and no wait, a server's Retry-After included, over 8 s.
 */
export function downloadRetryPolicy(retries: number): RetryPolicy {
  return retryPolicy({ retries, baseMs: 250, maxMs: 8000 })
}

/**
 * Downloads `url` to `dest`. Returns undefined when the server says the file
 * does not exist (HTTP 404 or 410); throws DOWNLOAD_FAILED for anything else
 * that does not end in a complete file.
 */
export async function downloadFile(url: string, dest: string, opts: DownloadOptions): Promise<DownloadedFile | undefined> {
  const part = `${dest}.part`
  const ioError = (err: unknown): SealError =>
    new SealError('IO_ERROR', `cannot write ${part}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { cause: err })
  return fetchWithRetries(url, opts, async () => {
    const handle = await open(part, 'w', 0o644).catch(err => {
      throw ioError(err)
    })
    const hash = createHash('sha256')
    let size = 0
    let closed = false
    const close = async (): Promise<void> => {
      if (!closed) {
        closed = true
        await handle.close()
      }
    }
    return {
      async take(res, onChunk) {
        for await (const chunk of res.body ?? []) {
          onChunk()
          hash.update(chunk)
          size += chunk.length
          await handle.write(chunk).catch(err => {
            throw ioError(err)
          })
        }
        await close()
        await rename(part, dest)
        return { path: dest, sha256: hash.digest('hex'), size }
      },
      async discard() {
        await close()
        await rm(part, { force: true })
      }
    }
  })
}

/** Downloads a small text file (a checksums file, a bundle); undefined on HTTP 404/410. */
export async function downloadText(url: string, opts: DownloadOptions, maxBytes = 4 * 1024 * 1024): Promise<string | undefined> {
  return fetchWithRetries(url, opts, async () => ({
    async take(res, onChunk) {
      try {
        return (await readBody(res, maxBytes, onChunk)).toString('utf8')
      } catch (err) {
        throw err instanceof BodyTooLarge ? new Fatal(err.message) : err
      }
    },
    async discard() {}
  }))
}

async function fetchWithRetries<T>(url: string, opts: DownloadOptions, newSink: () => Promise<Sink<T>>): Promise<T | undefined> {
  const failed = (detail: string, attempts: number): SealError =>
    new SealError('DOWNLOAD_FAILED', `Could not download ${url}: ${detail}${attempts > 1 ? ` (${attempts} attempts)` : ''}.`, {
      hint: `Check \`${opts.input}\` and the network path to it.`
    })
  // A 429 or 503 may say when to come back (Retry-After); that wait replaces the backoff, up to its cap.
  return withRetries(downloadRetryPolicy(opts.retries), async attempt => {
    const outcome = await fetchOnce(url, opts.timeoutMs, newSink)
    if (outcome.kind === 'done') return outcome.value
    if (outcome.kind === 'missing') return undefined
    if (outcome.kind === 'fatal') throw failed(outcome.detail, attempt)
    return again(failed(outcome.detail, attempt), outcome.retryAfter)
  })
}

type Outcome<T> =
  { kind: 'done'; value: T } | { kind: 'missing' } | { kind: 'fatal'; detail: string } | { kind: 'retry'; detail: string; retryAfter?: string | null }

async function fetchOnce<T>(url: string, timeoutMs: number, newSink: () => Promise<Sink<T>>): Promise<Outcome<T>> {
  const controller = new AbortController()
  let timer: NodeJS.Timeout | undefined
  const arm = (): void => {
    clearTimeout(timer)
    timer = setTimeout(() => controller.abort(new Stalled(timeoutMs)), timeoutMs)
  }
  let sink: Sink<T> | undefined
  await useEnvProxy()
  try {
    arm()
    const res = await fetch(url, { signal: controller.signal, redirect: 'follow', headers: { 'User-Agent': USER_AGENT } })
    arm()
    if (res.status === 404 || res.status === 410) {
      await discard(res)
      return { kind: 'missing' }
    }
    if (!res.ok || !res.body) {
      await discard(res)
      const detail = `HTTP ${res.status}`
      if (res.status === 408 || res.status === 429 || res.status >= 500) return { kind: 'retry', detail, retryAfter: res.headers.get('retry-after') }
      return { kind: 'fatal', detail }
    }
    sink = await newSink()
    const value = await sink.take(res, arm)
    clearTimeout(timer)
    sink = undefined
    return { kind: 'done', value }
  } catch (err) {
    const reason = controller.signal.aborted ? controller.signal.reason : err
    if (reason instanceof Fatal) return { kind: 'fatal', detail: reason.message }
    if (reason instanceof SealError) throw reason
    return { kind: 'retry', detail: describeNetworkError(reason) }
  } finally {
    clearTimeout(timer)
    await sink?.discard()
  }
}

/** `fetch failed` says nothing: the cause carries ECONNREFUSED, ENOTFOUND, …. */
function describeNetworkError(err: unknown): string {
  if (err instanceof Stalled) return err.message
  const cause = (err as { cause?: { code?: unknown; message?: unknown } })?.cause
  if (cause && typeof cause.code === 'string') return cause.code
  if (cause && typeof cause.message === 'string') return cause.message
  return err instanceof Error ? err.message : String(err)
}
