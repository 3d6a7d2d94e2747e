/**
 * The GitHub a policy or an API call is about, from a host name: github.com,
 * a GitHub Enterprise Cloud tenant with data residency (`<tenant>.ghe.com`) or
 * a GitHub Enterprise Server. Each has its own web URL (the prefix of the
 * repository URLs Fulcio records), REST API base and Actions OIDC issuer.
 * Pure functions; no I/O.
 */
import { SealError } from '../util/errors.js'

export type GitHubKind = 'dotcom' | 'tenant' | 'server'

export interface GitHubHost {
  hostname: string
  kind: GitHubKind
  /** The web URL without a trailing slash, e.g. https://github.com or https://acme.ghe.com. */
  serverURL: string
  /** The REST API base, e.g. https://api.github.com, https://api.acme.ghe.com or https://ghes.example/api/v3. */
  apiURL: string
  /** The OIDC issuer of GitHub Actions tokens there. */
  issuer: string
  /** The tenant name on `<tenant>.ghe.com`. */
  tenant?: string
}

export const DOTCOM = 'github.com'
export const DOTCOM_ISSUER = 'https://token.actions.githubusercontent.com'

const HOSTNAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/
const TENANT = /^([a-z0-9]([a-z0-9-]*[a-z0-9])?)\.ghe\.com$/

/** Checks a `hostname` input (a host name alone: no scheme, port or path) and tells which GitHub it is. */
export function githubHost(hostname: string, input = 'hostname'): GitHubHost {
  const host = hostname.trim().toLowerCase()
  if (!HOSTNAME.test(host)) {
    throw new SealError(
      'INPUT_INVALID',
      `\`${input}\` must be a host name such as github.com or acme.ghe.com, got ${JSON.stringify(hostname.slice(0, 200))}.`,
      {
        hint: 'Give the host alone: no https://, port or path.'
      }
    )
  }
  if (host === DOTCOM) return { hostname: host, kind: 'dotcom', serverURL: 'https://github.com', apiURL: 'https://api.github.com', issuer: DOTCOM_ISSUER }
  const tenant = TENANT.exec(host)?.[1]
  if (tenant) {
    return { hostname: host, kind: 'tenant', tenant, serverURL: `https://${host}`, apiURL: `https://api.${host}`, issuer: `https://token.actions.${host}` }
  }
  return { hostname: host, kind: 'server', serverURL: `https://${host}`, apiURL: `https://${host}/api/v3`, issuer: `https://${host}/_services/token` }
}

/** The web URL repository URLs start with: `hostname` when given, else the run's GITHUB_SERVER_URL, else github.com. */
export function serverURLOf(hostname: string | undefined, env: NodeJS.ProcessEnv): string {
  if (hostname) return githubHost(hostname).serverURL
  return (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
}

/** The OIDC issuer certificates must name unless an issuer input says otherwise. */
export function defaultIssuer(hostname: string | undefined): string {
  return hostname ? githubHost(hostname).issuer : DOTCOM_ISSUER
}
