import { detectSBOM } from '../../../src/core/attest/sbom.js'

describe('detectSBOM', () => {
  it('detects SPDX JSON with its version', () => {
    const s = detectSBOM(JSON.stringify({ spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT', name: 'x' }))
    expect(s.format).toBe('spdx-json')
    expect(s.predicateType).toBe('https://spdx.dev/Document/v2.3')
    expect((s.predicate as { name: string }).name).toBe('x')
  })

  it('detects SPDX tag-value', () => {
    const s = detectSBOM('SPDXVersion: SPDX-2.2\nDataLicense: CC0-1.0\nSPDXID: SPDXRef-DOCUMENT\n')
    expect(s.format).toBe('spdx-tag-value')
    expect(s.predicateType).toBe('https://spdx.dev/Document/v2.2')
    expect(s.predicate).toEqual({ mediaType: 'text/spdx', content: expect.stringContaining('SPDXVersion') })
  })

  it('detects CycloneDX JSON and XML', () => {
    expect(detectSBOM(JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.5' })).format).toBe('cyclonedx-json')
    const xml = detectSBOM('<?xml version="1.0"?>\n<bom xmlns="http://cyclonedx.org/schema/bom/1.5" version="1"></bom>')
    expect(xml.format).toBe('cyclonedx-xml')
    expect(xml.predicateType).toBe('https://cyclonedx.org/bom')
  })

  it('explains what it does not recognise', () => {
    expect(() => detectSBOM('{"name":"x"}')).toThrow(/neither SPDX .* nor CycloneDX/)
    expect(() => detectSBOM('{broken')).toThrow(/does not parse/)
    expect(() => detectSBOM('<html></html>')).toThrow(/not a CycloneDX BOM/)
    expect(() => detectSBOM('hello')).toThrow(/not an SBOM seal recognises/)
  })
})
