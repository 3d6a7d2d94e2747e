/**
 * seal's identity regexps (JavaScript, whole value) rewritten for the
 * admission engines (Go RE2, matched anywhere): the rewritten pattern, run by
 * an RE2 engine the way the engines run it (find anywhere), must accept
 * exactly the strings seal accepts.
 */
import fc from 'fast-check'
import { RE2JS } from 're2js'

import { thrown } from '../../support/errors.js'
import { goAnchored, goExact } from '../../../src/core/policy/export/regexp.js'

/** Go's regexp.MatchString: unanchored search. */
const goMatches = (pattern: string, value: string): boolean => RE2JS.compile(pattern).matcher(value).find()
/** seal's identity check: the whole value. */
const sealMatches = (source: string, value: string): boolean => new RegExp(`^(?:${source})$`).test(value)

const WORKFLOW = 'https://github.com/acme/widgets/.github/workflows/release.yml@refs/heads/main'

const VALUES = [
  WORKFLOW,
  `${WORKFLOW}-2`,
  `https://evil.example/${WORKFLOW}`,
  'https://github.com/acme/widgets/.github/workflows/release.yml@refs/tags/v1.2.3',
  'https://github.com/acme/other/.github/workflows/release.yml@refs/heads/main',
  'https://token.actions.githubusercontent.com',
  'https://token.actions.githubusercontent.com.evil',
  'https://accounts.google.com',
  'dev@example.com',
  'dev@example.com\n',
  'a',
  'ab',
  'b',
  '',
  'a\rb',
  'a\nb',
  'a\u2028b',
  'a b',
  'a\u00a0b',
  'a\tb',
  'a-b',
  'a]b',
  'a{b',
  'a{2}',
  'aa',
  'aaa',
  'x/y',
  '\u0000',
  '\b',
  'p{L}',
  'z',
  '5',
  '_'
]

const PATTERNS = [
  'https://github\\.com/acme/widgets/\\.github/workflows/release\\.yml@refs/heads/main',
  'https://github\\.com/acme/[^/]+/\\.github/workflows/.*@refs/(heads/main|tags/v.*)',
  'https://github.com/acme/widgets/.github/workflows/release.yml@refs/heads/main',
  'https://token\\.actions\\.githubusercontent\\.com',
  'https://(token\\.actions\\.githubusercontent\\.com|accounts\\.google\\.com)',
  '.*@example\\.com',
  'a|b',
  'a|ab',
  'a.b',
  'a\\sb',
  'a\\Sb',
  'a[\\s]b',
  'a[^\\s]b',
  'a\\wb',
  '[\\d-z]',
  '[a-]',
  '[-a]',
  '[\\-a]',
  '[^a-z]',
  'a]b',
  'a{b',
  'a{2}',
  'a{2,}',
  'a{1,2}',
  'a{,2}',
  'a{2}?',
  '(?<first>a)b',
  '(?:a)+',
  '[]',
  '[^]',
  'a[^]b',
  '\\u0061',
  '\\u002e',
  'a\\u2028b',
  '[\\u00e0-\\u00ff]',
  '\\x61b',
  '\\0',
  '[\\b]',
  '\\p\\{L\\}',
  '\\p{L}',
  'x\\/y',
  '[a[]',
  '[a^]b',
  '(a|)b',
  '^a$',
  'a$|b',
  '\\ba\\b',
  'a*?',
  '\\.\\+\\*\\?\\(\\)\\[\\]\\{\\}\\|\\^\\$'
]

describe('goAnchored: same outcome as seal on every value', () => {
  it.each(PATTERNS)('%s', pattern => {
    const go = goAnchored(pattern, 'certificate-identity-regexp')
    expect(go.startsWith('^(?:') && go.endsWith(')$')).toBe(true)
    // RE2 (the engines) and a JavaScript RegExp of the same text (an evaluator in JavaScript) both agree with seal.
    const js = new RegExp(go)
    for (const value of VALUES) {
      expect([value, goMatches(go, value), js.test(value)]).toEqual([value, sealMatches(pattern, value), sealMatches(pattern, value)])
    }
  })

  it('agrees with seal on arbitrary values (BMP characters)', () => {
    const patterns = PATTERNS.map(p => [p, RE2JS.compile(goAnchored(p, 'certificate-identity-regexp')), new RegExp(`^(?:${p})$`)] as const)
    const chars = fc.constantFrom(
      'a',
      'b',
      'z',
      '5',
      '_',
      '-',
      '.',
      '/',
      ':',
      '@',
      ' ',
      '\n',
      '\r',
      '\t',
      '\u00a0',
      '\u2028',
      '{',
      '}',
      ']',
      '[',
      'p',
      'L',
      'x',
      'y',
      'é'
    )
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 8 }), value => {
        const differs = patterns.find(([, go, seal]) => go.matcher(value).find() !== seal.test(value))
        expect(differs && [differs[0], value]).toBeUndefined()
      }),
      { numRuns: 300 }
    )
  })

  it('anchors the whole alternation, so no branch matches a part of the value', () => {
    const go = goAnchored('a|b', 'certificate-identity-regexp')
    expect(goMatches(go, 'xa')).toBe(false)
    expect(goMatches(go, 'bx')).toBe(false)
    expect(goMatches('a|b', 'xa')).toBe(true)
  })
})

describe('goAnchored: refusals name the flag', () => {
  it.each([
    ['(?=a)a', 'lookahead'],
    ['(?!a)b', 'lookahead'],
    ['(?<=a)b', 'lookbehind'],
    ['(?<!a)b', 'lookbehind'],
    ['(a)\\1', 'backreference'],
    ['(?<n>a)\\k<n>', 'backreference'],
    ['\\cA', 'control'],
    ['a{1001}', 'repetition count'],
    ['[\\S]', '\\S'],
    ['\ud83d\ude00', 'U+FFFF'],
    ['\\x4', 'hex digits'],
    ['\\ud83d', 'U+FFFF']
  ])('%s', (pattern, what) => {
    const err = thrown(() => goAnchored(pattern, 'certificate-oidc-issuer-regexp'))
    expect(err.code).toBe('INPUT_INVALID')
    expect(err.message).toContain('`--certificate-oidc-issuer-regexp`')
    expect(err.message).toContain(what)
  })

  it('refuses a pattern JavaScript cannot compile, naming the flag', () => {
    const err = thrown(() => goAnchored('a(b', 'certificate-identity-regexp'))
    expect(err.message).toContain('`--certificate-identity-regexp` is not a valid regular expression')
  })
})

it('writes no RE2-only syntax, so JavaScript reads the pattern the same', () => {
  for (const p of PATTERNS) expect([p, goAnchored(p, 'certificate-identity-regexp')]).not.toEqual([p, expect.stringContaining('\\x{')])
})

describe('goExact', () => {
  it('matches only the string itself, metacharacters included', () => {
    const text = 'https://x.example/a*b?c+(d)[e]{f}|g^h$i\\j'
    const go = goExact(text)
    expect(goMatches(go, text)).toBe(true)
    expect(goMatches(go, `${text}x`)).toBe(false)
    expect(goMatches(go, `x${text}`)).toBe(false)
    expect(goMatches(go, text.replace('.', 'X'))).toBe(false)
  })
})
