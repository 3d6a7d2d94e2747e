/**
 * A stand-in for the Compute Engine metadata server (the one a runner on
 * Compute Engine or GKE reaches at 169.254.169.254), as Google documents it:
 * a request must carry `Metadata-Flavor: Google` and no `X-Forwarded-For`,
 * or it is refused with 403; every answer carries `Metadata-Flavor: Google`.
 * Under `/computeMetadata/v1/` it serves the `instance/` listing, the default
 * service account's email and access token
 * (`instance/service-accounts/default/token[?scopes=…]`, JSON
 * `{ access_token, expires_in, token_type }`), `project/project-id` and
 * `universe/universe-domain`; anything else is 404. google-auth-library finds
 * it through GCE_METADATA_HOST (`host:port`) and first probes
 * `GET /computeMetadata/v1/instance` to see whether a metadata server is there.
 */
import { randomBytes } from 'node:crypto'

import { serve, type StandInReply, type StandInServer } from './common.js'

export interface GceMetadataStandIn extends StandInServer {
  /** `127.0.0.1:port`, the value for GCE_METADATA_HOST. */
  host: string
  /** Access tokens issued, oldest first. */
  tokens: string[]
  /** From now on, answer token requests with this status instead of a token (404: no service account attached); undefined to issue tokens again. */
  failTokens(status: number | undefined): void
}

const FLAVOR = { 'Metadata-Flavor': 'Google' }
const text = (status: number, body: string): StandInReply => ({ status, body, headers: { ...FLAVOR, 'Content-Type': 'application/text' } })

/** Starts the server; `onToken` hears each access token issued (to let a service stand-in accept it). */
export async function startGceMetadata(options: { projectId: string; email?: string; onToken?: (token: string) => void }): Promise<GceMetadataStandIn> {
  const email = options.email ?? `ci-runner@${options.projectId}.iam.gserviceaccount.com`
  const tokens: string[] = []
  let tokenFailure: number | undefined
  const server = await serve(req => {
    if (req.headers['metadata-flavor'] !== 'Google' || req.headers['x-forwarded-for'] !== undefined) {
      return text(403, 'Your client does not have permission to get this URL from this server. Missing Metadata-Flavor:Google header.')
    }
    const path = req.url.pathname.replace(/^\/computeMetadata\/v1\//, '')
    if (req.method !== 'GET' || path === req.url.pathname) return text(404, 'Not Found')
    switch (path) {
      case 'instance':
      case 'instance/':
        return text(200, ['attributes/', 'hostname', 'id', 'service-accounts/', 'zone'].join('\n') + '\n')
      case 'instance/service-accounts/default/email':
        return text(200, email)
      case 'instance/service-accounts/default/token': {
        if (tokenFailure) return text(tokenFailure, tokenFailure === 404 ? 'Not Found' : 'Internal Server Error')
        const token = `ya29.c.${randomBytes(16).toString('hex')}`
        tokens.push(token)
        options.onToken?.(token)
        return { status: 200, body: { access_token: token, expires_in: 3599, token_type: 'Bearer' }, headers: FLAVOR }
      }
      case 'project/project-id':
        return text(200, options.projectId)
      case 'universe/universe-domain':
        return text(200, 'googleapis.com')
      default:
        return text(404, 'Not Found')
    }
  })
  return {
    ...server,
    host: `127.0.0.1:${server.port}`,
    tokens,
    failTokens: status => {
      tokenFailure = status
    }
  }
}
