/**
 * Google Cloud KMS through its REST API, authorised by google-auth-library's
 * Application Default Credentials (GOOGLE_APPLICATION_CREDENTIALS, including
 * the workload identity federation files CI logins write, or the metadata
 * server). The gRPC client (@google-cloud/kms) is not used: its stack would
 * make each action's bundle several times larger for four REST calls.
 * CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDKMS points at another endpoint, as
 * for gcloud.
 */
import { GoogleAuth } from 'google-auth-library'

import { failureOfStatus, isNetworkError, isNotFound, kmsError, type KmsFailure } from './errors.js'
import type { KmsKey, KmsKeyKind } from './index.js'
import type { GcpKeyReference } from './reference.js'
import { sleep } from '../../util/retry.js'

const SCOPE = 'https://www.googleapis.com/auth/cloudkms'
const DEFAULT_ENDPOINT = 'https://cloudkms.googleapis.com/'

/** Key version algorithms seal signs with: ECDSA P-256 and RSA PKCS#1 v1.5, over SHA-256. */
const ALGORITHMS: Record<string, KmsKeyKind> = {
  EC_SIGN_P256_SHA256: 'ecdsa-p256',
  RSA_SIGN_PKCS1_2048_SHA256: 'rsa',
  RSA_SIGN_PKCS1_3072_SHA256: 'rsa',
  RSA_SIGN_PKCS1_4096_SHA256: 'rsa'
}

const STATUSES: Record<string, KmsFailure> = {
  NOT_FOUND: 'not-found',
  PERMISSION_DENIED: 'denied',
  UNAUTHENTICATED: 'unauthenticated',
  FAILED_PRECONDITION: 'failed',
  UNAVAILABLE: 'unavailable'
}

interface Version {
  name: string
  state?: string
}

export function gcpKey(ref: GcpKeyReference, env: NodeJS.ProcessEnv): KmsKey {
  let auth: GoogleAuth | undefined
  let version = ref.version
  const base = new URL('v1/', withSlash(env.CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDKMS || DEFAULT_ENDPOINT))
  const call = async <T>(method: 'GET' | 'POST', path: string, data?: object): Promise<T> => {
    // The project comes from the reference, so the library need not look it up.
    auth ??= new GoogleAuth({ scopes: [SCOPE], projectId: ref.cryptoKey.split('/')[1] })
    let client: Awaited<ReturnType<GoogleAuth['getClient']>>
    try {
      client = await auth.getClient()
      // The token first (the request reuses it), so that failing to get one is not read as Cloud KMS's answer.
      await client.getAccessToken()
    } catch (err) {
      throw credentialsError(ref, err)
    }
    try {
      const res = await client.request<T>({ url: new URL(path, base).href, method, data, retry: true, timeout: 30_000 })
      return res.data
    } catch (err) {
      throw describe(ref, err)
    }
  }
  /** The version to use: the one named, or the newest enabled one. */
  const keyVersion = async (): Promise<string> => {
    if (version) return version
    const list = await call<{ cryptoKeyVersions?: Version[] }>('GET', `${ref.cryptoKey}/cryptoKeyVersions?filter=state%3DENABLED`)
    const newest = (list.cryptoKeyVersions ?? []).filter(v => !v.state || v.state === 'ENABLED').sort((a, b) => versionNumber(b) - versionNumber(a))[0]
    if (!newest) throw kmsError(ref, 'not-found', 'the key has no enabled version')
    return (version = newest.name)
  }
  const publicKey = async (): Promise<{ pem: string; kind: KmsKeyKind }> => {
    const out = await call<{ pem?: string; algorithm?: string }>('GET', `${await keyVersion()}/publicKey`)
    const kind = ALGORITHMS[out.algorithm ?? '']
    if (!kind || !out.pem) throw kmsError(ref, 'wrong-type', `a key version with the algorithm ${out.algorithm ?? 'unknown'}`)
    return { pem: out.pem, kind }
  }
  return {
    publicKeyPEM: async () => (await publicKey()).pem,
    async signDigest(digest: Buffer): Promise<Buffer> {
      const out = await call<{ signature?: string }>('POST', `${await keyVersion()}:asymmetricSign`, { digest: { sha256: digest.toString('base64') } })
      if (!out.signature) throw kmsError(ref, 'failed', 'the answer has no signature')
      return Buffer.from(out.signature, 'base64')
    },
    async create() {
      try {
        return { publicKeyPEM: (await publicKey()).pem, created: false }
      } catch (err) {
        if (!isNotFound(err)) throw err
      }
      const keyId = ref.cryptoKey.split('/').pop() ?? ''
      const body = { purpose: 'ASYMMETRIC_SIGN', versionTemplate: { algorithm: 'EC_SIGN_P256_SHA256', protectionLevel: 'SOFTWARE' } }
      try {
        await call('POST', `${ref.keyRing}/cryptoKeys?cryptoKeyId=${encodeURIComponent(keyId)}`, body)
      } catch (err) {
        if (!isNotFound(err)) throw err
        await call('POST', `${ref.location}/keyRings?keyRingId=${encodeURIComponent(ref.keyRing.split('/').pop() ?? '')}`, {})
        await call('POST', `${ref.keyRing}/cryptoKeys?cryptoKeyId=${encodeURIComponent(keyId)}`, body)
      }
      version = ref.version ?? `${ref.cryptoKey}/cryptoKeyVersions/1`
      // A new version is generated asynchronously; it can sign once it is ENABLED.
      for (let i = 0; i < 30; i++) {
        const v = await call<Version>('GET', version)
        if (v.state === 'ENABLED') break
        await sleep(1000)
      }
      return { publicKeyPEM: (await publicKey()).pem, created: true }
    }
  }
}

function versionNumber(v: Version): number {
  return Number(v.name.split('/').pop()) || 0
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`
}

/**
 * Failing to get an access token (no credentials found, or the metadata
 * server or a token service refused or did not answer), as one line: the
 * status (with an OAuth error code and description) or network error and the
 * URL asked, without its query; else the library's words.
 */
function credentialsError(ref: GcpKeyReference, err: unknown): Error {
  const e = err as { message?: string; code?: string; status?: number; response?: { status?: number; data?: unknown }; config?: { url?: string | URL } }
  let url = ''
  try {
    const asked = new URL(String(e.config?.url))
    url = `${asked.origin}${asked.pathname}`
  } catch {
    // No URL: the library found no credentials to ask with.
  }
  const status = e.response?.status ?? e.status
  const oauth = (e.response?.data ?? {}) as { error?: unknown; error_description?: unknown }
  const said = typeof oauth.error === 'string' ? ` (${[oauth.error, oauth.error_description].filter(x => typeof x === 'string').join(': ')})` : ''
  let detail = e.message ?? String(err)
  if (status) detail = `HTTP ${status}${url ? ` from ${url}` : ''}${said}`
  else if (url && isNetworkError(err)) detail = `no answer from ${url} (${e.code})`
  return kmsError(ref, 'no-credentials', detail, { cause: err })
}

/** A gaxios error (HTTP status and Google's error body), a credentials error, or a network failure, as one line. */
function describe(ref: GcpKeyReference, err: unknown): Error {
  const e = err as { message?: string; status?: number; response?: { status?: number; data?: { error?: { status?: string; message?: string } } } }
  const status = e.response?.status ?? e.status
  const body = e.response?.data?.error
  if (body?.status || status) {
    const failure = STATUSES[body?.status ?? ''] ?? failureOfStatus(status)
    return kmsError(ref, failure, `${body?.status ?? `HTTP ${status}`}: ${body?.message ?? e.message ?? ''}`, { cause: err })
  }
  if (isNetworkError(err)) return kmsError(ref, 'unavailable', e.message, { cause: err })
  const failure = /credentials|token/i.test(e.message ?? '') ? 'unauthenticated' : 'failed'
  return kmsError(ref, failure, e.message ?? String(err), { cause: err })
}
