import { buildBuildPolicy } from '../../../src/core/policy/build.js'

const ext = {
  sourceRepositoryURI: 'https://github.com/acme/widgets',
  sourceRepositoryOwnerURI: 'https://github.com/acme',
  buildSignerURI: 'https://github.com/acme/widgets/.github/workflows/release.yml@refs/heads/main',
  sourceRepositoryRef: 'refs/heads/main',
  runnerEnvironment: 'github-hosted'
}

describe('buildBuildPolicy', () => {
  it('is empty without inputs', () => {
    expect(buildBuildPolicy({ denySelfHostedRunners: false }).empty).toBe(true)
  })

  it('accepts matching facts in short and URL forms', () => {
    const p = buildBuildPolicy({
      repository: 'acme/widgets',
      signerWorkflow: 'acme/widgets/.github/workflows/release.yml',
      sourceRef: 'refs/heads/main',
      denySelfHostedRunners: true
    })
    expect(() => p.check(ext)).not.toThrow()
    expect(() => buildBuildPolicy({ repository: 'https://github.com/acme/widgets/', denySelfHostedRunners: false }).check(ext)).not.toThrow()
    expect(() =>
      buildBuildPolicy({ signerWorkflow: 'https://github.com/acme/widgets/.github/workflows/release.yml@refs/tags/v1', denySelfHostedRunners: false }).check(
        ext
      )
    ).not.toThrow()
  })

  it('rejects another repository, including a prefix of it', () => {
    for (const repository of ['acme/other', 'acme/widget', 'acme/widgets-2', 'ACME/widgets']) {
      expect(() => buildBuildPolicy({ repository, denySelfHostedRunners: false }).check(ext)).toThrow(/source repository: expected/)
    }
  })

  it('rejects another workflow, ref and self-hosted runners, naming the input', () => {
    expect(() => buildBuildPolicy({ signerWorkflow: 'acme/widgets/.github/workflows/ci.yml', denySelfHostedRunners: false }).check(ext)).toThrow(
      expect.objectContaining({ code: 'POLICY_MISMATCH', hint: expect.stringContaining('`signer-workflow`') })
    )
    expect(() => buildBuildPolicy({ sourceRef: 'refs/heads/mai', denySelfHostedRunners: false }).check(ext)).toThrow(/source ref/)
    expect(() => buildBuildPolicy({ denySelfHostedRunners: true }).check({ ...ext, runnerEnvironment: 'self-hosted' })).toThrow(/runner environment/)
    expect(() => buildBuildPolicy({ repository: 'acme/widgets', denySelfHostedRunners: false }).check({})).toThrow(/none recorded/)
  })
})
