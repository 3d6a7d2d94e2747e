import { parseChecksums } from '../../../src/core/attest/checksums.js'

const A = 'a'.repeat(64)
const B = 'b'.repeat(128)

describe('parseChecksums', () => {
  it('reads sha256 and sha512 lines, text and binary markers, CRLF', () => {
    expect(parseChecksums(`${A}  app.tgz\r\n${B} *app.zip\n\n`)).toEqual([
      { name: 'app.tgz', digest: { sha256: A } },
      { name: 'app.zip', digest: { sha512: B } }
    ])
  })

  it('keeps names with spaces and drops exact duplicates', () => {
    expect(parseChecksums(`${A}  my app.tgz\n${A}  my app.tgz\n${A.toUpperCase()}  other`)).toHaveLength(2)
  })

  it('names the bad line', () => {
    expect(() => parseChecksums(`${A}  ok\nnot a checksum line`)).toThrow(/line 2 is not "<digest>  <name>"/)
    expect(() => parseChecksums(`${'c'.repeat(40)}  sha1.bin`)).toThrow(/line 1: a 40-digit digest/)
    expect(() => parseChecksums('\n\n')).toThrow(/lists no checksums/)
  })
})
