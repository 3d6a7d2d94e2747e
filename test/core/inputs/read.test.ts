import { readAttestInputs, readBoolean, readInteger, readSignInputs, readVerifyInputs, GITHUB_OIDC_ISSUER } from '../../../src/core/inputs/read.js'

const getter = (values: Record<string, string>) => (name: string) => values[name] ?? ''

describe('readSignInputs', () => {
  it('applies defaults', () => {
    const inputs = readSignInputs(getter({ 'subject-path': 'a.txt\nb/*.tgz, c.bin' }))
    expect(inputs.subjectPatterns).toEqual(['a.txt', 'b/*.tgz', 'c.bin'])
    expect(inputs.audience).toBe('sigstore')
    expect(inputs.sigstore).toBe('auto')
    // Service URLs left empty are resolved later: signing config, then the instance's defaults.
    expect(inputs.fulcioURL).toBeUndefined()
    expect(inputs.rekorURL).toBeUndefined()
    expect(inputs.tsaURL).toBeUndefined()
    expect(inputs.tlogUpload).toBeUndefined()
    expect(inputs.timeoutMs).toBe(30_000)
    expect(inputs.retries).toBe(3)
  })

  it('requires subject-path or image', () => {
    expect(() => readSignInputs(getter({ 'subject-path': ' \n , ' }))).toThrow(/Give `subject-path` .* or `image`/)
    expect(readSignInputs(getter({ image: 'r.example/app@sha256:' + 'a'.repeat(64) })).images).toHaveLength(1)
  })

  it('checks the signature format and registry credentials', () => {
    expect(readSignInputs(getter({ 'subject-path': 'a' })).signatureFormat).toBe('both')
    expect(() => readSignInputs(getter({ image: 'x', 'signature-format': 'cosign' }))).toThrow(/`signature-format` must be bundle, legacy or both/)
    expect(() => readSignInputs(getter({ image: 'x', 'registry-username': 'u' }))).toThrow(/both `registry-username` and `registry-password`/)
    expect(readSignInputs(getter({ image: 'x', 'signature-repository': 'ghcr.io/acme/signatures' })).signatureRepository).toBe('ghcr.io/acme/signatures')
    expect(() => readSignInputs(getter({ image: 'x', 'signature-repository': 'ghcr.io/acme/signatures@sha256:' + 'a'.repeat(64) }))).toThrow(
      /`signature-repository`: .* names a digest; give only the repository/
    )
    expect(() => readVerifyInputs(getter({ image: 'x', 'certificate-identity': 'i', 'signature-repository': 'https://ghcr.io/acme' }))).toThrow(
      /`signature-repository`: .*URL scheme/
    )
    expect(() => readVerifyInputs(getter({ 'local-image': 'layout', 'certificate-identity': 'i', 'signature-repository': 'ghcr.io/acme/sigs' }))).toThrow(
      '`signature-repository` applies to images read from a registry, not to `local-image`.'
    )
  })

  it('rejects malformed booleans and numbers, naming the input', () => {
    expect(() => readSignInputs(getter({ 'subject-path': 'a', 'tlog-upload': 'maybe' }))).toThrow(/`tlog-upload` must be true or false/)
    expect(() => readSignInputs(getter({ 'subject-path': 'a', timeout: '-1' }))).toThrow(/`timeout` must be a whole number/)
    expect(() => readSignInputs(getter({ 'subject-path': 'a', retries: '2.5' }))).toThrow(/`retries`/)
  })
})

describe('readVerifyInputs', () => {
  it('defaults the issuer to GitHub Actions', () => {
    const inputs = readVerifyInputs(getter({ 'subject-path': 'a', 'certificate-identity': 'x' }))
    expect(inputs.certificateOidcIssuer).toBe(GITHUB_OIDC_ISSUER)
    expect(inputs.offline).toBe(false)
  })

  it('drops the default issuer when an issuer regexp is given', () => {
    const inputs = readVerifyInputs(getter({ 'subject-path': 'a', 'certificate-oidc-issuer-regexp': 'https://.*' }))
    expect(inputs.certificateOidcIssuer).toBeUndefined()
    expect(inputs.certificateOidcIssuerRegExp).toBe('https://.*')
  })

  it('rejects both issuer inputs at once', () => {
    expect(() => readVerifyInputs(getter({ 'subject-path': 'a', 'certificate-oidc-issuer': 'x', 'certificate-oidc-issuer-regexp': 'y' }))).toThrow(
      /either `certificate-oidc-issuer` or `certificate-oidc-issuer-regexp`/
    )
  })
})

describe('scalar readers', () => {
  it('accept the usual spellings', () => {
    expect(readBoolean(getter({ x: 'TRUE' }), 'x', false)).toBe(true)
    expect(readBoolean(getter({ x: 'off' }), 'x', true)).toBe(false)
    expect(readBoolean(getter({}), 'x', true)).toBe(true)
    expect(readInteger(getter({ n: '7' }), 'n', 1, 0, 10)).toBe(7)
    expect(() => readInteger(getter({ n: '11' }), 'n', 1, 0, 10)).toThrow(/from 0 to 10/)
  })
})

describe('readAttestInputs', () => {
  it('needs a subject and a consistent predicate', () => {
    expect(() => readAttestInputs(getter({}))).toThrow(/Name what to attest/)
    expect(() => readAttestInputs(getter({ 'subject-digest': 'sha256:' + 'a'.repeat(64) }))).toThrow(/needs `subject-name`/)
    expect(() => readAttestInputs(getter({ 'subject-path': 'a', 'sbom-path': 's', 'predicate-type': 'https://x' }))).toThrow(/`sbom-path` sets the predicate/)
    expect(() => readAttestInputs(getter({ 'subject-path': 'a', predicate: '{}' }))).toThrow(/need `predicate-type`/)
    expect(() => readAttestInputs(getter({ 'subject-path': 'a', 'predicate-type': 'https://x' }))).toThrow(/needs the predicate/)
    expect(() => readAttestInputs(getter({ 'subject-path': 'a', 'predicate-type': 'https://x', predicate: '{}', 'predicate-path': 'p' }))).toThrow(/either/)
  })

  it('defaults to provenance with a 256 MiB predicate limit', () => {
    const i = readAttestInputs(getter({ 'subject-path': 'dist/*' }))
    expect(i.predicateType).toBeUndefined()
    expect(i.maxPredicateBytes).toBe(256 * 1024 * 1024)
  })
})
