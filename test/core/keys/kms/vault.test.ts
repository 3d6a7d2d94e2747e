import { verify } from 'node:crypto'

import { createKmsKey, kmsPublicKey } from '../../../../src/core/keys/kms/index.js'
import { RemoteKeySigner } from '../../../../src/core/keys/kms/signer.js'
import { startVault, type VaultStandIn } from '../../../support/kms/vault.js'
import { rejection } from '../../../support/errors.js'

const DATA = Buffer.from('artifact bytes')
let vault: VaultStandIn
let env: NodeJS.ProcessEnv

beforeAll(async () => {
  vault = await startVault('ci-transit')
  env = { VAULT_ADDR: vault.url, VAULT_TOKEN: vault.token, TRANSIT_SECRET_ENGINE_PATH: 'ci-transit' }
})
afterAll(() => vault.close())

describe('Vault transit keys', () => {
  it('signs prehashed SHA-256 digests with ECDSA and RSA keys; the signatures verify with node:crypto', async () => {
    for (const kind of ['ecdsa-p256', 'rsa'] as const) {
      const held = vault.addKey(`release-${kind}`, kind)
      const signer = await RemoteKeySigner.open(`hashivault://release-${kind}`, env)
      expect(signer.publicKeyPEM).toBe(held.publicKeyPEM)
      const sig = await signer.sign(DATA)
      expect(verify('sha256', DATA, held.publicKey, sig)).toBe(true)
      expect(verify('sha256', Buffer.from('other'), held.publicKey, sig)).toBe(false)
    }
    const signs = vault.requests.filter(r => r.url.pathname.startsWith('/v1/ci-transit/sign/'))
    expect(signs.map(r => r.url.pathname)).toEqual(['/v1/ci-transit/sign/release-ecdsa-p256/sha2-256', '/v1/ci-transit/sign/release-rsa/sha2-256'])
    expect(JSON.parse(signs[1].body.toString())).toMatchObject({ prehashed: true, signature_algorithm: 'pkcs1v15' })
  })

  it('creates a key (ECDSA P-256) and keeps an existing one', async () => {
    const made = await createKmsKey('hashivault://new-key', env)
    expect(made).toEqual({ publicKeyPEM: vault.keys.get('new-key')?.publicKeyPEM, created: true })
    expect((await createKmsKey('hashivault://new-key', env)).created).toBe(false)
    expect(vault.requests.filter(r => r.method === 'POST' && r.url.pathname === '/v1/ci-transit/keys/new-key')).toHaveLength(1)
  })

  it('fails with one line naming the reference: unknown key, denied permission, wrong key type, bad token, no server', async () => {
    expect((await rejection(kmsPublicKey('hashivault://missing', env))).message).toBe('`key` hashivault://missing: Vault transit has no such key: HTTP 404')
    vault.addKey('read-only')
    vault.signDenied.add('read-only')
    const signer = await RemoteKeySigner.open('hashivault://read-only', env)
    const denied = await rejection(signer.sign(DATA))
    expect(denied.message).toBe('`key` hashivault://read-only: Vault transit denied permission: HTTP 403: 1 error occurred: * permission denied')
    expect(denied.hint).toMatch(/update on <mount>\/sign\/KEY/)
    vault.addKey('edwards', 'ed25519')
    expect((await rejection(RemoteKeySigner.open('hashivault://edwards', env))).message).toBe(
      '`key` hashivault://edwards: Vault transit holds a key seal cannot sign with: a transit key of type ed25519'
    )
    const token = await rejection(kmsPublicKey('hashivault://read-only', { ...env, VAULT_TOKEN: 'hvs.wrong-token' }))
    expect(token.message).toMatch(/refused the credentials: HTTP 403: permission denied; invalid token$/)
    expect(token.message).not.toContain('hvs.wrong-token')
    const closed = await startVault()
    await closed.close()
    expect((await rejection(kmsPublicKey('hashivault://read-only', { ...env, VAULT_ADDR: closed.url }))).message).toMatch(
      /could not be reached: .*ECONNREFUSED/
    )
    expect((await rejection(kmsPublicKey('hashivault://read-only', { VAULT_TOKEN: 'x' }))).message).toMatch(/set VAULT_ADDR/)
  })
})
