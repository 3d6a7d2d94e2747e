/**
 * AWS KMS through @aws-sdk/client-kms. The SDK's own configuration applies:
 * the region (AWS_REGION, or the region of an ARN), the credential chain
 * (environment, web identity as the runner's OIDC role, profiles, instance
 * roles) and endpoint settings such as AWS_ENDPOINT_URL_KMS. An endpoint in
 * the reference (`awskms://HOST[:PORT]/…`) is used over HTTPS.
 */
import { createPublicKey } from 'node:crypto'

import { CreateAliasCommand, CreateKeyCommand, GetPublicKeyCommand, KMSClient, SignCommand } from '@aws-sdk/client-kms'

import { SealError } from '../../util/errors.js'
import { isNetworkError, isNotFound, kmsError, type KmsFailure } from './errors.js'
import type { KmsKey, KmsKeyKind } from './index.js'
import type { AwsKeyReference } from './reference.js'

const FAILURES: Record<string, KmsFailure> = {
  NotFoundException: 'not-found',
  AccessDeniedException: 'denied',
  UnrecognizedClientException: 'unauthenticated',
  InvalidSignatureException: 'unauthenticated',
  IncompleteSignature: 'unauthenticated',
  ExpiredTokenException: 'unauthenticated',
  CredentialsProviderError: 'unauthenticated',
  InvalidKeyUsageException: 'wrong-type',
  UnsupportedOperationException: 'wrong-type',
  KMSInternalException: 'unavailable',
  DependencyTimeoutException: 'unavailable'
}

export function awsKey(ref: AwsKeyReference, env: NodeJS.ProcessEnv): KmsKey {
  let client: KMSClient | undefined
  const kms = (): KMSClient =>
    (client ??= new KMSClient({
      region: ref.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION,
      ...(ref.endpoint ? { endpoint: `https://${ref.endpoint}` } : {})
    }))
  const call = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn()
    } catch (err) {
      throw describe(ref, err)
    }
  }
  const publicKeyPEM = async (): Promise<string> => {
    const out = await call(() => kms().send(new GetPublicKeyCommand({ KeyId: ref.keyId })))
    if (out.KeyUsage !== 'SIGN_VERIFY' || !out.PublicKey)
      throw kmsError(ref, 'wrong-type', `key usage ${out.KeyUsage ?? 'unknown'}, key spec ${out.KeySpec ?? 'unknown'}`)
    return createPublicKey({ key: Buffer.from(out.PublicKey), format: 'der', type: 'spki' })
      .export({ format: 'pem', type: 'spki' })
      .toString()
  }
  return {
    publicKeyPEM,
    async signDigest(digest: Buffer, kind: KmsKeyKind): Promise<Buffer> {
      const SigningAlgorithm = kind === 'rsa' ? 'RSASSA_PKCS1_V1_5_SHA_256' : 'ECDSA_SHA_256'
      const out = await call(() => kms().send(new SignCommand({ KeyId: ref.keyId, Message: digest, MessageType: 'DIGEST', SigningAlgorithm })))
      if (!out.Signature) throw kmsError(ref, 'failed', 'the answer has no signature')
      return Buffer.from(out.Signature)
    },
    async create() {
      const alias = /(?:^|:)(alias\/.+)$/.exec(ref.keyId)?.[1]
      if (!alias) {
        throw new SealError('INPUT_INVALID', `\`key\` ${ref.text}: AWS KMS chooses the ids of new keys; name the key to create with an alias.`, {
          hint: 'Use awskms:///alias/NAME.'
        })
      }
      try {
        return { publicKeyPEM: await publicKeyPEM(), created: false }
      } catch (err) {
        if (!isNotFound(err)) throw err
      }
      const made = await call(() => kms().send(new CreateKeyCommand({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY', Description: 'seal signing key' })))
      const keyId = made.KeyMetadata?.KeyId
      if (!keyId) throw kmsError(ref, 'failed', 'the answer to CreateKey names no key')
      await call(() => kms().send(new CreateAliasCommand({ AliasName: alias, TargetKeyId: keyId })))
      return { publicKeyPEM: await publicKeyPEM(), created: true }
    }
  }
}

/** An SDK error as one line: the exception's name decides the failure, its message is the reason. */
function describe(ref: AwsKeyReference, err: unknown): Error {
  if (err instanceof SealError) return err
  const e = err as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } }
  if (isNetworkError(err)) return kmsError(ref, 'unavailable', e.message, { cause: err })
  const failure = FAILURES[e.name ?? ''] ?? (/region is missing/i.test(e.message ?? '') ? 'unauthenticated' : 'failed')
  const name = e.name && e.name !== 'Error' ? `${e.name}: ` : ''
  return kmsError(ref, failure, `${name}${e.message ?? String(err)}`, { cause: err })
}
