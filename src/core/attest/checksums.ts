/**
 * `subject-checksums`: a checksums list read strictly, one subject per line.
 * The line forms are those of formats/checksums.ts.
 */
import { SealError } from '../util/errors.js'
import { checksumsFileLines, parseChecksumLine } from '../formats/checksums.js'
import type { StatementSubject } from '../formats/intoto.js'

export { isChecksumsLine } from '../formats/checksums.js'

/**
 * Parses a checksums list into subjects. Every line that is not blank or a
 * `#` comment must be a checksums line. Exact duplicates are dropped; a name
 * listed with two different digests is kept twice (both are subjects).
 * `source` names the input in errors.
 */
export function parseChecksums(text: string, source = '`subject-checksums`'): StatementSubject[] {
  const out: StatementSubject[] = []
  const seen = new Set<string>()
  for (const { line, number } of checksumsFileLines(text)) {
    const { algorithm, hex, name } = parseChecksumLine(line, `${source} line ${number}`)
    const key = `${name}\0${algorithm}:${hex}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push({ name, digest: { [algorithm]: hex } })
  }
  if (out.length === 0) throw new SealError('INPUT_INVALID', `${source} lists no checksums.`)
  return out
}
