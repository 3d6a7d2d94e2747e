/**
 * Release checksums files (cosign's, seal's own), read leniently: lines in
 * the forms of formats/checksums.ts count, anything else (a signature block,
 * notes) is skipped, since only the asset being downloaded must be listed.
 */
import { SealError } from '../util/errors.js'
import { checksumsFileLines, isChecksumsLine, parseChecksumLine, type ChecksumLine } from '../formats/checksums.js'

/**
 * Name -> lowercase hex sha256 (sha512 lines are skipped), with a leading
 * `./` dropped from names. A name listed twice with different sums is an
 * error. `source` names the file in errors.
 */
export function parseChecksums(text: string, source: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const { line, number } of checksumsFileLines(text)) {
    const entry = readable(line, `${source} line ${number}`)
    if (entry?.algorithm !== 'sha256') continue
    const key = entry.name.replace(/^\.\//, '')
    const seen = out.get(key)
    if (seen !== undefined && seen !== entry.hex) {
      throw new SealError('CHECKSUM_MISSING', `${source} lists ${key} twice with different checksums.`)
    }
    out.set(key, entry.hex)
  }
  if (out.size === 0) {
    throw new SealError('CHECKSUM_MISSING', `${source} lists no sha256 checksums.`, {
      hint: 'Expected `<64 hex digits>  <file name>` lines, as sha256sum writes.'
    })
  }
  return out
}

/** A line as a checksum, or undefined for one that is not (a bad escape, a NUL in the name): such lines are skipped too. */
function readable(line: string, where: string): ChecksumLine | undefined {
  if (!isChecksumsLine(line)) return undefined
  try {
    return parseChecksumLine(line, where)
  } catch (err) {
    if (err instanceof SealError) return undefined
    throw err
  }
}

/** The expected sha256 of `asset`, or a CHECKSUM_MISSING error naming both files. */
export function checksumFor(checksums: ReadonlyMap<string, string>, asset: string, source: string): string {
  const hex = checksums.get(asset)
  if (hex === undefined) {
    throw new SealError('CHECKSUM_MISSING', `${asset} is not listed in ${source}, so its download cannot be checked.`, {
      hint: 'The release is incomplete or the mirror in `cosign-download-url` serves another checksums file; pick another `cosign-release` or fix the mirror.'
    })
  }
  return hex
}
