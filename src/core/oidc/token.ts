import { execFile } from 'node:child_process'

import { SealError } from '../util/errors.js'
import { BodyTooLarge, discard, httpURL, readBody, useEnvProxy } from '../util/http.js'
import { redact } from '../util/redact.js'
import { again, retryPolicy, withRetries } from '../util/retry.js'

/** Where an identity token came from, for logs (never the token itself). */
export type TokenSource = 'identity-token input' | 'GitHub Actions OIDC' | 'SIGSTORE_ID_TOKEN' | 'GitLab CI id_tokens' | 'Buildkite OIDC' | 'CircleCI OIDC'

export interface IdentityToken {
  token: string
  source: TokenSource
  claims: Record<string, unknown>
}

export interface TokenRequest {
  /** An explicit token (the `identity-token` input); used as is when set. */
  identityToken?: string
  /** Audience requested from the runner's OIDC endpoint (or the CI's token command). */
  audience: string
  /** The environment: CI detection, SIGSTORE_ID_TOKEN, and the PATH the CI token commands are looked up on. */
  env: NodeJS.ProcessEnv
  timeoutMs?: number
  retries?: number
}

export const PERMISSION_HINT =
  'Grant the job `permissions: id-token: write` so the runner can issue an OIDC token, ' +
  'or pass a token in `identity-token` (or the SIGSTORE_ID_TOKEN environment variable).'

/**
 * Finds an OIDC identity token, in this order:
 *   1. the explicit token (`identity-token`);
 *   2. the GitHub Actions runner endpoint (ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN);
 *   3. GitLab CI (GITLAB_CI=true): SIGSTORE_ID_TOKEN, declared by the job's `id_tokens:`;
 *   4. SIGSTORE_ID_TOKEN anywhere else;
 *   5. Buildkite (BUILDKITE=true): `buildkite-agent oidc request-token`;
 *   6. CircleCI (CIRCLECI=true): `circleci run oidc get`.
 * A token set by the user in SIGSTORE_ID_TOKEN wins over the CI commands.
 * Tokens from GitLab, Buildkite and CircleCI must carry the requested audience.
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
  if (req.env.GITLAB_CI === 'true') {
    return gitlabToken(req)
  }
  if (req.env.SIGSTORE_ID_TOKEN) {
    return withClaims(req.env.SIGSTORE_ID_TOKEN, 'SIGSTORE_ID_TOKEN')
  }
  if (req.env.BUILDKITE === 'true') {
    return commandToken(BUILDKITE, req)
  }
  if (req.env.CIRCLECI === 'true') {
    return commandToken(CIRCLECI, req)
  }
  throw new SealError('TOKEN_MISSING', 'No OIDC identity token is available for keyless signing.', {
    hint: PERMISSION_HINT
  })
}

/* ------------------------------------------------------------ other CIs -- */

function gitlabSnippet(audience: string): string {
  return `id_tokens:\n  SIGSTORE_ID_TOKEN:\n    aud: ${audience}`
}

function gitlabToken(req: TokenRequest): IdentityToken {
  const token = req.env.SIGSTORE_ID_TOKEN
  if (!token) {
    throw new SealError('TOKEN_MISSING', 'GitLab CI: the job has no SIGSTORE_ID_TOKEN, so there is no OIDC identity token to sign with.', {
      hint: `GitLab issues OIDC tokens only to jobs that declare them. Add this to the job:\n${gitlabSnippet(req.audience)}\nor pass a token in \`identity-token\`.`
    })
  }
  const result = withClaims(token, 'GitLab CI id_tokens')
  checkAudience(
    result,
    req.audience,
    'GitLab CI',
    `Declare the token with the audience ${JSON.stringify(req.audience)} in the job:\n${gitlabSnippet(req.audience)}`
  )
  return result
}

/** A CI system whose agent hands out OIDC tokens through a command. */
interface TokenCommand {
  ci: string
  /** The variable that says the job runs on this CI. */
  detectedBy: string
  source: TokenSource
  command: string
  /** The command as shown in messages (without the audience). */
  shown: string
  args(audience: string): string[]
  /** What to check when the command fails. */
  fix: string
  /** What to check when the token has another audience. */
  audienceFix: string
}

const BUILDKITE: TokenCommand = {
  ci: 'Buildkite',
  detectedBy: 'BUILDKITE',
  source: 'Buildkite OIDC',
  command: 'buildkite-agent',
  shown: 'buildkite-agent oidc request-token',
  args: audience => ['oidc', 'request-token', '--audience', audience],
  fix:
    'seal runs `buildkite-agent oidc request-token` inside the job: run seal in a Buildkite job step on an agent whose ' +
    '`buildkite-agent` is on PATH and allowed to request OIDC tokens, or pass a token in `identity-token`.',
  audienceFix: 'The agent ignored `--audience`: update buildkite-agent, or pass a token for this audience in `identity-token`.'
}

const CIRCLECI: TokenCommand = {
  ci: 'CircleCI',
  detectedBy: 'CIRCLECI',
  source: 'CircleCI OIDC',
  command: 'circleci',
  shown: 'circleci run oidc get',
  args: audience => ['run', 'oidc', 'get', '--claims', JSON.stringify({ aud: audience })],
  fix:
    'seal runs `circleci run oidc get` inside the job: run seal in a CircleCI cloud job that can get OIDC tokens ' +
    '(CircleCI issues them to jobs that use a context), or pass a token in `identity-token`.',
  audienceFix: 'The CircleCI CLI ignored the `aud` claim: update it, or pass a token for this audience in `identity-token`.'
}

async function commandToken(cmd: TokenCommand, req: TokenRequest): Promise<IdentityToken> {
  const timeoutMs = req.timeoutMs ?? 30_000
  const { shown } = cmd
  const { stdout, failure } = await runQuietly(cmd.command, cmd.args(req.audience), req.env, timeoutMs)
  if (failure) {
    const detail =
      failure.kind === 'missing'
        ? `${cmd.ci} was detected (${cmd.detectedBy}=true) but \`${cmd.command}\` is not on PATH`
        : failure.kind === 'timeout'
          ? `\`${shown}\` did not answer within ${seconds(timeoutMs)}`
          : `\`${shown}\` failed (${failure.status})${failure.stderr ? `: ${redact(failure.stderr, [stdout.trim()])}` : ''}`
    throw new SealError('TOKEN_REQUEST_FAILED', `${cmd.ci}: could not get an OIDC token: ${detail}.`, { hint: cmd.fix })
  }
  const token = stdout.trim()
  if (token === '') {
    throw new SealError('TOKEN_REQUEST_FAILED', `${cmd.ci}: \`${shown}\` printed no token.`, { hint: cmd.fix })
  }
  const result = withClaims(token, cmd.source)
  checkAudience(result, req.audience, cmd.ci, cmd.audienceFix)
  return result
}

type CommandFailure = { kind: 'missing' } | { kind: 'timeout' } | { kind: 'failed'; status: string; stderr: string }

/**
 * Runs a token command without a shell and without echoing anything: stdout
 * (the token) and stderr are captured, never inherited. The command is looked
 * up on `env.PATH`.
 */
function runQuietly(file: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ stdout: string; failure?: CommandFailure }> {
  return new Promise(resolve => {
    execFile(file, args, { env, timeout: timeoutMs, maxBuffer: 1024 * 1024, windowsHide: true, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (!err) {
        resolve({ stdout })
        return
      }
      const e = err as NodeJS.ErrnoException & { killed?: boolean; signal?: string | null; code?: unknown }
      if (e.code === 'ENOENT') {
        resolve({ stdout: '', failure: { kind: 'missing' } })
      } else if (e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
        resolve({ stdout: '', failure: { kind: 'failed', status: 'it printed more than 1 MiB', stderr: '' } })
      } else if (e.killed) {
        resolve({ stdout, failure: { kind: 'timeout' } })
      } else {
        const status = typeof e.code === 'number' ? `exit code ${e.code}` : e.signal ? `signal ${e.signal}` : String(e.code ?? e.message)
        resolve({ stdout, failure: { kind: 'failed', status, stderr: lastLines(stderr) } })
      }
    })
  })
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`
}

/** The end of a command's stderr, on one line and bounded, for an error message. */
function lastLines(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map(l => l.trim())
    .filter(Boolean)
  const tail = lines.slice(-3).join(' / ')
  return tail.length > 300 ? '…' + tail.slice(-300) : tail
}

/** Fails unless the token's `aud` claim (a string or a list) includes the audience. */
function checkAudience(token: IdentityToken, audience: string, ci: string, fix: string): void {
  const aud = token.claims.aud
  const list = Array.isArray(aud) ? aud : [aud]
  if (list.includes(audience)) return
  const found = aud === undefined ? 'no audience' : `audience ${JSON.stringify(aud)}`
  throw new SealError('TOKEN_INVALID', `${ci}: the OIDC token has ${found}, not the requested ${JSON.stringify(audience)} (\`oidc-audience\`).`, {
    hint: fix
  })
}

/* -------------------------------------------------------------- helpers -- */

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

function runnerTokenURL(base: string, audience: string): URL {
  const url = httpURL(base, 'ACTIONS_ID_TOKEN_REQUEST_URL')
  url.searchParams.set('audience', audience)
  return url
}

/** The most of a runner token reply read: a JWT and its JSON wrapper are a few KiB. */
const MAX_TOKEN_REPLY = 1024 * 1024

async function requestRunnerToken(base: string, bearer: string, req: TokenRequest): Promise<string> {
  const url = runnerTokenURL(base, req.audience)
  const timeoutMs = req.timeoutMs ?? 30_000
  const failed = (last: string): SealError =>
    new SealError('TOKEN_REQUEST_FAILED', `Could not get an OIDC token from the runner (${last}).`, {
      hint: 'The runner OIDC endpoint did not answer; re-run the job, or pass `identity-token`.'
    })
  return withRetries(retryPolicy({ retries: req.retries ?? 3 }), async () => {
    let res: Response
    await useEnvProxy()
    try {
      res = await fetch(url, {
        headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json' },
        signal: AbortSignal.timeout(timeoutMs)
      })
    } catch (err) {
      return again(failed(err instanceof Error ? `${err.name}: ${err.message}` : String(err)))
    }
    if (res.ok) {
      // A reply cut short is retried like a failed connection.
      let body: unknown
      try {
        body = JSON.parse((await readBody(res, MAX_TOKEN_REPLY)).toString('utf8'))
      } catch (err) {
        if (err instanceof BodyTooLarge) throw new SealError('TOKEN_REQUEST_FAILED', `The runner OIDC endpoint answered with a reply ${err.message}.`)
        return again(failed(`a reply that broke off (${err instanceof Error ? err.message : String(err)})`))
      }
      const value = (body as { value?: unknown })?.value
      if (typeof value !== 'string' || value === '') {
        throw new SealError('TOKEN_REQUEST_FAILED', 'The runner OIDC endpoint answered without a token value.')
      }
      return value
    }
    await discard(res)
    const last = `HTTP ${res.status}`
    if (res.status === 401 || res.status === 403) {
      throw new SealError('TOKEN_REQUEST_FAILED', `The runner refused the OIDC token request (${last}).`, {
        hint: PERMISSION_HINT
      })
    }
    if (res.status < 500 && res.status !== 429) throw failed(last)
    return again(failed(last), res.headers.get('retry-after'))
  })
}
