/**
 * Lines of a checksums file, in either form the usual tools write:
 *
 *  - `<hex>  <name>` or `<hex> *<name>` (sha256sum, sha512sum): the algorithm
 *    follows from the digest length (64: sha256, 128: sha512);
 *  - `SHA256 (<name>) = <hex>` (`sha256sum --tag`, `shasum --tag`, BSD
 *    `sha256`): the named algorithm, whose length the digest must have.
 *
 * A line starting with `\` has its name escaped as coreutils does for names
 * holding a backslash, newline or carriage return (`\\`, `\n`, `\r`).
 * Both readers of checksums (attest subjects, setup downloads) go through
 * here, so a file one accepts the other reads the same way.
 */
import { SealError } from '../util/errors.js'

export type ChecksumAlgorithm = 'sha256' | 'sha512'

export interface ChecksumLine {
  algorithm: ChecksumAlgorithm
  /** Lowercase hex. */
  hex: string
  name: string
}

const ALGORITHM_BY_LENGTH: Record<number, ChecksumAlgorithm> = { 64: 'sha256', 128: 'sha512' }
const HEX_LENGTH: Record<ChecksumAlgorithm, number> = { sha256: 64, sha512: 128 }

/** Names may hold any character but LF (U+2028 and U+2029 among them: hence the `s` flag). */
const GNU_LINE = /^([0-9a-fA-F]+) [ *](.+)$/s
const TAG_LINE = /^(SHA256|SHA512) \((.*)\) = ([0-9a-fA-F]+)$/s

/**
 * The lines of `text` worth reading, with their 1-based numbers: split at LF
 * with a CR before it dropped, an optional UTF-8 byte order mark removed, and
 * blank lines and `#` comments skipped.
 */
export function* checksumsFileLines(text: string): Generator<{ line: string; number: number }> {
  const lines = text.replace(/^\ufeff/, '').split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i]
    if (line.trim() === '' || line.startsWith('#')) continue
    yield { line, number: i + 1 }
  }
}

/** Whether one line of text is a checksums line (either form, with a digest of the right length). */
export function isChecksumsLine(line: string): boolean {
  const body = line.startsWith('\\') ? line.slice(1) : line
  const gnu = GNU_LINE.exec(body)
  if (gnu) return ALGORITHM_BY_LENGTH[gnu[1].length] !== undefined
  const tag = TAG_LINE.exec(body)
  return tag !== null && tag[3].length === HEX_LENGTH[tag[1].toLowerCase() as ChecksumAlgorithm]
}

/** One checksums line, or an INPUT_INVALID error that starts with `where` (e.g. "`subject-checksums` line 3"). */
export function parseChecksumLine(line: string, where: string): ChecksumLine {
  const escaped = line.startsWith('\\')
  const body = escaped ? line.slice(1) : line
  let algorithm: ChecksumAlgorithm | undefined
  let hex: string
  let raw: string
  const gnu = GNU_LINE.exec(body)
  const tag = gnu ? null : TAG_LINE.exec(body)
  if (gnu) {
    hex = gnu[1].toLowerCase()
    raw = gnu[2]
    algorithm = ALGORITHM_BY_LENGTH[hex.length]
    if (!algorithm) throw new SealError('INPUT_INVALID', `${where}: a ${hex.length}-digit digest is neither sha256 (64) nor sha512 (128).`)
  } else if (tag) {
    algorithm = tag[1].toLowerCase() as ChecksumAlgorithm
    raw = tag[2]
    hex = tag[3].toLowerCase()
    if (hex.length !== HEX_LENGTH[algorithm]) {
      throw new SealError('INPUT_INVALID', `${where}: a ${tag[1]} digest has ${HEX_LENGTH[algorithm]} hex digits, not ${hex.length}.`)
    }
  } else {
    throw new SealError('INPUT_INVALID', `${where} is not "<digest>  <name>" nor "SHA256 (<name>) = <digest>": ${JSON.stringify(line.slice(0, 80))}`)
  }
  const name = escaped ? unescapeName(raw, where) : raw
  if (name === '') throw new SealError('INPUT_INVALID', `${where} has an empty name.`)
  if (raw.includes('\r')) throw new SealError('INPUT_INVALID', `${where}: the name holds a carriage return (write it escaped, as \\r).`)
  if (name.includes('\0')) throw new SealError('INPUT_INVALID', `${where}: the name holds a NUL character.`)
  return { algorithm, hex, name }
}

/** Undoes coreutils' escaping of names: `\\`, `\n` and `\r`. */
function unescapeName(raw: string, where: string): string {
  let out = ''
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]
    if (c !== '\\') {
      out += c
      continue
    }
    const next = raw[++i]
    if (next === '\\') out += '\\'
    else if (next === 'n') out += '\n'
    else if (next === 'r') out += '\r'
    else throw new SealError('INPUT_INVALID', `${where}: the escaped name has an unknown escape ${JSON.stringify(`\\${next ?? ''}`)}.`)
  }
  return out
}
