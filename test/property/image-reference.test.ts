/**
 * Image references as users type them (parseImageReference): generated valid
 * references parse to the parts they were built from and round-trip through
 * their string form; near-valid and random strings either parse to a
 * reference that round-trips or fail with a SealError INPUT_INVALID naming
 * the input; long adversarial strings parse in bounded time (no regular
 * expression backtracking blow-up). 10,000 runs per property by default
 * (SEAL_PROPERTY_RUNS lowers it locally).
 */
import fc from 'fast-check'

import { SealError } from '../../src/core/util/errors.js'
import { isRepositoryPath, isTag, parseImageReference, type ImageReference } from '../../src/core/oci/reference.js'
import { isDigest } from '../../src/core/oci/types.js'
import { NUM_RUNS, propertyParams } from './json-mutations.js'

const INPUT = 'subject-image'
/** Slowest parse allowed for one call, in ms: normal calls take microseconds. */
const MAX_CALL_MS = 50

const alnum = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 1, maxLength: 6 })
/** One repository path component: alphanumeric runs joined by `.`, `_`, `__` or dashes. */
const component = fc
  .tuple(alnum, fc.array(fc.tuple(fc.constantFrom('.', '_', '__', '-', '--'), alnum), { maxLength: 3 }))
  .map(([head, rest]) => head + rest.map(([sep, run]) => sep + run).join(''))
const label = fc.stringMatching(/^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,8}[a-zA-Z0-9])?$/)
const port = fc.integer({ min: 1, max: 65535 })

interface Registry {
  /** As written, or undefined for none (Docker Hub). */
  text?: string
  /** What the parser must report. */
  normalised: string
  dockerHub: boolean
}

const registry: fc.Arbitrary<Registry> = fc.oneof(
  fc.constant<Registry>({ normalised: 'docker.io', dockerHub: true }),
  fc.constantFrom('docker.io', 'index.docker.io', 'registry-1.docker.io').map(text => ({ text, normalised: 'docker.io', dockerHub: true })),
  fc
    .tuple(fc.array(label, { minLength: 2, maxLength: 4 }), fc.option(port, { nil: undefined }))
    .map(([labels, p]) => labels.join('.') + (p === undefined ? '' : `:${p}`))
    .filter(text => !['docker.io', 'index.docker.io', 'registry-1.docker.io'].includes(text.toLowerCase()))
    .map(text => ({ text, normalised: text.toLowerCase(), dockerHub: false })),
  fc
    .tuple(label, port)
    .map(([l, p]) => `${l}:${p}`)
    .map(text => ({ text, normalised: text.toLowerCase(), dockerHub: false })),
  fc.option(port, { nil: undefined }).map(p => {
    const text = `localhost${p === undefined ? '' : `:${p}`}`
    return { text, normalised: text, dockerHub: false }
  }),
  fc.tuple(fc.constantFrom('127.0.0.1', '10.0.0.7', '[::1]', '[fe80::1]', '[2001:DB8::5]'), fc.option(port, { nil: undefined })).map(([host, p]) => {
    const text = host + (p === undefined ? '' : `:${p}`)
    return { text, normalised: text.toLowerCase(), dockerHub: false }
  })
)

const tag = fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,40}$/)
const digest = fc.oneof(
  fc.uint8Array({ minLength: 32, maxLength: 32 }).map(b => `sha256:${Buffer.from(b).toString('hex')}`),
  fc.uint8Array({ minLength: 64, maxLength: 64 }).map(b => `sha512:${Buffer.from(b).toString('hex')}`)
)

interface Valid {
  text: string
  registry: string
  repository: string
  tag?: string
  digest?: string
}

/** A valid reference and the parts the parser must find in it. */
const valid: fc.Arbitrary<Valid> = fc
  .record({
    registry,
    path: fc.array(component, { minLength: 1, maxLength: 4 }),
    tag: fc.option(tag, { nil: undefined }),
    digest: fc.option(digest, { nil: undefined })
  })
  .map(({ registry: r, path, tag: t, digest: d }) => {
    // Without a registry host, a first component with a dot would be read as a host: use "_" there.
    const parts = [...path]
    if (r.text === undefined && parts.length > 1) parts[0] = parts[0].replace(/[.]/g, '_')
    let repository = parts.join('/')
    if (r.dockerHub && parts.length === 1) repository = `library/${repository}`
    const text = `${r.text === undefined ? '' : `${r.text}/`}${parts.join('/')}${t === undefined ? '' : `:${t}`}${d === undefined ? '' : `@${d}`}`
    return { text, registry: r.normalised, repository, ...(t === undefined ? {} : { tag: t }), ...(d === undefined ? {} : { digest: d }) }
  })
  // Names over 255 characters are refused by design (checked separately below).
  .filter(v => v.registry.length + 1 + v.repository.length <= 255)

function parts(ref: ImageReference): Record<string, unknown> {
  return { registry: ref.registry, repository: ref.repository, tag: ref.tag, digest: ref.digest, text: ref.toString(), reference: ref.reference }
}

/**
 * Parses, timing the call; the outcome is a reference or a SealError (anything
 * else fails the property). A call over MAX_CALL_MS is timed twice more and the
 * fastest counts: a garbage collection pause does not repeat, a blow-up does.
 */
function parse(text: string): { ref?: ImageReference; err?: SealError; ms: number } {
  const once = (): { ref?: ImageReference; err?: SealError; ms: number } => {
    const started = performance.now()
    try {
      const ref = parseImageReference(text, INPUT)
      return { ref, ms: performance.now() - started }
    } catch (err) {
      const ms = performance.now() - started
      if (!(err instanceof SealError)) throw new Error(`parseImageReference(${JSON.stringify(text.slice(0, 200))}) threw ${String(err)}`)
      return { err, ms }
    }
  }
  const first = once()
  for (let i = 0; i < 2 && first.ms >= MAX_CALL_MS; i++) first.ms = Math.min(first.ms, once().ms)
  return first
}

/** What holds for every reference the parser gives back, whatever the input. */
function checkReference(ref: ImageReference): void {
  expect(ref.registry).toBe(ref.registry.toLowerCase())
  expect(isRepositoryPath(ref.repository)).toBe(true)
  if (ref.tag !== undefined) expect(isTag(ref.tag)).toBe(true)
  if (ref.digest !== undefined) expect(isDigest(ref.digest)).toBe(true)
  expect(ref.reference).toBe(ref.digest ?? ref.tag ?? 'latest')
  // The printed form reads back as the same reference.
  const again = parseImageReference(ref.toString(), INPUT)
  expect(parts(again)).toEqual(parts(ref))
}

function checkError(err: SealError, text: string): void {
  expect(err.code).toBe('INPUT_INVALID')
  expect(err.message.startsWith(`\`${INPUT}\`: "`)).toBe(true)
  expect(err.message).toContain(text.length > 200 ? text.slice(0, 200) : text)
  expect(err.hint).toMatch(/registry\/repository/)
}

/** Characters that matter to the grammar, and some that must never pass. */
const SPECIAL = [
  ...':/@._-[]',
  '__',
  'A',
  'Z',
  'a',
  '0',
  '9',
  ' ',
  '\t',
  '\n',
  '\u0000',
  '\u00e9',
  '\ud83d\ude00',
  '\ud800',
  '%',
  '+',
  '#',
  '?',
  '\\',
  '*',
  '='
]

/** A valid reference with a few characters inserted, removed or replaced. */
const nearValid: fc.Arbitrary<string> = fc
  .tuple(
    valid,
    fc.array(fc.tuple(fc.constantFrom('insert', 'delete', 'replace', 'repeat'), fc.nat(), fc.constantFrom(...SPECIAL), fc.integer({ min: 2, max: 300 })), {
      minLength: 1,
      maxLength: 3
    })
  )
  .map(([v, edits]) => {
    let s = v.text
    for (const [op, at, c, n] of edits) {
      const i = s.length ? at % (s.length + (op === 'insert' ? 1 : 0)) : 0
      if (op === 'insert') s = s.slice(0, i) + c + s.slice(i)
      else if (op === 'delete') s = s.slice(0, i) + s.slice(i + 1)
      else if (op === 'replace') s = s.slice(0, i) + c + s.slice(i + 1)
      else s = s.slice(0, i) + c.repeat(n) + s.slice(i)
    }
    return s
  })

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: fc.constantFrom(...SPECIAL), maxLength: 60 }),
  fc.constantFrom('', ' ', 'https://ghcr.io/o/a', 'oci://x/y', 'ghcr.io', 'ghcr.io/', '/', '@', ':', 'a@', 'a:', '[::1]', '[::1]:5000', 'docker.io', 'library/')
)

/** Long strings built to make a backtracking matcher go quadratic or worse. */
const adversarial: fc.Arbitrary<string> = fc
  .record({
    prefix: fc.constantFrom('', 'ghcr.io/', 'a/', 'localhost:5000/', '[', 'a.', 'A'),
    unit: fc.constantFrom(
      'a-',
      'a.',
      'a_',
      'a__',
      'a--',
      '-',
      '_',
      '.',
      'a',
      'A',
      ':',
      '[',
      '[a:',
      '1',
      'a.b-',
      '@',
      'sha256:',
      '/a',
      '/',
      'a/',
      '0:',
      ':a',
      'ab'
    ),
    count: fc.integer({ min: 1_000, max: 20_000 }),
    suffix: fc.constantFrom('', '!', '-', '.', ':', '/', '@', '@sha256:' + 'a'.repeat(63) + 'G', ':tag', ']', '/A', ' ')
  })
  .map(({ prefix, unit, count, suffix }) => prefix + unit.repeat(count) + suffix)

describe('parseImageReference (property)', () => {
  it(`parses generated references to their parts, and they round-trip (${NUM_RUNS} runs)`, () => {
    fc.assert(
      fc.property(valid, v => {
        const { ref, err } = parse(v.text)
        if (err) throw new Error(`valid reference ${JSON.stringify(v.text)} refused: ${err.message}`)
        expect({ registry: ref!.registry, repository: ref!.repository, tag: ref!.tag, digest: ref!.digest }).toEqual({
          registry: v.registry,
          repository: v.repository,
          tag: v.tag,
          digest: v.digest
        })
        checkReference(ref!)
        // Pinning to a digest keeps everything else and round-trips too.
        const pinned = ref!.withDigest('sha256:' + 'c'.repeat(64))
        expect(pinned.repository).toBe(ref!.repository)
        expect(pinned.tag).toBe(ref!.tag)
        checkReference(pinned)
      }),
      propertyParams()
    )
  })

  it(`gives a reference that round-trips or a SealError naming the input, for near-valid and random text (${NUM_RUNS} runs)`, () => {
    let slowest = 0
    fc.assert(
      fc.property(fc.oneof({ weight: 3, arbitrary: nearValid }, { weight: 1, arbitrary: anyText }), text => {
        const { ref, err, ms } = parse(text)
        slowest = Math.max(slowest, ms)
        if (ref) {
          checkReference(ref)
          // Whatever was accepted holds no whitespace, control or non-ASCII characters, and no scheme.
          expect(text).not.toMatch(/[\s\u0000-\u001f\u007f-\uffff]/)
          expect(text).not.toMatch(/^[a-z][a-z0-9+.-]*:\/\//i)
        } else checkError(err!, text)
      }),
      propertyParams()
    )
    expect(slowest).toBeLessThan(MAX_CALL_MS)
  })

  it(`parses long adversarial strings in bounded time (${NUM_RUNS} runs)`, () => {
    let slowest = 0
    let slowestText = ''
    fc.assert(
      fc.property(adversarial, text => {
        const { ref, err, ms } = parse(text)
        if (ms > slowest) {
          slowest = ms
          slowestText = `${text.slice(0, 40)}… (${text.length} characters)`
        }
        if (ref) checkReference(ref)
        else checkError(err!, text)
      }),
      propertyParams()
    )
    if (slowest >= MAX_CALL_MS) throw new Error(`slowest parse took ${slowest.toFixed(1)} ms: ${slowestText}`)
  })

  it(`refuses names over 255 characters, whatever their parts (${NUM_RUNS} runs)`, () => {
    fc.assert(
      fc.property(registry, fc.array(component, { minLength: 1, maxLength: 40 }), (r, path) => {
        const text = `${r.text ?? 'ghcr.io'}/${path.join('/')}`
        const registryName = r.text === undefined ? 'ghcr.io' : r.normalised
        const repository = r.dockerHub && r.text !== undefined && path.length === 1 ? `library/${path[0]}` : path.join('/')
        const { ref, err } = parse(text)
        if (registryName.length + 1 + repository.length > 255) {
          expect(err?.message).toContain('longer than 255')
        } else {
          expect(err).toBeUndefined()
          checkReference(ref!)
        }
      }),
      propertyParams()
    )
  })
})
