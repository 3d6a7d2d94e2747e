import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { verify } from 'node:crypto'

import { createKmsKey, kmsPublicKey } from '../../../../src/core/keys/kms/index.js'
import { RemoteKeySigner } from '../../../../src/core/keys/kms/signer.js'
import { startGcpKms, type GcpKmsStandIn } from '../../../support/kms/gcp.js'
import { rejection } from '../../../support/errors.js'

const DATA = Buffer.from('artifact bytes')
const RING = 'projects/seal-ci/locations/global/keyRings/release'
let kms: GcpKmsStandIn
let env: NodeJS.ProcessEnv
const saved = { ...process.env }

beforeAll(async () => {
  kms = await startGcpKms()
  const dir = await mkdtemp(join(tmpdir(), 'seal-gcpkms-'))
  env = {
    GOOGLE_APPLICATION_CREDENTIALS: await kms.writeCredentials(dir),
    CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDKMS: `${kms.url}/`,
    METADATA_SERVER_DETECTION: 'none'
  }
  // google-auth-library reads its credentials from the process environment.
  Object.assign(process.env, env)
})
afterAll(async () => {
  process.env = saved
  await kms.close()
})

describe('Cloud KMS keys', () => {
  it('signs through the service with a named version and with the newest enabled one; signatures verify with node:crypto', async () => {
    const first = kms.addVersion(`${RING}/cryptoKeys/p256`)
    const second = kms.addVersion(`${RING}/cryptoKeys/p256`)
    kms.addVersion(`${RING}/cryptoKeys/p256`)
    kms.disable(`${RING}/cryptoKeys/p256/cryptoKeyVersions/3`)
    const named = await RemoteKeySigner.open(`gcpkms://${first.name}`, env)
    expect(named.publicKeyPEM).toBe(first.held.publicKeyPEM)
    expect(verify('sha256', DATA, first.held.publicKey, await named.sign(DATA))).toBe(true)
    const newest = await RemoteKeySigner.open(`gcpkms://${RING}/cryptoKeys/p256`, env)
    expect(newest.publicKeyPEM).toBe(second.held.publicKeyPEM)
    const sig = await newest.sign(DATA)
    expect(verify('sha256', DATA, second.held.publicKey, sig)).toBe(true)
    expect(verify('sha256', Buffer.from('other'), second.held.publicKey, sig)).toBe(false)
    const sign = kms.requests.filter(r => r.url.pathname.endsWith(':asymmetricSign')).pop()
    expect(decodeURIComponent(sign!.url.pathname)).toBe(`/v1/${second.name}:asymmetricSign`)
    expect(String(sign!.headers.authorization)).toMatch(/^Bearer ya29\./)
  })

  it('signs with an RSA PKCS#1 v1.5 key, and reads public keys for verification', async () => {
    const rsa = kms.addVersion(`${RING}/cryptoKeys/rsa`, 'rsa')
    const signer = await RemoteKeySigner.open(`gcpkms://${RING}/cryptoKeys/rsa`, env)
    expect(verify('sha256', DATA, rsa.held.publicKey, await signer.sign(DATA))).toBe(true)
    expect(await kmsPublicKey(`gcpkms://${rsa.name}`, env)).toBe(rsa.held.publicKeyPEM)
  })

  it('creates the key ring and the key, and keeps an existing key', async () => {
    const made = await createKmsKey('gcpkms://projects/seal-ci/locations/europe-west1/keyRings/new/cryptoKeys/signing', env)
    expect(made.created).toBe(true)
    expect(made.publicKeyPEM).toBe(kms.versions('projects/seal-ci/locations/europe-west1/keyRings/new/cryptoKeys/signing')[0].held.publicKeyPEM)
    expect(await createKmsKey('gcpkms://projects/seal-ci/locations/europe-west1/keyRings/new/cryptoKeys/signing', env)).toEqual({ ...made, created: false })
  })

  it('fails with one line naming the reference: unknown key, denied permission, wrong key type', async () => {
    expect((await rejection(kmsPublicKey(`gcpkms://${RING}/cryptoKeys/missing`, env))).message).toBe(
      `\`key\` gcpkms://${RING}/cryptoKeys/missing: Cloud KMS has no such key: NOT_FOUND: CryptoKey ${RING}/cryptoKeys/missing not found.`
    )
    kms.addVersion(`${RING}/cryptoKeys/denied`)
    kms.signDenied.add(`${RING}/cryptoKeys/denied`)
    const signer = await RemoteKeySigner.open(`gcpkms://${RING}/cryptoKeys/denied`, env)
    const denied = await rejection(signer.sign(DATA))
    expect(denied.message).toMatch(
      /^`key` gcpkms:\/\/.*\/denied: Cloud KMS denied permission: PERMISSION_DENIED: Permission 'cloudkms.cryptoKeyVersions.useToSign' denied/
    )
    expect(denied.hint).toMatch(/roles\/cloudkms.signerVerifier/)
    kms.addVersion(`${RING}/cryptoKeys/pss`, 'rsa', 'RSA_SIGN_PSS_2048_SHA256')
    expect((await rejection(RemoteKeySigner.open(`gcpkms://${RING}/cryptoKeys/pss`, env))).message).toMatch(
      /Cloud KMS holds a key seal cannot sign with: a key version with the algorithm RSA_SIGN_PSS_2048_SHA256$/
    )
    kms.addVersion(`${RING}/cryptoKeys/gone`)
    kms.disable(`${RING}/cryptoKeys/gone/cryptoKeyVersions/1`)
    expect((await rejection(RemoteKeySigner.open(`gcpkms://${RING}/cryptoKeys/gone`, env))).message).toMatch(/has no such key: the key has no enabled version$/)
  })
})
