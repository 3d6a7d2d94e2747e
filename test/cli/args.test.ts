import { inputsOf, parseCommandLine } from '../../src/cli/args.js'
import { optionsOf, SIGN_OPTIONS, VERIFY_OPTIONS, type Options } from '../../src/cli/options.js'
import { SealError } from '../../src/core/util/errors.js'

const OPTIONS: Options = {
  bundle: { kind: 'value' },
  'trusted-root': { kind: 'value' },
  'subject-path': { kind: 'list' },
  offline: { kind: 'switch' },
  'tlog-upload': { kind: 'switch' },
  'key-password': { kind: 'value', env: 'COSIGN_PASSWORD' },
  'show-summary': { kind: 'switch', fallback: 'false' }
}

describe('parseCommandLine', () => {
  it('reads values, switches, negations and positionals', () => {
    const line = parseCommandLine(['--bundle', 'b.json', '--offline', 'x.txt', '--trusted-root=r.json', '--no-tlog-upload', '--', '--odd'], OPTIONS)
    expect(Object.fromEntries(line.values)).toEqual({ bundle: 'b.json', 'trusted-root': 'r.json', offline: 'true', 'tlog-upload': 'false' })
    expect(line.positionals).toEqual(['x.txt', '--odd'])
  })

  it('accumulates repeated list flags like a multi-line input', () => {
    expect(parseCommandLine(['--subject-path', 'a', '--subject-path=b'], OPTIONS).values.get('subject-path')).toBe('a\nb')
  })

  it.each([
    [['--nope'], 'unknown option --nope'],
    [['--no-bundle'], 'unknown option --no-bundle'],
    [['-x'], 'unknown option -x'],
    [['--bundle'], 'option --bundle needs a value'],
    [['--bundle', '--offline'], 'option --bundle needs a value (write --bundle=VALUE for one that starts with "-")'],
    [['--offline=true'], 'option --offline takes no value: write --offline or --no-offline'],
    [['--bundle', 'a', '--bundle', 'b'], '--bundle given twice'],
    [['--offline', '--no-offline'], '--offline given twice']
  ])('rejects %j with one line', (argv, message) => {
    let caught: unknown
    try {
      parseCommandLine(argv, OPTIONS)
    } catch (err) {
      caught = err
    }
    expect(caught).toBeInstanceOf(SealError)
    expect((caught as SealError).code).toBe('INPUT_INVALID')
    expect((caught as SealError).message).toBe(message)
  })
})

describe('inputsOf', () => {
  it('reads a given flag, else its environment variable, else its fallback, else empty', () => {
    const get = inputsOf(parseCommandLine([], OPTIONS), OPTIONS, { COSIGN_PASSWORD: 'from-env' })
    expect(get('key-password')).toBe('from-env')
    expect(get('show-summary')).toBe('false')
    expect(get('bundle')).toBe('')
    expect(get('not-an-option')).toBe('')
    expect(inputsOf(parseCommandLine([], OPTIONS), OPTIONS, {})('key-password')).toBe('')
    const given = inputsOf(parseCommandLine(['--key-password', 'flag', '--show-summary'], OPTIONS), OPTIONS, { COSIGN_PASSWORD: 'from-env' })
    expect(given('key-password')).toBe('flag')
    expect(given('show-summary')).toBe('true')
  })

  it('joins positional arguments to the list input named for them, and only to it', () => {
    const line = parseCommandLine(['a.txt', '--subject-path', 'dist/*', 'b.txt'], OPTIONS)
    expect(inputsOf(line, OPTIONS, {}, 'subject-path')('subject-path')).toBe('dist/*\na.txt\nb.txt')
    expect(inputsOf(line, OPTIONS, {})('subject-path')).toBe('dist/*')
    expect(inputsOf(parseCommandLine(['a.txt'], OPTIONS), OPTIONS, {}, 'subject-path')('subject-path')).toBe('a.txt')
  })
})

describe('option groups', () => {
  it('share a flag between commands with one meaning', () => {
    expect(SIGN_OPTIONS['key-password']).toEqual({ kind: 'value', env: 'COSIGN_PASSWORD' })
    expect(SIGN_OPTIONS.timeout).toBe(VERIFY_OPTIONS.timeout)
    expect(SIGN_OPTIONS['subject-path'].kind).toBe('list')
  })

  it('refuse a flag declared twice with different meanings', () => {
    expect(() => optionsOf({ key: { kind: 'value' } }, { key: { kind: 'switch' } })).toThrow('--key is declared twice')
    expect(optionsOf({ key: { kind: 'value' } }, { key: { kind: 'value' } })).toEqual({ key: { kind: 'value' } })
  })
})
