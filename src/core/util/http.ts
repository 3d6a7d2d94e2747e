/**
 * Small HTTP helpers shared by the network clients: checking that a URL is
 * an http(s) one, and reading a response body without reading more than a
 * limit.
 */
import { SealError } from './errors.js'

/** The URL `value` names when it parses and its scheme is http or https; else undefined. */
export function parseHttpURL(value: unknown): URL | undefined {
  if (typeof value !== 'string') return undefined
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return undefined
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined
}

/** The http(s) URL an input (or variable) named `input` holds; INPUT_INVALID naming it otherwise. */
export function httpURL(value: string, input: string): URL {
  const url = parseHttpURL(value)
  if (url) return url
  if (!URL.canParse(value)) throw new SealError('INPUT_INVALID', `\`${input}\` is not a URL: ${JSON.stringify(value)}.`)
  throw new SealError('INPUT_INVALID', `\`${input}\` must be an http(s) URL, got ${JSON.stringify(value)}.`)
}

/** A body longer than the limit it was read with; it was not read past the limit. */
export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`larger than ${limit} bytes`)
    this.name = 'BodyTooLarge'
  }
}

/**
 * Reads a whole body of at most `max` bytes. A larger one, by its
 * Content-Length or as it streams, is cancelled and rejected with
 * BodyTooLarge. `onChunk` sees each chunk as it arrives.
 */
export async function readBody(res: Response, max: number, onChunk?: (chunk: Uint8Array) => void): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > max) {
    await discard(res)
    throw new BodyTooLarge(max)
  }
  const bytes = await readPrefix(res, max + 1, onChunk)
  if (bytes.length > max) throw new BodyTooLarge(max)
  return bytes
}

/** Reads at most the first `limit` bytes of a body, then stops reading it. */
export async function readPrefix(res: Response, limit: number, onChunk?: (chunk: Uint8Array) => void): Promise<Buffer> {
  if (!res.body) return Buffer.alloc(0)
  const reader = res.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    onChunk?.(value)
    chunks.push(value)
    size += value.length
    if (size >= limit) {
      await reader.cancel().catch(() => undefined)
      break
    }
  }
  return Buffer.concat(chunks, size).subarray(0, limit)
}

/** Drops a body that will not be read, so its connection can be reused. */
export async function discard(res: Response): Promise<void> {
  if (res.body && !res.bodyUsed) await res.body.cancel().catch(() => undefined)
}
