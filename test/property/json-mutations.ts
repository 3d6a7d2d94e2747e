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

/** A node of a document and where it is. */
interface Node {
  path: Path
  value: Json
}

/**
 * Nodes deeper than this are not picked for a change. Real documents are far
 * shallower; a mutant can hold a value thousands of levels deep (see `deep`),
 * and listing every node of it would make a second change cost the square of
 * that depth. The deep value itself is still a node (it can be removed or
 * replaced); only what lies below the limit is left alone.
 */
const MAX_MUTATION_DEPTH = 50

/** Every node of `doc` down to MAX_MUTATION_DEPTH, with its path, in one walk. */
function nodes(doc: Json): Node[] {
  const out: Node[] = []
  const visit = (value: Json, path: Path): void => {
    out.push({ path, value })
    if (path.length >= MAX_MUTATION_DEPTH) return
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]))
    else if (isObject(value)) for (const [k, v] of Object.entries(value)) visit(v, [...path, k])
  }
  visit(doc, [])
  return out
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
  // `onPath`: the node is the one at path[0..depth); only there can the target lie below.
  const write = (node: Json, depth: number, onPath: boolean): string => {
    // Off the path, nothing changes below: serialize in one go.
    if (!onPath) return JSON.stringify(node)
    if (Array.isArray(node)) return '[' + node.map((v, i) => write(v, depth + 1, depth < path.length && path[depth] === i)).join(',') + ']'
    if (!isObject(node)) return JSON.stringify(node)
    const target = depth === path.length
    const parts: string[] = []
    for (const [k, v] of Object.entries(node)) {
      const own = JSON.stringify(k) + ':' + write(v, depth + 1, depth < path.length && path[depth] === k)
      if (target && k === key) {
        const dup = JSON.stringify(k) + ':' + JSON.stringify(value)
        parts.push(...(before ? [dup, own] : [own, dup]))
      } else parts.push(own)
    }
    return '{' + parts.join(',') + '}'
  }
  return write(doc, 0, true)
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
    fc
      .nat({ max: Math.max(0, s.length - 1) })
      .map(i => ({ value: s.slice(0, i) + String.fromCharCode(s.charCodeAt(i) ^ 1) + s.slice(i + 1), how: `char ${i} flipped` }))
  )
}

/** One structural mutation of `doc`, serialized. */
function structural(doc: Json): fc.Arbitrary<Mutant> {
  const all = nodes(doc)
  const nonRoot = all.filter(n => n.path.length > 0)
  const objects = all.filter((n): n is Node & { value: { [key: string]: Json } } => isObject(n.value))
  const arrays = all.filter((n): n is Node & { value: Json[] } => Array.isArray(n.value) && n.value.length > 0)
  const strings = all.filter((n): n is Node & { value: string } => typeof n.value === 'string')
  const base64 = strings.filter(n => BASE64ISH.test(n.value) && !NUMERIC.test(n.value))
  const numbers = all.filter(
    (n): n is Node & { value: number | string } => typeof n.value === 'number' || (typeof n.value === 'string' && NUMERIC.test(n.value))
  )
  const text = (d: Json): string => JSON.stringify(d)

  const options: fc.Arbitrary<Mutant>[] = [
    fc.tuple(fc.constantFrom(...nonRoot), hostileValue()).map(([{ path }, v]) => ({ text: text(withNode(doc, path, v)), how: `replaced ${show(path)}` })),
    fc.constantFrom(...nonRoot).map(({ path }) => ({ text: text(withNode(doc, path, undefined)), how: `removed ${show(path)}` }))
  ]
  if (objects.length) {
    options.push(
      fc
        .tuple(fc.constantFrom(...objects), fc.constantFrom('extra', 'mediaType', '__proto__', 'toString', '$case', 'rawBytes'), hostileValue())
        .map(([{ path, value }, k, v]) => {
          if (Object.hasOwn(value, k)) return { text: text(doc), how: 'unchanged (key exists)' }
          return { text: text(withNode(doc, [...path, k], v)), how: `added ${show([...path, k])}` }
        }),
      fc
        .tuple(fc.constantFrom(...objects), fc.nat(), hostileValue(), fc.boolean())
        .filter(([{ value }]) => Object.keys(value).length > 0)
        .map(([{ path, value }, i, v, before]) => {
          const keys = Object.keys(value)
          const key = keys[i % keys.length]
          return { text: withDuplicateKey(doc, path, key, v, before), how: `duplicate key ${show([...path, key])} ${before ? 'before' : 'after'}` }
        })
    )
  }
  if (arrays.length) {
    options.push(
      fc.tuple(fc.constantFrom(...arrays), fc.nat(), fc.constantFrom('duplicate', 'swap', 'empty')).map(([{ path, value }, i, op]) => {
        const arr = clone(value)
        const k = arr.length ? i % arr.length : 0
        if (op === 'duplicate' && arr.length) arr.splice(k, 0, clone(arr[k]))
        else if (op === 'swap') arr.reverse()
        else arr.length = 0
        return { text: text(withNode(doc, path, arr)), how: `${op} in ${show(path)}` }
      })
    )
  }
  if (base64.length) {
    options.push(
      fc
        .constantFrom(...base64)
        .chain(({ path, value }) => mutateBase64(value).map(m => ({ text: text(withNode(doc, path, m.value)), how: `base64 ${show(path)}: ${m.how}` })))
    )
  }
  if (numbers.length) {
    options.push(
      fc
        .constantFrom(...numbers)
        .chain(({ path, value }) => mutateNumber(value).map(m => ({ text: text(withNode(doc, path, m.value)), how: `number ${show(path)}: ${m.how}` })))
    )
  }
  if (strings.length) {
    options.push(
      fc
        .constantFrom(...strings)
        .chain(({ path, value }) => mutateString(value).map(m => ({ text: text(withNode(doc, path, m.value)), how: `string ${show(path)}: ${m.how}` })))
    )
  }
  return fc.oneof(...options)
}

/**
 * One change to the raw text (as UTF-8 bytes): a byte flipped, the text cut
 * short, up to `maxInsert` characters inserted, or up to `maxDelete` bytes
 * deleted.
 */
export function textual(source: string, { maxInsert = 8, maxDelete = 64 } = {}): fc.Arbitrary<Mutant> {
  const bytes = Buffer.from(source, 'utf8')
  const last = Math.max(0, bytes.length - 1)
  return fc.oneof(
    fc.record({ i: fc.nat({ max: last }), x: fc.integer({ min: 1, max: 255 }) }).map(({ i, x }) => {
      const b = Buffer.from(bytes)
      b[i] ^= x
      return { text: b.toString('utf8'), how: `byte ${i} ^ ${x}` }
    }),
    fc.nat({ max: last }).map(n => ({ text: bytes.subarray(0, n).toString('utf8'), how: `truncated to ${n} bytes` })),
    fc.record({ i: fc.nat({ max: bytes.length }), s: fc.string({ minLength: 1, maxLength: maxInsert, unit: 'binary' }) }).map(({ i, s }) => ({
      text: bytes.subarray(0, i).toString('utf8') + s + bytes.subarray(i).toString('utf8'),
      how: `inserted ${JSON.stringify(s)} at ${i}`
    })),
    fc
      .record({ i: fc.nat({ max: last }), n: fc.integer({ min: 1, max: maxDelete }) })
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
