/**
 * Checksums files (parseChecksums): generated files in the forms sha256sum,
 * sha512sum and their `--tag` (BSD) variant write parse to exactly the
 * subjects they were made from; mutations whose meaning is known (line
 * endings, byte order mark, blank lines, comments, markers, duplicates, a
 * name listed again with another digest) give exactly the expected subjects;
 * mutations that break a line (digest length, NUL bytes, stray carriage
 * returns, a misplaced byte order mark) give a SealError naming the input;
 * any other byte-level mutation gives subjects found in the text or a
 * SealError, never another exception. 10,000 runs per property by default.
 */
import fc from 'fast-check'

import { parseChecksums } from '../../src/core/attest/checksums.js'
import { SealError } from '../../src/core/util/errors.js'
import type { StatementSubject } from '../../src/core/formats/intoto.js'
import { NUM_RUNS, propertyParams, textual } from './json-mutations.js'

const SOURCE = '`subject-checksums`'

type Form = 'text' | 'binary' | 'tag'

interface Entry {
  algorithm: 'sha256' | 'sha512'
  hex: string
  name: string
  form: Form
  upper: boolean
}

/** File names as they occur: plain, with spaces, parentheses, `*`, backslashes, unicode, newlines. */
const name: fc.Arbitrary<string> = fc
  .oneof(
    fc.stringMatching(/^[A-Za-z0-9._-]{1,24}$/),
    fc.stringMatching(/^[A-Za-z0-9._/-]{1,12}( [A-Za-z0-9()._*-]{1,12}){0,3}$/),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
    fc.string({ unit: fc.constantFrom('a', ' ', '*', '(', ')', '=', '\\', '\n', '\r', '#', '\t', 'é'), minLength: 1, maxLength: 12 })
  )
  .filter(n => !n.includes('\0'))

const entry: fc.Arbitrary<Entry> = fc
  .record({
    algorithm: fc.constantFrom<'sha256' | 'sha512'>('sha256', 'sha512'),
    bytes: fc.uint8Array({ minLength: 64, maxLength: 64 }),
    name,
    form: fc.constantFrom<Form>('text', 'binary', 'tag'),
    upper: fc.boolean()
  })
  .map(({ algorithm, bytes, name: n, form, upper }) => ({
    algorithm,
    hex: Buffer.from(bytes.subarray(0, algorithm === 'sha256' ? 32 : 64)).toString('hex'),
    name: n,
    form,
    upper
  }))

/** One line as the tools write it: names with a backslash, newline or carriage return are escaped. */
function line(e: Entry): string {
  const escape = /[\\\n\r]/.test(e.name)
  const n = escape ? e.name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : e.name
  const hex = e.upper ? e.hex.toUpperCase() : e.hex
  const body = e.form === 'tag' ? `${e.algorithm.toUpperCase()} (${n}) = ${hex}` : `${hex} ${e.form === 'binary' ? '*' : ' '}${n}`
  return (escape ? '\\' : '') + body
}

/** The subjects a list of entries stands for: exact duplicates dropped, first occurrence first. */
function expected(entries: Entry[]): StatementSubject[] {
  const seen = new Set<string>()
  const out: StatementSubject[] = []
  for (const e of entries) {
    const key = JSON.stringify([e.name, e.algorithm, e.hex])
    if (seen.has(key)) continue
    seen.add(key)
    out.push({ name: e.name, digest: { [e.algorithm]: e.hex } })
  }
  return out
}

interface File {
  entries: Entry[]
  eol: '\n' | '\r\n'
  bom: boolean
  trailing: boolean
}

const file: fc.Arbitrary<File> = fc.record({
  entries: fc.array(entry, { minLength: 1, maxLength: 12 }),
  eol: fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
  bom: fc.boolean(),
  trailing: fc.boolean()
})

function render(f: File, lines: string[] = f.entries.map(line)): string {
  return (f.bom ? '\ufeff' : '') + lines.join(f.eol) + (f.trailing ? f.eol : '')
}

type Outcome = { subjects: StatementSubject[] } | { error: string }

function run(text: string): Outcome {
  try {
    return { subjects: parseChecksums(text) }
  } catch (err) {
    if (!(err instanceof SealError)) throw new Error(`parseChecksums threw ${String(err)} for ${JSON.stringify(text.slice(0, 200))}`)
    expect(err.code).toBe('INPUT_INVALID')
    expect(err.message.startsWith(SOURCE)).toBe(true)
    return { error: err.message }
  }
}

/** A mutation and its outcome: the subjects, 'error', or 'any' (subjects found in the text, or an error). */
interface Mutation {
  text: string
  how: string
  expect: StatementSubject[] | 'error' | 'any'
}

function mutations(f: File): fc.Arbitrary<Mutation> {
  const lines = f.entries.map(line)
  const n = lines.length
  const idx = fc.nat({ max: n - 1 })
  const same = expected(f.entries)
  const pos = fc.nat({ max: n })
  const options: fc.Arbitrary<Mutation>[] = [
    // Meaning kept.
    fc.constant({ text: render({ ...f, eol: f.eol === '\n' ? '\r\n' : '\n' }), how: 'other line endings', expect: same }),
    fc.constant({ text: render({ ...f, bom: !f.bom }), how: 'byte order mark toggled', expect: same }),
    fc.tuple(pos, fc.constantFrom('', ' ', '\t', '  \t ', '\r')).map(([i, blank]) => ({
      text: render(f, [...lines.slice(0, i), blank, ...lines.slice(i)]),
      how: `blank line ${JSON.stringify(blank)} at ${i}`,
      expect: same
    })),
    fc
      .tuple(
        pos,
        fc.string({ maxLength: 30 }).map(s => '#' + s.replace(/[\r\n]/g, ''))
      )
      .map(([i, c]) => ({
        text: render(f, [...lines.slice(0, i), c, ...lines.slice(i)]),
        how: `comment at ${i}`,
        expect: same
      })),
    fc.tuple(idx, pos).map(([i, j]) => {
      const entries = [...f.entries.slice(0, j), f.entries[i], ...f.entries.slice(j)]
      // Exact duplicates are dropped: the subjects in order of first appearance.
      return { text: render(f, entries.map(line)), how: `line ${i} repeated at ${j}`, expect: expected(entries) }
    }),
    idx.map(i => {
      const e = f.entries[i]
      const form: Form = e.form === 'text' ? 'binary' : e.form === 'binary' ? 'text' : 'tag'
      return {
        text: render(
          f,
          lines.map((l, k) => (k === i ? line({ ...e, form, upper: !e.upper }) : l))
        ),
        how: `line ${i}: marker and case changed`,
        expect: same
      }
    }),
    fc.constant({ text: render(f) + f.eol.repeat(3), how: 'trailing blank lines', expect: same }),
    // Meaning changed in a known way: the name listed again with another digest is a second subject.
    fc.tuple(idx, fc.uint8Array({ minLength: 64, maxLength: 64 }), fc.constantFrom<Form>('text', 'binary', 'tag')).map(([i, bytes, form]) => {
      const e = f.entries[i]
      const other: Entry = { ...e, form, hex: Buffer.from(bytes.subarray(0, e.hex.length / 2)).toString('hex') }
      const entries = [...f.entries, other]
      return { text: render(f, entries.map(line)), how: `line ${i} listed again with another digest`, expect: expected(entries) }
    }),
    // Broken lines.
    fc.tuple(idx, fc.constantFrom(-2, -1, 1, 2, 64)).map(([i, d]) => {
      const e = f.entries[i]
      const hex = d < 0 ? e.hex.slice(0, d) : e.hex + 'a'.repeat(d)
      // 64 more digits turn a sha256 digest into a valid sha512 one: a different subject, not an error.
      if (e.form !== 'tag' && hex.length === 128) {
        const entries = f.entries.map((x, k) => (k === i ? { ...x, algorithm: 'sha512' as const, hex } : x))
        return { text: render(f, entries.map(line)), how: `line ${i}: digest now sha512`, expect: expected(entries) }
      }
      return {
        text: render(
          f,
          lines.map((l, k) => (k === i ? line({ ...e, hex }) : l))
        ),
        how: `line ${i}: digest length ${hex.length}`,
        expect: 'error' as const
      }
    }),
    fc.tuple(idx, fc.nat()).map(([i, at]) => {
      const l = lines[i]
      const k = 1 + (at % l.length)
      return {
        text: render(
          f,
          lines.map((x, j) => (j === i ? l.slice(0, k) + '\0' + l.slice(k) : x))
        ),
        how: `NUL in line ${i} at ${k}`,
        expect: 'error' as const
      }
    }),
    idx.map(i => ({
      text: render(
        f,
        lines.map((x, j) => (j === i ? x + '\r\r' : x))
      ),
      how: `stray carriage returns after line ${i}`,
      expect: 'error' as const
    })),
    idx.map(i => ({
      text: render(
        f,
        lines.map((x, j) => (j === i ? '\ufeff' + x : x))
      ),
      how: `byte order mark before line ${i}`,
      expect: i === 0 && !f.bom ? same : ('error' as const)
    })),
    // A name without a backslash, newline or carriage return reads the same escaped or not.
    idx.map(i => {
      const escaped = lines[i].startsWith('\\')
      const toggled = escaped ? lines[i].slice(1) : '\\' + lines[i]
      return {
        text: render(
          f,
          lines.map((x, j) => (j === i ? toggled : x))
        ),
        how: `escape marker toggled on line ${i}`,
        expect: escaped ? ('any' as const) : same
      }
    }),
    fc.tuple(idx, fc.integer({ min: 100_000, max: 400_000 }), fc.boolean()).map(([i, size, inName]) => {
      const e = f.entries[i]
      if (inName) {
        const entries = f.entries.map((x, k) => (k === i ? { ...x, name: x.name + 'n'.repeat(size) } : x))
        return { text: render(f, entries.map(line)), how: `line ${i}: name of ${size} more characters`, expect: expected(entries) }
      }
      return {
        text: render(
          f,
          lines.map((x, k) => (k === i ? line({ ...e, hex: e.hex + 'f'.repeat(size) }) : x))
        ),
        how: `line ${i}: ${size} more hex digits`,
        expect: 'error' as const
      }
    }),
    fc.constant({ text: f.eol.repeat(3) + (f.bom ? '\ufeff' : ''), how: 'no lines', expect: 'error' as const })
  ]
  return fc.oneof(...options)
}

/** What holds for any subject the parser returns, whatever the text. */
function checkSubject(s: StatementSubject, text: string): void {
  const entries = Object.entries(s.digest)
  expect(entries).toHaveLength(1)
  const [algorithm, hex] = entries[0]
  expect(hex).toMatch(algorithm === 'sha256' ? /^[0-9a-f]{64}$/ : /^[0-9a-f]{128}$/)
  expect(algorithm === 'sha256' || algorithm === 'sha512').toBe(true)
  expect(s.name).not.toBe('')
  expect(s.name).not.toContain('\0')
  expect(text.toLowerCase()).toContain(hex)
}

/** Byte-level mutations of a valid file. */
function bytes(text: string): fc.Arbitrary<string> {
  return textual(text, { maxInsert: 6, maxDelete: 80 }).map(m => m.text)
}

describe('parseChecksums (property)', () => {
  it(`parses generated files to exactly their subjects (${NUM_RUNS} runs)`, () => {
    fc.assert(
      fc.property(file, f => {
        expect(run(render(f))).toEqual({ subjects: expected(f.entries) })
      }),
      propertyParams()
    )
  })

  it(`gives the expected subjects or a SealError for mutations with a known outcome (${NUM_RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        file.chain(f => mutations(f)),
        m => {
          const outcome = run(m.text)
          if (m.expect === 'any') {
            if ('subjects' in outcome) outcome.subjects.forEach(s => checkSubject(s, m.text))
            return
          }
          if (m.expect === 'error') {
            if ('subjects' in outcome) throw new Error(`${m.how}: expected a SealError, got ${JSON.stringify(outcome.subjects).slice(0, 300)}`)
            return
          }
          if ('error' in outcome) throw new Error(`${m.how}: expected subjects, got ${outcome.error.slice(0, 300)}`)
          expect(outcome.subjects).toEqual(m.expect)
        }
      ),
      propertyParams()
    )
  })

  it(`never throws anything but a SealError for byte-level mutations, and returns only subjects found in the text (${NUM_RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        file.chain(f => bytes(render(f))),
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.boolean(),
        (mutant, noise, useNoise) => {
          const text = useNoise ? noise : mutant
          const outcome = run(text)
          if ('subjects' in outcome) {
            expect(outcome.subjects.length).toBeGreaterThan(0)
            outcome.subjects.forEach(s => checkSubject(s, text))
          }
        }
      ),
      propertyParams()
    )
  })
})
