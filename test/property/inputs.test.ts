/**
 * Property tests of what users type into inputs: digests (parseDigest),
 * lists such as subject patterns or checksums lines (splitList), and identity
 * policies (buildIdentityPolicy + check). 10,000 runs each by default
 * (SEAL_PROPERTY_RUNS lowers it locally).
 */
import { createHash } from 'node:crypto'

import fc from 'fast-check'

import { parseDigest } from '../../src/core/subjects/digest.js'
import { SealError } from '../../src/core/util/errors.js'
import { buildIdentityPolicy } from '../../src/core/policy/identity.js'
import { splitList } from '../../src/core/subjects/files.js'
import { NUM_RUNS, propertyParams } from './json-mutations.js'

const HEX_LENGTH = { sha256: 64, sha384: 96, sha512: 128 } as const
type Alg = keyof typeof HEX_LENGTH
const ALGS = Object.keys(HEX_LENGTH) as Alg[]

/** Strings near a digest: right or wrong prefix, length, alphabet, case and surrounding space. */
const digestLike: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 140 }),
  fc
    .record({
      prefix: fc.constantFrom('sha256:', 'sha384:', 'sha512:', 'SHA256:', 'sha1:', 'sha256=', 'sha256', ':', 'sha256::', ' sha256:'),
      hex: fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), minLength: 0, maxLength: 130 }),
      noise: fc.string({ unit: 'binary', maxLength: 2 }),
      at: fc.nat(),
      pad: fc.constantFrom('', ' ', '\n', '\t', '\u00a0', '\u2028', '\ufeff')
    })
    .map(({ prefix, hex, noise, at, pad }) => {
      const i = hex.length ? at % (hex.length + 1) : 0
      return pad + prefix + hex.slice(0, i) + noise + hex.slice(i) + pad
    }),
  fc
    .record({ alg: fc.constantFrom(...ALGS), bytes: fc.uint8Array({ minLength: 32, maxLength: 64 }) })
    .map(({ alg, bytes }) => `${alg}:${Buffer.from(bytes).toString('hex')}`)
)

describe('parseDigest', () => {
  it(`never throws, and accepts only <alg>:<hex of the right length> (${NUM_RUNS} runs)`, () => {
    fc.assert(
      fc.property(digestLike, text => {
        const parsed = parseDigest(text)
        if (parsed === undefined) return
        const hex = parsed.digest.toString('hex')
        expect(hex.length).toBe(HEX_LENGTH[parsed.algorithm])
        expect(text.trim().startsWith(`${parsed.algorithm}:`)).toBe(true)
        expect(text.trim().toLowerCase()).toBe(`${parsed.algorithm}:${hex}`)
      }),
      propertyParams()
    )
  })

  it(`reads back every real digest, in either case and with surrounding space (${NUM_RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALGS), fc.uint8Array({ maxLength: 64 }), fc.boolean(), fc.constantFrom('', ' ', '\n', '\t'), (alg, data, upper, pad) => {
        const digest = createHash(alg).update(data).digest()
        const hex = digest.toString('hex')
        const parsed = parseDigest(`${pad}${alg}:${upper ? hex.toUpperCase() : hex}${pad}`)
        expect(parsed?.algorithm).toBe(alg)
        expect(parsed?.digest.equals(digest)).toBe(true)
        // One hex digit more or less is not a digest.
        expect(parseDigest(`${alg}:${hex}0`)).toBeUndefined()
        expect(parseDigest(`${alg}:${hex.slice(1)}`)).toBeUndefined()
      }),
      propertyParams()
    )
  })
})

/** A list item as a user writes it: no separator inside, possibly padded with space. */
const item = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 30 })
  .map(s => s.replace(/[,\n]/g, '_'))
  .filter(s => s.trim() !== '')

describe('splitList', () => {
  it(`never throws; every value is trimmed, non-empty and free of separators (${NUM_RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.option(fc.string({ unit: 'binary', maxLength: 200 }), { nil: undefined }), text => {
        for (const value of splitList(text)) {
          expect(value).not.toBe('')
          expect(value).toBe(value.trim())
          expect(value).not.toMatch(/[,\n]/)
        }
      }),
      propertyParams()
    )
  })

  it(`gives back the items of a list joined by newlines, commas and blank lines (${NUM_RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(item, fc.constantFrom(',', '\n', ', ', '\n\n', '\r\n', ' ,\n', ',,')), { maxLength: 20 }), parts => {
        const text = parts.map(([v, sep]) => v + sep).join('')
        expect(splitList(text)).toEqual(parts.map(([v]) => v.trim()))
      }),
      propertyParams()
    )
  })

  it(`keeps each line of a checksums file whole (${NUM_RUNS} runs)`, () => {
    const name = fc.stringMatching(/^[A-Za-z0-9._/ -]{1,40}$/).filter(s => s.trim() !== '')
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.uint8Array({ minLength: 32, maxLength: 32 }), name, fc.boolean()), { maxLength: 30 }), lines => {
        const text = lines.map(([d, n, binary]) => `${Buffer.from(d).toString('hex')} ${binary ? '*' : ' '}${n}`).join('\n') + '\n'
        const values = splitList(text)
        expect(values).toHaveLength(lines.length)
        values.forEach((v, i) => expect(v.startsWith(Buffer.from(lines[i][0]).toString('hex'))).toBe(true))
      }),
      propertyParams()
    )
  })
})

/** An identity as a user writes it, plus values that must not pass for it. */
const identity = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }),
  fc
    .record({ repo: fc.stringMatching(/^[a-z0-9-]{1,12}\/[a-z0-9.-]{1,12}$/), ref: fc.stringMatching(/^refs\/(heads|tags)\/[A-Za-z0-9._-]{1,10}$/) })
    .map(({ repo, ref }) => `https://github.com/${repo}/.github/workflows/release.yml@${ref}`)
)

function variants(s: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }).map(x => s + x),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }).map(x => x + s),
    fc.nat({ max: Math.max(0, s.length - 1) }).map(n => s.slice(0, n)),
    fc.nat({ max: Math.max(0, s.length - 1) }).map(n => s.slice(n + 1)),
    fc.mixedCase(fc.constant(s)),
    fc.constantFrom(s.normalize('NFD'), s.normalize('NFKC'), `${s}\n`, ` ${s}`, `${s}\u0000`, s.replace(/\./g, 'X'), s.toUpperCase(), s.toLowerCase()),
    fc.string({ unit: 'binary', maxLength: 60 })
  )
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')

describe('identity policy', () => {
  it(`an exact identity and issuer match themselves and nothing else (${NUM_RUNS} runs)`, () => {
    const withVariant = identity.filter(s => s.trim() !== '').chain(s => fc.tuple(fc.constant(s), variants(s.trim())))
    const outcome = (policy: ReturnType<typeof buildIdentityPolicy>, found: { identity: string; issuer: string }): string => {
      try {
        policy.check(found)
        return 'match'
      } catch (err) {
        expect(err).toBeInstanceOf(SealError)
        return (err as SealError).code
      }
    }
    fc.assert(
      fc.property(withVariant, withVariant, ([id, otherId], [issuer, otherIssuer]) => {
        const wanted = { identity: id.trim(), issuer: issuer.trim() }
        const policy = buildIdentityPolicy({ certificateIdentity: id, certificateOidcIssuer: issuer })
        expect(outcome(policy, wanted)).toBe('match')
        expect(outcome(policy, { ...wanted, identity: otherId })).toBe(otherId === wanted.identity ? 'match' : 'IDENTITY_MISMATCH')
        expect(outcome(policy, { ...wanted, issuer: otherIssuer })).toBe(otherIssuer === wanted.issuer ? 'match' : 'ISSUER_MISMATCH')
      }),
      propertyParams()
    )
  })

  it(`a regexp is anchored: a literal pattern matches its text, never the text inside a longer one (${NUM_RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        identity.filter(s => s.trim() !== ''),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }),
        fc.boolean(),
        (id, extra, before) => {
          const text = id.trim()
          const policy = buildIdentityPolicy({ certificateIdentityRegExp: escape(text) })
          policy.check({ identity: text })
          const longer = before ? extra + text : text + extra
          expect(() => policy.check({ identity: longer })).toThrow(SealError)
        }
      ),
      propertyParams()
    )
  })

  it(`a pattern is accepted only if it is a regular expression on its own, so wrapping cannot unanchor it (${NUM_RUNS} runs)`, () => {
    const piece = fc.constantFrom('a', '.*', ')', '(', '|', '(?:', ')|(', '$', '^', '\\', '[', ']', '[)]', '\\)', '{2}', '?', '+', '(?<n>', '(?=', 'x')
    const pattern = fc.oneof(
      fc.array(piece, { maxLength: 8 }).map(p => p.join('')),
      fc.string({ unit: 'binary', maxLength: 20 })
    )
    fc.assert(
      fc.property(pattern, fc.string({ unit: 'binary', maxLength: 20 }), (source, value) => {
        let policy
        try {
          policy = buildIdentityPolicy({ certificateIdentityRegExp: source })
        } catch (err) {
          expect(err).toBeInstanceOf(SealError)
          expect((err as SealError).code).toMatch(/^(INPUT_INVALID|POLICY_MISSING)$/)
          return
        }
        // Accepted: the pattern compiles alone, so the anchors wrap all of it.
        expect(() => new RegExp(source.trim())).not.toThrow()
        let matched = true
        try {
          policy.check({ identity: value })
        } catch (err) {
          expect(err).toBeInstanceOf(SealError)
          matched = false
        }
        expect(matched).toBe(new RegExp(`^(?:${source.trim()})$`).test(value))
      }),
      propertyParams()
    )
  })

  it('rejects a pattern that would escape its anchors', () => {
    for (const source of ['a)|(.*', 'x)|.*|(y', '^https://github.com/acme/.*)|(.*']) {
      let err: unknown
      try {
        buildIdentityPolicy({ certificateIdentityRegExp: source })
      } catch (e) {
        err = e
      }
      expect(err).toBeInstanceOf(SealError)
      expect((err as SealError).code).toBe('INPUT_INVALID')
      expect((err as SealError).message).toContain('`certificate-identity-regexp`')
    }
  })
})
