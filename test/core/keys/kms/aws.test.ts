import { createPublicKey, verify } from 'node:crypto'

import { createKmsKey, kmsPublicKey } from '../../../../src/core/keys/kms/index.js'
import { RemoteKeySigner } from '../../../../src/core/keys/kms/signer.js'
import { startAwsKms, type AwsKmsStandIn } from '../../../support/kms/aws.js'
import { trustedCertificate } from '../../../support/kms/common.js'
import { rejection } from '../../../support/errors.js'

const DATA = Buffer.from('artifact bytes')
let kms: AwsKmsStandIn
let tlsKms: AwsKmsStandIn
const saved = { ...process.env }
let env: NodeJS.ProcessEnv

beforeAll(async () => {
  kms = await startAwsKms()
  tlsKms = await startAwsKms(trustedCertificate())
  env = {
    AWS_ACCESS_KEY_ID: kms.accessKeyId,
    AWS_SECRET_ACCESS_KEY: kms.secretAccessKey,
    AWS_REGION: kms.region,
    AWS_ENDPOINT_URL_KMS: kms.url,
    AWS_CONFIG_FILE: '/nonexistent/config',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
    AWS_EC2_METADATA_DISABLED: 'true'
  }
  // The SDK reads its configuration (credentials, endpoint) from the process environment.
  Object.assign(process.env, env)
})
afterAll(async () => {
  process.env = saved
  await Promise.all([kms.close(), tlsKms.close()])
})

describe('AWS KMS keys', () => {
  it('signs through the service with a P-256 key, and the signature verifies with node:crypto and the public key', async () => {
    const key = kms.addKey('ecdsa-p256', 'alias/release')
    const signer = await RemoteKeySigner.open('awskms:///alias/release', env)
    expect(signer.publicKeyPEM).toBe(key.held?.publicKeyPEM)
    const sig = await signer.sign(DATA)
    expect(verify('sha256', DATA, key.held!.publicKey, sig)).toBe(true)
    expect(verify('sha256', Buffer.from('other'), key.held!.publicKey, sig)).toBe(false)
    const sign = kms.requests.find(r => r.headers['x-amz-target'] === 'TrentService.Sign')
    expect(JSON.parse(sign!.body.toString())).toMatchObject({ MessageType: 'DIGEST', SigningAlgorithm: 'ECDSA_SHA_256' })
    expect(String(sign!.headers.authorization)).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIA/)
  })

  it('signs with an RSA key (PKCS#1 v1.5, SHA-256) named by its ARN', async () => {
    const key = kms.addKey('rsa')
    const signer = await RemoteKeySigner.open(`awskms:///${key.arn}`, env)
    expect(verify('sha256', DATA, key.held!.publicKey, await signer.sign(DATA))).toBe(true)
  })

  it('reads the public key for verification, by key id and through an endpoint in the reference (HTTPS)', async () => {
    const key = kms.addKey('ecdsa-p256')
    expect(await kmsPublicKey(`awskms:///${key.id}`, env)).toBe(key.held?.publicKeyPEM)
    const other = tlsKms.addKey('ecdsa-p256', 'alias/tls')
    const pem = await kmsPublicKey(`awskms://localhost:${tlsKms.port}/alias/tls`, { ...env, AWS_ENDPOINT_URL_KMS: undefined })
    expect(createPublicKey(pem).equals(other.held!.publicKey)).toBe(true)
  })

  it('creates a key under an alias, and keeps an existing one', async () => {
    const made = await createKmsKey('awskms:///alias/new-key', env)
    expect(made.created).toBe(true)
    const again = await createKmsKey('awskms:///alias/new-key', env)
    expect(again).toEqual({ publicKeyPEM: made.publicKeyPEM, created: false })
    expect((await rejection(createKmsKey('awskms:///1234abcd-12ab-34cd-56ef-1234567890ab', env))).message).toMatch(/name the key to create with an alias/)
  })

  it('fails with one line naming the reference: unknown key, denied permission, wrong key type, bad credentials', async () => {
    const unknown = await rejection(RemoteKeySigner.open('awskms:///alias/missing', env))
    expect(unknown.message).toBe(
      '`key` awskms:///alias/missing: AWS KMS has no such key: NotFoundException: Alias arn:aws:kms:eu-west-1:111122223333:alias/missing is not found.'
    )
    const denied = kms.addKey('ecdsa-p256', 'alias/denied')
    kms.signDenied.add(denied.id)
    const signer = await RemoteKeySigner.open('awskms:///alias/denied', env)
    const refusal = await rejection(signer.sign(DATA))
    expect(refusal.message).toMatch(/^`key` awskms:\/\/\/alias\/denied: AWS KMS denied permission: AccessDeniedException: .*kms:Sign/)
    expect(refusal.message).not.toContain('\n')
    kms.addKey('symmetric', 'alias/symmetric')
    expect((await rejection(RemoteKeySigner.open('awskms:///alias/symmetric', env))).message).toMatch(/holds a key seal cannot sign with/)
    kms.addKey('ecdsa-p384', 'alias/p384')
    expect((await rejection(RemoteKeySigner.open('awskms:///alias/p384', env))).message).toMatch(/holds a key seal cannot sign with: an ecdsa-p384 key/)
    process.env.AWS_ACCESS_KEY_ID = 'AKIAWRONG0000000000'
    try {
      const wrong = await rejection(kmsPublicKey('awskms:///alias/release', env))
      expect(wrong.message).toMatch(/refused the credentials: UnrecognizedClientException/)
      expect(wrong.message).not.toContain(kms.secretAccessKey)
    } finally {
      process.env.AWS_ACCESS_KEY_ID = kms.accessKeyId
    }
  })
})
