/**
 * The policy vocabulary of `gh attestation verify`: a repository or an owner
 * alone is a complete policy. The signer identity (certificate SAN) must then
 * be a workflow of that repository or owner, unless `signer-repo` or
 * `signer-workflow` names the (reusable) workflow that signed, and the
 * certificate's source repository and owner must be the ones named. Commit
 * digests of the signer workflow and of the source can be pinned.
 *
 * Every comparison is exact. A repository or owner is matched as a whole URL
 * path segment followed by `/`, so `acme/widget` never matches a workflow of
 * `acme/widgets`. Pure functions; no I/O.
 */
import type { FulcioExtensions } from '../formats/certificate.js'
import { SealError } from '../util/errors.js'
import type { IdentityRule } from './identity.js'

export interface GitHubPolicyInput {
  /** `owner/repo` or its URL. */
  repository?: string
  owner?: string
  /** `owner/repo` of the workflow that signed (a reusable workflow's repository). */
  signerRepo?: string
  /** `owner/repo/.github/workflows/file.yml`, optionally with a host first (`github.com/owner/...`). */
  signerWorkflow?: string
  signerDigest?: string
  sourceDigest?: string
}

/** A check of one certificate fact; `run` throws POLICY_MISMATCH. */
export interface FactCheck {
  describe: string
  run(ext: FulcioExtensions): void
}

const SEGMENT = /^[A-Za-z0-9_.-]+$/
const DIGEST = /^([0-9a-f]{40}|[0-9a-f]{64})$/

/** `owner/repo` (or the repository URL on `server`) → its URL, checking it names exactly one repository. */
export function repositoryURLOf(value: string, server: string, input: string): string {
  const v = value.trim().replace(/\/+$/, '')
  const path = v.startsWith(`${server}/`) ? v.slice(server.length + 1) : /^https?:\/\//.test(v) ? undefined : v
  const parts = path?.split('/') ?? []
  if (parts.length !== 2 || !parts.every(p => SEGMENT.test(p) && p !== '.' && p !== '..')) {
    throw new SealError(
      'INPUT_INVALID',
      `\`${input}\` must be <owner>/<repository> (or ${server}/<owner>/<repository>), got ${JSON.stringify(value.slice(0, 200))}.`
    )
  }
  return `${server}/${parts.join('/')}`
}

/** An owner (organisation or user) → its URL. */
export function ownerURLOf(value: string, server: string, input = 'owner'): string {
  const v = value.trim().replace(/\/+$/, '')
  const name = v.startsWith(`${server}/`) ? v.slice(server.length + 1) : v
  if (!SEGMENT.test(name) || name === '.' || name === '..') {
    throw new SealError('INPUT_INVALID', `\`${input}\` must be an organisation or user name (one path segment), got ${JSON.stringify(value.slice(0, 200))}.`)
  }
  return `${server}/${name}`
}

/** A commit digest input: 40 (SHA-1) or 64 (SHA-256) hex characters, compared in lower case. */
export function commitDigest(value: string | undefined, input: string): string | undefined {
  if (value === undefined || value.trim() === '') return undefined
  const v = value.trim().toLowerCase()
  if (!DIGEST.test(v)) {
    throw new SealError('INPUT_INVALID', `\`${input}\` must be a full commit digest (40 or 64 hex characters), got ${JSON.stringify(value.slice(0, 200))}.`)
  }
  return v
}

/** The URL of a signer workflow without its `@ref`; a value starting with a host (`github.com/...`) keeps it. */
export function workflowURLOf(value: string, server: string): string {
  const v = value.trim().replace(/\/+$/, '')
  const at = v.indexOf('@')
  const bare = at === -1 ? v : v.slice(0, at)
  if (/^https?:\/\//.test(bare)) return bare
  // A first segment with a dot is a host: GitHub owner names have none.
  return bare.split('/')[0].includes('.') ? `https://${bare}` : `${server}/${bare}`
}

/** A certificate fact that differs from what an input asks: what was expected, what the certificate records, the input to fix. */
export function mismatch(input: string, what: string, expected: string, found: string | undefined): SealError {
  const shown = found === undefined ? 'none recorded in the certificate' : JSON.stringify(found)
  return new SealError('POLICY_MISMATCH', `${what}: expected ${JSON.stringify(expected)}, found ${shown}.`, {
    hint: `Fix \`${input}\` if the artifact really comes from there.`
  })
}

/** What the GitHub inputs name, checked and expanded to URLs on `server`. */
export interface GitHubPolicy {
  repositoryURL?: string
  ownerURL?: string
  signerRepoURL?: string
  signerWorkflowURL?: string
  signerDigest?: string
  sourceDigest?: string
}

export function resolveGitHubPolicy(input: GitHubPolicyInput, server: string): GitHubPolicy {
  if (input.repository && input.owner) {
    throw new SealError('INPUT_INVALID', 'Set `repository` or `owner`, not both: the repository names its owner.')
  }
  if (input.signerRepo && input.signerWorkflow) {
    throw new SealError('INPUT_INVALID', 'Set `signer-repo` or `signer-workflow`, not both: the workflow names its repository.')
  }
  const repositoryURL = input.repository ? repositoryURLOf(input.repository, server, 'repository') : undefined
  const ownerURL = repositoryURL ? repositoryURL.slice(0, repositoryURL.lastIndexOf('/')) : input.owner ? ownerURLOf(input.owner, server) : undefined
  return {
    repositoryURL,
    ownerURL,
    signerRepoURL: input.signerRepo ? repositoryURLOf(input.signerRepo, server, 'signer-repo') : undefined,
    signerWorkflowURL: input.signerWorkflow ? workflowURLOf(input.signerWorkflow, server) : undefined,
    signerDigest: commitDigest(input.signerDigest, 'signer-digest'),
    sourceDigest: commitDigest(input.sourceDigest, 'source-digest')
  }
}

/**
 * The signer identity rule the GitHub inputs imply when no identity input is
 * set, as gh chooses it: the signer workflow, else the signer repository,
 * else the repository, else the owner. Undefined when none is given.
 */
export function githubIdentityRule(policy: GitHubPolicy): IdentityRule | undefined {
  if (policy.signerWorkflowURL) {
    const expected = policy.signerWorkflowURL
    return {
      input: 'signer-workflow',
      matches: san => san.startsWith(`${expected}@`),
      describe: () => `a run of the workflow ${expected} (\`signer-workflow\`)`
    }
  }
  const [input, base] = policy.signerRepoURL
    ? ['signer-repo', policy.signerRepoURL]
    : policy.repositoryURL
      ? ['repository', policy.repositoryURL]
      : policy.ownerURL
        ? ['owner', policy.ownerURL]
        : []
  if (!input || !base) return undefined
  return {
    input,
    matches: san => san.startsWith(`${base}/`),
    describe: () => `a workflow of ${base}/ (\`${input}\`)`
  }
}

/**
 * Checks of the certificate facts the GitHub inputs name: the source
 * repository owner (with `owner` or `repository`), the signer repository,
 * and the signer and source digests. (`repository` itself, `signer-workflow`
 * and `source-ref` are checked by the build policy.)
 */
export function githubFactChecks(policy: GitHubPolicy): FactCheck[] {
  const checks: FactCheck[] = []
  const { ownerURL, signerRepoURL, signerDigest, sourceDigest } = policy
  if (ownerURL) {
    checks.push({
      describe: `owner ${ownerURL}`,
      run: ext => {
        if (ext.sourceRepositoryOwnerURI !== ownerURL)
          throw mismatch(policy.repositoryURL ? 'repository' : 'owner', 'source repository owner', ownerURL, ext.sourceRepositoryOwnerURI)
      }
    })
  }
  if (signerRepoURL) {
    checks.push({
      describe: `signer repository ${signerRepoURL}`,
      run: ext => {
        const found = ext.buildSignerURI
        if (found === undefined || !found.startsWith(`${signerRepoURL}/`))
          throw mismatch('signer-repo', 'signer workflow repository', `${signerRepoURL}/…`, found)
      }
    })
  }
  const digests = [
    ['signer-digest', 'signer workflow digest', signerDigest, 'buildSignerDigest'],
    ['source-digest', 'source commit digest', sourceDigest, 'sourceRepositoryDigest']
  ] as const
  for (const [input, what, expected, field] of digests) {
    if (!expected) continue
    checks.push({
      describe: `${what} ${expected}`,
      run: ext => {
        if (ext[field]?.toLowerCase() !== expected) throw mismatch(input, what, expected, ext[field])
      }
    })
  }
  return checks
}
