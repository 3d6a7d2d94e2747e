/**
 * A small client for GitHub's REST API: the API of the repository the
 * workflow runs in (GITHUB_API_URL, so GHES and ghe.com work), JSON in and
 * out, the token sent only to that API's origin, retries on network errors,
 * 5xx and 429 as the one retry policy says, and pages followed through the
 * Link header. Error answers become one clear SealError; the token never
 * appears in a message.
 */
import { SealError } from '../util/errors.js'
import { BodyTooLarge, discard, httpURL, parseHttpURL, readBody, useEnvProxy } from '../util/http.js'
import { redact } from '../util/redact.js'
import { again, retryPolicy, withRetries, type RetryPolicy } from '../util/retry.js'

/** The REST API version seal asks for: the one gh and @actions/attest use, and the one GHES serves. */
export const GITHUB_API_VERSION = '2022-11-28'
export const DEFAULT_API_URL = 'https://api.github.com'
export const DEFAULT_SERVER_URL = 'https://github.com'

/** Largest JSON answer read (one page of up to 100 attestations with their bundles inline). */
const MAX_JSON_BYTES = 64 * 1024 * 1024

export interface GitHubClientOptions {
  /** The API base, e.g. https://api.github.com or https://ghes.example/api/v3. */
  apiURL: string
  /** Sent as a bearer token to the API's origin only; empty: requests go unauthenticated. */
  token?: string
  timeoutMs: number
  retries: number
  userAgent?: string
}

/** One answer of the API that was not retried away: its status, headers and parsed JSON body (undefined when empty). */
export interface ApiAnswer {
  status: number
  headers: Headers
  body: unknown
  url: URL
}

/** What a request is about, for error messages: "store the attestation in acme/widgets". */
export type Purpose = string

/** The owner and name of GITHUB_REPOSITORY (or a `repository` input): exactly two non-empty parts. */
export function parseRepositorySlug(text: string, input: string): { owner: string; repo: string } {
  // The URL form (https://github.com/acme/widgets) names the same repository.
  const parts = text
    .trim()
    .replace(/^https?:\/\/[^/]+\//, '')
    .replace(/\/+$/, '')
    .split('/')
  if (parts.length !== 2 || parts.some(p => !/^[A-Za-z0-9_.-]+$/.test(p))) {
    throw new SealError('INPUT_INVALID', `\`${input}\` must be <owner>/<repository>, got ${JSON.stringify(text.slice(0, 200))}.`)
  }
  return { owner: parts[0], repo: parts[1] }
}

/** A path segment of the API (an owner, a repository): letters, digits, `-`, `_` and `.` only. */
export function segment(text: string, input: string): string {
  if (!/^[A-Za-z0-9_.-]+$/.test(text))
    throw new SealError('INPUT_INVALID', `\`${input}\` is not a GitHub account or repository name: ${JSON.stringify(text.slice(0, 200))}.`)
  return text
}

/** The API base and web base of the run: GITHUB_API_URL and GITHUB_SERVER_URL, with github.com's as defaults. */
export function githubURLs(env: NodeJS.ProcessEnv): { apiURL: string; serverURL: string } {
  const apiURL = httpURL(env.GITHUB_API_URL || DEFAULT_API_URL, 'GITHUB_API_URL').href.replace(/\/+$/, '')
  const serverURL = httpURL(env.GITHUB_SERVER_URL || DEFAULT_SERVER_URL, 'GITHUB_SERVER_URL').href.replace(/\/+$/, '')
  return { apiURL, serverURL }
}

export class GitHubClient {
  readonly apiURL: string
  readonly policy: RetryPolicy
  private readonly origin: string
  readonly timeoutMs: number
  private readonly token: string
  private readonly userAgent: string

  constructor(options: GitHubClientOptions) {
    this.apiURL = options.apiURL.replace(/\/+$/, '')
    this.origin = new URL(this.apiURL).origin
    this.token = options.token ?? ''
    this.timeoutMs = options.timeoutMs
    this.userAgent = options.userAgent ?? 'seal'
    this.policy = retryPolicy({ retries: options.retries })
  }

  /** An API URL from a path below the base (`/repos/o/r/attestations`) and query parameters. */
  url(path: string, query: Record<string, string | number | undefined> = {}): URL {
    const url = new URL(this.apiURL + path)
    for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, String(v))
    return url
  }

  /**
   * Sends one request (a JSON body when given) and returns the answer, after
   * retrying network errors, 5xx and 429 (and a 403 that asks to wait, GitHub's
   * secondary rate limit). Every other status is returned for the caller to judge.
   */
  async request(method: 'GET' | 'POST', url: URL, purpose: Purpose, body?: unknown): Promise<ApiAnswer> {
    if (url.origin !== this.origin) {
      // The token goes to the API only: a link elsewhere is not followed with it.
      throw new SealError('GITHUB_API_ERROR', `GitHub's answer to ${purpose} pointed at another host (${url.origin}); not followed.`)
    }
    const headers: Record<string, string> = {
      Accept: 'application/vnd.github+json',
      'X-GitHub-Api-Version': GITHUB_API_VERSION,
      'User-Agent': this.userAgent
    }
    if (this.token) headers.Authorization = `Bearer ${this.token}`
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    const payload = body === undefined ? undefined : JSON.stringify(body)
    const failed = (why: string) => new SealError('GITHUB_API_ERROR', `Could not ${purpose}: ${this.clean(why)} (${method} ${url.origin}${url.pathname}).`)
    await useEnvProxy()
    return withRetries(this.policy, async (_n, last) => {
      let res: Response
      try {
        res = await fetch(url, { method, headers, body: payload, redirect: 'follow', signal: AbortSignal.timeout(this.timeoutMs) })
      } catch (err) {
        return again(failed(err instanceof Error ? `${err.name}: ${err.message}` : String(err)))
      }
      const waitAsked = res.headers.get('retry-after')
      if (!last && (res.status >= 500 || res.status === 429 || (res.status === 403 && waitAsked))) {
        await discard(res)
        return again(failed(`HTTP ${res.status}`), waitAsked)
      }
      let text: string
      try {
        text = (await readBody(res, MAX_JSON_BYTES)).toString('utf8')
      } catch (err) {
        if (err instanceof BodyTooLarge) throw failed(`an answer ${err.message}`)
        return again(failed(`an answer that broke off (${err instanceof Error ? err.message : String(err)})`))
      }
      let parsed: unknown
      try {
        parsed = text.trim() === '' ? undefined : JSON.parse(text)
      } catch {
        if (res.ok) return again(failed(`HTTP ${res.status} with a body that is not JSON`))
        parsed = undefined
      }
      return { status: res.status, headers: res.headers, body: parsed, url }
    })
  }

  /** GitHub's own words for a failed answer: its `message` (redacted, cut short), else the status. */
  describe(answer: ApiAnswer): string {
    const message = (answer.body as { message?: unknown } | undefined)?.message
    return typeof message === 'string' && message.trim()
      ? `HTTP ${answer.status}: ${this.clean(message.trim().split('\n')[0].slice(0, 300))}`
      : `HTTP ${answer.status}`
  }

  /**
   * The error for an answer the caller did not expect: 401 names the token,
   * 403 the permission `needs` (e.g. `attestations: write`), the rest quote GitHub.
   */
  error(answer: ApiAnswer, purpose: Purpose, needs: string): SealError {
    const where = `${answer.url.origin}${answer.url.pathname}`
    if (answer.status === 401) {
      return new SealError('GITHUB_AUTH', `GitHub did not accept \`github-token\` to ${purpose} (${this.describe(answer)}).`, {
        hint: this.token ? 'Pass a valid token: in a workflow the default `${{ github.token }}` is one.' : 'Pass a token in `github-token`.'
      })
    }
    if (answer.status === 403) {
      return new SealError('GITHUB_AUTH', `GitHub refused to ${purpose} (${this.describe(answer)}).`, {
        hint: `The token needs the \`${needs}\` permission: add \`permissions: ${needs}\` to the job (or grant it to the token in \`github-token\`).`
      })
    }
    return new SealError('GITHUB_API_ERROR', `GitHub could not ${purpose} (${this.describe(answer)}, ${where}).`)
  }

  /** Removes the token (and anything token-shaped) from text that came from elsewhere. */
  clean(text: string): string {
    return redact(text, this.token ? [this.token] : [])
  }
}

/** Largest bundle read from a `bundle_url` (compressed). */
export const MAX_BLOB_BYTES = 64 * 1024 * 1024

/**
 * Fetches a URL GitHub handed out that is not its API (an attestation's
 * `bundle_url` in blob storage): no token and no GitHub headers are sent,
 * network errors and 5xx are retried, and the body is bounded.
 */
export async function fetchExternal(link: string, policy: RetryPolicy, timeoutMs: number, what: string): Promise<Buffer> {
  const url = parseHttpURL(link)
  if (!url) throw new SealError('GITHUB_API_ERROR', `${what} is not an http(s) URL.`)
  // The address may carry a signature in its query: it is never printed.
  const shown = `${url.origin}${url.pathname}`
  const failed = (why: string) => new SealError('GITHUB_API_ERROR', `Could not download ${what} (${why}, ${shown}).`)
  await useEnvProxy()
  return withRetries(policy, async (_n, last) => {
    let res: Response
    try {
      res = await fetch(url, { headers: { 'User-Agent': 'seal' }, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) })
    } catch (err) {
      return again(failed(err instanceof Error ? err.message : String(err)))
    }
    if (!res.ok) {
      await discard(res)
      if (!last && (res.status >= 500 || res.status === 429)) return again(failed(`HTTP ${res.status}`), res.headers.get('retry-after'))
      throw failed(`HTTP ${res.status}`)
    }
    try {
      return await readBody(res, MAX_BLOB_BYTES)
    } catch (err) {
      if (err instanceof BodyTooLarge) throw failed(`a body ${err.message}`)
      return again(failed(`a body that broke off`))
    }
  })
}
