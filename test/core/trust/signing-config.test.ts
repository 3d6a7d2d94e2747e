import { parseSigningConfig } from '../../../src/core/trust/index.js'

const config = {
  mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
  caUrls: [
    { url: 'https://old-fulcio', majorApiVersion: 1, validFor: { start: '2020-01-01T00:00:00Z', end: '2022-01-01T00:00:00Z' } },
    { url: 'https://fulcio', majorApiVersion: 1, validFor: { start: '2022-01-01T00:00:00Z' } }
  ],
  rekorTlogUrls: [
    { url: 'https://rekor', majorApiVersion: 1, validFor: { start: '2021-01-01T00:00:00Z' } },
    { url: 'https://rekor-v2', majorApiVersion: 2, validFor: { start: '2025-01-01T00:00:00Z' } },
    { url: 'https://rekor-v9', majorApiVersion: 9, validFor: { start: '2026-01-01T00:00:00Z' } }
  ],
  tsaUrls: [{ url: 'https://tsa/api/v1/timestamp', majorApiVersion: 1, validFor: { start: '2025-01-01T00:00:00Z' } }]
}

describe('parseSigningConfig', () => {
  it('picks the newest valid service in a supported API version', () => {
    const s = parseSigningConfig(JSON.stringify(config), 'cfg', new Date('2026-06-01T00:00:00Z'))
    expect(s).toEqual({ fulcioURL: 'https://fulcio', rekorURL: 'https://rekor-v2', rekorVersion: 2, tsaURL: 'https://tsa/api/v1/timestamp' })
  })

  it('ignores services not yet valid', () => {
    const s = parseSigningConfig(JSON.stringify(config), 'cfg', new Date('2024-06-01T00:00:00Z'))
    expect(s.rekorURL).toBe('https://rekor')
    expect(s.rekorVersion).toBe(1)
    expect(s.tsaURL).toBeUndefined()
  })

  it('rejects what is not a signing config, naming the source', () => {
    expect(() => parseSigningConfig('{', 'my.json')).toThrow(/my\.json is not JSON/)
    expect(() => parseSigningConfig('{"mediaType":"x"}', 'my.json')).toThrow(/my\.json is not a Sigstore SigningConfig/)
  })
})
