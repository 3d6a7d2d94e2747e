import { generateKeyPairSync } from 'node:crypto'

import { decodePemBlocks, encodePem, isSingleDER } from '../../../src/core/formats/pem.js'
import { thrown } from '../../support/errors.js'

const DER = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'der', type: 'spki' })
const PEM = encodePem('PUBLIC KEY', DER)

describe('decodePemBlocks', () => {
  it('reads blocks in order, skipping text between them', () => {
    const blocks = decodePemBlocks(`Bag Attributes\n${PEM}junk\n${encodePem('CERTIFICATE', Buffer.from('x'))}`, '`key`')
    expect(blocks.map(b => b.type)).toEqual(['PUBLIC KEY', 'CERTIFICATE'])
    expect(blocks[0].der.equals(DER)).toBe(true)
  })

  it('refuses a block that ends with another label', () => {
    const err = thrown(() => decodePemBlocks(`-----BEGIN A-----\n${PEM}`, '`key`'))
    expect(err.message).toBe('`key` has a PEM block that begins as A and ends as PUBLIC KEY')
  })

  // Regression: a lazy regular expression took 5.7 s here (20,000 lines; quadratic in their number).
  it('scans many BEGIN lines without an END in linear time', () => {
    const started = performance.now()
    const blocks = decodePemBlocks(PEM + '-----BEGIN PUBLIC KEY-----\n'.repeat(100_000), '`key`')
    expect(performance.now() - started).toBeLessThan(500)
    expect(blocks).toHaveLength(1)
    expect(decodePemBlocks('-----BEGIN A-----'.repeat(100_000), '`key`')).toEqual([])
  })
})

describe('isSingleDER', () => {
  it('accepts exactly one element, short or long form length', () => {
    expect(isSingleDER(DER)).toBe(true)
    expect(isSingleDER(Buffer.from([0x04, 0x00]))).toBe(true)
    expect(isSingleDER(Buffer.concat([Buffer.from([0x04, 0x82, 0x01, 0x00]), Buffer.alloc(256)]))).toBe(true)
  })

  it('refuses trailing bytes, a cut element and indefinite or oversized lengths', () => {
    expect(isSingleDER(Buffer.concat([DER, Buffer.from([0])]))).toBe(false)
    expect(isSingleDER(DER.subarray(0, DER.length - 1))).toBe(false)
    expect(isSingleDER(Buffer.from([0x30, 0x80, 0x00, 0x00]))).toBe(false)
    expect(isSingleDER(Buffer.from([0x30, 0x85, 1, 0, 0, 0, 0]))).toBe(false)
    expect(isSingleDER(Buffer.from([0x30]))).toBe(false)
    expect(isSingleDER(Buffer.alloc(0))).toBe(false)
  })
})
