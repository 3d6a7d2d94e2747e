/**
 * Registry authentication: which credentials a registry gets, and what its
 * challenges ask for.
 *
 * Credentials come from, in order: the explicit `registry-username` /
 * `registry-password` inputs (credentials.ts); the docker config
 * (docker-config.ts): a `credHelpers` entry for the registry, an `auths`
 * entry holding credentials, then `credsStore` (credential-helper.ts).
 *
 * Requests start anonymous. A 401 names the scheme (challenge.ts): `Basic`
 * sends the credentials; `Bearer realm=…,service=…,scope=…` trades them at
 * the realm for a token (token-service.ts), cached per scope until it
 * expires. Every secret read (passwords, helper secrets, tokens) goes to
 * `onSecret` first, so callers can mask it.
 */
import { covers, parseChallenges } from './challenge.js'
import { explicitCredentials, refusedMessage, type CredentialOptions, type ResolvedCredentials } from './credentials.js'
import { dockerConfigCredentials } from './docker-config.js'
import { CREDENTIALS_HINT, RegistryError } from './errors.js'
import { fetchToken, type CachedToken, type TokenTransport } from './token-service.js'

export type AuthState = { kind: 'basic' } | { kind: 'bearer'; realm: string; service?: string }

export interface AuthenticatorOptions extends CredentialOptions {
  insecureRegistries?: readonly string[]
}

/**
 * Finds credentials for a registry (host[:port], `docker.io` for Docker Hub).
 * Undefined means none are configured: requests go anonymous.
 */
export async function resolveCredentials(registry: string, options: CredentialOptions = {}): Promise<ResolvedCredentials | undefined> {
  return explicitCredentials(options) ?? dockerConfigCredentials(registry, options)
}

/**
 * Holds what the client has learned about each registry's authentication:
 * the challenge scheme, the credentials, and bearer tokens per scope.
 */
export class RegistryAuthenticator {
  private readonly states = new Map<string, AuthState>()
  private readonly credentials = new Map<string, Promise<ResolvedCredentials | undefined>>()
  private readonly tokens = new Map<string, Promise<CachedToken>>()
  private readonly extraScopes = new Map<string, string[]>()

  private readonly options: AuthenticatorOptions

  constructor(
    options: AuthenticatorOptions,
    private readonly transport: TokenTransport
  ) {
    // Each secret is reported once, however many requests use it.
    const reported = new Set<string>()
    const onSecret = options.onSecret
    this.options = {
      ...options,
      onSecret: onSecret
        ? (secret: string) => {
            if (reported.has(secret)) return
            reported.add(secret)
            onSecret(secret)
          }
        : undefined
    }
  }

  /** Credentials for a registry, looked up once. */
  credentialsFor(registry: string): Promise<ResolvedCredentials | undefined> {
    let p = this.credentials.get(registry)
    if (!p) {
      p = resolveCredentials(registry, this.options)
      this.credentials.set(registry, p)
      p.catch(() => this.credentials.delete(registry))
    }
    return p
  }

  /** The Authorization header for a request to a registry, from what earlier challenges taught. */
  async authorization(registry: string, scope: string | undefined): Promise<string | undefined> {
    const state = this.states.get(registry)
    if (!state) return undefined
    if (state.kind === 'basic') {
      const creds = await this.credentialsFor(registry)
      if (!creds || creds.identityToken) return undefined
      const value = Buffer.from(`${creds.username}:${creds.password}`).toString('base64')
      this.options.onSecret?.(value)
      return `Basic ${value}`
    }
    const token = await this.token(registry, state, scope ?? '')
    return `Bearer ${token}`
  }

  /**
   * Learns from a 401 response. True when the request should be sent again
   * (with what `authorization` now returns); false when nothing would change.
   */
  async challenge(registry: string, scope: string | undefined, header: string | null, sent: string | undefined): Promise<boolean> {
    const challenges = parseChallenges(header ?? '')
    const bearer = challenges.find(c => c.scheme === 'bearer')
    const basic = challenges.find(c => c.scheme === 'basic')
    if (bearer) {
      const realm = bearer.params.realm
      if (!realm) return false
      this.states.set(registry, { kind: 'bearer', realm, service: bearer.params.service })
      const key = `${registry} ${scope ?? ''}`
      const wanted = (bearer.params.scope ?? '').split(' ').filter(s => s && !covers(scope, s))
      if (wanted.length) this.extraScopes.set(key, wanted)
      if (sent?.startsWith('Bearer ')) {
        this.tokens.delete(key)
        this.tokens.delete(`${key},push`)
      }
      return true
    }
    if (basic) {
      this.states.set(registry, { kind: 'basic' })
      if (sent?.startsWith('Basic ')) return false
      const creds = await this.credentialsFor(registry)
      return creds !== undefined && !creds.identityToken
    }
    return false
  }

  /** The error for a request the registry still refuses (401 or 403) after authentication. */
  async refusal(registry: string, status: number, method: string, path: string): Promise<RegistryError> {
    let creds: ResolvedCredentials | undefined
    try {
      creds = await this.credentialsFor(registry)
    } catch {
      creds = undefined
    }
    const what = `${method} ${path}`
    if (status === 403) {
      return new RegistryError(
        'REGISTRY_AUTH',
        `Registry ${registry} denied ${what} (HTTP 403)${creds ? ` for the credentials from ${creds.source}` : ' to anonymous requests'}.`,
        {
          registry,
          method,
          path,
          status,
          hint:
            'The credentials lack access to this repository: check `registry-username` / `registry-password` and the token scopes ' +
            '(for GitHub Packages, `permissions: packages: write` to push).'
        }
      )
    }
    const message = refusedMessage(`Registry ${registry}`, creds, `HTTP ${status} to ${what}`)
    return new RegistryError('REGISTRY_AUTH', message, { registry, method, path, status, hint: CREDENTIALS_HINT })
  }

  private token(registry: string, state: Extract<AuthState, { kind: 'bearer' }>, scope: string): Promise<string> {
    // A push token also serves pulls of the same repository.
    const keys = [`${registry} ${scope}`]
    if (scope.endsWith(':pull')) keys.push(`${registry} ${scope},push`)
    for (const key of keys) {
      const cached = this.tokens.get(key)
      if (cached) {
        return cached.then(
          t => (t.expiresAt > Date.now() ? t.token : this.refresh(registry, state, scope)),
          () => this.refresh(registry, state, scope)
        )
      }
    }
    return this.refresh(registry, state, scope)
  }

  private refresh(registry: string, state: Extract<AuthState, { kind: 'bearer' }>, scope: string): Promise<string> {
    const key = `${registry} ${scope}`
    const current = this.tokens.get(key)
    const p = (async (): Promise<CachedToken> => {
      if (current) {
        const t = await current.catch(() => undefined)
        if (t && t.expiresAt > Date.now()) return t
      }
      return fetchToken(this.transport, {
        registry,
        realm: state.realm,
        service: state.service,
        scopes: [scope, ...(this.extraScopes.get(key) ?? [])].filter(Boolean),
        credentials: () => this.credentialsFor(registry),
        insecureRegistries: this.options.insecureRegistries,
        onSecret: this.options.onSecret
      })
    })()
    this.tokens.set(key, p)
    p.catch(() => {
      if (this.tokens.get(key) === p) this.tokens.delete(key)
    })
    return p.then(t => t.token)
  }
}
