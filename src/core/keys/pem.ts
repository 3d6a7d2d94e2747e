/**
 * PEM framing (RFC 7468): blocks of base64 between BEGIN/END lines. Only the
 * framing lives here; what the DER inside means is decided by the callers.
 */
import { SealError } from '../errors.js'

export interface PemBlock {
  /** The label, e.g. `PUBLIC KEY` or `ENCRYPTED SIGSTORE PRIVATE KEY`. */
  type: string
  /** The decoded body. */
  der: Buffer
  /** RFC 1421 headers (`Proc-Type: …`), as found in legacy encrypted OpenSSL keys. */
  headers: Record<string, string>
}

const BLOCK = /-----BEGIN ([A-Z0-9][A-Z0-9 ]*)-----([\s\S]*?)-----END ([A-Z0-9][A-Z0-9 ]*)-----/g
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
  for (const match of text.matchAll(BLOCK)) {
    const [, type, inner, endType] = match
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
