import { decodeJWT } from './claims.js'
import { badRequest, HttpError, jsonError, parseObject, type Reply, type Route } from './http.js'
import type { HandlerFn } from './mock.js'

export const FULCIO_AUDIENCE = 'sigstore'

/**
 * Fulcio's `POST /api/v2/signingCert` on top of the mock handler. The mock
 * only decodes the token; like real Fulcio, this also turns away tokens that
 * are unreadable, expired or not meant for `sigstore` (signature unchecked).
 */
export function fulcioRoutes(mock: HandlerFn): Route[] {
  return [{ method: 'POST', path: '/api/v2/signingCert', counter: 'fulcio', handle: req => signingCert(mock, req.body) }]
}

async function signingCert(mock: HandlerFn, raw: Buffer): Promise<Reply> {
  const body = parseObject(raw)
  const credentials = body.credentials as Record<string, unknown> | undefined
  const token = credentials?.oidcIdentityToken
  if (typeof token !== 'string') badRequest('credentials.oidcIdentityToken is required')
  const key = (body.publicKeyRequest as { publicKey?: { content?: unknown } } | undefined)?.publicKey?.content
  if (typeof key !== 'string' && typeof body.certificateSigningRequest !== 'string') {
    badRequest('publicKeyRequest.publicKey.content or certificateSigningRequest is required')
  }
  checkToken(token)
  const result = await mock(raw.toString('utf8'))
  const text =
    typeof result.response === 'string'
      ? result.response
      : Buffer.from(result.response.buffer, result.response.byteOffset, result.response.byteLength).toString('utf8')
  if (result.statusCode !== 201) return jsonError(400, `could not issue a certificate: ${text}`)
  return { status: 201, body: text, contentType: 'application/json' }
}

function checkToken(token: string): void {
  const claims = decodeJWT(token)
  if (!claims) throw new HttpError(401, 'There was an error processing the identity token: not a JWT')
  const aud = claims.aud
  const audiences = Array.isArray(aud) ? aud : [aud]
  if (!audiences.includes(FULCIO_AUDIENCE)) {
    throw new HttpError(401, `There was an error processing the identity token: audience ${JSON.stringify(aud)} is not "${FULCIO_AUDIENCE}"`)
  }
  if (typeof claims.exp === 'number' && claims.exp * 1000 < Date.now()) {
    throw new HttpError(401, 'There was an error processing the identity token: token is expired')
  }
}
