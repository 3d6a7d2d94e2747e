/**
 * HashiCorp Vault's transit secrets engine through its HTTP API: VAULT_ADDR,
 * VAULT_TOKEN, VAULT_NAMESPACE (Enterprise) and TRANSIT_SECRET_ENGINE_PATH
 * (the engine's mount, `transit` by default).
 */
import { failureOfStatus, isNotFound, kmsError, type KmsFailure } from './errors.js'
import type { KmsKey, KmsKeyKind } from './index.js'
import type { VaultKeyReference } from './reference.js'
import { SealError } from '../../util/errors.js'
import { useEnvProxy } from '../../util/http.js'

/** Transit key types seal signs with, and the public-key kind each is. */
const SIGNING_TYPES = new Set(['ecdsa-p256', 'rsa-2048', 'rsa-3072', 'rsa-4096'])

interface VaultKeyInfo {
  type?: string
  latest_version?: number
  keys?: Record<string, { public_key?: string }>
}

export function vaultKey(ref: VaultKeyReference, env: NodeJS.ProcessEnv): KmsKey {
  const mount = (env.TRANSIT_SECRET_ENGINE_PATH || 'transit').replace(/^\/+|\/+$/g, '')
  const request = async <T>(method: 'GET' | 'POST', path: string, body?: object): Promise<T | undefined> => {
    const addr = env.VAULT_ADDR
    if (!addr) throw new SealError('INPUT_INVALID', `\`key\` ${ref.text}: set VAULT_ADDR to the Vault server's address.`)
    if (!env.VAULT_TOKEN) throw kmsError(ref, 'unauthenticated', 'VAULT_TOKEN is not set')
    const headers: Record<string, string> = { 'X-Vault-Token': env.VAULT_TOKEN, 'X-Vault-Request': 'true' }
    if (env.VAULT_NAMESPACE) headers['X-Vault-Namespace'] = env.VAULT_NAMESPACE
    if (body) headers['Content-Type'] = 'application/json'
    await useEnvProxy(env)
    let res: Response
    try {
      res = await fetch(new URL(`v1/${mount}/${path}`, addr.endsWith('/') ? addr : `${addr}/`), {
        method,
        headers,
        body: body && JSON.stringify(body),
        signal: AbortSignal.timeout(30_000)
      })
    } catch (err) {
      // fetch rejects only when no answer came: refused, reset, unknown host, TLS, timeout.
      const cause = (err as { cause?: { message?: string } }).cause?.message
      throw kmsError(ref, 'unavailable', `${addr}: ${(err as Error).message}${cause ? ` (${cause})` : ''}`, { cause: err })
    }
    const text = await res.text()
    if (!res.ok) throw kmsError(ref, failureOf(res.status, text), reasonOf(res.status, text))
    if (!text) return undefined
    try {
      return (JSON.parse(text) as { data?: T }).data
    } catch {
      throw kmsError(ref, 'failed', `the answer to ${method} ${path} is not JSON`)
    }
  }
  const publicKeyPEM = async (): Promise<string> => {
    const info = await request<VaultKeyInfo>('GET', `keys/${ref.name}`)
    if (!info?.type || !SIGNING_TYPES.has(info.type)) throw kmsError(ref, 'wrong-type', `a transit key of type ${info?.type ?? 'unknown'}`)
    const pem = info.keys?.[String(info.latest_version)]?.public_key
    if (!pem) throw kmsError(ref, 'failed', 'the key has no public key for its latest version')
    return pem
  }
  return {
    publicKeyPEM,
    async signDigest(digest: Buffer, kind: KmsKeyKind): Promise<Buffer> {
      const body = {
        input: digest.toString('base64'),
        prehashed: true,
        ...(kind === 'rsa' ? { signature_algorithm: 'pkcs1v15' } : { marshaling_algorithm: 'asn1' })
      }
      const out = await request<{ signature?: string }>('POST', `sign/${ref.name}/sha2-256`, body)
      const m = /^vault:v\d+:([A-Za-z0-9+/=]+)$/.exec(out?.signature ?? '')
      if (!m) throw kmsError(ref, 'failed', 'the answer has no signature')
      return Buffer.from(m[1], 'base64')
    },
    async create() {
      try {
        return { publicKeyPEM: await publicKeyPEM(), created: false }
      } catch (err) {
        if (!isNotFound(err)) throw err
      }
      await request('POST', `keys/${ref.name}`, { type: 'ecdsa-p256' })
      return { publicKeyPEM: await publicKeyPEM(), created: true }
    }
  }
}

/** Vault answers a missing key with 404 on reads and 400 "…not found" on signing. */
function failureOf(status: number, text: string): KmsFailure {
  if (status === 400 && /not found/i.test(text)) return 'not-found'
  if (status === 403 && /permission denied/i.test(text) && /invalid token/i.test(text)) return 'unauthenticated'
  return failureOfStatus(status)
}

function reasonOf(status: number, text: string): string {
  try {
    const errors = (JSON.parse(text) as { errors?: unknown[] }).errors
    if (Array.isArray(errors) && errors.length) return `HTTP ${status}: ${errors.map(String).join('; ')}`
  } catch {
    // Not JSON: the status alone says it.
  }
  return `HTTP ${status}`
}
