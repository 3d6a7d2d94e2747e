import { parseAnnotations, parsePlatforms, parseSubjectDigests } from '../../../src/core/inputs/image.js'
import { readAttestInputs, readSignInputs, readVerifyInputs } from '../../../src/core/inputs/read.js'

const getter = (values: Record<string, string>) => (name: string) => values[name] ?? ''
const IMAGE = 'r.example/app@sha256:' + 'a'.repeat(64)
const SHA256 = 'sha256:' + 'b'.repeat(64)
const SHA512 = 'sha512:' + 'c'.repeat(128)

describe('annotations', () => {
  it('reads one key=value per line, splitting at the first =', () => {
    expect(parseAnnotations('env=prod\n\n  org.example/build = 42 \r\nurl=https://x?a=b\n')).toEqual({
      env: 'prod',
      'org.example/build': '42',
      url: 'https://x?a=b'
    })
    expect(parseAnnotations('')).toEqual({})
  })

  it('refuses lines without =, bad keys and repeated keys', () => {
    expect(() => parseAnnotations('env')).toThrow(/`annotations`: "env" is not key=value/)
    expect(() => parseAnnotations('=x')).toThrow(/is not an annotation key/)
    expect(() => parseAnnotations('a b=x')).toThrow(/is not an annotation key/)
    expect(() => parseAnnotations('a=1\na=2')).toThrow(/the key "a" is given twice/)
  })

  it('go with image signatures only', () => {
    const inputs = readSignInputs(getter({ image: IMAGE, annotations: 'env=prod', recursive: 'true' }))
    expect(inputs.annotations).toEqual({ env: 'prod' })
    expect(inputs.recursive).toBe(true)
    expect(readSignInputs(getter({ image: IMAGE })).recursive).toBe(false)
    expect(() => readSignInputs(getter({ 'subject-path': 'a', annotations: 'env=prod' }))).toThrow(/`annotations` go into image signatures: set `image`/)
    expect(() => readSignInputs(getter({ 'subject-path': 'a', recursive: 'true' }))).toThrow(/`recursive` signs the manifests of an image index: set `image`/)
    expect(() => readSignInputs(getter({ image: IMAGE, recursive: 'maybe' }))).toThrow(/`recursive` must be true or false/)
  })
})

describe('platforms and digests', () => {
  it('reads os/architecture[/variant] lists', () => {
    expect(parsePlatforms('linux/amd64, linux/arm64/v8\nLinux/AMD64')).toEqual(['linux/amd64', 'linux/arm64/v8'])
    expect(() => parsePlatforms('amd64')).toThrow(/`platform`: "amd64" is not os\/architecture/)
  })

  it('reads sha256 and sha512 digests, one per line', () => {
    expect(parseSubjectDigests(`${SHA256}\n${SHA512}`)).toEqual([SHA256, SHA512])
    expect(() => parseSubjectDigests('sha256:abc')).toThrow(/`subject-digest`: "sha256:abc" is not sha256:<64 hex digits>/)
    expect(() => parseSubjectDigests('sha384:' + 'a'.repeat(96))).toThrow(/is not sha256/)
  })

  it('lets verify-action verify digests alone, with bundle-path', () => {
    const inputs = readVerifyInputs(getter({ 'subject-digest': SHA256, 'bundle-path': 'b.json', 'certificate-identity': 'x' }))
    expect(inputs.subjectDigests).toEqual([SHA256])
    expect(inputs.platforms).toEqual([])
    expect(inputs.annotations).toEqual({})
    expect(() => readVerifyInputs(getter({ 'subject-digest': SHA256, 'certificate-identity': 'x' }))).toThrow(/`subject-digest` .* set `bundle-path`/)
  })
})

describe('statement-path and attestation-per-subject', () => {
  it('names what to attest on its own and excludes the subject and predicate inputs', () => {
    const inputs = readAttestInputs(getter({ 'statement-path': 's.json', 'attestation-per-subject': 'true' }))
    expect(inputs.statementPath).toBe('s.json')
    expect(inputs.attestationPerSubject).toBe(true)
    expect(readAttestInputs(getter({ 'subject-path': 'a' })).attestationPerSubject).toBe(false)
    expect(() => readAttestInputs(getter({ 'statement-path': 's.json', 'subject-path': 'a', 'predicate-type': 'https://x' }))).toThrow(
      /`statement-path` is the whole statement.*leave `subject-path`, `predicate-type` empty/
    )
  })
})
