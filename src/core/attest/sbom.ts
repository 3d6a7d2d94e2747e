import { SealError } from '../util/errors.js'
import { parseJSONText, withoutBOM } from './text.js'

export interface DetectedSBOM {
  format: 'spdx-json' | 'spdx-tag-value' | 'cyclonedx-json' | 'cyclonedx-xml'
  predicateType: string
  /** The predicate: the document itself for JSON formats, a wrapper holding the text otherwise. */
  predicate: unknown
  /** The media type cosign uses for the raw document. */
  mediaType: string
}

const SPDX_TYPE = (version: string) => `https://spdx.dev/Document/v${version}`
export const CYCLONEDX_TYPE = 'https://cyclonedx.org/bom'

/** `SPDX-<major>.<minor>`, as every SPDX document states its version. */
const SPDX_VERSION = /^SPDX-(\d{1,3}\.\d{1,3})$/
const CYCLONEDX_NAMESPACE = /\sxmlns\s*=\s*["']http:\/\/cyclonedx\.org\/schema\/bom\//

/**
 * Detects the SBOM format from its content (never from the file name):
 * SPDX JSON (`spdxVersion` + `SPDXID`), SPDX tag-value (`SPDXVersion:` line),
 * CycloneDX JSON (`bomFormat: CycloneDX`) and CycloneDX XML (a root `bom`
 * element in the CycloneDX namespace). Text formats cannot be an in-toto
 * predicate as they are, so they are carried as `{ mediaType, content }`.
 * A leading byte order mark is ignored; JSON nested deeper than
 * MAX_JSON_DEPTH is refused.
 */
export function detectSBOM(text: string, source = '`sbom-path`'): DetectedSBOM {
  const body = withoutBOM(text)
  const trimmed = body.trimStart()
  if (trimmed.startsWith('{')) {
    const doc = parseJSONText(body, `${source} looks like JSON but`) as Record<string, unknown>
    if (typeof doc.spdxVersion === 'string' && typeof doc.SPDXID === 'string') {
      return { format: 'spdx-json', predicateType: SPDX_TYPE(spdxVersion(doc.spdxVersion, source)), predicate: doc, mediaType: 'text/spdx+json' }
    }
    if (doc.bomFormat === 'CycloneDX' && typeof doc.specVersion === 'string') {
      return { format: 'cyclonedx-json', predicateType: CYCLONEDX_TYPE, predicate: doc, mediaType: 'application/vnd.cyclonedx+json' }
    }
    throw new SealError('INPUT_INVALID', `${source} is JSON but neither SPDX (spdxVersion, SPDXID) nor CycloneDX (bomFormat, specVersion).`)
  }
  if (trimmed.startsWith('<')) {
    if (isCycloneDXXML(trimmed)) {
      const mediaType = 'application/vnd.cyclonedx+xml'
      return { format: 'cyclonedx-xml', predicateType: CYCLONEDX_TYPE, predicate: { mediaType, content: text }, mediaType }
    }
    throw new SealError('INPUT_INVALID', `${source} is XML but not a CycloneDX BOM (a <bom> element in the http://cyclonedx.org/schema/bom/ namespace).`)
  }
  const version = /^SPDXVersion:\s*(SPDX-\d+\.\d+)\s*$/m.exec(body)
  if (version) {
    const mediaType = 'text/spdx'
    return { format: 'spdx-tag-value', predicateType: SPDX_TYPE(spdxVersion(version[1], source)), predicate: { mediaType, content: text }, mediaType }
  }
  throw new SealError('INPUT_INVALID', `${source} is not an SBOM seal recognises: SPDX (JSON or tag-value) or CycloneDX (JSON or XML).`)
}

/** `SPDX-2.3` → `2.3`; anything else is not an SPDX version. */
function spdxVersion(v: string, source: string): string {
  const m = SPDX_VERSION.exec(v)
  if (!m) {
    throw new SealError('INPUT_INVALID', `${source} states the SPDX version ${JSON.stringify(v.slice(0, 40))}, not SPDX-<major>.<minor>.`)
  }
  return m[1]
}

/**
 * Whether XML text (trimmed) has a root `bom` element in the CycloneDX
 * namespace. Skips the XML declaration, processing instructions, comments and
 * a DOCTYPE before the root; one pass with indexOf (no backtracking).
 */
function isCycloneDXXML(xml: string): boolean {
  let i = 0
  const after = (token: string, from: number): number => {
    const at = xml.indexOf(token, from)
    return at < 0 ? -1 : at + token.length
  }
  for (;;) {
    while (i < xml.length && /\s/.test(xml[i])) i++
    let next: number
    if (xml.startsWith('<?', i)) next = after('?>', i + 2)
    else if (xml.startsWith('<!--', i)) next = after('-->', i + 4)
    else if (xml.startsWith('<!', i)) next = after('>', i + 2)
    else break
    // The prolog never ends.
    if (next < 0) return false
    i = next
  }
  if (!xml.startsWith('<bom', i) || !/[\s>/]/.test(xml[i + 4] ?? '')) return false
  const end = xml.indexOf('>', i)
  if (end < 0) return false
  return CYCLONEDX_NAMESPACE.test(xml.slice(i + 4, end))
}
