/**
 * Mutations of a JSON document for property tests of parsers and verifiers:
 * every mutant is the original with one (or two) changes, as text.
 *
 *  - fields: replaced by hostile values (wrong types, huge numbers, deep
 *    nesting, prototype-named keys), removed, or added;
 *  - base64 fields: decoded bytes flipped, cut or extended, or the encoding
 *    itself bent (alphabet, padding, stray characters);
 *  - numbers and numeric strings: off by one, negative, huge, fractional;
 *  - arrays: elements dropped, duplicated, swapped, emptied;
 *  - duplicate keys, serialized before or after the original key;
 *  - raw text: bytes flipped, inserted or deleted, the text truncated.
 */
import fc from 'fast-check'

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Path = (string | number)[]

export interface Mutant {
  text: string
  /** What was done, for failure reports and tallies. */
  how: string
}

/** Runs per property: SEAL_PROPERTY_RUNS, 10,000 by default. */
export const NUM_RUNS = Number(process.env.SEAL_PROPERTY_RUNS ?? 10_000)

/** fast-check parameters shared by the property files (SEAL_PROPERTY_SEED replays a run). */
export function propertyParams(): { numRuns: number; seed?: number; endOnFailure: boolean } {
  const seed = process.env.SEAL_PROPERTY_SEED
  return { numRuns: NUM_RUNS, endOnFailure: true, ...(seed ? { seed: Number(seed) } : {}) }
}

const BASE64ISH = /^[A-Za-z0-9+/_-]{8,}={0,2}$/
const NUMERIC = /^-?\d+$/

function isObject(v: Json | undefined): v is { [key: string]: Json } {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

/** A deep copy. JSON documents only, so a JSON round trip is exact (and lighter on the stack than structuredClone). */
function clone<T extends Json>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T)
}

function walk(doc: Json, path: Path, out: Path[]): void {
  out.push(path)
  if (Array.isArray(doc)) doc.forEach((v, i) => walk(v, [...path, i], out))
  else if (isObject(doc)) for (const [k, v] of Object.entries(doc)) walk(v, [...path, k], out)
}

function at(doc: Json, path: Path): Json | undefined {
  let cur: Json | undefined = doc
  for (const key of path) {
    if (Array.isArray(cur) && typeof key === 'number') cur = cur[key]
    else if (isObject(cur) && typeof key === 'string' && Object.hasOwn(cur, key)) cur = cur[key]
    else return undefined
  }
  return cur
}

/** The document with the node at `path` replaced (or removed when `value` is undefined). */
function withNode(doc: Json, path: Path, value: Json | undefined): Json {
  if (path.length === 0) return value === undefined ? null : value
  const copy = clone(doc)
  const parent = at(copy, path.slice(0, -1))
  const key = path[path.length - 1]
  if (Array.isArray(parent) && typeof key === 'number') {
    if (value === undefined) parent.splice(key, 1)
    else parent[key] = value
  } else if (isObject(parent) && typeof key === 'string') {
    if (value === undefined) delete parent[key]
    else Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true })
  }
  return copy
}

function show(path: Path): string {
  return path.length ? path.map(k => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('') : '(root)'
}

/** Serializes `doc`, adding a duplicate of `key` in the object at `path`, before or after the original. */
function withDuplicateKey(doc: Json, path: Path, key: string, value: Json, before: boolean): string {
  const write = (node: Json, here: Path): string => {
    if (Array.isArray(node)) return '[' + node.map((v, i) => write(v, [...here, i])).join(',') + ']'
    if (!isObject(node)) return JSON.stringify(node)
    const target = here.length === path.length && here.every((k, i) => k === path[i])
    const parts: string[] = []
    for (const [k, v] of Object.entries(node)) {
      const own = JSON.stringify(k) + ':' + write(v, [...here, k])
      if (target && k === key) {
        const dup = JSON.stringify(k) + ':' + JSON.stringify(value)
        parts.push(...(before ? [dup, own] : [own, dup]))
      } else parts.push(own)
    }
    return '{' + parts.join(',') + '}'
  }
  return write(doc, [])
}

function deep(levels: number): Json {
  let v: Json = 1
  for (let i = 0; i < levels; i++) v = i % 2 ? { a: v } : [v]
  return v
}

/** Values that parsers tend to trip over. */
export function hostileValue(): fc.Arbitrary<Json> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> },
    {
      weight: 2,
      arbitrary: fc.constantFrom<Json>(
        null,
        true,
        false,
        0,
        -1,
        1.5,
        1e308,
        -1e308,
        2 ** 53 + 2,
        '',
        ' ',
        '0',
        '-1',
        '1e400',
        '99999999999999999999999999999',
        'NaN',
        '=',
        '====',
        'AAAA',
        '\u0000',
        '\ud800',
        [],
        {},
        [null],
        { toString: 1 },
        { valueOf: null, toString: null },
        JSON.parse('{"__proto__":{"polluted":true}}') as Json,
        { constructor: { prototype: { polluted: true } } },
        'x'.repeat(100_000),
        deep(2_000)
      )
    }
  )
}

function mutateBase64(s: string): fc.Arbitrary<{ value: string; how: string }> {
  const url = /[-_]/.test(s)
  const bytes = Buffer.from(s, url ? 'base64url' : 'base64')
  const enc = (b: Buffer): string => b.toString(url ? 'base64url' : 'base64')
  return fc.oneof(
    fc.record({ i: fc.nat({ max: Math.max(0, bytes.length - 1) }), bit: fc.integer({ min: 0, max: 7 }) }).map(({ i, bit }) => {
      const b = Buffer.from(bytes)
      if (b.length) b[i] ^= 1 << bit
      return { value: enc(b), how: `flipped bit ${bit} of byte ${i}` }
    }),
    fc.nat({ max: Math.max(0, bytes.length - 1) }).map(n => ({ value: enc(bytes.subarray(0, n)), how: `cut to ${n} bytes` })),
    fc.uint8Array({ minLength: 1, maxLength: 8 }).map(extra => ({ value: enc(Buffer.concat([bytes, extra])), how: `extended by ${extra.length} bytes` })),
    fc.constant({ value: s.replace(/=+$/, ''), how: 'padding removed' }),
    fc.constant({ value: s + '=', how: 'padding added' }),
    fc.constant({ value: url ? Buffer.from(bytes).toString('base64') : bytes.toString('base64url'), how: 'other base64 alphabet' }),
    fc
      .record({ i: fc.nat({ max: s.length }), c: fc.constantFrom('!', ' ', '\n', '*', '.', '%', 'é', '\u0000') })
      .map(({ i, c }) => ({ value: s.slice(0, i) + c + s.slice(i), how: `stray ${JSON.stringify(c)} at ${i}` })),
    fc.nat({ max: Math.max(0, s.length - 1) }).map(i => ({ value: s.slice(0, i) + s.slice(i + 1), how: `character ${i} removed` })),
    fc
      .record({ i: fc.nat({ max: Math.max(0, s.length - 1) }), c: fc.constantFrom(...'AZaz09+/') })
      .map(({ i, c }) => ({ value: s.slice(0, i) + c + s.slice(i + 1), how: `character ${i} set to ${c}` }))
  )
}

function mutateNumber(v: number | string): fc.Arbitrary<{ value: Json; how: string }> {
  const n = Number(v)
  const asString = typeof v === 'string'
  const fmt = (x: number | string): Json => (asString ? String(x) : x)
  return fc.oneof(
    fc.constantFrom(1, -1, 2, 1000).map(d => ({ value: fmt(n + d), how: `${v} + ${d}` })),
    fc.constantFrom<{ value: Json; how: string }>(
      { value: fmt(0), how: 'zero' },
      { value: fmt(-n), how: 'negated' },
      { value: fmt(n * 2), how: 'doubled' },
      { value: asString ? n : String(v), how: 'number <-> string' },
      { value: '18446744073709551616', how: '2^64' },
      { value: '-9223372036854775809', how: 'below int64' },
      { value: 1e308, how: '1e308' },
      { value: `${n}.5`, how: 'fraction' },
      { value: ` ${v}`, how: 'leading space' },
      { value: '0x10', how: 'hex' },
      { value: '1e3', how: 'exponent' },
      { value: 'NaN', how: 'NaN' }
    )
  )
}

function mutateString(s: string): fc.Arbitrary<{ value: Json; how: string }> {
  return fc.oneof(
    fc.constant({ value: s.toUpperCase() === s ? s.toLowerCase() : s.toUpperCase(), how: 'case changed' }),
    fc.constant({ value: '', how: 'emptied' }),
    fc.string({ maxLength: 3, unit: 'binary' }).map(x => ({ value: s + x, how: `suffix ${JSON.stringify(x)}` })),
    fc.string({ maxLength: 3, unit: 'binary' }).map(x => ({ value: x + s, how: `prefix ${JSON.stringify(x)}` })),
    fc.nat({ max: Math.max(0, s.length - 1) }).map(i => ({ value: s.slice(0, i), how: `cut at ${i}` })),
    fc.nat({ max: Math.max(0, s.length - 1) }).map(i => ({ value: s.slice(0, i) + String.fromCharCode(s.charCodeAt(i) ^ 1) + s.slice(i + 1), how: `char ${i} flipped` }))
  )
}

/** One structural mutation of `doc`, serialized. */
function structural(doc: Json): fc.Arbitrary<Mutant> {
  const paths: Path[] = []
  walk(doc, [], paths)
  const nonRoot = paths.filter(p => p.length > 0)
  const objects = paths.filter(p => isObject(at(doc, p)))
  const arrays = paths.filter(p => {
    const v = at(doc, p)
    return Array.isArray(v) && v.length > 0
  })
  const base64 = paths.filter(p => {
    const v = at(doc, p)
    return typeof v === 'string' && BASE64ISH.test(v) && !NUMERIC.test(v)
  })
  const numbers = paths.filter(p => {
    const v = at(doc, p)
    return typeof v === 'number' || (typeof v === 'string' && NUMERIC.test(v))
  })
  const strings = paths.filter(p => typeof at(doc, p) === 'string')
  const text = (d: Json): string => JSON.stringify(d)

  const options: fc.Arbitrary<Mutant>[] = [
    fc
      .tuple(fc.constantFrom(...nonRoot), hostileValue())
      .map(([p, v]) => ({ text: text(withNode(doc, p, v)), how: `replaced ${show(p)}` })),
    fc.constantFrom(...nonRoot).map(p => ({ text: text(withNode(doc, p, undefined)), how: `removed ${show(p)}` }))
  ]
  if (objects.length) {
    options.push(
      fc
        .tuple(fc.constantFrom(...objects), fc.constantFrom('extra', 'mediaType', '__proto__', 'toString', '$case', 'rawBytes'), hostileValue())
        .map(([p, k, v]) => {
          const obj = at(doc, p) as { [key: string]: Json }
          if (Object.hasOwn(obj, k)) return { text: text(doc), how: 'unchanged (key exists)' }
          return { text: text(withNode(doc, [...p, k], v)), how: `added ${show([...p, k])}` }
        }),
      fc
        .tuple(fc.constantFrom(...objects), fc.nat(), hostileValue(), fc.boolean())
        .filter(([p]) => Object.keys(at(doc, p) as object).length > 0)
        .map(([p, i, v, before]) => {
          const keys = Object.keys(at(doc, p) as object)
          const key = keys[i % keys.length]
          return { text: withDuplicateKey(doc, p, key, v, before), how: `duplicate key ${show([...p, key])} ${before ? 'before' : 'after'}` }
        })
    )
  }
  if (arrays.length) {
    options.push(
      fc.tuple(fc.constantFrom(...arrays), fc.nat(), fc.constantFrom('duplicate', 'swap', 'empty')).map(([p, i, op]) => {
        const arr = clone(at(doc, p) as Json[])
        const k = arr.length ? i % arr.length : 0
        if (op === 'duplicate' && arr.length) arr.splice(k, 0, clone(arr[k]))
        else if (op === 'swap') arr.reverse()
        else arr.length = 0
        return { text: text(withNode(doc, p, arr)), how: `${op} in ${show(p)}` }
      })
    )
  }
  if (base64.length) {
    options.push(
      fc
        .constantFrom(...base64)
        .chain(p => mutateBase64(at(doc, p) as string).map(m => ({ text: text(withNode(doc, p, m.value)), how: `base64 ${show(p)}: ${m.how}` })))
    )
  }
  if (numbers.length) {
    options.push(
      fc
        .constantFrom(...numbers)
        .chain(p => mutateNumber(at(doc, p) as number | string).map(m => ({ text: text(withNode(doc, p, m.value)), how: `number ${show(p)}: ${m.how}` })))
    )
  }
  if (strings.length) {
    options.push(
      fc
        .constantFrom(...strings)
        .chain(p => mutateString(at(doc, p) as string).map(m => ({ text: text(withNode(doc, p, m.value)), how: `string ${show(p)}: ${m.how}` })))
    )
  }
  return fc.oneof(...options)
}

/** One change to the raw text (as UTF-8 bytes). */
function textual(source: string): fc.Arbitrary<Mutant> {
  const bytes = Buffer.from(source, 'utf8')
  const last = Math.max(0, bytes.length - 1)
  return fc.oneof(
    fc.record({ i: fc.nat({ max: last }), x: fc.integer({ min: 1, max: 255 }) }).map(({ i, x }) => {
      const b = Buffer.from(bytes)
      b[i] ^= x
      return { text: b.toString('utf8'), how: `byte ${i} ^ ${x}` }
    }),
    fc.nat({ max: last }).map(n => ({ text: bytes.subarray(0, n).toString('utf8'), how: `truncated to ${n} bytes` })),
    fc
      .record({ i: fc.nat({ max: bytes.length }), s: fc.string({ minLength: 1, maxLength: 8, unit: 'binary' }) })
      .map(({ i, s }) => ({ text: bytes.subarray(0, i).toString('utf8') + s + bytes.subarray(i).toString('utf8'), how: `inserted ${JSON.stringify(s)} at ${i}` })),
    fc
      .record({ i: fc.nat({ max: last }), n: fc.integer({ min: 1, max: 64 }) })
      .map(({ i, n }) => ({ text: Buffer.concat([bytes.subarray(0, i), bytes.subarray(i + n)]).toString('utf8'), how: `deleted ${n} bytes at ${i}` }))
  )
}

/**
 * Mutants of `doc` (serialized compactly as `JSON.stringify` does): mostly one
 * structural change, sometimes a raw text change, sometimes two changes.
 */
export function jsonMutant(doc: Json): fc.Arbitrary<Mutant> {
  const one = structural(doc)
  const source = JSON.stringify(doc)
  const twice = one.chain((a): fc.Arbitrary<Mutant> => {
    // The second change applies to the first mutant, when that is still JSON.
    let first: Json
    try {
      first = JSON.parse(a.text) as Json
    } catch {
      return fc.constant(a)
    }
    return structural(first).map(b => ({ text: b.text, how: `${a.how}, then ${b.how}` }))
  })
  return fc.oneof({ weight: 6, arbitrary: one }, { weight: 2, arbitrary: textual(source) }, { weight: 1, arbitrary: twice })
}

/**
 * Whether `small` holds nothing that `big` does not: every value it has is
 * found at the same place in `big` (array elements anywhere in the matching
 * array). A verified mutant may drop redundant evidence, never add or change any.
 */
export function isSubDocument(small: Json, big: Json): boolean {
  if (Array.isArray(small)) return Array.isArray(big) && small.every(s => big.some(b => isSubDocument(s, b)))
  if (isObject(small)) return isObject(big) && Object.entries(small).every(([k, v]) => Object.hasOwn(big, k) && isSubDocument(v, big[k]))
  return small === big
}
