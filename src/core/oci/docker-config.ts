/**
 * Credentials from the docker config (`$DOCKER_CONFIG/config.json` or
 * `~/.docker/config.json`): a `credHelpers` entry for the registry, an
 * `auths` entry holding credentials, then `credsStore`.
 */
import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'

import { SealError } from '../util/errors.js'
import { runCredentialHelper } from './credential-helper.js'
import { DOCKER_HUB_AUTH_KEY, TOKEN_USERNAME, type CredentialOptions, type ResolvedCredentials } from './credentials.js'
import { DOCKER_HUB } from './reference.js'

const DOCKER_HUB_KEYS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io'])

interface DockerConfig {
  auths?: Record<string, AuthEntry>
  credHelpers?: Record<string, string>
  credsStore?: string
}

interface AuthEntry {
  auth?: string
  username?: string
  password?: string
  identitytoken?: string
}

/** Path of the docker config file these options read. */
export function dockerConfigPath(options: Pick<CredentialOptions, 'dockerConfigDir' | 'env'> = {}): string {
  const env = options.env ?? process.env
  const dir = options.dockerConfigDir ?? env.DOCKER_CONFIG ?? join(env.HOME || homedir(), '.docker')
  return join(dir, 'config.json')
}

/**
 * The credentials the docker config holds for a registry, by the order
 * docker uses: its credential helper, its `auths` entry, the default store.
 * Undefined when it has none.
 */
export async function dockerConfigCredentials(registry: string, options: CredentialOptions = {}): Promise<ResolvedCredentials | undefined> {
  const path = dockerConfigPath(options)
  const config = await readDockerConfig(path)
  const helper = lookup(config.credHelpers, registry)
  if (typeof helper === 'string' && helper !== '') {
    return runCredentialHelper(helper, registry, options, `credHelpers in ${path}`)
  }
  const entry = lookup(config.auths, registry)
  if (entry && typeof entry === 'object') {
    const found = authEntry(entry, path, registry, s => {
      if (s) options.onSecret?.(s)
    })
    if (found) return found
  }
  if (typeof config.credsStore === 'string' && config.credsStore !== '') {
    return runCredentialHelper(config.credsStore, registry, options, `credsStore in ${path}`)
  }
  return undefined
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

function authEntry(entry: AuthEntry, path: string, registry: string, secret: (s: string) => void): ResolvedCredentials | undefined {
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
