/**
 * Reading documents users hand to the attest step (SBOMs, predicates) as
 * text and JSON without trusting their shape: strict UTF-8, a byte order
 * mark tolerated, and a nesting limit so that a document seal accepts can
 * always be serialized again (JSON.stringify recurses, and a few thousand
 * levels exhaust its stack with a RangeError).
 */
import { SealError } from '../util/errors.js'

/** Deepest nesting of arrays and objects accepted in a JSON document. */
export const MAX_JSON_DEPTH = 1000

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/**
 * The text of UTF-8 bytes, without a leading byte order mark. Bytes that are
 * not UTF-8 (UTF-16 among them) are a SealError naming `input`.
 */
export function decodeUTF8(bytes: Uint8Array, input: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new SealError('INPUT_INVALID', `\`${input}\` is UTF-16 text; seal reads UTF-8.`, {
      hint: 'Convert the file to UTF-8 (for example with iconv, or PowerShell Out-File -Encoding utf8).'
    })
  }
  let text: string
  try {
    text = UTF8.decode(bytes)
  } catch {
    throw new SealError('INPUT_INVALID', `\`${input}\` is not valid UTF-8 text.`)
  }
  return withoutBOM(text)
}

/** Text without a leading U+FEFF byte order mark. */
export function withoutBOM(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/**
 * The deepest nesting of arrays and objects in JSON text, counting brackets
 * outside strings. One pass, no recursion; stops counting past `stopAt`.
 */
export function jsonDepth(text: string, stopAt = Infinity): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c)
        i++ // backslash: skip the escaped character
      else if (c === 0x22) inString = false
      continue
    }
    if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) {
      depth++
      if (depth > deepest) {
        deepest = depth
        if (deepest > stopAt) return deepest
      }
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return deepest
}

/**
 * Parses JSON text from an input. `what` starts the messages (e.g. "`sbom-path`
 * looks like JSON but"). Nesting deeper than MAX_JSON_DEPTH is refused before
 * parsing; a syntax error is reported with the parser's own words.
 */
export function parseJSONText(text: string, what: string): unknown {
  if (jsonDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    throw new SealError('INPUT_INVALID', `${what} nests arrays or objects more than ${MAX_JSON_DEPTH} levels deep.`)
  }
  try {
    return JSON.parse(text)
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err)
    throw new SealError('INPUT_INVALID', `${what} does not parse: ${reason.length > 200 ? `${reason.slice(0, 200)}…` : reason}`)
  }
}
