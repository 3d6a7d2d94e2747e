/**
 * Reading what a registry answered: bodies within their size limits, JSON
 * objects, media types, and the errors for answers that failed or do not
 * match their digest.
 */
import { BodyTooLarge, discard, readBody, readPrefix } from '../util/http.js'
import { redact } from '../util/redact.js'
import { RegistryError } from './errors.js'

export type Method = 'GET' | 'HEAD' | 'PUT' | 'POST' | 'DELETE'

export const MiB = 1024 * 1024
/** Most bytes of an error body read for its message. */
const ERROR_BODY_LIMIT = 8 * 1024

/** Reads a body of at most `max` bytes; a larger one is refused, naming `what` was sent. */
export async function readWithin(res: Response, max: number, registry: string, method: Method, url: URL, what: string): Promise<Buffer> {
  try {
    return await readBody(res, max)
  } catch (err) {
    if (!(err instanceof BodyTooLarge)) throw err
    throw new RegistryError('REGISTRY_ERROR', `Registry ${registry} sent ${what} larger than the ${formatBytes(max)} limit.`, {
      registry,
      method,
      path: url.pathname
    })
  }
}

/** The error for an answer that failed, with the distribution error codes and messages of its body. */
export async function httpError(registry: string, method: Method, url: URL, res: Response, what?: string): Promise<RegistryError> {
  let detail = ''
  let codes: string[] = []
  if (method !== 'HEAD' && res.body) {
    const text = (await readPrefix(res, ERROR_BODY_LIMIT).catch(() => Buffer.alloc(0))).toString('utf8')
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

/** The error for content that does not hash to the digest it was asked for or served as. */
export function mismatch(registry: string, method: Method, url: URL, what: string): RegistryError {
  return new RegistryError('DIGEST_MISMATCH', `Registry ${registry} sent content that does not match its digest: ${what}.`, {
    registry,
    method,
    path: url.pathname,
    hint: 'The registry (or something between it and this job) altered the content; nothing it sent was used.'
  })
}

/** The media type of the Content-Type header, lower case, without parameters. */
export function contentType(res: Response): string {
  return (res.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
}

/** The JSON object the bytes hold; undefined for anything else. */
export function parseObject(bytes: Buffer): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'))
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

export function formatBytes(n: number): string {
  return n >= MiB && n % MiB === 0 ? `${n / MiB} MiB` : n >= 1024 && n % 1024 === 0 ? `${n / 1024} KiB` : `${n} bytes`
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
