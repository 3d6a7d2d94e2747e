import { keyFromInput } from '../../../../src/core/keys/input.js'
import { isKmsReference, parseKmsReference } from '../../../../src/core/keys/kms/reference.js'
import { signingSecrets } from '../../../../src/core/inputs/read.js'
import { rejection, thrown } from '../../../support/errors.js'
import { startVault } from '../../../support/kms/vault.js'

const ID = '1234abcd-12ab-34cd-56ef-1234567890ab'

describe('key-service references', () => {
  it('parses the four providers in cosign syntax', () => {
    expect(parseKmsReference(`awskms:///${ID}`)).toEqual({ provider: 'awskms', text: `awskms:///${ID}`, keyId: ID, endpoint: undefined, region: undefined })
    expect(parseKmsReference('awskms://localhost:4566/alias/release/ci')).toMatchObject({ endpoint: 'localhost:4566', keyId: 'alias/release/ci' })
    expect(parseKmsReference(`awskms:///arn:aws:kms:us-east-2:111122223333:key/${ID}`)).toMatchObject({ region: 'us-east-2' })
    expect(parseKmsReference('awskms:///arn:aws-us-gov:kms:us-gov-west-1:111122223333:alias/x')).toMatchObject({
      region: 'us-gov-west-1',
      keyId: 'arn:aws-us-gov:kms:us-gov-west-1:111122223333:alias/x'
    })
    expect(parseKmsReference('gcpkms://projects/p/locations/global/keyRings/r/cryptoKeys/k/cryptoKeyVersions/3')).toEqual({
      provider: 'gcpkms',
      text: 'gcpkms://projects/p/locations/global/keyRings/r/cryptoKeys/k/cryptoKeyVersions/3',
      location: 'projects/p/locations/global',
      keyRing: 'projects/p/locations/global/keyRings/r',
      cryptoKey: 'projects/p/locations/global/keyRings/r/cryptoKeys/k',
      version: 'projects/p/locations/global/keyRings/r/cryptoKeys/k/cryptoKeyVersions/3'
    })
    expect(parseKmsReference('azurekms://team.vault.azure.net/release')).toEqual({
      provider: 'azurekms',
      text: 'azurekms://team.vault.azure.net/release',
      vaultURL: 'https://team.vault.azure.net',
      name: 'release',
      version: undefined
    })
    expect(parseKmsReference('azurekms://team.vault.azure.net/release/0123abcd')).toMatchObject({ version: '0123abcd' })
    expect(parseKmsReference(' hashivault://release ')).toEqual({ provider: 'hashivault', text: 'hashivault://release', name: 'release' })
  })

  it('refuses malformed references with the expected form', () => {
    for (const bad of [
      'awskms://alias/x',
      'awskms:///not-a-key',
      'awskms:///arn:aws:kms:us-east-1:12:key/x',
      'gcpkms://projects/p/keyRings/r',
      'azurekms://vault',
      'azurekms://v.vault.azure.net/k/v/extra',
      'hashivault://a/b'
    ]) {
      const err = thrown(() => parseKmsReference(bad))
      expect(err.code).toBe('INPUT_INVALID')
      expect(err.message).toContain(`"${bad}" is not a key-service reference of the form ${bad.split(':')[0]}://`)
    }
  })

  it('tells references from key text and paths', () => {
    expect(isKmsReference('hashivault://k')).toBe(true)
    expect(isKmsReference('cosign.pub')).toBe(false)
    expect(isKmsReference('-----BEGIN PUBLIC KEY-----')).toBe(false)
    expect(isKmsReference('file://hashivault://k')).toBe(false)
    expect(isKmsReference(undefined)).toBe(false)
  })

  it('a reference is not masked as a secret (it names a key and holds none); key text is', () => {
    const base = { identityToken: undefined, keyPassword: '', registryPassword: undefined }
    expect(signingSecrets({ ...base, key: 'awskms:///alias/release' } as never)).toEqual([undefined, undefined, '', undefined])
    expect(signingSecrets({ ...base, key: '-----BEGIN PRIVATE KEY-----' } as never)[1]).toBe('-----BEGIN PRIVATE KEY-----')
  })

  it('verification reads the public key of a reference from the service', async () => {
    const vault = await startVault()
    try {
      const held = vault.addKey('verify-me')
      const env = { VAULT_ADDR: vault.url, VAULT_TOKEN: vault.token }
      expect(await keyFromInput('hashivault://verify-me', '/nonexistent', 'public', env)).toBe(held.publicKeyPEM)
      expect((await rejection(keyFromInput('hashivault://nope', '/nonexistent', 'public', env))).code).toBe('KMS_ERROR')
    } finally {
      await vault.close()
    }
  })
})
