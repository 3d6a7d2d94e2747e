/**
 * Bundle files holding several bundles, one JSON document a line, as
 * `gh attestation download` writes them (`<alg>:<hex>.jsonl`). A subject
 * verifies when one of them verifies for it; the bundles for other artifacts
 * or of other predicate types are skipped, not failures.
 */
import { SealError } from '../util/errors.js'
import { jsonLines } from '../util/jsonl.js'

/** One bundle's JSON text and how errors name it. */
export interface BundleText {
  text: string
  source: string
}

/** The bundles in a file: each line of JSON Lines (a `.jsonl` file from gh), else the file as one bundle. */
export function bundleTexts(text: string, path: string): BundleText[] {
  const lines = jsonLines(text)
  if (!lines) return [{ text, source: path }]
  return lines.map((line, i) => ({ text: line, source: `${path} line ${i + 1}` }))
}

/** Failures that only say the bundle is about something else. */
const SKIPPED = new Set(['DIGEST_MISMATCH', 'PREDICATE_MISMATCH'])

/**
 * The first bundle for which `verify` succeeds. When none does, the error of
 * the first bundle that was for this subject and failed is thrown, or, when
 * every bundle was for something else, one error saying so.
 */
export async function firstThatVerifies<T>(bundles: BundleText[], path: string, verify: (b: BundleText) => Promise<T>): Promise<T> {
  if (bundles.length === 1) return verify(bundles[0])
  const errors: { source: string; err: unknown }[] = []
  for (const b of bundles) {
    try {
      return await verify(b)
    } catch (err) {
      errors.push({ source: b.source, err })
    }
  }
  const real = errors.find(e => !(e.err instanceof SealError && SKIPPED.has(e.err.code)))
  if (real) {
    const err = real.err
    if (err instanceof SealError) throw new SealError(err.code, `${real.source}: ${err.message}`, { hint: err.hint, cause: err })
    throw err
  }
  const first = errors[0]?.err as SealError
  throw new SealError(first.code, `none of the ${bundles.length} bundles in ${path} is for this subject: ${first.message}`, { hint: first.hint, cause: first })
}
