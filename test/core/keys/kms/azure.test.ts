import { verify } from 'node:crypto'

import { createKmsKey, kmsPublicKey } from '../../../../src/core/keys/kms/index.js'
import { RemoteKeySigner } from '../../../../src/core/keys/kms/signer.js'
import { startAzureKeyVault, type AzureKeyVaultStandIn } from '../../../support/kms/azure.js'
import { rejection } from '../../../support/errors.js'

const DATA = Buffer.from('artifact bytes')
let vault: AzureKeyVaultStandIn
let host: string
const saved = { ...process.env }

beforeAll(async () => {
  vault = await startAzureKeyVault()
  host = new URL(vault.url).host
  expect(host).toBe('seal-ci.vault.azure.net')
  // @azure/identity reads its credentials from the process environment.
  Object.assign(process.env, vault.env)
})
afterAll(async () => {
  process.env = saved
  await vault.close()
})

describe('Azure Key Vault keys', () => {
  it('signs through the vault after its authentication challenge; ES256 and RS256 signatures verify with node:crypto', async () => {
    for (const kind of ['ecdsa-p256', 'rsa'] as const) {
      const key = vault.addKey(`release-${kind}`, kind)
      const signer = await RemoteKeySigner.open(`azurekms://${host}/release-${kind}`, process.env)
      expect(signer.publicKeyPEM).toBe(key.held.publicKeyPEM)
      const sig = await signer.sign(DATA)
      expect(verify('sha256', DATA, key.held.publicKey, sig)).toBe(true)
      expect(verify('sha256', Buffer.from('other'), key.held.publicKey, sig)).toBe(false)
    }
    expect(vault.signInRequests.some(r => r.url.pathname.endsWith('/oauth2/v2.0/token'))).toBe(true)
    expect(vault.requests.some(r => /^\/keys\/release-rsa\/[0-9a-f]+\/sign$/.test(r.url.pathname))).toBe(true)
  })

  it('reads the public key of a named version, and creates a key', async () => {
    const key = vault.addKey('versioned')
    const version = key.id.split('/').pop()
    expect(await kmsPublicKey(`azurekms://${host}/versioned/${version}`, process.env)).toBe(key.held.publicKeyPEM)
    const made = await createKmsKey(`azurekms://${host}/new-key`, process.env)
    expect(made).toEqual({ publicKeyPEM: vault.keys.get('new-key')?.held.publicKeyPEM, created: true })
    expect((await createKmsKey(`azurekms://${host}/new-key`, process.env)).created).toBe(false)
  })

  it('fails with one line naming the reference: unknown key, denied permission, wrong key type, bad secret', async () => {
    const unknown = await rejection(kmsPublicKey(`azurekms://${host}/missing`, process.env))
    expect(unknown.message).toMatch(
      new RegExp(`^\`key\` azurekms://${host}/missing: Azure Key Vault has no such key: KeyNotFound: A key with \\(name/id\\) missing was not found`)
    )
    vault.addKey('denied')
    vault.signDenied.add('denied')
    const signer = await RemoteKeySigner.open(`azurekms://${host}/denied`, process.env)
    const denied = await rejection(signer.sign(DATA))
    expect(denied.message).toMatch(/Azure Key Vault denied permission: Forbidden: Caller is not authorized/)
    expect(denied.message).not.toMatch(/[\r\n]/)
    vault.addKey('p384', 'ecdsa-p384')
    expect((await rejection(RemoteKeySigner.open(`azurekms://${host}/p384`, process.env))).message).toMatch(/holds a key seal cannot sign with: a EC P-384 key/)
    vault.addKey('encrypt-only', 'ecdsa-p256', ['encrypt', 'decrypt'])
    expect((await rejection(RemoteKeySigner.open(`azurekms://${host}/encrypt-only`, process.env))).message).toMatch(
      /cannot sign with: a EC P-256 key for encrypt, decrypt$/
    )
    process.env.AZURE_CLIENT_SECRET = 'wrong~secret-value'
    try {
      const secret = await rejection(kmsPublicKey(`azurekms://${host}/denied`, process.env))
      expect(secret.message).toMatch(/^`key` azurekms:\/\/seal-ci.vault.azure.net\/denied: Azure Key Vault refused the credentials: .*AADSTS7000215/)
      expect(secret.message).not.toContain('wrong~secret-value')
      expect(secret.message).not.toContain('\n')
    } finally {
      process.env.AZURE_CLIENT_SECRET = vault.clientSecret
    }
  })
})
