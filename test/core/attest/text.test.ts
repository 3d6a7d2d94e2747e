import { decodeUTF8, jsonDepth, MAX_JSON_DEPTH, parseJSONText, withoutBOM } from '../../../src/core/attest/text.js'
import { thrown } from '../../support/errors.js'

describe('jsonDepth', () => {
  it.each([
    ['1', 0],
    ['[]', 1],
    ['{"a":[1,{"b":[]}]}', 4],
    ['["[[[", "\\"[[", {}]', 2],
    ['[[[[', 4]
  ])('%s nests %i deep', (text, depth) => {
    expect(jsonDepth(text)).toBe(depth)
  })

  it('stops counting past the limit', () => {
    expect(jsonDepth('['.repeat(100), 10)).toBe(11)
  })
})

describe('parseJSONText', () => {
  it('parses up to the limit and refuses one level more', () => {
    expect(parseJSONText('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH), '`x`')).toBeDefined()
    const err = thrown(() => parseJSONText('['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1), '`x`'))
    expect(err.message).toBe('`x` nests arrays or objects more than 1000 levels deep.')
  })

  it('reports syntax errors briefly', () => {
    const err = thrown(() => parseJSONText(`{"a":${'1'.repeat(10_000)}x}`, '`x`'))
    expect(err.message.startsWith('`x` does not parse: ')).toBe(true)
    expect(err.message.length).toBeLessThan(260)
  })
})

describe('decodeUTF8', () => {
  it('drops a byte order mark and refuses bytes that are not UTF-8', () => {
    expect(decodeUTF8(Buffer.from([0xef, 0xbb, 0xbf, 0x61]), 'x')).toBe('a')
    expect(thrown(() => decodeUTF8(Buffer.from([0x61, 0xc3]), 'x')).message).toBe('`x` is not valid UTF-8 text.')
    expect(thrown(() => decodeUTF8(Buffer.from([0xfe, 0xff, 0, 0x61]), 'x')).message).toContain('UTF-16')
    expect(withoutBOM('\ufeff\ufeffa')).toBe('\ufeffa')
  })
})
