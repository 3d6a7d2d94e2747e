/**
 * Checksums files as release tools write them: `sha256sum` lines
 * (`<hex>  <name>`, `<hex> *<name>` in binary mode) or BSD `shasum --tag`
 * lines (`SHA256 (<name>) = <hex>`).
 */
import { SealError } from '../errors.js'

const GNU_LINE = /^([0-9a-fA-F]{64})\s+\*?(.+)$/
const BSD_LINE = /^SHA256 \((.+)\) = ([0-9a-fA-F]{64})$/

/**
 * Name -> lowercase hex sha256. Lines that are not checksum lines are skipped
 * (the asset must still be listed); a name listed twice with different sums is
 * an error. `source` names the file in errors.
 */
export function parseChecksums(text: string, source: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    const gnu = GNU_LINE.exec(line)
    const bsd = gnu ? undefined : BSD_LINE.exec(line)
    const pair = gnu ? [gnu[1], gnu[2]] : bsd ? [bsd[2], bsd[1]] : undefined
    if (!pair) continue
    const [hex, name] = pair
    const key = name.trim().replace(/^\.\//, '')
    const value = hex.toLowerCase()
    const seen = out.get(key)
    if (seen !== undefined && seen !== value) {
      throw new SealError('CHECKSUM_MISSING', `${source} lists ${key} twice with different checksums.`)
    }
    out.set(key, value)
  }
  if (out.size === 0) {
    throw new SealError('CHECKSUM_MISSING', `${source} lists no sha256 checksums.`, {
      hint: 'Expected `<64 hex digits>  <file name>` lines, as sha256sum writes.'
    })
  }
  return out
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
