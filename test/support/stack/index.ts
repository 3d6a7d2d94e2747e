/**
 * A local Sigstore stack over real HTTP on 127.0.0.1: Fulcio, Rekor v1 and
 * v2, an RFC 3161 TSA and the GitHub runner's OIDC token endpoint, each on
 * its own ephemeral port, with fresh keys and a matching trusted root.
 *
 *   const stack = await startStack()
 *   new FulcioSigner({ fulcioBaseURL: stack.fulcioURL, identityProvider: { getToken: async () => stack.issueToken() } })
 *   ...
 *   await stack.close()
 */
import { randomBytes } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

import { encodeJWT, SAN_CLAIM, tokenPayload, type RunnerClaims } from './claims.js'
import { fulcioRoutes } from './fulcio.js'
import { listen, type Service } from './http.js'
import { initAuthorities, initTLog } from './mock.js'
import { OIDC_PATH, oidcRoutes } from './oidc.js'
import { RekorLog } from './rekor.js'
import { buildTrustedRoot } from './trust-root.js'
import { tsaRoutes } from './tsa.js'
import type { RequestCounts } from './types.js'

export { DEFAULT_AUDIENCE, GITHUB_ISSUER, resolveClaims, SAN_CLAIM, type RunnerClaims } from './claims.js'
export { FULCIO_AUDIENCE } from './fulcio.js'
export { TRUSTED_ROOT_MEDIA_TYPE } from './trust-root.js'
export type { RequestCounts } from './types.js'

export interface StackOptions {
  /** Artificial latency added to every request, in ms (default 0). */
  delayMs?: number
  /** JWT claim Fulcio uses as the certificate SAN (default `sigstore_san`). */
  subjectClaim?: string
  /**
   * The name Rekor signs its checkpoints under (default: its own host:port).
   * A private deployment may use any label, e.g. `rekor.internal.example`.
   */
  checkpointName?: string
}

export interface SigstoreStack {
  /** Base URLs without a trailing slash, for fulcioBaseURL / rekorBaseURL / tsaBaseURL. */
  fulcioURL: string
  rekorURL: string
  tsaURL: string
  /** ACTIONS_ID_TOKEN_REQUEST_URL / ACTIONS_ID_TOKEN_REQUEST_TOKEN; the URL has a query, so append `&audience=...`. */
  oidc: { requestURL: string; requestToken: string }
  /** TrustedRoot JSON for this stack (a fresh copy on every read). */
  readonly trustedRoot: Record<string, unknown>
  writeTrustedRoot(path: string): Promise<void>
  /** The certificate SAN this stack's Fulcio issues for these claims. */
  identity(claims?: RunnerClaims): string
  /** A JWT for these claims (fake signature), with sigstore_san, exp in an hour and aud `sigstore` unless given. */
  issueToken(claims?: RunnerClaims): string
  /** Claims the OIDC endpoint puts in the tokens it hands out from now on (defaults fill the rest). */
  setClaims(claims: RunnerClaims): void
  /** Live counters of requests served per service. */
  readonly counts: RequestCounts
  close(): Promise<void>
}

export async function startStack(options: StackOptions = {}): Promise<SigstoreStack> {
  const delayMs = options.delayMs ?? 0
  const subjectClaim = options.subjectClaim ?? SAN_CLAIM
  const counts: RequestCounts = { fulcio: 0, rekor: 0, rekorV2: 0, tsa: 0, oidc: 0 }
  const start = new Date(Date.now() - 60_000)

  const services: Service[] = []
  const closeAll = (): Promise<unknown> => Promise.allSettled(services.map(s => s.close()))
  try {
    const authoritiesP = initAuthorities(subjectClaim)
    const [fulcio, rekor, tsa, oidc] = await Promise.all(
      [0, 1, 2, 3].map(() =>
        listen(delayMs, counts).then(s => {
          services.push(s)
          return s
        })
      )
    )
    const authorities = await authoritiesP
    // Checkpoints carry the Rekor host:port, so the tlogs need the URL first.
    const named = options.checkpointName ? `https://${options.checkpointName}` : rekor.url
    const tlogs = [await initTLog(named), await initTLog(named)]

    const requestToken = randomBytes(24).toString('hex')
    let oidcClaims: RunnerClaims = {}
    fulcio.mount(fulcioRoutes(authorities.fulcio))
    rekor.mount(new RekorLog(tlogs[0], tlogs[1]).routes())
    tsa.mount(tsaRoutes(authorities.timestamp, authorities.tsa))
    oidc.mount(oidcRoutes(requestToken, audience => encodeJWT(tokenPayload(oidcClaims, audience))))

    const rootJSON = JSON.stringify(
      buildTrustedRoot({
        fulcioURL: fulcio.url,
        rekorURL: rekor.url,
        tsaURL: tsa.url,
        ca: authorities.ca,
        ctlog: authorities.ctlog,
        tlogs,
        tsa: authorities.tsa,
        start
      }),
      null,
      2
    )

    let closing: Promise<unknown> | undefined
    return {
      fulcioURL: fulcio.url,
      rekorURL: rekor.url,
      tsaURL: tsa.url,
      oidc: { requestURL: `${oidc.url}${OIDC_PATH}?api-version=2.0`, requestToken },
      get trustedRoot() {
        return JSON.parse(rootJSON) as Record<string, unknown>
      },
      async writeTrustedRoot(path: string) {
        await mkdir(dirname(path), { recursive: true })
        await writeFile(path, rootJSON + '\n')
      },
      identity: claims => String(tokenPayload(claims)[subjectClaim] ?? 'NO-SUBJECT'),
      issueToken: claims => encodeJWT(tokenPayload(claims)),
      setClaims: claims => {
        oidcClaims = { ...claims }
      },
      counts,
      close: async () => {
        closing ??= closeAll()
        await closing
      }
    }
  } catch (err) {
    await closeAll()
    throw err
  }
}

/** A RegExp that matches exactly `s` (the verifier treats a string SAN as an unanchored pattern). */
export function exactly(s: string): RegExp {
  return new RegExp(`^${s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`)
}
