/**
 * A Cloud KMS stand-in for the REST API (`/v1/…/cryptoKeyVersions/N/publicKey`,
 * `…:asymmetricSign`, version lists, key ring and key creation), with
 * Google's `{ error: { code, message, status } }` bodies. Requests need a
 * bearer token from the stand-in's security token service (`POST /v1/token`,
 * the token exchange workload identity federation does), so the real
 * google-auth-library runs its external-account flow against it, or one
 * handed to `acceptToken` (the metadata server stand-in's).
 */
import { randomBytes } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { jsonBody, makeKey, serve, signDigest, type HeldKey, type StandInKeyKind, type StandInServer } from './common.js'

const ALGORITHMS: Record<StandInKeyKind, string> = {
  'ecdsa-p256': 'EC_SIGN_P256_SHA256',
  'ecdsa-p384': 'EC_SIGN_P384_SHA384',
  rsa: 'RSA_SIGN_PKCS1_2048_SHA256',
  ed25519: 'EC_SIGN_ED25519'
}

interface GcpVersion {
  name: string
  state: 'ENABLED' | 'DISABLED'
  algorithm: string
  held: HeldKey
}

export interface GcpKmsStandIn extends StandInServer {
  /** Full names of crypto keys the caller may read but not sign with. */
  signDenied: Set<string>
  /** Accepts a bearer token issued elsewhere (the metadata server stand-in's). */
  acceptToken(token: string): void
  /** Adds a version to a crypto key (made if new); returns the version's full name and key. */
  addVersion(cryptoKey: string, kind?: StandInKeyKind, algorithm?: string): { name: string; held: HeldKey }
  disable(version: string): void
  versions(cryptoKey: string): GcpVersion[]
  /** Writes an external-account credentials file (as CI logins write them) pointing at the stand-in; returns its path. */
  writeCredentials(dir: string): Promise<string>
}

export async function startGcpKms(): Promise<GcpKmsStandIn> {
  const tokens = new Set<string>()
  const keys = new Map<string, GcpVersion[]>()
  const rings = new Set<string>()
  const signDenied = new Set<string>()
  const error = (code: number, status: string, message: string) => ({ status: code, body: { error: { code, message, status } } })
  const addVersion = (cryptoKey: string, kind: StandInKeyKind = 'ecdsa-p256', algorithm = ALGORITHMS[kind]) => {
    const list = keys.get(cryptoKey) ?? []
    keys.set(cryptoKey, list)
    rings.add(cryptoKey.replace(/\/cryptoKeys\/[^/]+$/, ''))
    const version: GcpVersion = { name: `${cryptoKey}/cryptoKeyVersions/${list.length + 1}`, state: 'ENABLED', algorithm, held: makeKey(kind) }
    list.push(version)
    return { name: version.name, held: version.held }
  }
  const find = (name: string): GcpVersion | undefined => {
    const key = name.replace(/\/cryptoKeyVersions\/[^/]+$/, '')
    return keys.get(key)?.find(v => v.name === name)
  }
  const server = await serve(req => {
    const path = decodeURIComponent(req.url.pathname)
    if (path === '/v1/token' && req.method === 'POST') {
      const form = new URLSearchParams(req.body.toString())
      if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:token-exchange' || !form.get('subject_token')) {
        return { status: 400, body: { error: 'invalid_grant', error_description: 'expected a token exchange' } }
      }
      const token = `ya29.${randomBytes(12).toString('hex')}`
      tokens.add(token)
      return {
        status: 200,
        body: { access_token: token, issued_token_type: 'urn:ietf:params:oauth:token-type:access_token', token_type: 'Bearer', expires_in: 3600 }
      }
    }
    const bearer = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1]
    if (!bearer || !tokens.has(bearer)) return error(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials. Expected OAuth 2 access token.')
    let m: RegExpExecArray | null
    if ((m = /^\/v1\/(projects\/[^/]+\/locations\/[^/]+\/keyRings\/[^/]+\/cryptoKeys\/[^/]+)\/cryptoKeyVersions$/.exec(path)) && req.method === 'GET') {
      const list = keys.get(m[1])
      if (!list) return error(404, 'NOT_FOUND', `CryptoKey ${m[1]} not found.`)
      const enabledOnly = req.url.searchParams.get('filter') === 'state=ENABLED'
      const shown = list.filter(v => !enabledOnly || v.state === 'ENABLED').map(({ name, state, algorithm }) => ({ name, state, algorithm }))
      return { status: 200, body: shown.length ? { cryptoKeyVersions: shown, totalSize: shown.length } : {} }
    }
    if ((m = /^\/v1\/(.+\/cryptoKeyVersions\/[^/]+)\/publicKey$/.exec(path)) && req.method === 'GET') {
      const v = find(m[1])
      if (!v) return error(404, 'NOT_FOUND', `CryptoKeyVersion ${m[1]} not found.`)
      return { status: 200, body: { pem: v.held.publicKeyPEM, algorithm: v.algorithm, name: v.name, protectionLevel: 'SOFTWARE' } }
    }
    if ((m = /^\/v1\/(.+\/cryptoKeyVersions\/[^/]+):asymmetricSign$/.exec(path)) && req.method === 'POST') {
      const v = find(m[1])
      if (!v || signDenied.has(m[1].replace(/\/cryptoKeyVersions\/[^/]+$/, ''))) {
        return error(403, 'PERMISSION_DENIED', `Permission 'cloudkms.cryptoKeyVersions.useToSign' denied on resource '${m[1]}' (or it may not exist).`)
      }
      if (v.state !== 'ENABLED') return error(400, 'FAILED_PRECONDITION', `${v.name} is not enabled, current state is: ${v.state}.`)
      const digest = Buffer.from(String((jsonBody(req).digest as { sha256?: string } | undefined)?.sha256 ?? ''), 'base64')
      if (digest.length !== 32 || !['EC_SIGN_P256_SHA256', 'RSA_SIGN_PKCS1_2048_SHA256'].includes(v.algorithm)) {
        return error(400, 'INVALID_ARGUMENT', `The request digest does not fit the algorithm ${v.algorithm}.`)
      }
      return { status: 200, body: { signature: signDigest(v.held, digest).toString('base64'), name: v.name, protectionLevel: 'SOFTWARE' } }
    }
    if ((m = /^\/v1\/(.+\/cryptoKeyVersions\/[^/]+)$/.exec(path)) && req.method === 'GET') {
      const v = find(m[1])
      return v
        ? { status: 200, body: { name: v.name, state: v.state, algorithm: v.algorithm } }
        : error(404, 'NOT_FOUND', `CryptoKeyVersion ${m[1]} not found.`)
    }
    if ((m = /^\/v1\/(projects\/[^/]+\/locations\/[^/]+)\/keyRings$/.exec(path)) && req.method === 'POST') {
      const name = `${m[1]}/keyRings/${req.url.searchParams.get('keyRingId')}`
      if (rings.has(name)) return error(409, 'ALREADY_EXISTS', `KeyRing ${name} already exists.`)
      rings.add(name)
      return { status: 200, body: { name } }
    }
    if ((m = /^\/v1\/(projects\/[^/]+\/locations\/[^/]+\/keyRings\/[^/]+)\/cryptoKeys$/.exec(path)) && req.method === 'POST') {
      if (!rings.has(m[1])) return error(404, 'NOT_FOUND', `KeyRing ${m[1]} not found.`)
      const name = `${m[1]}/cryptoKeys/${req.url.searchParams.get('cryptoKeyId')}`
      const body = jsonBody(req) as { purpose?: string; versionTemplate?: { algorithm?: string } }
      if (keys.has(name)) return error(409, 'ALREADY_EXISTS', `CryptoKey ${name} already exists.`)
      if (body.purpose !== 'ASYMMETRIC_SIGN' || body.versionTemplate?.algorithm !== 'EC_SIGN_P256_SHA256')
        return error(400, 'INVALID_ARGUMENT', 'the stand-in makes P-256 signing keys only')
      addVersion(name)
      return { status: 200, body: { name, purpose: body.purpose, versionTemplate: body.versionTemplate } }
    }
    return error(404, 'NOT_FOUND', `no route for ${req.method} ${path}`)
  })
  return {
    ...server,
    signDenied,
    acceptToken: token => {
      tokens.add(token)
    },
    addVersion,
    disable: name => {
      const v = find(name)
      if (v) v.state = 'DISABLED'
    },
    versions: key => keys.get(key) ?? [],
    async writeCredentials(dir) {
      const tokenFile = join(dir, 'oidc-token')
      await writeFile(tokenFile, 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOm8vciJ9.c2lnbmF0dXJl')
      const path = join(dir, 'gcp-credentials.json')
      const credentials = {
        type: 'external_account',
        audience: '//iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/ci/providers/github',
        subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
        token_url: `${server.url}/v1/token`,
        credential_source: { file: tokenFile }
      }
      await writeFile(path, JSON.stringify(credentials))
      return path
    }
  }
}
