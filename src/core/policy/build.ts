import type { FulcioExtensions } from '../formats/certificate.js'
import { githubFactChecks, mismatch, resolveGitHubPolicy, workflowURLOf, type GitHubPolicyInput } from './github.js'

export interface BuildPolicyInput extends GitHubPolicyInput {
  repository?: string
  signerWorkflow?: string
  sourceRef?: string
  denySelfHostedRunners: boolean
}

export interface BuildPolicy {
  /** True when no build fact is required. */
  empty: boolean
  describe(): string
  /** Throws SealError POLICY_MISMATCH naming the input and what the certificate says. */
  check(ext: FulcioExtensions): void
}

/** `owner/repo` or a full URL → the URL Fulcio records (`https://github.com/owner/repo`). */
function repositoryURL(value: string, server: string): string {
  const v = value.replace(/\/+$/, '')
  return /^https?:\/\//.test(v) ? v : `${server}/${v}`
}

/** A build signer URI without its `@ref`: `https://github.com/o/r/.github/workflows/x.yml`. */
function withoutRef(uri: string): string {
  const at = uri.indexOf('@')
  return at === -1 ? uri : uri.slice(0, at)
}

/**
 * Policy over the build facts Fulcio recorded in the signing certificate
 * (OIDs 1.3.6.1.4.1.57264.1.9 to .22): which repository the build came from,
 * which workflow signed, from which ref, on which kind of runner. These are
 * vouched for by the certificate authority from the verified OIDC token,
 * unlike fields of a provenance predicate. Every comparison is exact.
 */
export function buildBuildPolicy(input: BuildPolicyInput, server = 'https://github.com'): BuildPolicy {
  const checks: { describe: string; run: (ext: FulcioExtensions) => void }[] = []
  if (input.repository) {
    const expected = repositoryURL(input.repository, server)
    checks.push({
      describe: `repository ${expected}`,
      run: ext => {
        if (ext.sourceRepositoryURI !== expected) throw mismatch('repository', 'source repository', expected, ext.sourceRepositoryURI)
      }
    })
  }
  if (input.signerWorkflow) {
    const expected = workflowURLOf(input.signerWorkflow, server)
    checks.push({
      describe: `signer workflow ${expected}`,
      run: ext => {
        const found = ext.buildSignerURI === undefined ? undefined : withoutRef(ext.buildSignerURI)
        if (found !== expected) throw mismatch('signer-workflow', 'signer workflow', expected, found)
      }
    })
  }
  if (input.sourceRef) {
    const expected = input.sourceRef
    checks.push({
      describe: `source ref ${expected}`,
      run: ext => {
        if (ext.sourceRepositoryRef !== expected) throw mismatch('source-ref', 'source ref', expected, ext.sourceRepositoryRef)
      }
    })
  }
  if (input.denySelfHostedRunners) {
    checks.push({
      describe: 'GitHub-hosted runners only',
      run: ext => {
        if (ext.runnerEnvironment !== 'github-hosted') {
          throw mismatch('deny-self-hosted-runners', 'runner environment', 'github-hosted', ext.runnerEnvironment)
        }
      }
    })
  }
  checks.push(...githubFactChecks(resolveGitHubPolicy(input, server)))
  return {
    empty: checks.length === 0,
    describe: () => checks.map(c => c.describe).join(', '),
    check: ext => {
      for (const c of checks) c.run(ext)
    }
  }
}
