/**
 * Registry credentials and authentication challenges.
 *
 * Credentials come from, in order: the explicit `registry-username` /
 * `registry-password` inputs; the docker config (`$DOCKER_CONFIG/config.json`
 * or `~/.docker/config.json`): a `credHelpers` entry for the registry, an
 * `auths` entry holding credentials, then `credsStore`. Helpers run as
 * `docker-credential-<name> get`, the server URL on stdin, JSON on stdout.
 *
 * Requests start anonymous. A 401 names the scheme: `Basic` sends the
 * credentials; `Bearer realm=…,service=…,scope=…` trades them at the realm for
 * a token, cached per scope until it expires. Every secret read (passwords,
 * helper secrets, tokens) goes to `onSecret` first, so callers can mask it.
 */
import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'

import { SealError } from '../util/errors.js'
import { redact } from '../util/redact.js'
import { CREDENTIALS_HINT, RegistryError } from './errors.js'
import { DOCKER_HUB, registryScheme } from './reference.js'

export interface Credentials {
  username: string
  password: string
}

export interface ResolvedCredentials extends Credentials {
  /** Where they came from, for messages: the inputs, a config file, or a helper. */
  source: string
  /** The password is an identity (refresh) token, traded with an OAuth2 refresh grant. */
  identityToken: boolean
}

export interface CredentialOptions {
  /** Explicit credentials (the `registry-username` / `registry-password` inputs). */
  credentials?: Credentials
  /** Directory holding config.json; default `$DOCKER_CONFIG`, else `~/.docker`. */
  dockerConfigDir?: string
  /** Environment for DOCKER_CONFIG, HOME and the helpers' PATH (default process.env). */
  env?: NodeJS.ProcessEnv
  /** Receives every secret read, before it is used. */
  onSecret?: (secret: string) => void
  /** Time limit for a credential helper, in ms (default 10 s). */
  helperTimeoutMs?: number
}

export const EXPLICIT_SOURCE = 'the `registry-username` / `registry-password` inputs'
/** The key docker uses for Docker Hub in config.json and with credential helpers. */
export const DOCKER_HUB_AUTH_KEY = 'https://index.docker.io/v1/'
const DOCKER_HUB_KEYS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io'])
/** The identity-token marker docker uses as the username. */
const TOKEN_USERNAME = '<token>'

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>
  credHelpers?: Record<string, string>
  credsStore?: string
}

/** Path of the docker config file these options read. */
export function dockerConfigPath(options: Pick<CredentialOptions, 'dockerConfigDir' | 'env'> = {}): string {
  const env = options.env ?? process.env
  const dir = options.dockerConfigDir ?? env.DOCKER_CONFIG ?? join(env.HOME || homedir(), '.docker')
  return join(dir, 'config.json')
}

/** A config.json key reduced to host[:port]: no scheme, no path, lower case. */
function keyHost(key: string): string {
  return key
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/\/.*$/, '')
}

/** Finds the entry of a config map for a registry: the exact key first, then any key naming the same host. */
function lookup<T>(map: Record<string, T> | undefined, registry: string): T | undefined {
  if (!map || typeof map !== 'object') return undefined
  const hub = registry === DOCKER_HUB
  if (hub && map[DOCKER_HUB_AUTH_KEY] !== undefined) return map[DOCKER_HUB_AUTH_KEY]
  if (map[registry] !== undefined) return map[registry]
  for (const [key, value] of Object.entries(map)) {
    const host = keyHost(key)
    if (host === registry.toLowerCase() || (hub && DOCKER_HUB_KEYS.has(host))) return value
  }
  return undefined
}

/** The server URL docker hands a credential helper for a registry. */
export function helperServerURL(registry: string): string {
  return registry === DOCKER_HUB ? DOCKER_HUB_AUTH_KEY : registry
}

async function readDockerConfig(path: string): Promise<DockerConfig> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return {}
    throw new SealError('REGISTRY_AUTH', `Cannot read the docker config ${path} (${code ?? 'error'}).`, {
      hint: 'Fix its permissions, point DOCKER_CONFIG elsewhere, or set `registry-username` and `registry-password`.'
    })
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new SealError('REGISTRY_AUTH', `The docker config ${path} is not valid JSON.`, {
      hint: 'Fix or remove it (or point DOCKER_CONFIG elsewhere), or set `registry-username` and `registry-password`.'
    })
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new SealError('REGISTRY_AUTH', `The docker config ${path} is not a JSON object.`, {
      hint: 'Fix or remove it, or set `registry-username` and `registry-password`.'
    })
  }
  return value as DockerConfig
}

/**
 * Finds credentials for a registry (host[:port], `docker.io` for Docker Hub).
 * Undefined means none are configured: requests go anonymous.
 */
export async function resolveCredentials(registry: string, options: CredentialOptions = {}): Promise<ResolvedCredentials | undefined> {
  const secret = (s: string): void => {
    if (s) options.onSecret?.(s)
  }
  const explicit = options.credentials
  if (explicit && (explicit.username || explicit.password)) {
    secret(explicit.password)
    if (!explicit.username) {
      throw new SealError('INPUT_INVALID', '`registry-password` is set but `registry-username` is empty.', {
        hint: 'Set both `registry-username` and `registry-password`, or neither.'
      })
    }
    if (!explicit.password) {
      throw new SealError('INPUT_INVALID', '`registry-username` is set but `registry-password` is empty.', {
        hint: 'Set both `registry-username` and `registry-password`, or neither (a secret that is not available to this job is empty).'
      })
    }
    return {
      username: explicit.username,
      password: explicit.password,
      source: EXPLICIT_SOURCE,
      identityToken: explicit.username === TOKEN_USERNAME
    }
  }

  const path = dockerConfigPath(options)
  const config = await readDockerConfig(path)
  const helper = lookup(config.credHelpers, registry)
  if (typeof helper === 'string' && helper !== '') {
    return runCredentialHelper(helper, registry, options, `credHelpers in ${path}`)
  }
  const entry = lookup(config.auths, registry)
  if (entry && typeof entry === 'object') {
    const found = authEntry(entry, path, registry, secret)
    if (found) return found
  }
  if (typeof config.credsStore === 'string' && config.credsStore !== '') {
    return runCredentialHelper(config.credsStore, registry, options, `credsStore in ${path}`)
  }
  return undefined
}

function authEntry(
  entry: NonNullable<DockerConfig['auths']>[string],
  path: string,
  registry: string,
  secret: (s: string) => void
): ResolvedCredentials | undefined {
  const source = path
  if (typeof entry.identitytoken === 'string' && entry.identitytoken !== '') {
    secret(entry.identitytoken)
    return { username: TOKEN_USERNAME, password: entry.identitytoken, source, identityToken: true }
  }
  if (typeof entry.auth === 'string' && entry.auth !== '') {
    secret(entry.auth)
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    if (colon <= 0) {
      throw new SealError('REGISTRY_AUTH', `The "auth" value for ${registry} in ${path} is not base64 of "username:password".`, {
        hint: 'Log in again with `docker login`, or set `registry-username` and `registry-password`.'
      })
    }
    const password = decoded.slice(colon + 1)
    secret(password)
    return { username: decoded.slice(0, colon), password, source, identityToken: false }
  }
  if (typeof entry.username === 'string' && entry.username !== '' && typeof entry.password === 'string') {
    secret(entry.password)
    return { username: entry.username, password: entry.password, source, identityToken: entry.username === TOKEN_USERNAME }
  }
  return undefined
}

/** Runs `docker-credential-<name> get` for a registry. Undefined when the helper has nothing for it. */
export async function runCredentialHelper(
  name: string,
  registry: string,
  options: CredentialOptions = {},
  configuredBy = 'the docker config'
): Promise<ResolvedCredentials | undefined> {
  const program = `docker-credential-${name}`
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name)) {
    throw new SealError('REGISTRY_AUTH', `The credential helper name "${name.slice(0, 80)}" (${configuredBy}) is not valid.`, {
      hint: 'Fix the docker config, or set `registry-username` and `registry-password`.'
    })
  }
  const timeoutMs = options.helperTimeoutMs ?? 10_000
  const { code, stdout, stderr, error } = await new Promise<{ code: number | null; stdout: string; stderr: string; error?: NodeJS.ErrnoException }>(
    resolve => {
      const child = spawn(program, ['get'], { env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] })
      const out: Buffer[] = []
      const err: Buffer[] = []
      let failed: NodeJS.ErrnoException | undefined
      let timedOut = false
      // On timeout, also drop the pipes: a helper's own children could hold them open.
      const timer = setTimeout(() => {
        timedOut = true
        child.kill('SIGKILL')
        child.stdout.destroy()
        child.stderr.destroy()
      }, timeoutMs)
      child.stdout.on('data', (c: Buffer) => out.push(c))
      child.stderr.on('data', (c: Buffer) => err.push(c))
      child.on('error', e => {
        failed = e as NodeJS.ErrnoException
      })
      child.stdin.on('error', () => undefined)
      child.on('close', exit => {
        clearTimeout(timer)
        resolve({
          code: timedOut ? -1 : exit,
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(err).toString('utf8'),
          error: failed
        })
      })
      child.stdin.end(`${helperServerURL(registry)}\n`)
    }
  )
  const hint = `Install ${program} on PATH or remove it from the docker config, or set \`registry-username\` and \`registry-password\`.`
  if (error) {
    const why = error.code === 'ENOENT' ? 'is not on PATH' : `could not run (${error.code ?? error.message})`
    throw new SealError('REGISTRY_AUTH', `The credential helper ${program} (${configuredBy}) ${why}.`, { hint })
  }
  if (code !== 0) {
    const said = `${stdout}\n${stderr}`
    if (/credentials not found/i.test(said)) return undefined
    const detail = redact(stderr.trim().split('\n')[0] ?? '').slice(0, 200)
    throw new SealError(
      'REGISTRY_AUTH',
      code === -1
        ? `The credential helper ${program} (${configuredBy}) did not answer within ${Math.round(timeoutMs / 1000)} s.`
        : `The credential helper ${program} (${configuredBy}) failed for ${registry} (exit ${code})${detail ? `: ${detail}` : ''}.`,
      { hint }
    )
  }
  let value: { Username?: unknown; Secret?: unknown }
  try {
    value = JSON.parse(stdout)
  } catch {
    throw new SealError('REGISTRY_AUTH', `The credential helper ${program} printed something that is not JSON for ${registry}.`, { hint })
  }
  if (typeof value?.Secret !== 'string' || value.Secret === '') return undefined
  options.onSecret?.(value.Secret)
  const username = typeof value.Username === 'string' ? value.Username : ''
  return { username, password: value.Secret, source: program, identityToken: username === TOKEN_USERNAME }
}

export interface Challenge {
  scheme: string
  params: Record<string, string>
}

/**
 * Parses a WWW-Authenticate header into its challenges (scheme lower-cased,
 * parameter names lower-cased, quoted values unescaped). Several challenges
 * may share one header, comma-separated.
 */
export function parseChallenges(header: string): Challenge[] {
  const out: Challenge[] = []
  let current: Challenge | undefined
  const n = header.length
  let i = 0
  const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t'
  while (i < n) {
    while (i < n && (isSpace(header[i]) || header[i] === ',')) i++
    const start = i
    while (i < n && /[!#$%&'*+.^_`|~0-9A-Za-z-]/.test(header[i])) i++
    const name = header.slice(start, i)
    if (!name) {
      i++
      continue
    }
    let j = i
    while (j < n && isSpace(header[j])) j++
    if (header[j] !== '=') {
      current = { scheme: name.toLowerCase(), params: {} }
      out.push(current)
      continue
    }
    i = j + 1
    while (i < n && isSpace(header[i])) i++
    let value = ''
    if (header[i] === '"') {
      i++
      while (i < n && header[i] !== '"') {
        if (header[i] === '\\' && i + 1 < n) i++
        value += header[i++]
      }
      i++
    } else {
      const begin = i
      while (i < n && header[i] !== ',' && !isSpace(header[i])) i++
      value = header.slice(begin, i)
    }
    if (current) current.params[name.toLowerCase()] = value
  }
  return out
}

export type AuthState = { kind: 'basic' } | { kind: 'bearer'; realm: string; service?: string }

/** The request the authenticator asks the client to send (to a token realm), with retries and logging. */
export type TokenTransport = (request: { method: 'GET' | 'POST'; url: URL; headers: Record<string, string>; body?: Buffer; registry: string }) => Promise<Response>

export interface AuthenticatorOptions extends CredentialOptions {
  insecureRegistries?: readonly string[]
}

interface CachedToken {
  token: string
  expiresAt: number
}

const MAX_TOKEN_RESPONSE = 1024 * 1024

/** The scope of a repository request: `repository:<name>:pull` or `…:pull,push`. */
export function repositoryScope(repository: string, push: boolean): string {
  return `repository:${repository}:${push ? 'pull,push' : 'pull'}`
}

/** Whether scope `a` grants everything scope `b` asks for (same resource, a superset of actions). */
function covers(a: string | undefined, b: string): boolean {
  if (!a) return false
  const split = (s: string) => {
    const last = s.lastIndexOf(':')
    return { resource: s.slice(0, last), actions: new Set(s.slice(last + 1).split(',')) }
  }
  const x = split(a)
  const y = split(b)
  return x.resource === y.resource && [...y.actions].every(action => x.actions.has(action))
}

/** A refusal naming where the credentials came from and the inputs that set them. */
function refusedMessage(who: string, creds: ResolvedCredentials | undefined, what: string): string {
  if (!creds) {
    return `${who} requires authentication (${what}) and no credentials are configured for it: set \`registry-username\` and \`registry-password\`.`
  }
  if (creds.source === EXPLICIT_SOURCE) return `${who} rejected the credentials from ${EXPLICIT_SOURCE} (${what}).`
  return `${who} rejected the credentials from ${creds.source} (${what}); set \`registry-username\` and \`registry-password\` to use others.`
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host === '::1'
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
      return this.fetchToken(registry, state, [scope, ...(this.extraScopes.get(key) ?? [])].filter(Boolean))
    })()
    this.tokens.set(key, p)
    p.catch(() => {
      if (this.tokens.get(key) === p) this.tokens.delete(key)
    })
    return p.then(t => t.token)
  }

  private async fetchToken(registry: string, state: Extract<AuthState, { kind: 'bearer' }>, scopes: string[]): Promise<CachedToken> {
    let url: URL
    try {
      url = new URL(state.realm)
    } catch {
      throw new RegistryError('REGISTRY_ERROR', `Registry ${registry} sent a token realm that is not a URL.`, { registry })
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new RegistryError('REGISTRY_ERROR', `Registry ${registry} sent a token realm with an unsupported scheme (${url.protocol}).`, { registry })
    }
    const creds = await this.credentialsFor(registry)
    if (
      creds &&
      url.protocol === 'http:' &&
      !isLoopback(url.hostname) &&
      registryScheme(registry, this.options.insecureRegistries) === 'https'
    ) {
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
      if (state.service) form.set('service', state.service)
      if (scopes.length) form.set('scope', scopes.join(' '))
      headers['Content-Type'] = 'application/x-www-form-urlencoded'
      res = await this.transport({ method: 'POST', url, headers, body: Buffer.from(form.toString()), registry })
    } else {
      if (state.service) url.searchParams.set('service', state.service)
      for (const s of scopes) url.searchParams.append('scope', s)
      if (creds) {
        url.searchParams.set('account', creds.username)
        const basic = Buffer.from(`${creds.username}:${creds.password}`).toString('base64')
        this.options.onSecret?.(basic)
        headers.Authorization = `Basic ${basic}`
      }
      res = await this.transport({ method: 'GET', url, headers, registry })
    }
    const path = url.pathname
    if (res.status === 401 || res.status === 403) {
      await res.body?.cancel()
      const message = refusedMessage(`The token service of registry ${registry} (${url.host})`, creds, `HTTP ${res.status}`)
      throw new RegistryError('REGISTRY_AUTH', message, { registry, method: 'GET', path, status: res.status, hint: CREDENTIALS_HINT })
    }
    if (!res.ok) {
      await res.body?.cancel()
      throw new RegistryError('REGISTRY_ERROR', `The token service of registry ${registry} (${url.host}) answered HTTP ${res.status}.`, {
        registry,
        method: creds?.identityToken ? 'POST' : 'GET',
        path,
        status: res.status,
        hint: 'The registry may be failing; re-run the step later.'
      })
    }
    const text = await readCapped(res, MAX_TOKEN_RESPONSE).catch(() => '')
    let body: Record<string, unknown> | undefined
    try {
      const parsed: unknown = JSON.parse(text)
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed as Record<string, unknown>
    } catch {
      body = undefined
    }
    const token = typeof body?.token === 'string' && body.token ? body.token : body?.access_token
    if (typeof token !== 'string' || token === '') {
      throw new RegistryError('REGISTRY_ERROR', `The token service of registry ${registry} (${url.host}) answered without a token.`, {
        registry,
        path
      })
    }
    this.options.onSecret?.(token)
    if (typeof body?.refresh_token === 'string' && body.refresh_token) this.options.onSecret?.(body.refresh_token)
    const expiresIn = typeof body?.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60
    // Renew ten seconds early (or halfway for very short lifetimes) so a token never expires in flight.
    const margin = Math.min(10, expiresIn / 2)
    return { token, expiresAt: Date.now() + (expiresIn - margin) * 1000 }
  }
}

async function readCapped(res: Response, max: number): Promise<string> {
  if (!res.body) return ''
  const reader = res.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.length
    if (size > max) {
      await reader.cancel()
      break
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}
