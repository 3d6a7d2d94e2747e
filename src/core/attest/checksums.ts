import { SealError } from '../errors.js'
import type { StatementSubject } from '../formats/intoto.js'

type Algorithm = 'sha256' | 'sha512'

const ALGORITHM_BY_LENGTH: Record<number, Algorithm> = { 64: 'sha256', 128: 'sha512' }
const HEX_LENGTH: Record<Algorithm, number> = { sha256: 64, sha512: 128 }

/**
 * `<hex><space><space or *><name>`, as sha256sum writes. Names may hold any
 * character but LF (U+2028 and U+2029 among them: hence the `s` flag).
 */
const GNU_LINE = /^([0-9a-fA-F]+) [ *](.+)$/s
/** `SHA256 (<name>) = <hex>`, as `sha256sum --tag`, `shasum --tag` and BSD `sha256` write. */
const TAG_LINE = /^(SHA256|SHA512) \((.*)\) = ([0-9a-fA-F]+)$/s

/**
 * Parses a checksums list, one subject per line (LF or CRLF, an optional
 * UTF-8 byte order mark), in either form the usual tools write:
 *
 *  - `<hex>  <name>` or `<hex> *<name>` (sha256sum, sha512sum): the algorithm
 *    follows from the digest length (64: sha256, 128: sha512);
 *  - `SHA256 (<name>) = <hex>` (the `--tag` or BSD form): the named algorithm,
 *    whose length the digest must have.
 *
 * A line starting with `\` has its name escaped as coreutils does for names
 * holding a backslash, newline or carriage return (`\\`, `\n`, `\r`). Blank
 * lines and `#` comments are skipped. Exact duplicates are dropped; a name
 * listed with two different digests is kept twice (both are subjects).
 * `source` names the input in errors.
 */
export function parseChecksums(text: string, source = '`subject-checksums`'): StatementSubject[] {
  const out: StatementSubject[] = []
  const seen = new Set<string>()
  const lines = text.replace(/^\ufeff/, '').split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i]
    if (line.trim() === '' || line.startsWith('#')) continue
    const where = `${source} line ${i + 1}`
    const { algorithm, hex, name } = parseLine(line, where)
    const key = `${name}\0${algorithm}:${hex}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push({ name, digest: { [algorithm]: hex } })
  }
  if (out.length === 0) throw new SealError('INPUT_INVALID', `${source} lists no checksums.`)
  return out
}

/** Whether one line of text is a checksums line (either form), for telling a list from a path. */
export function isChecksumsLine(line: string): boolean {
  const body = line.startsWith('\\') ? line.slice(1) : line
  const gnu = GNU_LINE.exec(body)
  if (gnu) return ALGORITHM_BY_LENGTH[gnu[1].length] !== undefined
  const tag = TAG_LINE.exec(body)
  return tag !== null && tag[3].length === HEX_LENGTH[tag[1].toLowerCase() as Algorithm]
}

function parseLine(line: string, where: string): { algorithm: Algorithm; hex: string; name: string } {
  const escaped = line.startsWith('\\')
  const body = escaped ? line.slice(1) : line
  let algorithm: Algorithm | undefined
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
    algorithm = tag[1].toLowerCase() as Algorithm
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
