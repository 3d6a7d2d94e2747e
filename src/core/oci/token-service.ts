/**
 * Bearer tokens from a registry's token service (the realm of its
 * challenge): a GET with Basic credentials (or none), or an OAuth2 refresh
 * grant for an identity token.
 */
import { discard, parseHttpURL, readBody } from '../util/http.js'
import { refusedMessage, type ResolvedCredentials } from './credentials.js'
import { CREDENTIALS_HINT, RegistryError } from './errors.js'
import { registryScheme } from './reference.js'
import { parseObject } from './replies.js'

/** The request the authenticator asks the client to send (to a token realm), with retries and logging. */
export type TokenTransport = (request: {
  method: 'GET' | 'POST'
  url: URL
  headers: Record<string, string>
  body?: Buffer
  registry: string
}) => Promise<Response>

export interface CachedToken {
  token: string
  expiresAt: number
}

export interface TokenRequest {
  registry: string
  /** From the bearer challenge. */
  realm: string
  service?: string
  scopes: string[]
  /** The registry's credentials, looked up once the realm is known to be usable. */
  credentials: () => Promise<ResolvedCredentials | undefined>
  insecureRegistries?: readonly string[]
  onSecret?: (secret: string) => void
}

const MAX_TOKEN_RESPONSE = 1024 * 1024

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host === '::1'
}

/** Asks the token service for a token of the scopes; every secret it sends back goes to `onSecret`. */
export async function fetchToken(transport: TokenTransport, req: TokenRequest): Promise<CachedToken> {
  const { registry, onSecret } = req
  const url = parseHttpURL(req.realm)
  if (!url) {
    const why = URL.canParse(req.realm) ? `with an unsupported scheme (${new URL(req.realm).protocol})` : 'that is not a URL'
    throw new RegistryError('REGISTRY_ERROR', `Registry ${registry} sent a token realm ${why}.`, { registry })
  }
  const creds = await req.credentials()
  if (creds && url.protocol === 'http:' && !isLoopback(url.hostname) && registryScheme(registry, req.insecureRegistries) === 'https') {
    throw new RegistryError(
      'REGISTRY_AUTH',
      `Registry ${registry} asks for credentials at a plain-http token service (${url.host}); seal does not send credentials unencrypted.`,
      { registry, hint: 'List the registry in the insecure registries option only if this is intended.' }
    )
  }
  const headers: Record<string, string> = { Accept: 'application/json' }
  let res: Response
  if (creds?.identityToken) {
    const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: creds.password, client_id: 'seal' })
    if (req.service) form.set('service', req.service)
    if (req.scopes.length) form.set('scope', req.scopes.join(' '))
    headers['Content-Type'] = 'application/x-www-form-urlencoded'
    res = await transport({ method: 'POST', url, headers, body: Buffer.from(form.toString()), registry })
  } else {
    if (req.service) url.searchParams.set('service', req.service)
    for (const s of req.scopes) url.searchParams.append('scope', s)
    if (creds) {
      url.searchParams.set('account', creds.username)
      const basic = Buffer.from(`${creds.username}:${creds.password}`).toString('base64')
      onSecret?.(basic)
      headers.Authorization = `Basic ${basic}`
    }
    res = await transport({ method: 'GET', url, headers, registry })
  }
  const path = url.pathname
  if (res.status === 401 || res.status === 403) {
    await discard(res)
    const message = refusedMessage(`The token service of registry ${registry} (${url.host})`, creds, `HTTP ${res.status}`)
    throw new RegistryError('REGISTRY_AUTH', message, { registry, method: 'GET', path, status: res.status, hint: CREDENTIALS_HINT })
  }
  if (!res.ok) {
    await discard(res)
    throw new RegistryError('REGISTRY_ERROR', `The token service of registry ${registry} (${url.host}) answered HTTP ${res.status}.`, {
      registry,
      method: creds?.identityToken ? 'POST' : 'GET',
      path,
      status: res.status,
      hint: 'The registry may be failing; re-run the step later.'
    })
  }
  const body = parseObject(await readBody(res, MAX_TOKEN_RESPONSE).catch(() => Buffer.alloc(0)))
  const token = typeof body?.token === 'string' && body.token ? body.token : body?.access_token
  if (typeof token !== 'string' || token === '') {
    throw new RegistryError('REGISTRY_ERROR', `The token service of registry ${registry} (${url.host}) answered without a token.`, {
      registry,
      path
    })
  }
  onSecret?.(token)
  if (typeof body?.refresh_token === 'string' && body.refresh_token) onSecret?.(body.refresh_token)
  const expiresIn = typeof body?.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60
  // Renew ten seconds early (or halfway for very short lifetimes) so a token never expires in flight.
  const margin = Math.min(10, expiresIn / 2)
  return { token, expiresAt: Date.now() + (expiresIn - margin) * 1000 }
}
