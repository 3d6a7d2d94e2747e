/**
 * seal's identity regexps in the admission engines' language.
 *
 * seal reads `certificate-identity-regexp` and `certificate-oidc-issuer-regexp`
 * as JavaScript regular expressions (no flags) that must match the whole value.
 * The engines read Go RE2 patterns and match them anywhere in the value. To gate
 * the same, a pattern is rewritten token by token into RE2 syntax with the same
 * meaning and wrapped in `^(?:…)$`. Constructs RE2 lacks (lookaround,
 * backreferences) are refused, naming the flag, rather than approximated.
 *
 * Values are compared as in seal for every string without characters beyond
 * U+FFFF (JavaScript counts those as two characters, Go as one); certificate
 * SANs are ASCII by definition (IA5String), and issuers are URLs.
 */
import { SealError } from '../../util/errors.js'

/**
 * What is written uses only syntax JavaScript and RE2 read alike: `\xHH` below
 * U+0100, the character itself above, never RE2's `\x{…}` (in JavaScript, an
 * `x` repeated). So an evaluator may also run the pattern as a JavaScript RegExp.
 */
/** JavaScript's `\s`, as the body of a character class. */
const JS_SPACE = '\\t\\n\\x0B\\f\\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'
/** JavaScript's `.` without the `s` flag: anything but a line terminator. */
const JS_DOT = '[^\\n\\r\u2028\u2029]'
/** RE2 refuses repetition counts above this. */
const RE2_MAX_REPEAT = 1000
const RE2_META = /[\\.+*?()|[\]{}^$]/g

/** An exact string as an RE2 pattern that matches only that string, anchored. */
export function goExact(text: string): string {
  return `^${text.replace(RE2_META, c => `\\${c}`)}$`
}

/** A character below U+0100 by its code, `\xHH`. */
function hex(code: number): string {
  return `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
}

/** A character written so that RE2 reads it as itself, inside or outside a class. */
function literal(ch: string, inClass: boolean): string {
  if (/[\\.+*?()|[\]{}^$]/.test(ch) || (inClass && ch === '-')) return `\\${ch}`
  const code = ch.charCodeAt(0)
  return code < 0x20 || code === 0x7f ? hex(code) : ch
}

class Translator {
  private i = 0
  constructor(
    private readonly src: string,
    private readonly flag: string
  ) {}

  private refuse(what: string): never {
    throw new SealError(
      'INPUT_INVALID',
      `\`--${this.flag}\`: ${what} has no equivalent in the Go regular expressions admission controllers use, so the policy cannot gate as seal does.`,
      {
        hint: 'Rewrite the pattern without it (RE2 syntax: groups, classes, alternation and repetition work alike).'
      }
    )
  }

  run(): string {
    let out = ''
    while (this.i < this.src.length) out += this.token()
    return out
  }

  private token(): string {
    const ch = this.src[this.i++]
    switch (ch) {
      case '\\':
        return this.escape(false).text
      case '.':
        return JS_DOT
      case '[':
        return this.charClass()
      case '(':
        return this.group()
      case ')':
      case '|':
      case '^':
      case '$':
      case '*':
      case '+':
      case '?':
        return ch
      case '{':
        return this.braces()
      case ']':
      case '}':
        return `\\${ch}`
      default:
        return this.plain(ch)
    }
  }

  private plain(ch: string, inClass = false): string {
    const code = ch.charCodeAt(0)
    if (code >= 0xd800 && code <= 0xdfff) this.refuse('a character beyond U+FFFF')
    return literal(ch, inClass)
  }

  /** `{n}`, `{n,}`, `{n,m}` repeat; any other brace is a literal in JavaScript. */
  private braces(): string {
    const m = /^(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i))
    if (!m) return '\\{'
    const counts = [m[1], m[3]].filter(Boolean).map(Number)
    if (counts.some(n => n > RE2_MAX_REPEAT)) this.refuse(`a repetition count above ${RE2_MAX_REPEAT}`)
    this.i += m[0].length
    return `{${m[1]}${m[2] ?? ''}}`
  }

  private group(): string {
    const rest = this.src.slice(this.i)
    if (rest.startsWith('?:')) {
      this.i += 2
      return '(?:'
    }
    if (/^\?<?[=!]/.test(rest)) this.refuse('a lookahead or lookbehind')
    const named = /^\?<[A-Za-z_$][\w$]*>/.exec(rest)
    if (named) this.i += named[0].length
    // Captures do not change what matches; non-capturing keeps RE2's group limits out of the way.
    return '(?:'
  }

  /**
   * One escape after `\`: `text` is RE2 syntax valid both inside and outside a
   * class; `set` marks class escapes (`\d`, `\s`…) that cannot end a range.
   */
  private escape(inClass: boolean): { text: string; set: boolean; negatedSpace?: boolean } {
    const ch = this.src[this.i++]
    if (ch === undefined) this.refuse('a trailing backslash')
    if ('dDwW'.includes(ch)) return { text: `\\${ch}`, set: true }
    if (ch === 's') return { text: inClass ? JS_SPACE : `[${JS_SPACE}]`, set: true }
    if (ch === 'S') return { text: `[^${JS_SPACE}]`, set: true, negatedSpace: true }
    if (ch === 'b' || ch === 'B')
      return inClass && ch === 'b' ? { text: hex(8), set: false } : inClass ? this.refuse('`\\B` in a class') : { text: `\\${ch}`, set: false }
    const simple: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11 }
    if (ch in simple) return { text: hex(simple[ch]), set: false }
    if (ch === '0' && !/[0-9]/.test(this.src[this.i] ?? '')) return { text: hex(0), set: false }
    if (/[0-9]/.test(ch)) this.refuse(`the backreference or octal escape \`\\${ch}\``)
    if (ch === 'k') this.refuse('the named backreference `\\k`')
    if (ch === 'x' || ch === 'u') {
      const m = (ch === 'x' ? /^[0-9a-fA-F]{2}/ : /^[0-9a-fA-F]{4}/).exec(this.src.slice(this.i))
      if (!m) this.refuse(`\`\\${ch}\` without its hex digits`)
      this.i += m[0].length
      const code = parseInt(m[0], 16)
      if (code >= 0xd800 && code <= 0xdfff) this.refuse('a character beyond U+FFFF')
      return { text: code < 0x100 ? hex(code) : this.plain(String.fromCharCode(code), inClass), set: false }
    }
    if (ch === 'c') this.refuse('the control escape `\\c`')
    // Any other escaped character stands for itself in JavaScript (without the `u` flag).
    return { text: this.plain(ch, inClass), set: false }
  }

  private charClass(): string {
    const negated = this.src[this.i] === '^'
    if (negated) this.i++
    const atoms: { text: string; single: boolean; dash: boolean }[] = []
    let closed = false
    while (this.i < this.src.length) {
      const ch = this.src[this.i++]
      if (ch === ']') {
        closed = true
        break
      }
      if (ch === '\\') {
        const e = this.escape(true)
        if (e.negatedSpace) this.refuse('`\\S` inside a character class')
        atoms.push({ text: e.text, single: !e.set, dash: false })
      } else {
        atoms.push({ text: this.plain(ch, true), single: true, dash: ch === '-' })
      }
    }
    if (!closed) this.refuse('an unclosed character class')
    if (atoms.length === 0) return negated ? '[\\s\\S]' : '[^\\s\\S]'
    // As JavaScript reads a class: `a-z` is a range between two single characters;
    // a dash next to a class escape (`\d-z`) or at either end is a literal.
    let body = ''
    for (let k = 0; k < atoms.length; k++) {
      const a = atoms[k]
      const end = atoms[k + 2]
      if (atoms[k + 1]?.dash && end && a.single && end.single) {
        body += `${a.text}-${end.text}`
        k += 2
      } else {
        body += a.text
      }
    }
    return `[${negated ? '^' : ''}${body}]`
  }
}

/**
 * A seal identity regexp (JavaScript syntax, matched against the whole value)
 * as an RE2 pattern that admission controllers, which match anywhere, apply
 * with the same outcome: `^(?:…)$` around the translated pattern. Throws
 * SealError naming `--<flag>` for a pattern RE2 cannot express.
 */
export function goAnchored(source: string, flag: string): string {
  try {
    new RegExp(source)
  } catch (err) {
    throw new SealError('INPUT_INVALID', `\`--${flag}\` is not a valid regular expression: ${(err as Error).message}`)
  }
  return `^(?:${new Translator(source, flag).run()})$`
}
