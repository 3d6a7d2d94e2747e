/**
 * SBOMs and custom predicates under mutation (detectSBOM, resolvePredicate):
 *
 *  - SPDX JSON, CycloneDX JSON and a custom predicate, mutated as JSON
 *    (json-mutations): detected as the type their content states, with the
 *    document itself as the predicate, or a SealError;
 *  - SPDX tag-value and CycloneDX XML mutated as text, and long adversarial
 *    text: the right type or a SealError, in bounded time;
 *  - files as bytes: invalid UTF-8, UTF-16, a byte order mark, nesting around
 *    the limit and far past it (100,000 levels), huge strings, sizes around
 *    `max-predicate-size-mb`: a predicate that serializes again, or a SealError.
 *
 * Never another exception (a RangeError from a deep document among them).
 * 10,000 runs per property by default (SEAL_PROPERTY_RUNS lowers it locally).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import fc from 'fast-check'

import { resolvePredicate, type PredicateSources, type ResolvedPredicate } from '../../src/core/attest/predicate.js'
import { CYCLONEDX_TYPE, detectSBOM, type DetectedSBOM } from '../../src/core/attest/sbom.js'
import { MAX_JSON_DEPTH } from '../../src/core/attest/text.js'
import { statement, statementBytes } from '../../src/core/formats/intoto.js'
import { outcome as sharedOutcome } from './outcome.js'
import { jsonMutant, NUM_RUNS, propertyParams, type Json } from './json-mutations.js'

const SPDX_JSON: Json = {
  spdxVersion: 'SPDX-2.3',
  dataLicense: 'CC0-1.0',
  SPDXID: 'SPDXRef-DOCUMENT',
  name: 'app',
  documentNamespace: 'https://example.com/spdx/app-1.0',
  creationInfo: { created: '2024-01-01T00:00:00Z', creators: ['Tool: seal-tests'] },
  packages: [
    {
      SPDXID: 'SPDXRef-Package-app',
      name: 'app',
      versionInfo: '1.0.0',
      downloadLocation: 'NOASSERTION',
      checksums: [{ algorithm: 'SHA256', checksumValue: 'ab'.repeat(32) }]
    },
    {
      SPDXID: 'SPDXRef-Package-lib',
      name: 'lib',
      versionInfo: '2.1.0',
      downloadLocation: 'https://example.com/lib.tgz',
      externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:npm/lib@2.1.0' }]
    }
  ],
  relationships: [{ spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: 'SPDXRef-Package-app' }]
}

const CYCLONEDX_JSON: Json = {
  bomFormat: 'CycloneDX',
  specVersion: '1.5',
  serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
  version: 1,
  metadata: { timestamp: '2024-01-01T00:00:00Z', component: { type: 'application', name: 'app', version: '1.0.0' } },
  components: [
    { type: 'library', name: 'lib', version: '2.1.0', purl: 'pkg:npm/lib@2.1.0', hashes: [{ alg: 'SHA-256', content: 'cd'.repeat(32) }] },
    { type: 'library', name: 'other', version: '0.1.0', purl: 'pkg:npm/other@0.1.0' }
  ],
  dependencies: [{ ref: 'pkg:npm/lib@2.1.0', dependsOn: ['pkg:npm/other@0.1.0'] }]
}

const CUSTOM: Json = {
  buildType: 'https://example.com/build/v1',
  builder: { id: 'https://example.com/builder' },
  results: [{ name: 'test', passed: 12, failed: 0 }],
  ok: true
}

const SPDX_TAG_VALUE = [
  'SPDXVersion: SPDX-2.2',
  'DataLicense: CC0-1.0',
  'SPDXID: SPDXRef-DOCUMENT',
  'DocumentName: app',
  'DocumentNamespace: https://example.com/spdx/app-1.0',
  'Creator: Tool: seal-tests',
  'Created: 2024-01-01T00:00:00Z',
  '',
  'PackageName: app',
  'SPDXID: SPDXRef-Package-app',
  'PackageVersion: 1.0.0',
  'PackageDownloadLocation: NOASSERTION',
  ''
].join('\n')

const CYCLONEDX_XML = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<!-- generated for seal tests -->',
  '<bom xmlns="http://cyclonedx.org/schema/bom/1.5" serialNumber="urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79" version="1">',
  '  <components>',
  '    <component type="library"><name>lib</name><version>2.1.0</version></component>',
  '  </components>',
  '</bom>',
  ''
].join('\n')

type Format = DetectedSBOM['format']

/** attempt() with the codes this file expects. */
const attempt = <T>(what: string, fn: () => T | Promise<T>, slowMs = Infinity) => sharedOutcome(what, fn, ['INPUT_INVALID', 'IO_ERROR'], slowMs)

/**
 * How deep a JSON text nests, values under duplicate keys included (the
 * parser drops them, but they are in the text): brackets outside strings.
 */
function textDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '\\') i++
      else if (c === '"') quoted = false
    } else if (c === '"') quoted = true
    else if (c === '[' || c === '{') deepest = Math.max(deepest, ++depth)
    else if (c === ']' || c === '}') depth--
  }
  return deepest
}

/** What a JSON text is, read independently of the code under test: the format it states, or undefined. */
function statedFormat(text: string): { format?: Format; doc?: Record<string, unknown>; version?: string } {
  let doc: unknown
  try {
    doc = JSON.parse(text.replace(/^\ufeff/, ''))
  } catch {
    return {}
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return {}
  const d = doc as Record<string, unknown>
  if (typeof d.spdxVersion === 'string' && typeof d.SPDXID === 'string') {
    const m = /^SPDX-(\d{1,3}\.\d{1,3})$/.exec(d.spdxVersion)
    return m ? { format: 'spdx-json', doc: d, version: m[1] } : { doc: d }
  }
  if (d.bomFormat === 'CycloneDX' && typeof d.specVersion === 'string') return { format: 'cyclonedx-json', doc: d }
  return { doc: d }
}

/** A predicate seal accepted must go into a statement as JSON again. */
function serializes(predicateType: string, predicate: unknown): void {
  const bytes = statementBytes(statement([{ name: 'x', digest: { sha256: 'ab'.repeat(32) } }], predicateType, predicate))
  expect(JSON.stringify(JSON.parse(bytes.toString('utf8')).predicate)).toBe(JSON.stringify(predicate))
}

const CTX = { cwd: tmpdir(), claims: {} }
const MAX = 64 * 1024 * 1024

/** Values for the fields that decide the format, valid and not. */
const fieldValue = (valid: Json[]): fc.Arbitrary<Json | undefined> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom<Json | undefined>(...valid) },
    {
      weight: 3,
      arbitrary: fc.constantFrom<Json | undefined>(
        undefined,
        null,
        '',
        ' ',
        0,
        2.3,
        true,
        [],
        {},
        ['SPDX-2.3'],
        'SPDX-2',
        'SPDX-2.3.1',
        '2.3',
        'spdx-2.3',
        'SPDX-2.3 ',
        ' SPDX-2.3',
        'SPDX-2.3\n',
        'SPDX-\u0662.\u0663',
        'SPDX-99999.1',
        'SPDX-2.3\u0000',
        'cyclonedx',
        'CycloneDX ',
        'CYCLONEDX',
        '1.5',
        'x'.repeat(100_000)
      )
    },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) }
  )

/** A document with the fields that decide its format set (or removed), serialized with a twist. */
function fieldVariant(base: Json): fc.Arbitrary<{ text: string; how: string }> {
  return fc
    .record({
      spdxVersion: fieldValue(['SPDX-2.2', 'SPDX-2.3', 'SPDX-3.0', 'SPDX-10.12']),
      SPDXID: fieldValue(['SPDXRef-DOCUMENT', 'anything']),
      bomFormat: fieldValue(['CycloneDX']),
      specVersion: fieldValue(['1.4', '1.5', '1.6']),
      which: fc.subarray(['spdxVersion', 'SPDXID', 'bomFormat', 'specVersion']),
      wrap: fc.constantFrom('', '\ufeff', '  \n', 'trailing', 'array', 'deep-field')
    })
    .map(({ which, wrap, ...values }) => {
      const doc = JSON.parse(JSON.stringify(base)) as Record<string, Json>
      for (const key of which) {
        const v = values[key as keyof typeof values]
        if (v === undefined) delete doc[key]
        else doc[key] = v
      }
      let text = JSON.stringify(doc)
      if (wrap === '\ufeff' || wrap === '  \n') text = wrap + text
      else if (wrap === 'trailing') text += ' x'
      else if (wrap === 'array') text = `[${text}]`
      else if (wrap === 'deep-field') text = text.replace(/^\{/, `{"deep":${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)},`)
      return { text, how: `fields ${which.map(k => `${k}=${JSON.stringify(values[k as keyof typeof values])?.slice(0, 30)}`).join(' ')} ${wrap}` }
    })
}

describe('JSON SBOMs and custom predicates mutated as JSON (property)', () => {
  it(`detect the type their content states, or give a SealError (${NUM_RUNS} runs)`, async () => {
    // The generic JSON mutations take a third of the runs (each costs more to draw); the fields
    // that decide the format, set to valid and invalid values, take the rest.
    const cases = fc.oneof(
      { weight: 1, arbitrary: jsonMutant(SPDX_JSON).map(m => ({ ...m, doc: 'sbom' as const })) },
      { weight: 1, arbitrary: jsonMutant(CYCLONEDX_JSON).map(m => ({ ...m, doc: 'sbom' as const })) },
      { weight: 1, arbitrary: jsonMutant(CUSTOM).map(m => ({ ...m, doc: 'custom' as const })) },
      { weight: 3, arbitrary: fieldVariant(SPDX_JSON).map(m => ({ ...m, doc: 'sbom' as const })) },
      { weight: 3, arbitrary: fieldVariant(CYCLONEDX_JSON).map(m => ({ ...m, doc: 'sbom' as const })) }
    )
    await fc.assert(
      fc.asyncProperty(cases, async m => {
        const stated = statedFormat(m.text)
        if (m.doc === 'custom') {
          const { value, err } = await attempt(m.how, () =>
            resolvePredicate({ predicateType: 'https://example.com/predicate/v1', predicate: m.text, maxPredicateBytes: MAX }, CTX)
          )
          if (err) {
            expect(err.message).toContain('`predicate`')
            // A JSON object within the nesting limit is never refused.
            if (stated.doc && textDepth(m.text) <= MAX_JSON_DEPTH) throw new Error(`${m.how}: refused a JSON object: ${err.message}`)
            return
          }
          expect(value!.kind).toBe('custom')
          expect(value!.predicate).toEqual(stated.doc)
          serializes(value!.predicateType, value!.predicate)
          return
        }
        const { value, err } = await attempt(m.how, () => detectSBOM(m.text))
        if (err) {
          expect(err.message).toContain('`sbom-path`')
          if (stated.format && textDepth(m.text) <= MAX_JSON_DEPTH) throw new Error(`${m.how}: refused a ${stated.format} document: ${err.message}`)
          return
        }
        expect(value!.format).toBe(stated.format)
        expect(value!.predicate).toEqual(stated.doc)
        expect(value!.predicateType).toBe(value!.format === 'spdx-json' ? `https://spdx.dev/Document/v${stated.version}` : CYCLONEDX_TYPE)
        serializes(value!.predicateType, value!.predicate)
      }),
      propertyParams()
    )
  })
})

/** A text document with a few lines or characters changed. */
function textMutant(source: string): fc.Arbitrary<{ text: string; how: string }> {
  const lines = source.split('\n')
  const line = fc.nat({ max: lines.length - 1 })
  return fc.oneof(
    line.map(i => ({ text: lines.filter((_, k) => k !== i).join('\n'), how: `line ${i} removed` })),
    fc
      .tuple(line, fc.string({ maxLength: 40 }))
      .map(([i, s]) => ({ text: [...lines.slice(0, i), s, ...lines.slice(i)].join('\n'), how: `line ${JSON.stringify(s)} inserted at ${i}` })),
    fc.tuple(line, fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 3 })).map(([i, at, s]) => {
      const l = lines[i]
      const k = l.length ? at % l.length : 0
      return { text: lines.map((x, j) => (j === i ? x.slice(0, k) + s + x.slice(k + 1) : x)).join('\n'), how: `line ${i}: char ${k} -> ${JSON.stringify(s)}` }
    }),
    fc.constantFrom(
      { text: source.replace(/\n/g, '\r\n'), how: 'CRLF' },
      { text: '\ufeff' + source, how: 'byte order mark' },
      { text: '\n\n  ' + source, how: 'leading blank lines' },
      { text: source.toLowerCase(), how: 'lower case' },
      { text: source.replace(/"/g, "'"), how: 'single quotes' },
      { text: source.replace('xmlns=', 'xmlns = '), how: 'spaces around =' },
      { text: source.replace('xmlns=', 'xmlns:cdx='), how: 'prefixed namespace' },
      { text: source.replace('cyclonedx.org', 'cyclonedx.com'), how: 'other namespace' },
      { text: source.replace('<bom ', '<wrapper>\n<bom ').replace('</bom>', '</bom></wrapper>'), how: 'bom not the root' },
      { text: source.replace('<bom ', '<!DOCTYPE bom>\n<?pi data?>\n<bom '), how: 'doctype and processing instruction' },
      { text: source.replace('SPDX-2.2', 'SPDX-2.2.1'), how: 'three-part version' },
      { text: source.replace('SPDXVersion: SPDX-2.2', 'SPDXVersion:   SPDX-2.2   '), how: 'padded version' },
      { text: source.replace('SPDXVersion: SPDX-2.2', '  SPDXVersion: SPDX-2.2'), how: 'indented version line' },
      { text: source.slice(0, source.length >> 1), how: 'first half' }
    )
  )
}

/** Long text built to make a backtracking matcher go quadratic. */
const adversarial: fc.Arbitrary<{ text: string; how: string }> = fc
  .record({
    prefix: fc.constantFrom('', '<?xml version="1.0"?>', '<', '{', 'SPDXVersion:'),
    unit: fc.constantFrom('<bom', '<bom ', '<bom xmlns', ' xmlns ', '<!--', '<?', 'SPDXVersion: ', 'SPDXVersion:\n', '\n', ' ', '[', '{"a":', '"\\"', '<'),
    count: fc.integer({ min: 1_000, max: 50_000 }),
    suffix: fc.constantFrom('', '>', '="http://cyclonedx.org/schema/bom/1.5">', 'SPDX-2', '}', '"')
  })
  .map(({ prefix, unit, count, suffix }) => ({ text: prefix + unit.repeat(count) + suffix, how: `${count} × ${JSON.stringify(unit)}` }))

const TEXT_MS = 250

describe('text SBOMs mutated as text (property)', () => {
  it(`give the type they hold or a SealError, in bounded time (${NUM_RUNS} runs)`, async () => {
    const cases = fc.oneof(
      { weight: 4, arbitrary: textMutant(SPDX_TAG_VALUE).map(m => ({ ...m, source: 'spdx-tag-value' as Format })) },
      { weight: 4, arbitrary: textMutant(CYCLONEDX_XML).map(m => ({ ...m, source: 'cyclonedx-xml' as Format })) },
      { weight: 1, arbitrary: adversarial.map(m => ({ ...m, source: undefined })) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }).map(text => ({ text, how: 'random', source: undefined })) }
    )
    await fc.assert(
      fc.asyncProperty(cases, async m => {
        const { value, err, ms } = await attempt(m.how, () => detectSBOM(m.text), TEXT_MS)
        if (ms > TEXT_MS) throw new Error(`${m.how}: took ${ms.toFixed(0)} ms`)
        if (err) {
          expect(err.message).toContain('`sbom-path`')
          return
        }
        const body = m.text.replace(/^\ufeff/, '')
        if (value!.format === 'cyclonedx-xml') {
          // The root element (after the prolog) is a bom in the CycloneDX namespace.
          const root = body.replace(/^(\s*(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![^>]*>))*\s*/, '')
          expect(root).toMatch(/^<bom(?=[\s>/])[^>]*\sxmlns\s*=\s*["']http:\/\/cyclonedx\.org\/schema\/bom\//)
          expect(value!.predicate).toEqual({ mediaType: 'application/vnd.cyclonedx+xml', content: m.text })
        } else if (value!.format === 'spdx-tag-value') {
          const version = /^SPDXVersion:\s*SPDX-(\d+\.\d+)\s*$/m.exec(body)
          expect(version).not.toBeNull()
          expect(value!.predicateType).toBe(`https://spdx.dev/Document/v${version![1]}`)
          expect(value!.predicate).toEqual({ mediaType: 'text/spdx', content: m.text })
        } else {
          // JSON formats are covered above; here only text that happens to be JSON.
          expect(statedFormat(m.text).format).toBe(value!.format)
        }
        if (m.source === 'cyclonedx-xml' && ['bom not the root', 'other namespace', 'prefixed namespace'].includes(m.how))
          throw new Error(`${m.how}: detected as ${value!.format}`)
        serializes(value!.predicateType, value!.predicate)
      }),
      propertyParams()
    )
  })
})

describe('SBOM and predicate files as bytes (property)', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'seal-prop-predicate-'))
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  type Kind = 'spdx-json' | 'cyclonedx-json' | 'custom' | 'spdx-tag-value' | 'cyclonedx-xml'
  const SOURCES: Record<Kind, string> = {
    'spdx-json': JSON.stringify(SPDX_JSON),
    'cyclonedx-json': JSON.stringify(CYCLONEDX_JSON),
    custom: JSON.stringify(CUSTOM),
    'spdx-tag-value': SPDX_TAG_VALUE,
    'cyclonedx-xml': CYCLONEDX_XML
  }
  const JSON_KINDS: Kind[] = ['spdx-json', 'cyclonedx-json', 'custom']

  interface Case {
    kind: Kind
    bytes: Buffer
    how: string
    /** 'ok' must resolve, 'error' must be refused, 'any' either. */
    expect: 'ok' | 'error' | 'any'
    max: number
  }

  const INVALID_UTF8 = [[0xff], [0xc3], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x80], [0xe2, 0x82]]

  /** The cases for one kind of document (built once: some hold megabytes). */
  const casesOf = (kind: Kind): fc.Arbitrary<Case> => {
    const source = Buffer.from(SOURCES[kind], 'utf8')
    const json = JSON_KINDS.includes(kind)
    const ok = (bytes: Buffer, how: string, max = MAX): Case => ({ kind, bytes, how, expect: 'ok', max })
    const bad = (bytes: Buffer, how: string, max = MAX): Case => ({ kind, bytes, how, expect: 'error', max })
    const options: fc.WeightedArbitrary<Case>[] = [
      { weight: 6, arbitrary: fc.constant(ok(source, 'untouched')) },
      { weight: 6, arbitrary: fc.constant(ok(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), source]), 'UTF-8 byte order mark')) },
      { weight: 6, arbitrary: fc.constant(bad(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SOURCES[kind], 'utf16le')]), 'UTF-16LE with BOM')) },
      {
        weight: 18,
        arbitrary: fc
          .tuple(fc.nat({ max: source.length }), fc.constantFrom(...INVALID_UTF8))
          .map(([i, seq]) => bad(Buffer.concat([source.subarray(0, i), Buffer.from(seq), source.subarray(i)]), `invalid UTF-8 ${seq.join(',')} at ${i}`))
      },
      {
        weight: 9,
        arbitrary: fc
          .constantFrom(-1, 0, 1)
          .map(d => (d < 0 ? bad(source, `max one byte short`, source.length - 1) : ok(source, `max ${d ? 'one byte over' : 'exact'}`, source.length + d)))
      },
      {
        weight: 9,
        arbitrary: fc
          .nat({ max: source.length - 1 })
          .map(n => ({ kind, bytes: source.subarray(0, n), how: `cut to ${n} bytes`, expect: 'any' as const, max: MAX }))
      }
    ]
    if (json) {
      const deep = (d: number): Buffer => Buffer.from(SOURCES[kind].replace(/^\{/, `{"deep":${'['.repeat(d)}${']'.repeat(d)},`))
      options.push(
        // The root object is level 1: d nested arrays under it make d + 1 levels.
        { weight: 6, arbitrary: fc.constantFrom(MAX_JSON_DEPTH - 2, MAX_JSON_DEPTH - 1).map(d => ok(deep(d), `nested ${d + 1} levels`)) },
        { weight: 9, arbitrary: fc.constantFrom(MAX_JSON_DEPTH, MAX_JSON_DEPTH + 1, 5_000, 100_000).map(d => bad(deep(d), `nested ${d + 1} levels`)) },
        {
          weight: 3,
          arbitrary: fc
            .constantFrom(10_000, 100_000)
            .map(d => bad(Buffer.from(`{"a":${'{"a":'.repeat(d)}1${'}'.repeat(d + 1)}`), `objects nested ${d + 1} levels`))
        },
        // Brackets inside strings do not nest.
        {
          weight: 3,
          arbitrary: fc.constant(ok(Buffer.from(SOURCES[kind].replace(/^\{/, `{"brackets":"${'[{'.repeat(50_000)}\\"]}",`)), 'brackets in a string'))
        },
        { weight: 1, arbitrary: fc.constant(ok(Buffer.from(SOURCES[kind].replace(/^\{/, `{"huge":"${'x'.repeat(1024 * 1024)}",`)), 'a string of 1 MiB')) }
      )
    } else {
      const [open, close] = kind === 'cyclonedx-xml' ? ['<!--', '-->'] : ['#', '']
      options.push({
        weight: 1,
        arbitrary: fc.constant(ok(Buffer.concat([source, Buffer.from(`\n${open}${'x'.repeat(1024 * 1024)}${close}\n`)]), '1 MiB more text'))
      })
    }
    return fc.oneof(...options)
  }
  const byKind = new Map((Object.keys(SOURCES) as Kind[]).map(kind => [kind, casesOf(kind)]))
  const cases: fc.Arbitrary<Case> = fc.constantFrom<Kind>(...byKind.keys()).chain(kind => byKind.get(kind)!)

  it(`resolve to a predicate that serializes again, or a SealError (${NUM_RUNS} runs)`, async () => {
    const file = join(dir, 'document')
    await fc.assert(
      fc.asyncProperty(cases, async c => {
        await writeFile(file, c.bytes)
        const src: PredicateSources =
          c.kind === 'custom'
            ? { predicateType: 'https://example.com/predicate/v1', predicatePath: file, maxPredicateBytes: c.max }
            : { sbomPath: file, maxPredicateBytes: c.max }
        const { value, err } = await attempt<ResolvedPredicate>(`${c.kind} ${c.how}`, () => resolvePredicate(src, { cwd: dir, claims: {} }))
        if (c.expect === 'ok' && err) throw new Error(`${c.kind} ${c.how}: refused: ${err.message}`)
        if (c.expect === 'error' && value) throw new Error(`${c.kind} ${c.how}: accepted`)
        if (err) {
          expect(err.message).toContain(c.kind === 'custom' ? '`predicate-path`' : '`sbom-path`')
          return
        }
        expect(value!.kind).toBe(c.kind === 'custom' ? 'custom' : 'sbom')
        if (c.kind !== 'custom') {
          expect(value!.sbom!.format).toBe(c.kind)
          expect(value!.sbom!.bytes.equals(c.bytes)).toBe(true)
        }
        // Compared as text: jest's deep equality is slow on a thousand levels.
        if (JSON_KINDS.includes(c.kind))
          expect(JSON.stringify(value!.predicate)).toBe(JSON.stringify(JSON.parse(c.bytes.toString('utf8').replace(/^\ufeff/, ''))))
        serializes(value!.predicateType, value!.predicate)
      }),
      propertyParams()
    )
  })

  it('names the input that is missing or empty', async () => {
    const none = await attempt('no predicate', () => resolvePredicate({ predicateType: 'https://example.com/p/v1', maxPredicateBytes: MAX }, CTX))
    expect(none.err?.message).toContain('`predicate-type` needs the predicate itself')
    const empty = await attempt('empty predicate', () =>
      resolvePredicate({ predicateType: 'https://example.com/p/v1', predicate: '', maxPredicateBytes: MAX }, CTX)
    )
    expect(empty.err?.message).toMatch(/^`predicate` does not parse/)
  })
})
