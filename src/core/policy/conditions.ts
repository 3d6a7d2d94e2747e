/**
 * The languages of policy conditions: RE2 regular expressions and Kyverno
 * wildcards for identities, CEL for seal's attestation conditions, and
 * Kyverno's JMESPath conditions with its operators. The libraries are loaded
 * on first use (only when a policy is given).
 */
import { SealError } from '../util/errors.js'
import type { ConditionBlock, KyvernoCondition, StringMatch } from './documents/types.js'
import { matchWildcard } from './glob.js'

type RE2 = { matcher(s: string): { find(): boolean; matches(): boolean } }
const regexps = new Map<string, RE2>()
let re2: typeof import('re2js') | undefined

/** Loads the RE2 engine; call once before `matchString` with regexps. */
export async function loadRegexps(): Promise<void> {
  re2 ??= await import('re2js')
}

/** A string against one constraint; regexps follow Go RE2 (`MatchString` when unanchored, a whole-value match when anchored). */
export function matchString(m: StringMatch, value: string): boolean {
  if (m.kind === 'exact') return value === m.value
  if (m.kind === 'wildcard') return matchWildcard(m.pattern, value)
  if (!re2) throw new Error('loadRegexps() was not awaited')
  let compiled = regexps.get(m.pattern)
  if (!compiled) {
    compiled = re2.RE2JS.compile(m.pattern) as unknown as RE2
    regexps.set(m.pattern, compiled)
  }
  const matcher = compiled.matcher(value)
  return m.anchored ? matcher.matches() : matcher.find()
}

/** How a constraint reads in a message. */
export function describeMatch(m: StringMatch): string {
  if (m.kind === 'exact') return JSON.stringify(m.value)
  if (m.kind === 'wildcard') return `wildcard ${JSON.stringify(m.pattern)}`
  return `${m.anchored ? 'anchored' : 'unanchored'} RE2 /${m.pattern}/`
}

/* ------------------------------------------------------------------ CEL -- */

type CelProgram = (context: Record<string, unknown>) => unknown

const celPrograms = new Map<string, CelProgram>()

/**
 * Compiles a CEL expression (throws on a syntax error), once per process: a
 * policy is loaded once and evaluated for every statement of every image.
 */
export async function compileCel(expression: string): Promise<CelProgram> {
  let program = celPrograms.get(expression)
  if (!program) {
    const { parse } = await import('@marcbachmann/cel-js')
    program = parse(expression) as unknown as CelProgram
    celPrograms.set(expression, program)
  }
  return program
}

/** Evaluates seal's CEL condition over a statement; only `true` passes. Returns why it failed, or undefined. */
export async function evaluateCel(expression: string, statement: Record<string, unknown>): Promise<string | undefined> {
  const program = await compileCel(expression)
  let result: unknown
  try {
    result = program({ predicate: statement.predicate ?? null, predicateType: statement.predicateType ?? null, subject: statement.subject ?? [], statement })
  } catch (err) {
    return `the condition ${JSON.stringify(expression)} could not be evaluated: ${(err as Error).message.split('\n')[0]}`
  }
  if (result === true) return undefined
  return `the condition ${JSON.stringify(expression)} is ${typeof result === 'boolean' ? 'false' : `not a boolean (${String(result)})`}`
}

/* ------------------------------------------------------------- JMESPath -- */

type Jmes = typeof import('@jmespath-community/jmespath')
let jmes: Jmes | undefined

/** Kyverno's extra functions seal implements (the standard JMESPath functions come with the library). */
const KYVERNO_FUNCTIONS = ['regex_match', 'time_since', 'time_after', 'time_before']

async function loadJmes(): Promise<Jmes> {
  if (jmes) return jmes
  const lib = await import('@jmespath-community/jmespath')
  await loadRegexps()
  const any = [{ types: [lib.TYPE_ANY] }]
  const str = { types: [lib.TYPE_STRING] }
  const opt = { override: true, warn: false }
  lib.registerFunction(
    'regex_match',
    ([re, s]: unknown[]) => matchString({ kind: 'regexp', pattern: String(re), anchored: false }, String(s)),
    [str, ...any],
    opt
  )
  lib.registerFunction('time_since', ([, a, b]: unknown[]) => goDuration(timeOf(b) - timeOf(a)), [str, str, str], opt)
  lib.registerFunction('time_after', ([a, b]: unknown[]) => timeOf(a) > timeOf(b), [str, str], opt)
  lib.registerFunction('time_before', ([a, b]: unknown[]) => timeOf(a) < timeOf(b), [str, str], opt)
  jmes = lib
  return lib
}

/** A time for Kyverno's time functions: RFC 3339; empty means now. */
function timeOf(v: unknown): number {
  if (v === '' || v === undefined) return Date.now()
  const t = Date.parse(String(v))
  if (Number.isNaN(t)) throw new Error(`"${String(v)}" is not an RFC 3339 time`)
  return t
}

/** Go's `time.Duration.String()` of milliseconds, e.g. `26h3m4.5s`. */
function goDuration(ms: number): string {
  if (ms === 0) return '0s'
  const sign = ms < 0 ? '-' : ''
  let rest = Math.abs(ms) / 1000
  const h = Math.floor(rest / 3600)
  rest -= h * 3600
  const m = Math.floor(rest / 60)
  const s = +(rest - m * 60).toFixed(3)
  return `${sign}${h ? `${h}h` : ''}${h || m ? `${m}m` : ''}${s}s`
}

const DURATION_UNITS: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 }

/** A Go duration (`168h`, `1h30m`, `1.5s`) in milliseconds, or undefined. */
export function parseDuration(text: string): number | undefined {
  const m = /^([+-]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/.exec(text)
  if (!m) return text === '0' ? 0 : undefined
  let total = 0
  for (const part of text.replace(/^[+-]/, '').matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)) total += Number(part[1]) * DURATION_UNITS[part[2]]
  return m[1] === '-' ? -total : total
}

/** Substitutes `{{ expr }}` in a value, innermost first; a string that is one whole `{{ expr }}` becomes the result itself. */
async function substitute(value: unknown, context: unknown): Promise<unknown> {
  if (typeof value !== 'string') return value
  const lib = await loadJmes()
  let text = value
  for (;;) {
    const m = /\{\{((?:(?!\{\{)[\s\S])*?)\}\}/.exec(text)
    if (!m) return text
    let result: unknown
    try {
      result = lib.search(context as never, m[1].trim())
    } catch (err) {
      const fn = /Unknown function: (\w+)\(\)/.exec((err as Error).message)
      if (fn) {
        throw new SealError(
          'POLICY_UNSUPPORTED',
          `the JMESPath function ${fn[1]}() is a Kyverno extension seal does not implement (it implements the standard functions and ${KYVERNO_FUNCTIONS.join(', ')})`
        )
      }
      throw new SealError('POLICY_INVALID', `the JMESPath expression "${m[1].trim()}" failed: ${(err as Error).message}`)
    }
    if (m.index === 0 && m[0].length === text.length) return result ?? null
    text = text.slice(0, m.index) + (typeof result === 'string' ? result : JSON.stringify(result ?? null)) + text.slice(m.index + m[0].length)
  }
}

function numeric(v: unknown): number | undefined {
  if (typeof v === 'number') return v
  if (typeof v === 'string') {
    const d = parseDuration(v)
    if (d !== undefined && /[a-z]$/.test(v)) return d
    if (v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v)
  }
  return undefined
}

/** Kyverno `Equals`: strings match the value as a wildcard (durations compare as durations), numbers numerically, the rest as JSON. */
function equals(key: unknown, value: unknown): boolean {
  if (typeof key === 'string' && typeof value === 'string') {
    const dk = parseDuration(key)
    const dv = parseDuration(value)
    if (dk !== undefined && dv !== undefined && /[a-z]$/.test(key) && /[a-z]$/.test(value)) return dk === dv
    return matchWildcard(value, key)
  }
  if (typeof key === 'number' || typeof value === 'number') {
    const a = numeric(key)
    const b = numeric(value)
    return a !== undefined && b !== undefined && a === b
  }
  return JSON.stringify(key) === JSON.stringify(value)
}

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v])
const within = (k: unknown, list: unknown[]) => list.some(v => equals(k, v))

function compare(key: unknown, value: unknown, op: (a: number, b: number) => boolean, durations: boolean): boolean {
  const a = durations ? (typeof key === 'string' ? parseDuration(key) : undefined) : numeric(key)
  const b = durations ? (typeof value === 'string' ? parseDuration(value) : undefined) : numeric(value)
  return a !== undefined && b !== undefined && op(a, b)
}

const OPERATORS: Record<string, (key: unknown, value: unknown) => boolean> = {
  Equals: equals,
  Equal: equals,
  NotEquals: (k, v) => !equals(k, v),
  NotEqual: (k, v) => !equals(k, v),
  In: (k, v) => asList(k).every(x => within(x, asList(v))),
  AnyIn: (k, v) => asList(k).some(x => within(x, asList(v))),
  AllIn: (k, v) => asList(k).every(x => within(x, asList(v))),
  NotIn: (k, v) => !asList(k).every(x => within(x, asList(v))),
  AnyNotIn: (k, v) => asList(k).some(x => !within(x, asList(v))),
  AllNotIn: (k, v) => asList(k).every(x => !within(x, asList(v))),
  GreaterThan: (k, v) => compare(k, v, (a, b) => a > b, false),
  GreaterThanOrEquals: (k, v) => compare(k, v, (a, b) => a >= b, false),
  LessThan: (k, v) => compare(k, v, (a, b) => a < b, false),
  LessThanOrEquals: (k, v) => compare(k, v, (a, b) => a <= b, false),
  DurationGreaterThan: (k, v) => compare(k, v, (a, b) => a > b, true),
  DurationGreaterThanOrEquals: (k, v) => compare(k, v, (a, b) => a >= b, true),
  DurationLessThan: (k, v) => compare(k, v, (a, b) => a < b, true),
  DurationLessThanOrEquals: (k, v) => compare(k, v, (a, b) => a <= b, true)
}

async function holds(c: KyvernoCondition, predicate: unknown): Promise<boolean> {
  const op = OPERATORS[c.operator]
  if (!op) throw new SealError('POLICY_UNSUPPORTED', `the condition operator ${c.operator} is not one Kyverno documents (${Object.keys(OPERATORS).join(', ')})`)
  return op(await substitute(c.key, predicate), await substitute(c.value, predicate))
}

/**
 * Kyverno attestation conditions over a predicate (the JSON context root):
 * blocks AND-ed; in a block all of `all` and one of `any` must hold.
 * Returns why they failed, or undefined.
 */
export async function evaluateKyvernoConditions(blocks: readonly ConditionBlock[], predicate: unknown): Promise<string | undefined> {
  for (const [i, b] of blocks.entries()) {
    for (const c of b.all ?? []) {
      if (!(await holds(c, predicate)))
        return c.message ?? `conditions[${i}].all: ${JSON.stringify(c.key)} ${c.operator} ${JSON.stringify(c.value)} does not hold`
    }
    if (b.any && b.any.length) {
      let one = false
      for (const c of b.any) if (await holds(c, predicate)) one = true
      if (!one) return b.any.find(c => c.message)?.message ?? `conditions[${i}].any: none of ${b.any.length} conditions holds`
    }
  }
  return undefined
}
