/**
 * Azure Key Vault through @azure/keyvault-keys, authenticated by
 * @azure/identity's DefaultAzureCredential: AZURE_TENANT_ID and
 * AZURE_CLIENT_ID with a federated token (AZURE_FEDERATED_TOKEN_FILE, as
 * workload identity writes it), a client secret or certificate; a managed
 * identity; or the Azure CLI's login. AZURE_AUTHORITY_HOST selects another
 * cloud's sign-in endpoint.
 */
import { createPublicKey } from 'node:crypto'

import { DefaultAzureCredential } from '@azure/identity'
import { CryptographyClient, KeyClient, type KeyVaultKey } from '@azure/keyvault-keys'
import { p256 } from '@noble/curves/nist.js'

import { failureOfStatus, isNetworkError, isNotFound, kmsError, type KmsFailure } from './errors.js'
import type { KmsKey, KmsKeyKind } from './index.js'
import type { AzureKeyReference } from './reference.js'

const CODES: Record<string, KmsFailure> = {
  KeyNotFound: 'not-found',
  Forbidden: 'denied',
  ForbiddenByPolicy: 'denied',
  Unauthorized: 'unauthenticated'
}

export function azureKey(ref: AzureKeyReference, _env: NodeJS.ProcessEnv): KmsKey {
  let credential: DefaultAzureCredential | undefined
  let keys: KeyClient | undefined
  let loaded: KeyVaultKey | undefined
  let signing: CryptographyClient | undefined
  const cred = (): DefaultAzureCredential => (credential ??= new DefaultAzureCredential())
  const client = (): KeyClient => (keys ??= new KeyClient(ref.vaultURL, cred()))
  const call = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn()
    } catch (err) {
      throw describe(ref, err)
    }
  }
  const load = async (): Promise<KeyVaultKey> => (loaded ??= await call(() => client().getKey(ref.name, { version: ref.version })))
  const publicKeyPEM = async (): Promise<string> => {
    const { key } = await load()
    const kty = key?.kty?.replace(/-HSM$/, '')
    if (!key || (kty !== 'EC' && kty !== 'RSA') || (kty === 'EC' && key.crv !== 'P-256') || (key.keyOps && !key.keyOps.includes('sign'))) {
      throw kmsError(ref, 'wrong-type', `a ${key?.kty ?? 'unknown'}${key?.crv ? ` ${key.crv}` : ''} key${key?.keyOps ? ` for ${key.keyOps.join(', ')}` : ''}`)
    }
    const b64 = (v?: Uint8Array): string => Buffer.from(v ?? []).toString('base64url')
    const jwk = kty === 'EC' ? { kty, crv: 'P-256', x: b64(key.x), y: b64(key.y) } : { kty, n: b64(key.n), e: b64(key.e) }
    return createPublicKey({ key: jwk, format: 'jwk' }).export({ format: 'pem', type: 'spki' }).toString()
  }
  return {
    publicKeyPEM,
    async signDigest(digest: Buffer, kind: KmsKeyKind): Promise<Buffer> {
      const key = await load()
      // One client for the session: it answers the vault's challenge once and reuses the token.
      signing ??= new CryptographyClient(key.id ?? `${ref.vaultURL}/keys/${ref.name}`, cred())
      const client = signing
      const { result } = await call(() => client.sign(kind === 'rsa' ? 'RS256' : 'ES256', digest))
      // Key Vault returns ECDSA signatures as r || s; bundles carry ASN.1 DER.
      return kind === 'rsa' ? Buffer.from(result) : Buffer.from(p256.Signature.fromBytes(result, 'compact').toBytes('der'))
    },
    async create() {
      try {
        return { publicKeyPEM: await publicKeyPEM(), created: false }
      } catch (err) {
        if (!isNotFound(err)) throw err
      }
      loaded = await call(() => client().createEcKey(ref.name, { curve: 'P-256', keyOps: ['sign', 'verify'] }))
      return { publicKeyPEM: await publicKeyPEM(), created: true }
    }
  }
}

/** A Key Vault RestError (status and code), an identity error, or a network failure, as one line. */
function describe(ref: AzureKeyReference, err: unknown): Error {
  const e = err as { name?: string; message?: string; code?: string; statusCode?: number }
  if (e.name === 'CredentialUnavailableError' || e.name === 'AuthenticationError' || e.name === 'AggregateAuthenticationError') {
    return kmsError(ref, 'unauthenticated', e.message, { cause: err })
  }
  if (e.statusCode) {
    const failure = CODES[e.code ?? ''] ?? failureOfStatus(e.statusCode)
    return kmsError(ref, failure, `${e.code ?? `HTTP ${e.statusCode}`}: ${firstLine(e.message)}`, { cause: err })
  }
  if (isNetworkError(err)) return kmsError(ref, 'unavailable', e.message, { cause: err })
  return kmsError(ref, 'failed', firstLine(e.message) || String(err), { cause: err })
}

/** Identity errors list every credential tried, one per line; the first says enough. */
function firstLine(text = ''): string {
  return text.split('\n')[0]
}
