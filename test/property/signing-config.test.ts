/**
 * parseSigningConfig over mutated Sigstore SigningConfig documents and
 * arbitrary JSON: it returns services or throws SealError INPUT_INVALID,
 * nothing else; whatever it returns is an http(s) URL the document lists for
 * that service, valid at the given time. 10,000 runs by default
 * (SEAL_PROPERTY_RUNS lowers it locally).
 */
import fc from 'fast-check'

import { SealError } from '../../src/core/util/errors.js'
import { parseSigningConfig, type SigningServices } from '../../src/core/trust/index.js'
import { jsonMutant, NUM_RUNS, propertyParams, type Json } from './json-mutations.js'

const NOW = new Date('2026-06-01T00:00:00Z')

const CONFIG: Json = {
  mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
  caUrls: [
    { url: 'https://fulcio.old.example', majorApiVersion: 1, validFor: { start: '2020-01-01T00:00:00Z', end: '2022-01-01T00:00:00Z' } },
    { url: 'https://fulcio.example', majorApiVersion: 1, validFor: { start: '2022-01-01T00:00:00Z' } }
  ],
  oidcUrls: [{ url: 'https://oauth2.example', majorApiVersion: 1, validFor: { start: '2022-01-01T00:00:00Z' } }],
  rekorTlogUrls: [
    { url: 'https://rekor.example', majorApiVersion: 1, validFor: { start: '2021-01-01T00:00:00Z' } },
    { url: 'https://log2025.rekor.example', majorApiVersion: 2, validFor: { start: '2025-01-01T00:00:00Z' } }
  ],
  tsaUrls: [{ url: 'https://tsa.example/api/v1/timestamp', majorApiVersion: 1, validFor: { start: '2025-01-01T00:00:00Z' } }],
  rekorTlogConfig: { selector: 'ANY' },
  tsaConfig: { selector: 'ANY' }
}

const EXPECTED: SigningServices = {
  fulcioURL: 'https://fulcio.example',
  rekorURL: 'https://log2025.rekor.example',
  rekorVersion: 2,
  tsaURL: 'https://tsa.example/api/v1/timestamp'
}

type Entry = { url?: unknown; majorApiVersion?: unknown; validFor?: { start?: unknown; end?: unknown } }

/** Whether `url` is listed under `field` in the parsed document by an entry valid at NOW in one of `versions`. */
function listed(doc: unknown, field: string, url: string, versions: number[]): boolean {
  const list = (doc as Record<string, unknown> | null)?.[field]
  if (!Array.isArray(list)) return false
  return (list as Entry[]).some(e => {
    if (e?.url !== url) return false
    if (!versions.includes((e.majorApiVersion ?? 1) as number)) return false
    const start = e.validFor?.start ?? undefined
    const end = e.validFor?.end ?? undefined
    if (start !== undefined && !(typeof start === 'string' && new Date(start) <= NOW)) return false
    if (end !== undefined && !(typeof end === 'string' && NOW < new Date(end))) return false
    return true
  })
}

function check(text: string): void {
  let services: SigningServices
  try {
    services = parseSigningConfig(text, 'signing config', NOW)
  } catch (err) {
    if (!(err instanceof SealError)) throw new Error(`parseSigningConfig threw ${String(err)}`)
    expect(err.code).toBe('INPUT_INVALID')
    return
  }
  const doc: unknown = JSON.parse(text)
  for (const [url, field, versions] of [
    [services.fulcioURL, 'caUrls', [1]],
    [services.rekorURL, 'rekorTlogUrls', [1, 2]],
    [services.tsaURL, 'tsaUrls', [1]]
  ] as const) {
    if (url === undefined) continue
    expect(['http:', 'https:']).toContain(new URL(url).protocol)
    expect(listed(doc, field, url, [...versions])).toBe(true)
  }
  expect(services.rekorVersion === undefined).toBe(services.rekorURL === undefined)
  if (services.rekorVersion !== undefined) expect([1, 2]).toContain(services.rekorVersion)
}

describe('parseSigningConfig', () => {
  it('reads the untouched document', () => {
    expect(parseSigningConfig(JSON.stringify(CONFIG), 'signing config', NOW)).toEqual(EXPECTED)
  })

  it(`returns listed, valid http(s) services or a SealError for ${NUM_RUNS} mutants`, () => {
    fc.assert(
      fc.property(jsonMutant(CONFIG), mutant => check(mutant.text)),
      propertyParams()
    )
  })

  it(`returns nothing or a SealError for ${NUM_RUNS} arbitrary JSON documents and strings`, () => {
    const doc = fc.oneof(
      fc.jsonValue().map(v => JSON.stringify(v)),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc
        .record({ caUrls: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 3 }), rekorTlogUrls: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 3 }) })
        .map(r => JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json', ...r }))
    )
    fc.assert(
      fc.property(doc, text => check(text)),
      propertyParams()
    )
  })

  it('rejects values that cannot be read as text or times, without crashing', () => {
    const hostile = [
      { mediaType: { toString: 1 } },
      { ...(CONFIG as object), caUrls: [{ url: 'https://f.example', validFor: { start: { toString: null } } }] },
      { ...(CONFIG as object), caUrls: [{ url: 'https://f.example', validFor: { start: '2020-01-01T00:00:00Z', end: { valueOf: 1 } } }] },
      { ...(CONFIG as object), caUrls: [{ url: 'javascript:alert(1)', validFor: { start: '2020-01-01T00:00:00Z' } }] },
      { ...(CONFIG as object), caUrls: [{ url: '', validFor: { start: '2020-01-01T00:00:00Z' } }] }
    ]
    for (const doc of hostile) check(JSON.stringify(doc))
  })
})
