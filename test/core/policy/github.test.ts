import { buildBuildPolicy } from '../../../src/core/policy/build.js'
import { githubIdentityRule, resolveGitHubPolicy, workflowURLOf } from '../../../src/core/policy/github.js'
import { buildIdentityPolicy } from '../../../src/core/policy/identity.js'

const SERVER = 'https://github.com'
const SAN = 'https://github.com/acme/widget/.github/workflows/release.yml@refs/heads/main'
const ISSUER = 'https://token.actions.githubusercontent.com'
const ext = {
  sourceRepositoryURI: 'https://github.com/acme/widget',
  sourceRepositoryOwnerURI: 'https://github.com/acme',
  buildSignerURI: SAN,
  buildSignerDigest: 'a'.repeat(40),
  sourceRepositoryDigest: 'b'.repeat(40),
  sourceRepositoryRef: 'refs/heads/main'
}

function identity(input: Parameters<typeof resolveGitHubPolicy>[0]) {
  return buildIdentityPolicy({ certificateOidcIssuer: ISSUER, identityRule: githubIdentityRule(resolveGitHubPolicy(input, SERVER)) })
}

describe('GitHub repository and owner policies', () => {
  it('accepts a workflow of the repository or owner', () => {
    expect(() => identity({ repository: 'acme/widget' }).check({ identity: SAN, issuer: ISSUER })).not.toThrow()
    expect(() => identity({ owner: 'acme' }).check({ identity: SAN, issuer: ISSUER })).not.toThrow()
    expect(identity({ repository: 'acme/widget' }).describe()).toBe(
      'identity a workflow of https://github.com/acme/widget/ (`repository`) issued by "https://token.actions.githubusercontent.com"'
    )
  })

  it('is prefix-safe: acme/widget never matches acme/widgets, acme never matches acme-corp', () => {
    const widgets = SAN.replace('/widget/', '/widgets/')
    expect(() => identity({ repository: 'acme/widget' }).check({ identity: widgets, issuer: ISSUER })).toThrow(
      expect.objectContaining({ code: 'IDENTITY_MISMATCH', hint: expect.stringContaining('`repository`') })
    )
    expect(() => identity({ owner: 'acme' }).check({ identity: SAN.replace('/acme/', '/acme-corp/'), issuer: ISSUER })).toThrow(
      /a workflow of https:\/\/github.com\/acme\//
    )
    expect(() => identity({ owner: 'acme' }).check({ identity: SAN, issuer: 'https://token.actions.githubusercontent.com/custom' })).toThrow(
      /OIDC issuer mismatch/
    )
  })

  it('takes the signer from signer-workflow, then signer-repo, before the repository', () => {
    const reusable = 'https://github.com/org/shared/.github/workflows/attest.yml@09b495c3f12c7881b3cc17209a327792065c1a1d'
    expect(() => identity({ repository: 'acme/widget', signerRepo: 'org/shared' }).check({ identity: reusable, issuer: ISSUER })).not.toThrow()
    expect(() => identity({ repository: 'acme/widget', signerRepo: 'org/share' }).check({ identity: reusable, issuer: ISSUER })).toThrow(/`signer-repo`/)
    expect(() => identity({ signerWorkflow: 'github.com/org/shared/.github/workflows/attest.yml' }).check({ identity: reusable, issuer: ISSUER })).not.toThrow()
    expect(() => identity({ signerWorkflow: 'org/shared/.github/workflows/attest.y' }).check({ identity: reusable, issuer: ISSUER })).toThrow(
      /IDENTITY|identity/
    )
    expect(workflowURLOf('acme.ghe.com/o/r/.github/workflows/x.yml@refs/heads/main', SERVER)).toBe('https://acme.ghe.com/o/r/.github/workflows/x.yml')
  })

  it('needs some identity: no GitHub input and no identity input is no policy', () => {
    expect(githubIdentityRule(resolveGitHubPolicy({}, SERVER))).toBeUndefined()
    expect(() => buildIdentityPolicy({})).toThrow(expect.objectContaining({ code: 'POLICY_MISSING' }))
  })

  it('checks the owner, signer repository and digests recorded in the certificate', () => {
    const ok = { repository: 'acme/widget', signerDigest: 'A'.repeat(40), sourceDigest: 'b'.repeat(40), denySelfHostedRunners: false }
    expect(() => buildBuildPolicy(ok, SERVER).check(ext)).not.toThrow()
    expect(() => buildBuildPolicy({ owner: 'acme', denySelfHostedRunners: false }, SERVER).check(ext)).not.toThrow()
    expect(() => buildBuildPolicy({ owner: 'acm', denySelfHostedRunners: false }, SERVER).check(ext)).toThrow(
      'source repository owner: expected "https://github.com/acm", found "https://github.com/acme".'
    )
    expect(() => buildBuildPolicy({ ...ok, signerDigest: 'c'.repeat(40) }, SERVER).check(ext)).toThrow(
      expect.objectContaining({
        code: 'POLICY_MISMATCH',
        message: expect.stringContaining('signer workflow digest'),
        hint: expect.stringContaining('`signer-digest`')
      })
    )
    expect(() => buildBuildPolicy({ ...ok, sourceDigest: 'c'.repeat(64) }, SERVER).check(ext)).toThrow(/source commit digest: expected "c{64}", found "b{40}"/)
    expect(() => buildBuildPolicy({ signerRepo: 'acme/widgets', denySelfHostedRunners: false }, SERVER).check(ext)).toThrow(/signer workflow repository/)
    // A certificate whose owner differs from the repository's is refused although the repository URL matches.
    expect(() =>
      buildBuildPolicy({ repository: 'acme/widget', denySelfHostedRunners: false }, SERVER).check({
        ...ext,
        sourceRepositoryOwnerURI: 'https://github.com/other'
      })
    ).toThrow(/owner/)
  })

  it('rejects malformed values, naming the input', () => {
    expect(() => resolveGitHubPolicy({ repository: 'acme' }, SERVER)).toThrow(/`repository` must be <owner>\/<repository>/)
    expect(() => resolveGitHubPolicy({ repository: 'acme/widget/x' }, SERVER)).toThrow(/`repository`/)
    expect(() => resolveGitHubPolicy({ owner: 'acme/widget' }, SERVER)).toThrow(/`owner` must be an organisation or user name/)
    expect(() => resolveGitHubPolicy({ signerRepo: 'https://gitlab.com/a/b' }, SERVER)).toThrow(/`signer-repo`/)
    expect(() => resolveGitHubPolicy({ signerDigest: 'abc' }, SERVER)).toThrow(/`signer-digest` must be a full commit digest/)
    expect(() => resolveGitHubPolicy({ repository: 'a/b', owner: 'a' }, SERVER)).toThrow(/not both/)
    expect(resolveGitHubPolicy({ repository: 'https://github.com/acme/widget/' }, SERVER).ownerURL).toBe('https://github.com/acme')
  })
})
