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

describe('parseChecksums: regressions found by the property tests', () => {
  it('keeps names holding U+2028 or U+2029 (once refused as malformed lines)', () => {
    expect(parseChecksums(`${A}  a\u2028b\n${B} *c\u2029d`)).toEqual([
      { name: 'a\u2028b', digest: { sha256: A } },
      { name: 'c\u2029d', digest: { sha512: B } }
    ])
  })

  it('drops the carriage return of a last CRLF line that lost its LF (once part of the name)', () => {
    expect(parseChecksums(`${A}  app.tgz\r`)).toEqual([{ name: 'app.tgz', digest: { sha256: A } }])
  })

  it('refuses a carriage return inside a name, and a NUL (once taken into the name)', () => {
    expect(() => parseChecksums(`${A}  app\r\r\n`)).toThrow(/line 1: the name holds a carriage return/)
    expect(() => parseChecksums(`${A}  a\u0000b`)).toThrow(/line 1: the name holds a NUL character/)
  })

  it('skips a UTF-8 byte order mark at the start (once refused line 1), and only there', () => {
    expect(parseChecksums(`\ufeff${A}  app.tgz\n`)).toEqual([{ name: 'app.tgz', digest: { sha256: A } }])
    expect(() => parseChecksums(`${A}  app.tgz\n\ufeff${A}  other`)).toThrow(/line 2 is not/)
  })

  it('reads names escaped as coreutils writes them (a leading backslash; \\\\, \\n, \\r)', () => {
    expect(parseChecksums(`\\${A}  dir\\\\new\\nline\\r.bin\n`)).toEqual([{ name: 'dir\\new\nline\r.bin', digest: { sha256: A } }])
    // Without the leading backslash, a backslash is part of the name.
    expect(parseChecksums(`${A}  dir\\n.bin`)).toEqual([{ name: 'dir\\n.bin', digest: { sha256: A } }])
    expect(() => parseChecksums(`\\${A}  bad\\t`)).toThrow(/unknown escape "\\\\t"/)
  })

  it('reads the --tag (BSD) form, checking the digest length against the named algorithm', () => {
    expect(parseChecksums(`SHA256 (my app (x64).tgz) = ${A.toUpperCase()}\r\nSHA512 (b) = ${B}\n\\SHA256 (a\\nb) = ${A}`)).toEqual([
      { name: 'my app (x64).tgz', digest: { sha256: A } },
      { name: 'b', digest: { sha512: B } },
      { name: 'a\nb', digest: { sha256: A } }
    ])
    expect(() => parseChecksums(`SHA512 (b) = ${A}`)).toThrow(/line 1: a SHA512 digest has 128 hex digits, not 64/)
    expect(() => parseChecksums(`SHA1 (b) = ${'c'.repeat(40)}`)).toThrow(/line 1 is not/)
    expect(() => parseChecksums(`SHA256 () = ${A}`)).toThrow(/line 1 has an empty name/)
  })
})
