import { SealError } from '../errors.js'

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

/**
 * Detects the SBOM format from its content (never from the file name):
 * SPDX JSON (`spdxVersion` + `SPDXID`), SPDX tag-value (`SPDXVersion:` line),
 * CycloneDX JSON (`bomFormat: CycloneDX`) and CycloneDX XML (a `bom` element
 * in the CycloneDX namespace). Text formats cannot be an in-toto predicate as
 * they are, so they are carried as `{ mediaType, content }`.
 */
export function detectSBOM(text: string, source = '`sbom-path`'): DetectedSBOM {
  const trimmed = text.trimStart()
  if (trimmed.startsWith('{')) {
    let doc: Record<string, unknown>
    try {
      doc = JSON.parse(text)
    } catch (err) {
      throw new SealError('INPUT_INVALID', `${source} looks like JSON but does not parse: ${(err as Error).message}`)
    }
    if (typeof doc.spdxVersion === 'string' && typeof doc.SPDXID === 'string') {
      return { format: 'spdx-json', predicateType: SPDX_TYPE(spdxVersion(doc.spdxVersion)), predicate: doc, mediaType: 'text/spdx+json' }
    }
    if (doc.bomFormat === 'CycloneDX' && typeof doc.specVersion === 'string') {
      return { format: 'cyclonedx-json', predicateType: CYCLONEDX_TYPE, predicate: doc, mediaType: 'application/vnd.cyclonedx+json' }
    }
    throw new SealError('INPUT_INVALID', `${source} is JSON but neither SPDX (spdxVersion, SPDXID) nor CycloneDX (bomFormat, specVersion).`)
  }
  if (trimmed.startsWith('<')) {
    if (/<bom\b[^>]*xmlns\s*=\s*["']http:\/\/cyclonedx\.org\/schema\/bom\//.test(text)) {
      const mediaType = 'application/vnd.cyclonedx+xml'
      return { format: 'cyclonedx-xml', predicateType: CYCLONEDX_TYPE, predicate: { mediaType, content: text }, mediaType }
    }
    throw new SealError('INPUT_INVALID', `${source} is XML but not a CycloneDX BOM (a <bom> element in the http://cyclonedx.org/schema/bom/ namespace).`)
  }
  const version = /^SPDXVersion:\s*(SPDX-\d+\.\d+)\s*$/m.exec(text)
  if (version) {
    const mediaType = 'text/spdx'
    return { format: 'spdx-tag-value', predicateType: SPDX_TYPE(spdxVersion(version[1])), predicate: { mediaType, content: text }, mediaType }
  }
  throw new SealError('INPUT_INVALID', `${source} is not an SBOM seal recognises: SPDX (JSON or tag-value) or CycloneDX (JSON or XML).`)
}

/** `SPDX-2.3` → `2.3`. */
function spdxVersion(v: string): string {
  return v.replace(/^SPDX-/, '')
}
