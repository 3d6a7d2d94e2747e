import { SealError } from '../../src/core/util/errors.js'

export interface Outcome<T> {
  value?: T
  err?: SealError
  /** Time of the call, in ms (the fastest of three when the first was slow). */
  ms: number
}

/**
 * Runs `fn` for a property: a value, or a SealError with one of `codes`, is
 * an outcome; anything else thrown (a TypeError, a RangeError, a SealError
 * with another code) fails the property, named by `what`. A call that took
 * `slowMs` or more is timed twice more and the fastest counts: a garbage
 * collection pause does not repeat, a blow-up does.
 */
export async function outcome<T>(what: string, fn: () => T | Promise<T>, codes: readonly string[], slowMs = Infinity): Promise<Outcome<T>> {
  const once = async (): Promise<Outcome<T>> => {
    const started = performance.now()
    try {
      const value = await fn()
      return { value, ms: performance.now() - started }
    } catch (err) {
      if (!(err instanceof SealError)) throw new Error(`${what}: threw ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`)
      if (!codes.includes(err.code)) throw new Error(`${what}: threw ${err.code} (expected ${codes.join(' or ')}): ${err.message}`)
      return { err, ms: performance.now() - started }
    }
  }
  const first = await once()
  for (let i = 0; i < 2 && first.ms >= slowMs; i++) first.ms = Math.min(first.ms, (await once()).ms)
  return first
}
