import { thrown } from '../../support/errors.js'
import { buildIdentityPolicy } from '../../../src/core/policy/identity.js'

const MAIN = 'https://github.com/acme/widgets/.github/workflows/release.yml@refs/heads/main'
const GHA = 'https://token.actions.githubusercontent.com'

describe('buildIdentityPolicy: exact identity', () => {
  const policy = buildIdentityPolicy({ certificateIdentity: MAIN, certificateOidcIssuer: GHA })

  it('accepts the exact identity and issuer', () => {
    expect(() => policy.check({ identity: MAIN, issuer: GHA })).not.toThrow()
  })

  it('rejects a certificate identity that merely starts with the expected one', () => {
    const err = thrown(() => policy.check({ identity: `${MAIN}-2`, issuer: GHA }))
    expect(err.code).toBe('IDENTITY_MISMATCH')
    expect(err.message).toContain(`expected "${MAIN}"`)
    expect(err.message).toContain(`found "${MAIN}-2"`)
    expect(err.describe()).toContain('`certificate-identity`')
  })

  it('rejects an identity that contains the expected one, or that the expected one contains', () => {
    expect(thrown(() => policy.check({ identity: `https://evil.example/${MAIN}`, issuer: GHA })).code).toBe('IDENTITY_MISMATCH')
    const short = buildIdentityPolicy({ certificateIdentity: 'https://github.com/acme' })
    expect(thrown(() => short.check({ identity: MAIN })).code).toBe('IDENTITY_MISMATCH')
  })

  it('treats regexp metacharacters in an exact identity literally', () => {
    const dotted = buildIdentityPolicy({ certificateIdentity: 'a.b@example.com' })
    expect(() => dotted.check({ identity: 'a.b@example.com' })).not.toThrow()
    expect(thrown(() => dotted.check({ identity: 'aXb@example.com' })).code).toBe('IDENTITY_MISMATCH')
  })

  it('is case-sensitive', () => {
    expect(thrown(() => policy.check({ identity: MAIN.toUpperCase(), issuer: GHA })).code).toBe('IDENTITY_MISMATCH')
  })

  it('reports a certificate without identity as "found none"', () => {
    expect(thrown(() => policy.check({ issuer: GHA })).message).toContain('found none')
  })

  it('rejects another issuer, naming both', () => {
    const err = thrown(() => policy.check({ identity: MAIN, issuer: 'https://accounts.google.com' }))
    expect(err.code).toBe('ISSUER_MISMATCH')
    expect(err.message).toContain(`expected "${GHA}"`)
    expect(err.message).toContain('found "https://accounts.google.com"')
    expect(err.describe()).toContain('`certificate-oidc-issuer`')
  })

  it('rejects an issuer prefix', () => {
    expect(thrown(() => policy.check({ identity: MAIN, issuer: `${GHA}.evil.example` })).code).toBe('ISSUER_MISMATCH')
  })

  it('does not check the issuer when no issuer input is given', () => {
    const any = buildIdentityPolicy({ certificateIdentity: MAIN })
    expect(() => any.check({ identity: MAIN, issuer: 'https://whatever.example' })).not.toThrow()
    expect(() => any.check({ identity: MAIN })).not.toThrow()
  })

  it('describes itself', () => {
    expect(policy.describe()).toBe(`identity "${MAIN}" issued by "${GHA}"`)
  })
})

describe('buildIdentityPolicy: regular expressions', () => {
  it('anchors the identity pattern to the whole value', () => {
    const policy = buildIdentityPolicy({ certificateIdentityRegExp: 'https://github\\.com/acme/.*@refs/heads/main' })
    expect(() => policy.check({ identity: MAIN })).not.toThrow()
    expect(thrown(() => policy.check({ identity: `${MAIN}-2` })).code).toBe('IDENTITY_MISMATCH')
    expect(thrown(() => policy.check({ identity: `x${MAIN}` })).code).toBe('IDENTITY_MISMATCH')
  })

  it('anchors every branch of an alternation', () => {
    const policy = buildIdentityPolicy({ certificateIdentityRegExp: 'alice@example\\.com|bob@example\\.com' })
    expect(() => policy.check({ identity: 'bob@example.com' })).not.toThrow()
    expect(thrown(() => policy.check({ identity: 'alice@example.com.evil' })).code).toBe('IDENTITY_MISMATCH')
    expect(thrown(() => policy.check({ identity: 'mallory+bob@example.com' })).code).toBe('IDENTITY_MISMATCH')
  })

  it('a pattern without wildcards does not match a substring', () => {
    const policy = buildIdentityPolicy({ certificateIdentityRegExp: 'acme' })
    expect(thrown(() => policy.check({ identity: MAIN })).code).toBe('IDENTITY_MISMATCH')
  })

  it('anchors the issuer pattern', () => {
    const policy = buildIdentityPolicy({ certificateIdentity: MAIN, certificateOidcIssuerRegExp: 'https://token\\.actions\\.githubusercontent\\.com' })
    expect(() => policy.check({ identity: MAIN, issuer: GHA })).not.toThrow()
    const err = thrown(() => policy.check({ identity: MAIN, issuer: `${GHA}/x` }))
    expect(err.code).toBe('ISSUER_MISMATCH')
    expect(err.describe()).toContain('`certificate-oidc-issuer-regexp`')
  })

  it('names the input of an invalid identity pattern', () => {
    const err = thrown(() => buildIdentityPolicy({ certificateIdentityRegExp: 'https://(github' }))
    expect(err.code).toBe('INPUT_INVALID')
    expect(err.message).toContain('`certificate-identity-regexp`')
  })

  it('names the input of an invalid issuer pattern', () => {
    const err = thrown(() => buildIdentityPolicy({ certificateIdentity: MAIN, certificateOidcIssuerRegExp: '[' }))
    expect(err.code).toBe('INPUT_INVALID')
    expect(err.message).toContain('`certificate-oidc-issuer-regexp`')
  })
})

describe('buildIdentityPolicy: input errors', () => {
  it('requires an identity', () => {
    expect(thrown(() => buildIdentityPolicy({})).code).toBe('POLICY_MISSING')
    expect(thrown(() => buildIdentityPolicy({ certificateIdentity: '  ', certificateOidcIssuer: GHA })).code).toBe('POLICY_MISSING')
    expect(thrown(() => buildIdentityPolicy({ certificateOidcIssuer: GHA })).message).toContain('`certificate-identity`')
  })

  it('rejects both identity inputs', () => {
    const err = thrown(() => buildIdentityPolicy({ certificateIdentity: MAIN, certificateIdentityRegExp: '.*' }))
    expect(err.code).toBe('INPUT_INVALID')
    expect(err.message).toContain('`certificate-identity-regexp`')
  })

  it('rejects both issuer inputs', () => {
    const err = thrown(() => buildIdentityPolicy({ certificateIdentity: MAIN, certificateOidcIssuer: GHA, certificateOidcIssuerRegExp: '.*' }))
    expect(err.code).toBe('INPUT_INVALID')
  })
})
