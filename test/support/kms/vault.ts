/**
 * A Vault transit stand-in: `GET /v1/<mount>/keys/<name>` (the key's public
 * keys by version), `POST /v1/<mount>/keys/<name>` (create) and
 * `POST /v1/<mount>/sign/<name>/<hash>` (prehashed digests), with the
 * `X-Vault-Token` header checked and Vault's `{ errors: [...] }` bodies.
 */
import { makeKey, serve, signDigest, jsonBody, type HeldKey, type StandInKeyKind, type StandInServer } from './common.js'

const TYPES: Record<StandInKeyKind, string> = { 'ecdsa-p256': 'ecdsa-p256', 'ecdsa-p384': 'ecdsa-p384', rsa: 'rsa-2048', ed25519: 'ed25519' }
const KINDS = Object.fromEntries(Object.entries(TYPES).map(([k, v]) => [v, k as StandInKeyKind]))

export interface VaultStandIn extends StandInServer {
  token: string
  keys: Map<string, HeldKey>
  /** Key names the token may read but not sign with. */
  signDenied: Set<string>
  addKey(name: string, kind?: StandInKeyKind): HeldKey
}

export async function startVault(mount = 'transit'): Promise<VaultStandIn> {
  const token = 'hvs.stand-in-token'
  const keys = new Map<string, HeldKey>()
  const signDenied = new Set<string>()
  const errors = (status: number, ...messages: string[]) => ({ status, body: { errors: messages } })
  const server = await serve(req => {
    if (req.headers['x-vault-token'] !== token) return errors(403, 'permission denied', 'invalid token')
    const m = new RegExp(`^/v1/${mount}/(keys|sign)/([^/]+)(?:/([^/]+))?$`).exec(req.url.pathname)
    if (!m) return errors(404)
    const [, op, name, hash] = m
    const key = keys.get(name)
    if (op === 'keys' && req.method === 'GET') {
      if (!key) return errors(404)
      return {
        status: 200,
        body: { data: { name, type: TYPES[key.kind], latest_version: 1, keys: { '1': { public_key: key.publicKeyPEM, name: TYPES[key.kind] } } } }
      }
    }
    if (op === 'keys' && req.method === 'POST') {
      const type = String(jsonBody(req).type ?? 'aes256-gcm96')
      if (!KINDS[type]) return errors(400, `unsupported key type ${type}`)
      if (!key) keys.set(name, makeKey(KINDS[type]))
      return { status: 204 }
    }
    if (op === 'sign' && req.method === 'POST') {
      if (signDenied.has(name)) return errors(403, '1 error occurred:\n\t* permission denied\n\n')
      if (!key) return errors(400, 'signing key not found')
      const body = jsonBody(req)
      const digest = Buffer.from(String(body.input ?? ''), 'base64')
      if (hash !== 'sha2-256' || body.prehashed !== true || digest.length !== 32) return errors(400, 'expected a prehashed sha2-256 input')
      if (key.kind === 'rsa' && body.signature_algorithm !== 'pkcs1v15') return errors(400, 'the stand-in signs RSA with pkcs1v15 only')
      if (key.kind !== 'rsa' && key.kind !== 'ecdsa-p256') return errors(400, `key type ${TYPES[key.kind]} does not support signing prehashed input here`)
      return { status: 200, body: { data: { signature: `vault:v1:${signDigest(key, digest).toString('base64')}`, key_version: 1 } } }
    }
    return errors(405)
  })
  return {
    ...server,
    token,
    keys,
    signDenied,
    addKey(name, kind = 'ecdsa-p256') {
      const key = makeKey(kind)
      keys.set(name, key)
      return key
    }
  }
}
