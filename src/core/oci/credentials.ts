/**
 * Registry credentials: their shape, where they may come from, and the
 * first source, the explicit `registry-username` / `registry-password`
 * inputs. The docker config and its credential helpers are the others
 * (docker-config.ts, credential-helper.ts).
 */
import { SealError } from '../util/errors.js'
import { DOCKER_HUB } from './reference.js'

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
/** The identity-token marker docker uses as the username. */
export const TOKEN_USERNAME = '<token>'

/** The server URL docker hands a credential helper for a registry. */
export function helperServerURL(registry: string): string {
  return registry === DOCKER_HUB ? DOCKER_HUB_AUTH_KEY : registry
}

/**
 * The explicit credentials, when either input is set; both must be. Undefined
 * when neither is: the docker config decides.
 */
export function explicitCredentials(options: CredentialOptions): ResolvedCredentials | undefined {
  const explicit = options.credentials
  if (!explicit || (!explicit.username && !explicit.password)) return undefined
  if (explicit.password) options.onSecret?.(explicit.password)
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

/** A refusal naming where the credentials came from and the inputs that set them. */
export function refusedMessage(who: string, creds: ResolvedCredentials | undefined, what: string): string {
  if (!creds) {
    return `${who} requires authentication (${what}) and no credentials are configured for it: set \`registry-username\` and \`registry-password\`.`
  }
  if (creds.source === EXPLICIT_SOURCE) return `${who} rejected the credentials from ${EXPLICIT_SOURCE} (${what}).`
  return `${who} rejected the credentials from ${creds.source} (${what}); set \`registry-username\` and \`registry-password\` to use others.`
}
