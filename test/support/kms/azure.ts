/**
 * An Azure Key Vault stand-in over HTTPS, with a Microsoft Entra ID sign-in
 * endpoint for @azure/identity beside it. Both keep their real names
 * (`<vault>.vault.azure.net`, `login.microsoftonline.com`, with certificates
 * made in the test): clients reach them through a tunnelling proxy
 * (HTTPS_PROXY), so the SDK's own checks (the challenge's resource must match
 * the vault's domain, the sign-in authority) run as against Azure. The vault
 * answers a request without a token with
 * Key Vault's challenge (401, `WWW-Authenticate: Bearer authorization=…,
 * resource=…`), then takes bearer tokens the sign-in endpoint issued for a
 * client secret. Keys: `GET /keys/<name>[/<version>]`,
 * `POST /keys/<name>/create`, `POST /keys/<name>/<version>/sign` (ES256 as
 * r || s, RS256), with `{ error: { code, message } }` bodies.
 */
import { randomBytes } from 'node:crypto'

import { jsonBody, makeKey, serve, signDigest, trustedCertificate, tunnelProxy, type HeldKey, type StandInKeyKind, type StandInServer } from './common.js'

export const AZURE_TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47'
const LOGIN_HOST = 'login.microsoftonline.com'

interface AzureKey {
  name: string
  version: string
  held: HeldKey
  ops: string[]
}

export interface AzureKeyVaultStandIn extends StandInServer {
  clientId: string
  clientSecret: string
  /** The CA of its HTTPS certificate, PEM (trusted in this process; child processes need NODE_EXTRA_CA_CERTS). */
  ca: string
  /** The environment DefaultAzureCredential needs to sign in here. */
  env: Record<string, string>
  /** Requests to the sign-in endpoint (`requests` has the vault's). */
  signInRequests: StandInServer['requests']
  /** Key names the caller may read but not sign with. */
  signDenied: Set<string>
  addKey(name: string, kind?: StandInKeyKind, ops?: string[]): { id: string; held: HeldKey }
  keys: Map<string, AzureKey>
}

export async function startAzureKeyVault(vaultHost = 'seal-ci.vault.azure.net'): Promise<AzureKeyVaultStandIn> {
  const clientId = '00000000-0000-0000-0000-00000000c11e'
  const clientSecret = `stand-in~${randomBytes(8).toString('hex')}`
  const tokens = new Set<string>()
  const keys = new Map<string, AzureKey>()
  const signDenied = new Set<string>()
  const base = `https://${vaultHost}`
  const login = `https://${LOGIN_HOST}`
  const error = (status: number, code: string, message: string) => ({ status, body: { error: { code, message } } })
  const b64 = (s: string) => Buffer.from(s, 'base64url')
  const bundle = (k: AzureKey) => {
    const jwk = k.held.publicKey.export({ format: 'jwk' })
    return {
      key: { kid: `${base}/keys/${k.name}/${k.version}`, kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, n: jwk.n, e: jwk.e, key_ops: k.ops },
      attributes: { enabled: true, created: 1700000000, updated: 1700000000, recoveryLevel: 'Recoverable+Purgeable' }
    }
  }
  const addKey = (name: string, kind: StandInKeyKind = 'ecdsa-p256', ops = ['sign', 'verify']) => {
    const key = { name, version: randomBytes(16).toString('hex'), held: makeKey(kind), ops }
    keys.set(name, key)
    return { id: `${base}/keys/${name}/${key.version}`, held: key.held }
  }
  const tenantPath = `/${AZURE_TENANT}`
  const certificate = trustedCertificate(LOGIN_HOST)
  const vaultCertificate = trustedCertificate(vaultHost)
  const signIn = await serve(req => {
    const path = req.url.pathname
    // Sign-in (Microsoft Entra ID's OpenID configuration and token endpoint, client credentials).
    if (path === `${tenantPath}/v2.0/.well-known/openid-configuration`) {
      return {
        status: 200,
        body: {
          issuer: `${login}${tenantPath}/v2.0`,
          token_endpoint: `${login}${tenantPath}/oauth2/v2.0/token`,
          authorization_endpoint: `${login}${tenantPath}/oauth2/v2.0/authorize`,
          end_session_endpoint: `${login}${tenantPath}/oauth2/v2.0/logout`,
          jwks_uri: `${login}${tenantPath}/discovery/v2.0/keys`
        }
      }
    }
    if (path === `${tenantPath}/oauth2/v2.0/token` && req.method === 'POST') {
      const form = new URLSearchParams(req.body.toString())
      if (form.get('grant_type') !== 'client_credentials' || form.get('client_id') !== clientId || form.get('client_secret') !== clientSecret) {
        return { status: 401, body: { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' } }
      }
      const token = `eyJ0eXAiOiJKV1QifQ.${randomBytes(12).toString('base64url')}.c2ln`
      tokens.add(token)
      return { status: 200, body: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: token } }
    }
    return { status: 404, body: { error: 'not_found', error_description: `no route for ${req.method} ${path}` } }
  }, certificate)
  const server = await serve(req => {
    const path = req.url.pathname
    const bearer = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1]
    if (!bearer || !tokens.has(bearer)) {
      return {
        status: 401,
        headers: { 'WWW-Authenticate': `Bearer authorization="${login}${tenantPath}", resource="https://vault.azure.net"` },
        body: { error: { code: 'Unauthorized', message: 'AKV10000: Request is missing a Bearer or PoP token.' } }
      }
    }
    if (!/^(7\.\d+|20\d\d-\d\d-\d\d)$/.test(req.url.searchParams.get('api-version') ?? '')) return error(400, 'BadParameter', 'api-version is missing')
    let m: RegExpExecArray | null
    if ((m = /^\/keys\/([^/]+)\/create$/.exec(path)) && req.method === 'POST') {
      const body = jsonBody(req)
      if (body.kty !== 'EC' || body.crv !== 'P-256') return error(400, 'BadParameter', 'the stand-in creates P-256 keys only')
      addKey(m[1], 'ecdsa-p256', (body.key_ops as string[] | undefined) ?? ['sign', 'verify'])
      return { status: 200, body: bundle(keys.get(m[1])!) }
    }
    if ((m = /^\/keys\/([^/]+)(?:\/([^/]*))?$/.exec(path)) && req.method === 'GET') {
      const key = keys.get(m[1])
      if (!key || (m[2] && m[2] !== key.version)) {
        return error(
          404,
          'KeyNotFound',
          `A key with (name/id) ${m[1]} was not found in this key vault. If you recently deleted this key you may be able to recover it.`
        )
      }
      return { status: 200, body: bundle(key) }
    }
    if ((m = /^\/keys\/([^/]+)\/([^/]+)\/sign$/.exec(path)) && req.method === 'POST') {
      const key = keys.get(m[1])
      if (signDenied.has(m[1])) {
        return error(
          403,
          'Forbidden',
          `Caller is not authorized to perform action on resource.\r\nIf role assignments were recently changed, please wait.\r\nAction: 'Microsoft.KeyVault/vaults/keys/sign/action'`
        )
      }
      if (!key || key.version !== m[2]) return error(404, 'KeyNotFound', `A key with (name/id) ${m[1]}/${m[2]} was not found in this key vault.`)
      if (!key.ops.includes('sign')) return error(403, 'Forbidden', 'Operation sign is not permitted on this key.')
      const body = jsonBody(req)
      const digest = b64(String(body.value ?? ''))
      const alg = key.held.kind === 'rsa' ? 'RS256' : 'ES256'
      if (body.alg !== alg || digest.length !== 32) return error(400, 'BadParameter', `Invalid algorithm ${String(body.alg)} or digest for this key.`)
      return { status: 200, body: { kid: `${base}/keys/${key.name}/${key.version}`, value: signDigest(key.held, digest, true).toString('base64url') } }
    }
    return error(404, 'NotFound', `no route for ${req.method} ${path}`)
  }, vaultCertificate)
  const proxy = await tunnelProxy({ 'vault.azure.net': server.port, [LOGIN_HOST]: signIn.port })
  return {
    ...server,
    url: base,
    signInRequests: signIn.requests,
    close: async () => {
      await Promise.all([proxy.close(), server.close(), signIn.close()])
    },
    clientId,
    clientSecret,
    ca: certificate.pem + vaultCertificate.pem,
    env: {
      AZURE_TENANT_ID: AZURE_TENANT,
      AZURE_CLIENT_ID: clientId,
      AZURE_CLIENT_SECRET: clientSecret,
      HTTPS_PROXY: proxy.url
    },
    signDenied,
    addKey,
    keys
  }
}
