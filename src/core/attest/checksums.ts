import { SealError } from '../errors.js'
import type { StatementSubject } from '../formats/intoto.js'

/**
 * Parses a `sha256sum`/`sha512sum` style list: `<hex><space><space or *><name>`
 * per line (LF or CRLF). The algorithm follows from the digest length. Exact
 * duplicates are dropped; a name listed with two different digests is kept
 * twice (both are subjects). `source` names the input in errors.
 */
export function parseChecksums(text: string, source = '`subject-checksums`'): StatementSubject[] {
  const out: StatementSubject[] = []
  const seen = new Set<string>()
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line.trim() === '' || line.startsWith('#')) continue
    const m = /^([0-9a-fA-F]+) [ *](.+)$/.exec(line)
    if (!m) {
      throw new SealError('INPUT_INVALID', `${source} line ${i + 1} is not "<digest>  <name>": ${JSON.stringify(line.slice(0, 80))}`)
    }
    const hex = m[1].toLowerCase()
    const algorithm = hex.length === 64 ? 'sha256' : hex.length === 128 ? 'sha512' : undefined
    if (!algorithm) {
      throw new SealError('INPUT_INVALID', `${source} line ${i + 1}: a ${hex.length}-digit digest is neither sha256 (64) nor sha512 (128).`)
    }
    const name = m[2]
    const key = `${name}\0${algorithm}:${hex}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push({ name, digest: { [algorithm]: hex } })
  }
  if (out.length === 0) throw new SealError('INPUT_INVALID', `${source} lists no checksums.`)
  return out
}
