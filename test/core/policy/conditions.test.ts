import { evaluateCel, evaluateKyvernoConditions, loadRegexps, matchString, parseDuration } from '../../../src/core/policy/conditions.js'

const cond = (key: unknown, operator: string, value: unknown) => [{ all: [{ key, operator, value }] }]
const holds = async (predicate: unknown, key: unknown, operator: string, value: unknown) =>
  (await evaluateKyvernoConditions(cond(key, operator, value), predicate)) === undefined

describe('Kyverno conditions', () => {
  const p = {
    builder: { id: 'https://github.com/acme/b@refs/tags/v1.10.0' },
    n: 3,
    list: ['a', 'b'],
    metadata: { scanFinishedOn: new Date(Date.now() - 3600_000).toISOString() }
  }

  it('substitutes {{ }} innermost first; a whole {{ }} keeps its type', async () => {
    expect(await holds(p, "{{ regex_match('^https://github.com/acme/', '{{ builder.id }}') }}", 'Equals', true)).toBe(true)
    expect(await holds(p, '{{ n }}', 'Equals', 3)).toBe(true)
    expect(await holds(p, 'id={{ builder.id }}', 'Equals', 'id=https://github.com/acme/*')).toBe(true)
  })

  it('the reference example: an unescaped v[0-9].[0-9].[0-9]$ rejects v1.10.0', async () => {
    const re = '^https://github.com/acme/b@refs/tags/v[0-9].[0-9].[0-9]$'
    expect(await holds(p, `{{ regex_match('${re}', '{{ builder.id }}') }}`, 'Equals', true)).toBe(false)
  })

  it('Equals on strings is a wildcard match; durations compare as durations', async () => {
    expect(await holds(p, '{{ builder.id }}', 'Equals', 'https://github.com/*')).toBe(true)
    expect(await holds(p, '{{ builder.id }}', 'NotEquals', 'https://gitlab.com/*')).toBe(true)
    expect(await holds({}, '1h', 'Equals', '60m')).toBe(true)
  })

  it('set operators', async () => {
    expect(await holds(p, '{{ list }}', 'AllIn', ['a', 'b', 'c'])).toBe(true)
    expect(await holds(p, '{{ list }}', 'AnyIn', ['b'])).toBe(true)
    expect(await holds(p, '{{ list }}', 'AllNotIn', ['c'])).toBe(true)
    expect(await holds(p, '{{ list }}', 'AnyNotIn', ['a'])).toBe(true)
    expect(await holds(p, '{{ list }}', 'AllIn', ['a'])).toBe(false)
    expect(await holds(p, 'a', 'In', ['a', 'b'])).toBe(true)
    expect(await holds(p, 'z', 'NotIn', ['a', 'b'])).toBe(true)
  })

  it('numbers and time_since durations', async () => {
    expect(await holds(p, '{{ n }}', 'GreaterThan', 2)).toBe(true)
    expect(await holds(p, '{{ n }}', 'LessThanOrEquals', '2')).toBe(false)
    expect(await holds(p, "{{ time_since('', '{{ metadata.scanFinishedOn }}', '') }}", 'LessThanOrEquals', '168h')).toBe(true)
    expect(await holds(p, "{{ time_since('', '{{ metadata.scanFinishedOn }}', '') }}", 'DurationLessThan', '30m')).toBe(false)
  })

  it('any: one must hold; messages from the condition', async () => {
    const blocks = [
      {
        any: [
          { key: 'a', operator: 'Equals', value: 'b' },
          { key: 'a', operator: 'Equals', value: 'a' }
        ]
      }
    ]
    expect(await evaluateKyvernoConditions(blocks, {})).toBeUndefined()
    expect(await evaluateKyvernoConditions([{ all: [{ key: 'a', operator: 'Equals', value: 'b', message: 'not b' }] }], {})).toBe('not b')
  })

  it('names Kyverno functions and operators seal does not implement', async () => {
    await expect(evaluateKyvernoConditions(cond('{{ base64_decode(x) }}', 'Equals', 'y'), {})).rejects.toThrow(
      /base64_decode\(\) is a Kyverno extension seal does not implement/
    )
    await expect(evaluateKyvernoConditions(cond('a', 'Matches', 'a'), {})).rejects.toThrow(/operator Matches is not one Kyverno documents/)
  })

  it('parses Go durations', () => {
    expect(parseDuration('1h30m')).toBe(5_400_000)
    expect(parseDuration('1.5s')).toBe(1500)
    expect(parseDuration('abc')).toBeUndefined()
  })
})

describe('RE2 and CEL', () => {
  it('unanchored regexps find a match anywhere; anchored ones need the whole value', async () => {
    await loadRegexps()
    expect(matchString({ kind: 'regexp', pattern: 'acme', anchored: false }, 'x-acme-y')).toBe(true)
    expect(matchString({ kind: 'regexp', pattern: 'acme', anchored: true }, 'x-acme-y')).toBe(false)
    // A glob-looking regexp: `/*` is "zero or more slashes".
    expect(
      matchString(
        { kind: 'regexp', pattern: '^https://github.com/mycompany/*/.github/workflows/*@*', anchored: false },
        'https://github.com/mycompany/repo/.github/workflows/x.yml@refs/heads/main'
      )
    ).toBe(false)
  })

  it('CEL: only true passes', async () => {
    expect(await evaluateCel('predicate.a == 1 && predicateType == "t"', { predicate: { a: 1 }, predicateType: 't' })).toBeUndefined()
    expect(await evaluateCel('predicate.a == 2', { predicate: { a: 1 } })).toMatch(/is false/)
    expect(await evaluateCel('predicate.a', { predicate: { a: 'x' } })).toMatch(/not a boolean/)
  })
})
