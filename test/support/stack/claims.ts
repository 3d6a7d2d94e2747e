import { randomBytes } from 'node:crypto'

/** GitHub Actions OIDC claims. Anything left out gets a default for the repository acme/widgets. */
export interface RunnerClaims {
  iss?: string
  aud?: string
  sub?: string
  repository?: string
  repository_owner?: string
  ref?: string
  sha?: string
  workflow_ref?: string
  job_workflow_ref?: string
  event_name?: string
  runner_environment?: string
  run_id?: string
  run_attempt?: string
  [k: string]: unknown
}

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'
export const DEFAULT_AUDIENCE = 'sigstore'
/** The claim the stack's Fulcio reads the certificate SAN from unless told otherwise. */
export const SAN_CLAIM = 'sigstore_san'
export const DEFAULT_SHA = '3f786850e387550fdab836ed7e6dc881de23001b'

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

/**
 * Fills in the claims a GitHub runner token would carry. Defaults follow the
 * overrides, so `{ repository: 'o/r', ref: 'refs/tags/v1' }` gives a
 * matching owner, sub and workflow refs.
 */
export function resolveClaims(claims: RunnerClaims = {}): Record<string, unknown> & Required<Pick<RunnerClaims, 'job_workflow_ref'>> {
  const repository = str(claims.repository) ?? 'acme/widgets'
  const owner = str(claims.repository_owner) ?? repository.split('/')[0]
  const ref = str(claims.ref) ?? 'refs/heads/main'
  const sha = str(claims.sha) ?? DEFAULT_SHA
  const workflowRef = str(claims.workflow_ref) ?? `${repository}/.github/workflows/release.yml@${ref}`
  const jobWorkflowRef = str(claims.job_workflow_ref) ?? workflowRef
  return {
    iss: GITHUB_ISSUER,
    aud: DEFAULT_AUDIENCE,
    sub: `repo:${repository}:ref:${ref}`,
    repository,
    repository_owner: owner,
    repository_id: '100001',
    repository_owner_id: '200002',
    repository_visibility: 'public',
    ref,
    ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    sha,
    workflow: 'release',
    workflow_ref: workflowRef,
    workflow_sha: sha,
    job_workflow_ref: jobWorkflowRef,
    job_workflow_sha: sha,
    actor: 'octocat',
    event_name: 'push',
    runner_environment: 'github-hosted',
    run_id: '1234567890',
    run_attempt: '1',
    ...claims
  } as Record<string, unknown> & { job_workflow_ref: string }
}

/** The certificate SAN a GitHub Actions identity gets: the job's workflow file at its ref. */
export function githubIdentity(claims: RunnerClaims = {}): string {
  return `https://github.com/${resolveClaims(claims).job_workflow_ref}`
}

const b64url = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url')

/**
 * The payload of a token for these claims: the resolved claims, `sigstore_san`
 * (unless given) and iat/nbf/exp around now; `audience` overrides `aud`.
 */
export function tokenPayload(claims: RunnerClaims = {}, audience?: string): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000)
  const payload: Record<string, unknown> = {
    jti: randomBytes(8).toString('hex'),
    iat: now,
    nbf: now - 5,
    exp: now + 3600,
    [SAN_CLAIM]: githubIdentity(claims),
    ...resolveClaims(claims)
  }
  if (audience !== undefined) payload.aud = audience
  return payload
}

/** Encodes a JWT with a random signature: the stack's Fulcio only decodes tokens. */
export function encodeJWT(payload: Record<string, unknown>): string {
  const header = { alg: 'RS256', typ: 'JWT', kid: 'seal-test-stack' }
  return [b64url(header), b64url(payload), randomBytes(64).toString('base64url')].join('.')
}

/** Decodes a JWT payload without checking anything; undefined if it is not one. */
export function decodeJWT(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.')
  if (parts.length !== 3) return undefined
  try {
    const payload: unknown = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'))
    return payload && typeof payload === 'object' && !Array.isArray(payload) ? (payload as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}
