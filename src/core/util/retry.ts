import { BrokenReplyError, SealError } from './errors.js'
import { backoff, sleep } from './backoff.js'

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
    if (typeof message === 'string' && /invalid response body|response timeout while trying to fetch|unexpected end of (json|data)|premature close|not valid JSON/i.test(message)) return true
    e = (e as { cause?: unknown }).cause
  }
  return false
}

/**
 * Calls `fn` again (with backoff and jitter) while it fails with a broken
 * reply, at most `retries` more times. Idempotent calls only: a Rekor entry
 * created before its reply broke off is found again through the 409 the log
 * answers to the same entry.
 */
export async function retryBrokenReplies<T>(fn: () => Promise<T>, retries: number): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn()
    } catch (err) {
      if (attempt >= retries || !isBrokenReply(err)) throw err
      await sleep(backoff(attempt + 1))
    }
  }
}
