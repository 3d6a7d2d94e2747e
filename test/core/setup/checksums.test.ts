import { checksumFor, parseChecksums } from '../../../src/core/setup/checksums.js'

const A = 'a'.repeat(64)
const B = 'B'.repeat(64)
const C = '0123456789abcdef'.repeat(4)

describe('parseChecksums', () => {
  it('reads sha256sum lines, text and binary mode', () => {
    const sums = parseChecksums(`${A}  cosign-linux-amd64\n${B} *cosign-darwin-arm64\n`, 'sums')
    expect([...sums]).toEqual([
      ['cosign-linux-amd64', A],
      ['cosign-darwin-arm64', 'b'.repeat(64)]
    ])
  })

  it('reads BSD tagged lines and CRLF files, and drops a ./ prefix', () => {
    const sums = parseChecksums(`SHA256 (cosign.exe) = ${C}\r\n${A}  ./cosign-linux-arm64\r\n`, 'sums')
    expect(sums.get('cosign.exe')).toBe(C)
    expect(sums.get('cosign-linux-arm64')).toBe(A)
  })

  it('keeps names with spaces intact', () => {
    expect(parseChecksums(`${A}  my tool v1.tar.gz\n`, 'sums').get('my tool v1.tar.gz')).toBe(A)
  })

  it('skips lines that are not checksums (comments, signatures, blanks)', () => {
    const sums = parseChecksums(`# release sums\n\n${A}  x\nnot a line\n${'a'.repeat(63)}  short\n`, 'sums')
    expect([...sums.keys()]).toEqual(['x'])
  })

  it('reads files as the attest action reads them: a byte order mark, escaped names; sha512 lines are skipped', () => {
    const D = 'd'.repeat(128)
    const sums = parseChecksums(`\ufeff${A}  first\n\\${C}  back\\\\slash\n${D}  first\nSHA512 (other) = ${D}\n`, 'sums')
    expect([...sums]).toEqual([
      ['first', A],
      ['back\\slash', C]
    ])
  })

  it('skips a line that looks like a checksum but cannot be read (an unknown escape)', () => {
    expect([...parseChecksums(`\\${A}  bad\\q\n${C}  good\n`, 'sums').keys()]).toEqual(['good'])
  })

  it('rejects a file with no checksum lines', () => {
    expect(() => parseChecksums('<html>Not Found</html>', 'cosign_checksums.txt')).toThrow(
      expect.objectContaining({ code: 'CHECKSUM_MISSING', message: 'cosign_checksums.txt lists no sha256 checksums.' })
    )
  })

  it('rejects a name listed twice with different sums, accepts a repeat of the same', () => {
    expect(parseChecksums(`${A}  x\n${A}  x\n`, 'sums').get('x')).toBe(A)
    expect(() => parseChecksums(`${A}  x\n${C}  x\n`, 'sums')).toThrow('sums lists x twice with different checksums.')
  })
})

describe('checksumFor', () => {
  const sums = parseChecksums(`${A}  cosign-linux-amd64\n`, 'sums')

  it('gives the listed sum', () => {
    expect(checksumFor(sums, 'cosign-linux-amd64', 'sums')).toBe(A)
  })

  it('names the asset and the file when the asset is not listed', () => {
    expect(() => checksumFor(sums, 'cosign-linux-arm64', 'cosign_checksums.txt of v2.5.0')).toThrow(
      expect.objectContaining({
        code: 'CHECKSUM_MISSING',
        message: 'cosign-linux-arm64 is not listed in cosign_checksums.txt of v2.5.0, so its download cannot be checked.'
      })
    )
  })

  it('does not match a name by prefix', () => {
    expect(() => checksumFor(sums, 'cosign-linux-amd', 'sums')).toThrow(/not listed/)
  })
})
