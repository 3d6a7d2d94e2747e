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
import { retryDelay, sleep } from '../util/backoff.js'

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

/** Receives one attempt's body; a retry starts a fresh sink. */
interface Sink<T> {
  write(chunk: Uint8Array): Promise<void>
  finish(): Promise<T>
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
      async write(chunk) {
        hash.update(chunk)
        size += chunk.length
        await handle.write(chunk).catch(err => {
          throw ioError(err)
        })
      },
      async finish() {
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
  return fetchWithRetries(url, opts, async () => {
    const chunks: Uint8Array[] = []
    let size = 0
    return {
      async write(chunk) {
        size += chunk.length
        if (size > maxBytes) throw new Fatal(`larger than ${maxBytes} bytes`)
        chunks.push(chunk)
      },
      async finish() {
        return Buffer.concat(chunks).toString('utf8')
      },
      async discard() {
        chunks.length = 0
      }
    }
  })
}

async function fetchWithRetries<T>(url: string, opts: DownloadOptions, newSink: () => Promise<Sink<T>>): Promise<T | undefined> {
  let last = ''
  let attempts = 0
  let askedWait: string | null | undefined
  for (let attempt = 0; attempt <= opts.retries; attempt++) {
    // A 429 or 503 may say when to come back (Retry-After); that wait replaces the backoff, up to its cap.
    if (attempt > 0) await sleep(retryDelay(attempt, askedWait))
    attempts++
    const outcome = await fetchOnce(url, opts.timeoutMs, newSink)
    if (outcome.kind === 'done') return outcome.value
    if (outcome.kind === 'missing') return undefined
    last = outcome.detail
    if (outcome.kind === 'fatal') break
    askedWait = outcome.retryAfter
  }
  throw new SealError('DOWNLOAD_FAILED', `Could not download ${url}: ${last}${attempts > 1 ? ` (${attempts} attempts)` : ''}.`, {
    hint: `Check \`${opts.input}\` and the network path to it.`
  })
}

type Outcome<T> =
  | { kind: 'done'; value: T }
  | { kind: 'missing' }
  | { kind: 'fatal'; detail: string }
  | { kind: 'retry'; detail: string; retryAfter?: string | null }

async function fetchOnce<T>(url: string, timeoutMs: number, newSink: () => Promise<Sink<T>>): Promise<Outcome<T>> {
  const controller = new AbortController()
  let timer: NodeJS.Timeout | undefined
  const arm = (): void => {
    clearTimeout(timer)
    timer = setTimeout(() => controller.abort(new Stalled(timeoutMs)), timeoutMs)
  }
  let sink: Sink<T> | undefined
  try {
    arm()
    const res = await fetch(url, { signal: controller.signal, redirect: 'follow', headers: { 'User-Agent': USER_AGENT } })
    arm()
    if (res.status === 404 || res.status === 410) {
      await res.body?.cancel()
      return { kind: 'missing' }
    }
    if (!res.ok || !res.body) {
      await res.body?.cancel()
      const detail = `HTTP ${res.status}`
      if (res.status === 408 || res.status === 429 || res.status >= 500) return { kind: 'retry', detail, retryAfter: res.headers.get('retry-after') }
      return { kind: 'fatal', detail }
    }
    sink = await newSink()
    for await (const chunk of res.body) {
      arm()
      await sink.write(chunk)
    }
    clearTimeout(timer)
    const value = await sink.finish()
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
