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

describe('detectSBOM: regressions found by the property tests', () => {
  // Once 21.7 s: a backtracking regular expression over 50,000 "<bom xmlns" without a ">".
  it('reads adversarial XML in linear time', () => {
    const started = performance.now()
    expect(() => detectSBOM('<bom xmlns'.repeat(50_000))).toThrow(/not a CycloneDX BOM/)
    expect(() => detectSBOM('<?xml version="1.0"?>' + '<bom '.repeat(50_000))).toThrow(/not a CycloneDX BOM/)
    expect(performance.now() - started).toBeLessThan(500)
  })

  it('needs the bom element to be the root, after any prolog (once found anywhere)', () => {
    expect(() => detectSBOM('<html><bom xmlns="http://cyclonedx.org/schema/bom/1.5"></bom></html>')).toThrow(/not a CycloneDX BOM/)
    const xml = '\ufeff<?xml version="1.0"?>\n<!-- c -->\n<!DOCTYPE bom>\n<bom version="1" xmlns = \'http://cyclonedx.org/schema/bom/1.6\'/>'
    expect(detectSBOM(xml).format).toBe('cyclonedx-xml')
    expect(() => detectSBOM('<bomx xmlns="http://cyclonedx.org/schema/bom/1.5"/>')).toThrow(/not a CycloneDX BOM/)
  })

  it('reads JSON and tag-value SBOMs that start with a byte order mark (once refused)', () => {
    expect(detectSBOM('\ufeff' + JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.5' })).format).toBe('cyclonedx-json')
    expect(detectSBOM('\ufeffSPDXVersion: SPDX-2.3\n').predicateType).toBe('https://spdx.dev/Document/v2.3')
  })

  // Once the predicate type https://spdx.dev/Document/v2.3\n (or anything else the field held).
  it.each(['SPDX-2.3\n', 'SPDX-2', 'SPDX-2.3.1', '2.3', 'SPDX-../../x'])('refuses the SPDX version %j', version => {
    expect(() => detectSBOM(JSON.stringify({ spdxVersion: version, SPDXID: 'SPDXRef-DOCUMENT' }))).toThrow(/not SPDX-<major>.<minor>/)
  })

  // Once accepted, to fail later with a RangeError when the statement was serialized.
  it('refuses JSON nested deeper than the limit before parsing it', () => {
    const d = 100_000
    expect(() => detectSBOM(`{"spdxVersion":"SPDX-2.3","SPDXID":"x","deep":${'['.repeat(d)}${']'.repeat(d)}}`)).toThrow(
      '`sbom-path` looks like JSON but nests arrays or objects more than 1000 levels deep.'
    )
    // Brackets in strings do not count.
    expect(detectSBOM(`{"spdxVersion":"SPDX-2.3","SPDXID":"x","s":"${'[{'.repeat(5000)}\\""}`).format).toBe('spdx-json')
  })
})
