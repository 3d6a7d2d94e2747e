import { SealError } from './errors.js'

/** Where an identity token came from, for logs (never the token itself). */
export type TokenSource = 'identity-token input' | 'GitHub Actions OIDC' | 'SIGSTORE_ID_TOKEN'

export interface IdentityToken {
  token: string
  source: TokenSource
  claims: Record<string, unknown>
}

export interface TokenRequest {
  /** An explicit token (the `identity-token` input); used as is when set. */
  identityToken?: string
  /** Audience requested from the runner's OIDC endpoint. */
  audience: string
  env: NodeJS.ProcessEnv
  timeoutMs?: number
  retries?: number
}

export const PERMISSION_HINT =
  'Grant the job `permissions: id-token: write` so the runner can issue an OIDC token, ' +
  'or pass a token in `identity-token` (or the SIGSTORE_ID_TOKEN environment variable).'

/**
 * Finds an OIDC identity token: the explicit input first, then the GitHub
 * Actions runner endpoint, then SIGSTORE_ID_TOKEN.
 */
export async function getIdentityToken(req: TokenRequest): Promise<IdentityToken> {
  if (req.identityToken) {
    return withClaims(req.identityToken, 'identity-token input')
  }
  const url = req.env.ACTIONS_ID_TOKEN_REQUEST_URL
  const bearer = req.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
  if (url && bearer) {
    const token = await requestRunnerToken(url, bearer, req)
    return withClaims(token, 'GitHub Actions OIDC')
  }
  if (req.env.SIGSTORE_ID_TOKEN) {
    return withClaims(req.env.SIGSTORE_ID_TOKEN, 'SIGSTORE_ID_TOKEN')
  }
  throw new SealError('TOKEN_MISSING', 'No OIDC identity token is available for keyless signing.', {
    hint: PERMISSION_HINT
  })
}

function withClaims(token: string, source: TokenSource): IdentityToken {
  return { token, source, claims: decodeClaims(token, source) }
}

/** Decodes a JWT's claims without verifying it (Fulcio verifies it). Errors never echo the token. */
export function decodeClaims(token: string, source: string): Record<string, unknown> {
  const parts = token.trim().split('.')
  if (parts.length !== 3) {
    throw new SealError('TOKEN_INVALID', `The token from ${source} is not a JWT (expected three dot-separated parts).`)
  }
  try {
    const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'))
    if (claims === null || typeof claims !== 'object' || Array.isArray(claims)) throw new Error('not an object')
    return claims as Record<string, unknown>
  } catch {
    throw new SealError('TOKEN_INVALID', `The token from ${source} has an unreadable claims section.`)
  }
}

function runnerTokenURL(base: string, audience: string): string {
  const url = new URL(base)
  url.searchParams.set('audience', audience)
  return url.toString()
}

async function requestRunnerToken(base: string, bearer: string, req: TokenRequest): Promise<string> {
  const url = runnerTokenURL(base, req.audience)
  const retries = req.retries ?? 3
  const timeoutMs = req.timeoutMs ?? 30_000
  let last = ''
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) await sleep(backoff(attempt))
    let res: Response
    try {
      res = await fetch(url, {
        headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json' },
        signal: AbortSignal.timeout(timeoutMs)
      })
    } catch (err) {
      last = err instanceof Error ? `${err.name}: ${err.message}` : String(err)
      continue
    }
    if (res.ok) {
      let body: unknown
      try {
        body = await res.json()
      } catch {
        throw new SealError('TOKEN_REQUEST_FAILED', 'The runner OIDC endpoint answered with a body that is not JSON.')
      }
      const value = (body as { value?: unknown })?.value
      if (typeof value !== 'string' || value === '') {
        throw new SealError('TOKEN_REQUEST_FAILED', 'The runner OIDC endpoint answered without a token value.')
      }
      return value
    }
    await res.body?.cancel()
    last = `HTTP ${res.status}`
    if (res.status === 401 || res.status === 403) {
      throw new SealError('TOKEN_REQUEST_FAILED', `The runner refused the OIDC token request (${last}).`, {
        hint: PERMISSION_HINT
      })
    }
    if (res.status < 500 && res.status !== 429) break
  }
  throw new SealError('TOKEN_REQUEST_FAILED', `Could not get an OIDC token from the runner (${last}).`, {
    hint: 'The runner OIDC endpoint did not answer; re-run the job, or pass `identity-token`.'
  })
}

/** Exponential backoff with jitter: ~250 ms, 500 ms, 1 s, ... capped at 8 s. */
export function backoff(attempt: number): number {
  const base = Math.min(8000, 250 * 2 ** (attempt - 1))
  return base / 2 + Math.random() * (base / 2)
}

export function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}
