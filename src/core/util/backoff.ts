/**
 * Waiting between retries: exponential backoff with jitter, and the server's
 * own Retry-After when it gives one.
 */

/** Exponential backoff with jitter: ~base, 2×base, 4×base, ... capped at `max` (defaults: 250 ms, 8 s). */
export function backoff(attempt: number, baseMs = 250, maxMs = 8000): number {
  const base = Math.min(maxMs, baseMs * 2 ** (attempt - 1))
  return base / 2 + Math.random() * (base / 2)
}

export function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}

/** Retry-After as a delay in ms: delta-seconds or an HTTP date. */
export function retryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined
  const v = value.trim()
  if (/^\d+$/.test(v)) return Number(v) * 1000
  // An HTTP date names its day and month ("Sun, 22 Nov 2026 10:00:05 GMT"); a bare number that is not delta-seconds is not one.
  if (!/[a-z]/i.test(v)) return undefined
  const at = Date.parse(v)
  if (Number.isNaN(at)) return undefined
  return Math.max(0, at - now)
}

/**
 * The wait before retry number `attempt`: what the server asked for in
 * Retry-After, else the backoff; never more than `maxMs` (a server asking
 * for an hour does not hold a release for an hour: the retry then fails
 * on its own and the step says why).
 */
export function retryDelay(attempt: number, retryAfterHeader?: string | null, baseMs = 250, maxMs = 8000): number {
  return Math.min(retryAfter(retryAfterHeader) ?? backoff(attempt, baseMs, maxMs), maxMs)
}
