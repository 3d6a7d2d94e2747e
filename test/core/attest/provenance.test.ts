import { githubProvenance } from '../../../src/core/attest/provenance.js'

const claims = {
  iss: 'https://token.actions.githubusercontent.com',
  ref: 'refs/tags/v1.2.3',
  sha: '3f786850e387550fdab836ed7e6dc881de23001b',
  repository: 'acme/widgets',
  event_name: 'push',
  job_workflow_ref: 'acme/shared/.github/workflows/build.yml@refs/heads/main',
  workflow_ref: 'acme/widgets/.github/workflows/release@v2.yml@refs/tags/v1.2.3',
  repository_id: '100001',
  repository_owner_id: '200002',
  runner_environment: 'github-hosted',
  run_id: '1234567890',
  run_attempt: '2'
}

describe('githubProvenance', () => {
  it('equals the golden predicate, field for field', () => {
    expect(githubProvenance(claims)).toEqual({
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: {
          workflow: { ref: 'refs/tags/v1.2.3', repository: 'https://github.com/acme/widgets', path: '.github/workflows/release' }
        },
        internalParameters: {
          github: { event_name: 'push', repository_id: '100001', repository_owner_id: '200002', runner_environment: 'github-hosted' }
        },
        resolvedDependencies: [
          { uri: 'git+https://github.com/acme/widgets@refs/tags/v1.2.3', digest: { gitCommit: '3f786850e387550fdab836ed7e6dc881de23001b' } }
        ]
      },
      runDetails: {
        builder: { id: 'https://github.com/acme/shared/.github/workflows/build.yml@refs/heads/main' },
        metadata: { invocationId: 'https://github.com/acme/widgets/actions/runs/1234567890/attempts/2' }
      }
    })
  })

  it('uses the server URL for GitHub Enterprise', () => {
    const p = githubProvenance(claims, 'https://acme.ghe.com/') as { runDetails: { builder: { id: string } } }
    expect(p.runDetails.builder.id).toBe('https://acme.ghe.com/acme/shared/.github/workflows/build.yml@refs/heads/main')
  })

  it('names the missing claims', () => {
    const { run_id: _r, sha: _s, ...partial } = claims
    expect(() => githubProvenance(partial)).toThrow(/lacks the claims sha, run_id/)
  })
})
