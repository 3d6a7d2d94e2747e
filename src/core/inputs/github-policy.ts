/**
 * verify-action's inputs in the vocabulary of `gh attestation verify`:
 * `owner`, `signer-repo`, `signer-digest`, `source-digest` and `hostname`.
 * Checked here so a typo fails before anything is fetched; the policy
 * (src/core/policy/github.ts) expands them to URLs.
 */
import { githubHost } from '../github/host.js'
import { commitDigest, ownerURLOf, repositoryURLOf } from '../policy/github.js'

/** Reads one input by its action.yml name; '' when unset. */
type InputGetter = (name: string) => string

export interface GitHubPolicyInputs {
  /** The organisation or user the source repository must belong to. */
  owner?: string
  /** `owner/repo` of the (reusable) workflow that must have signed. */
  signerRepo?: string
  /** Commit digest of the signer workflow (BuildSignerDigest). */
  signerDigest?: string
  /** Commit digest of the source (SourceRepositoryDigest). */
  sourceDigest?: string
  /** The GitHub host (github.com, `<tenant>.ghe.com`, a GitHub Enterprise Server): repository URLs and the default OIDC issuer. */
  hostname?: string
}

export function readGitHubPolicyInputs(get: InputGetter): GitHubPolicyInputs {
  const read = (name: string) => get(name).trim() || undefined
  const hostname = read('hostname')
  const host = hostname ? githubHost(hostname) : undefined
  const server = host?.serverURL ?? 'https://github.com'
  const owner = read('owner')
  const signerRepo = read('signer-repo')
  if (owner) ownerURLOf(owner, server)
  if (signerRepo) repositoryURLOf(signerRepo, server, 'signer-repo')
  return {
    owner,
    signerRepo,
    signerDigest: commitDigest(read('signer-digest'), 'signer-digest'),
    sourceDigest: commitDigest(read('source-digest'), 'source-digest'),
    hostname: host?.hostname
  }
}
