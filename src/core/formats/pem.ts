/**
 * PEM framing (RFC 7468): blocks of base64 between BEGIN/END lines. Every PEM
 * text seal reads or writes (keys, certificates, trusted-root material, cosign
 * annotations) goes through this module. Only the framing lives here; what the
 * DER inside means is decided by the callers.
 */
import { SealError } from '../util/errors.js'

export interface PemBlock {
  /** The label, e.g. `PUBLIC KEY` or `ENCRYPTED SIGSTORE PRIVATE KEY`. */
  type: string
  /** The decoded body. */
  der: Buffer
  /** RFC 1421 headers (`Proc-Type: …`), as found in legacy encrypted OpenSSL keys. */
  headers: Record<string, string>
}

const LABEL = /^[A-Z0-9][A-Z0-9 ]*$/
const DASHES = '-----'
const BEGIN = '-----BEGIN '
const END = '-----END '
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/** True when the text holds at least one PEM BEGIN line. */
export function looksLikePEM(text: string): boolean {
  return text.includes('-----BEGIN ')
}

/**
 * Every PEM block in `text`, in order. Text between blocks is ignored (OpenSSL
 * writes `Bag Attributes` and similar there). `what` names the input in errors.
 */
export function decodePemBlocks(text: string, what: string): PemBlock[] {
  const blocks: PemBlock[] = []
  for (const { type, inner, endType } of framedBlocks(text)) {
    if (type !== endType) {
      throw new SealError('INPUT_INVALID', `${what} has a PEM block that begins as ${type} and ends as ${endType}`)
    }
    const headers: Record<string, string> = {}
    const bodyLines: string[] = []
    for (const raw of inner.split(/\r?\n/)) {
      const line = raw.trim()
      if (line === '') continue
      const colon = line.indexOf(':')
      if (colon > 0 && bodyLines.length === 0) {
        headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim()
        continue
      }
      bodyLines.push(line)
    }
    const body = bodyLines.join('')
    if (!BASE64.test(body) || body.length % 4 !== 0) {
      throw new SealError('INPUT_INVALID', `${what} has a ${type} PEM block whose body is not valid base64`)
    }
    blocks.push({ type, der: Buffer.from(body, 'base64'), headers })
  }
  return blocks
}

/**
 * The `-----BEGIN <label>-----` … `-----END <label>-----` frames of a text, in
 * order, each ending at the first END line after its BEGIN line. A scan with
 * indexOf, in time linear in the text: a regular expression with a lazy body
 * goes quadratic on many BEGIN lines without an END.
 */
function* framedBlocks(text: string): Generator<{ type: string; inner: string; endType: string }> {
  let pos = 0
  for (;;) {
    const begin = text.indexOf(BEGIN, pos)
    if (begin < 0) return
    const typeEnd = text.indexOf(DASHES, begin + BEGIN.length)
    if (typeEnd < 0) return
    const type = text.slice(begin + BEGIN.length, typeEnd)
    if (!LABEL.test(type)) {
      pos = begin + 1
      continue
    }
    const bodyStart = typeEnd + DASHES.length
    // The first well-formed END line after the BEGIN line closes the block.
    let search = bodyStart
    for (;;) {
      const end = text.indexOf(END, search)
      // No END line after this BEGIN line: none after any later one either.
      if (end < 0) return
      const endTypeEnd = text.indexOf(DASHES, end + END.length)
      if (endTypeEnd < 0) return
      const endType = text.slice(end + END.length, endTypeEnd)
      if (LABEL.test(endType)) {
        yield { type, inner: text.slice(bodyStart, end), endType }
        pos = endTypeEnd + DASHES.length
        break
      }
      search = end + 1
    }
  }
}

/** A PEM block as Go's pem.EncodeToMemory writes it: 64-character lines, a trailing newline. */
export function encodePem(type: string, der: Uint8Array): string {
  const body = Buffer.from(der).toString('base64')
  const lines: string[] = []
  for (let i = 0; i < body.length; i += 64) lines.push(body.slice(i, i + 64))
  return `-----BEGIN ${type}-----\n${lines.join('\n')}${lines.length ? '\n' : ''}-----END ${type}-----\n`
}

/** Decodes base64 text that may be wrapped over lines; undefined unless it is strictly base64. */
export function decodeBase64Text(text: string): Buffer | undefined {
  const body = text.replace(/\s+/g, '')
  if (body === '' || !BASE64.test(body) || body.length % 4 !== 0) return undefined
  return Buffer.from(body, 'base64')
}

/**
 * Whether bytes are exactly one DER element: a tag, a definite length and that
 * much content, with nothing after it. OpenSSL's parsers ignore bytes after a
 * key or certificate; Go's (and so cosign's) refuse them, and so does seal.
 */
export function isSingleDER(der: Uint8Array): boolean {
  let i = 1
  if (der.length < 2) return false
  if ((der[0] & 0x1f) === 0x1f) {
    // A tag number in the following bytes, 7 bits each.
    while (i < der.length && der[i] & 0x80) i++
    i++
  }
  if (i >= der.length) return false
  const first = der[i++]
  let length = first
  if (first >= 0x80) {
    const n = first & 0x7f
    if (n === 0 || n > 4 || i + n > der.length) return false
    length = 0
    for (let k = 0; k < n; k++) length = length * 256 + der[i++]
  }
  return i + length === der.length
}
