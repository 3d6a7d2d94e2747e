/**
 * The one retry policy of seal's network clients: how many attempts, the
 * exponential backoff between them (its first step, its cap and its jitter),
 * and how far a server's Retry-After is honoured. Every client loop runs
 * through `withRetries`; each names only its own parameters.
 */
import { BrokenReplyError, SealError } from './errors.js'

export interface RetryPolicyOptions {
  /** Attempts after the first one (default 3). */
  retries?: number
  /** First backoff, in ms; doubled per retry (default 250). */
  baseMs?: number
  /** Cap on the backoff before jitter, in ms (default 8 s). */
  maxMs?: number
  /** Cap on any wait, a server's Retry-After included, in ms (default: `maxMs`). */
  maxWaitMs?: number
  /** The backoff is multiplied by a random factor in this range (default [0.5, 1]: the upper half). */
  jitter?: readonly [number, number]
}

/** A retry policy: its parameters, and the wait before each retry. */
export interface RetryPolicy extends Readonly<Required<RetryPolicyOptions>> {
  /**
   * The wait before retry number `attempt` (1 for the first retry): what the
   * server asked for in Retry-After (a header value) or the caller in ms,
   * else the backoff; never more than `maxWaitMs`. A server asking for an
   * hour does not hold a release for an hour: the retry then fails on its
   * own and the step says why.
   */
  delay(attempt: number, retryAfter?: string | number | null): number
}

/** A policy from its parameters; what is left out takes the defaults (3 retries, 250 ms doubling up to 8 s). */
export function retryPolicy(options: RetryPolicyOptions = {}): RetryPolicy {
  const baseMs = options.baseMs ?? 250
  const maxMs = options.maxMs ?? 8000
  const policy: RetryPolicy = {
    retries: Math.max(0, options.retries ?? 3),
    baseMs,
    maxMs,
    maxWaitMs: options.maxWaitMs ?? maxMs,
    jitter: options.jitter ?? ([0.5, 1] as const),
    delay(attempt: number, asked?: string | number | null): number {
      const wanted = typeof asked === 'number' ? asked : retryAfter(asked)
      if (wanted !== undefined) return Math.min(wanted, policy.maxWaitMs)
      const step = Math.min(maxMs, baseMs * 2 ** (attempt - 1))
      const [low, high] = policy.jitter
      return Math.min(step * (low + Math.random() * (high - low)), policy.maxWaitMs)
    }
  }
  return policy
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

export function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}

/** What an attempt returns to ask for another: the error that stands if none is left, and the wait asked for. */
export class RetryRequest {
  constructor(
    readonly error: unknown,
    readonly retryAfter?: string | number | null
  ) {}
}

/**
 * Asks `withRetries` for another attempt. `error` is thrown when the policy
 * has none left; `retryAfter` (a Retry-After header value, or ms) replaces
 * the backoff, within the policy's cap.
 */
export function again(error: unknown, retryAfter?: string | number | null): RetryRequest {
  return new RetryRequest(error, retryAfter)
}

/**
 * Runs `attempt` (numbered from 1; `last` when no retry is left) until it
 * returns a value, at most `policy.retries` more times, waiting
 * `policy.delay` between attempts. An attempt asks for another by returning
 * `again(error)`; when none is left that error is thrown. An error the
 * attempt throws ends the run.
 */
export async function withRetries<T>(policy: RetryPolicy, attempt: (n: number, last: boolean) => Promise<T | RetryRequest>): Promise<T> {
  for (let n = 1; ; n++) {
    const outcome = await attempt(n, n > policy.retries)
    if (!(outcome instanceof RetryRequest)) return outcome
    if (n > policy.retries) throw outcome.error
    const wait = policy.delay(n, outcome.retryAfter)
    if (wait > 0) await sleep(wait)
  }
}

/**
 * The policy in the terms of the retry option of the Sigstore clients
 * (make-fetch-happen's): the same retries, first wait and cap.
 */
export function fetchRetryOptions(policy: RetryPolicy): { retries: number; factor: number; minTimeout: number; maxTimeout: number; randomize: boolean } {
  return { retries: policy.retries, factor: 2, minTimeout: policy.baseMs, maxTimeout: policy.maxMs, randomize: true }
}

/**
 * Whether an error is a reply that broke off: the server answered, but its body
 * was cut short or unreadable (a reset mid-body, a truncated JSON document).
 * The HTTP clients retry failed connections and 5xx/429 answers themselves,
 * but not a body that fails after the status line arrived.
 */
export function isBrokenReply(err: unknown): boolean {
  for (let e = err, depth = 0; e && depth < 8; depth++) {
    if (e instanceof BrokenReplyError) return true
    // seal's own errors are final: their retries were spent where they were raised.
    if (e instanceof SealError) return false
    // Only failures after the status line: a connection that failed before it was retried already.
    const { message, name } = e as { message?: unknown; name?: unknown }
    if (name === 'SyntaxError') return true
    if (
      typeof message === 'string' &&
      /invalid response body|response timeout while trying to fetch|unexpected end of (json|data)|premature close|not valid JSON/i.test(message)
    )
      return true
    e = (e as { cause?: unknown }).cause
  }
  return false
}

/**
 * Calls `fn` again, as the policy says, while it fails with a broken reply.
 * Idempotent calls only: a Rekor entry created before its reply broke off is
 * found again through the 409 the log answers to the same entry.
 */
export function retryBrokenReplies<T>(fn: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  return withRetries(policy, async () => {
    try {
      return await fn()
    } catch (err) {
      if (isBrokenReply(err)) return again(err)
      throw err
    }
  })
}
