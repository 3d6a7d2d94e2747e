import { getterOf, parseArgs } from '../../src/cli/args.js'

describe('parseArgs', () => {
  it('reads values, booleans, negations and positionals', () => {
    const a = parseArgs(['--bundle', 'b.json', '--offline', 'x.txt', '--trusted-root=r.json', '--no-tlog-upload', '--', '--odd'], ['bundle', 'trusted-root'], ['offline', 'tlog-upload'])
    expect(a.flags.get('bundle')).toBe('b.json')
    expect(a.flags.get('trusted-root')).toBe('r.json')
    expect(a.flags.get('offline')).toBe('true')
    expect(a.flags.get('tlog-upload')).toBe('false')
    expect(a.positionals).toEqual(['x.txt', '--odd'])
    expect(getterOf(a)('missing')).toBe('')
  })

  it('accumulates repeated list flags', () => {
    expect(parseArgs(['--subject-path', 'a', '--subject-path', 'b'], ['subject-path']).flags.get('subject-path')).toBe('a\nb')
  })

  it('rejects unknown options and missing values', () => {
    expect(() => parseArgs(['--nope'], ['bundle'])).toThrow('unknown option --nope')
    expect(() => parseArgs(['--bundle'], ['bundle'])).toThrow('option --bundle needs a value')
  })
})
