import { SealError } from '../util/errors.js'

export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1'
export const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1'

const REQUIRED = [
  'iss',
  'ref',
  'sha',
  'repository',
  'event_name',
  'job_workflow_ref',
  'workflow_ref',
  'repository_id',
  'repository_owner_id',
  'runner_environment',
  'run_id',
  'run_attempt'
] as const

/**
 * SLSA provenance v1 for a GitHub Actions run, built from the OIDC token's
 * claims (the facts Fulcio also records in the certificate) in the layout
 * `gh attestation verify` expects: buildType workflow/v1, the workflow as
 * external parameters, GitHub's ids as internal parameters, the commit as the
 * resolved dependency, the job workflow as builder and the run attempt as
 * invocation.
 */
export function githubProvenance(claims: Record<string, unknown>, serverURL = 'https://github.com'): Record<string, unknown> {
  const missing = REQUIRED.filter(c => typeof claims[c] !== 'string' || claims[c] === '')
  if (missing.length) {
    throw new SealError('INPUT_INVALID', `SLSA provenance needs a GitHub Actions OIDC token, but the token lacks the claims ${missing.join(', ')}.`, {
      hint: 'Outside GitHub Actions, attest with `predicate-type` and `predicate` (or `predicate-path`), or `sbom-path`.'
    })
  }
  const c = claims as Record<(typeof REQUIRED)[number], string>
  const server = serverURL.replace(/\/+$/, '')
  const prefix = `${c.repository}/`
  const workflowRef = c.workflow_ref.startsWith(prefix) ? c.workflow_ref.slice(prefix.length) : c.workflow_ref
  const at = workflowRef.indexOf('@')
  const path = at === -1 ? workflowRef : workflowRef.slice(0, at)
  return {
    buildDefinition: {
      buildType: GITHUB_WORKFLOW_BUILD_TYPE,
      externalParameters: {
        workflow: { ref: c.ref, repository: `${server}/${c.repository}`, path }
      },
      internalParameters: {
        github: {
          event_name: c.event_name,
          repository_id: c.repository_id,
          repository_owner_id: c.repository_owner_id,
          runner_environment: c.runner_environment
        }
      },
      resolvedDependencies: [{ uri: `git+${server}/${c.repository}@${c.ref}`, digest: { gitCommit: c.sha } }]
    },
    runDetails: {
      builder: { id: `${server}/${c.job_workflow_ref}` },
      metadata: { invocationId: `${server}/${c.repository}/actions/runs/${c.run_id}/attempts/${c.run_attempt}` }
    }
  }
}
