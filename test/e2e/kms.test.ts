/**
 * Keys in key services end to end: the bundled actions sign a file and an
 * image with a key held by each provider's stand-in (the real SDK talking to
 * it over HTTP or HTTPS), then verify with the reference and with the
 * exported public key; unknown keys, denied permission and wrong key types
 * fail with one line.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { verify as verifySignature } from 'node:crypto'

import { RegistryClient } from '../../src/core/oci/client.js'
import { expectCleanFailure, errorAnnotations } from '../support/assertions.js'
import { pushTestImage } from '../support/images.js'
import { startAwsKms } from '../support/kms/aws.js'
import { startAzureKeyVault } from '../support/kms/azure.js'
import { startGcpKms } from '../support/kms/gcp.js'
import { startVault } from '../support/kms/vault.js'
import type { HeldKey } from '../support/kms/common.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'
import { runAction } from '../support/runner.js'

interface Provider {
  name: string
  env: Record<string, string>
  /** References to: a P-256 key, a key the caller may not sign with, a key of the wrong type, and no key. */
  good: string
  denied: string
  wrongType: string
  unknown: string
  held: HeldKey
  close(): Promise<void>
}

const OFFLINE_KEY_VERIFY = { 'insecure-ignore-tlog': 'true', offline: 'true' }
let ws: string
let registry: TestRegistry
let client: RegistryClient
const providers: Provider[] = []

async function aws(): Promise<Provider> {
  const kms = await startAwsKms()
  const good = kms.addKey('ecdsa-p256', 'alias/release')
  kms.signDenied.add(kms.addKey('ecdsa-p256', 'alias/denied').id)
  kms.addKey('symmetric', 'alias/symmetric')
  const env = {
    AWS_ACCESS_KEY_ID: kms.accessKeyId,
    AWS_SECRET_ACCESS_KEY: kms.secretAccessKey,
    AWS_REGION: kms.region,
    AWS_ENDPOINT_URL_KMS: kms.url,
    AWS_CONFIG_FILE: '/nonexistent/config',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
    AWS_EC2_METADATA_DISABLED: 'true'
  }
  return {
    name: 'awskms',
    env,
    good: 'awskms:///alias/release',
    denied: 'awskms:///alias/denied',
    wrongType: 'awskms:///alias/symmetric',
    unknown: 'awskms:///alias/missing',
    held: good.held!,
    close: kms.close
  }
}

async function gcp(): Promise<Provider> {
  const kms = await startGcpKms()
  const ring = 'projects/seal-ci/locations/global/keyRings/release'
  const good = kms.addVersion(`${ring}/cryptoKeys/signing`)
  kms.addVersion(`${ring}/cryptoKeys/denied`)
  kms.signDenied.add(`${ring}/cryptoKeys/denied`)
  kms.addVersion(`${ring}/cryptoKeys/pss`, 'rsa', 'RSA_SIGN_PSS_2048_SHA256')
  const env = {
    GOOGLE_APPLICATION_CREDENTIALS: await kms.writeCredentials(ws),
    CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDKMS: `${kms.url}/`,
    METADATA_SERVER_DETECTION: 'none'
  }
  const ref = (k: string) => `gcpkms://${ring}/cryptoKeys/${k}`
  return { name: 'gcpkms', env, good: ref('signing'), denied: ref('denied'), wrongType: ref('pss'), unknown: ref('missing'), held: good.held, close: kms.close }
}

async function azure(): Promise<Provider> {
  const vault = await startAzureKeyVault()
  const good = vault.addKey('signing')
  vault.addKey('denied')
  vault.signDenied.add('denied')
  vault.addKey('p384', 'ecdsa-p384')
  const caFile = join(ws, 'azure-ca.pem')
  await writeFile(caFile, vault.ca)
  const host = new URL(vault.url).host
  const ref = (k: string) => `azurekms://${host}/${k}`
  return {
    name: 'azurekms',
    env: { ...vault.env, NODE_EXTRA_CA_CERTS: caFile },
    good: ref('signing'),
    denied: ref('denied'),
    wrongType: ref('p384'),
    unknown: ref('missing'),
    held: good.held,
    close: vault.close
  }
}

async function vault(): Promise<Provider> {
  const v = await startVault()
  const good = v.addKey('signing')
  v.addKey('denied')
  v.signDenied.add('denied')
  v.addKey('edwards', 'ed25519')
  const env = { VAULT_ADDR: v.url, VAULT_TOKEN: v.token }
  return {
    name: 'hashivault',
    env,
    good: 'hashivault://signing',
    denied: 'hashivault://denied',
    wrongType: 'hashivault://edwards',
    unknown: 'hashivault://missing',
    held: good,
    close: v.close
  }
}

beforeAll(async () => {
  ws = await mkdtemp(join(tmpdir(), 'seal-kms-'))
  await mkdir(join(ws, 'dist'))
  registry = await startRegistry()
  client = new RegistryClient({ retryBaseMs: 50 })
  providers.push(await aws(), await gcp(), await azure(), await vault())
}, 60_000)

afterAll(async () => {
  await Promise.all([registry?.close(), ...providers.map(p => p.close())])
})

const provider = (name: string): Provider => providers.find(p => p.name === name)!

describe.each(['awskms', 'gcpkms', 'azurekms', 'hashivault'])('%s', name => {
  it('signs a file and an image; both verify with the reference and with the exported public key', async () => {
    const p = provider(name)
    const file = `dist/${p.name}.tgz`
    await writeFile(join(ws, file), `signed through ${p.name}\n`)
    const signed = await runAction('sign', { workspace: ws, inputs: { 'subject-path': file, key: p.good, 'tlog-upload': 'false' }, env: p.env })
    expect(errorAnnotations(signed)).toBe('')
    expect(signed.code).toBe(0)
    expect(signed.outputs['public-key']).toBe(p.held.publicKeyPEM)
    // The reference is shown as it is: it names a key and holds none.
    expect(signed.stdout).not.toContain(`::add-mask::${p.good}`)
    const bundle = JSON.parse(await readFile(join(ws, `${file}.sigstore.json`), 'utf8'))
    const signature = Buffer.from(bundle.messageSignature.signature, 'base64')
    expect(verifySignature('sha256', await readFile(join(ws, file)), p.held.publicKey, signature)).toBe(true)
    const pub = `${p.name}.pub`
    await writeFile(join(ws, pub), signed.outputs['public-key'])

    const byRef = await runAction('verify', { workspace: ws, inputs: { 'subject-path': file, key: p.good, ...OFFLINE_KEY_VERIFY }, env: p.env })
    expect(errorAnnotations(byRef)).toBe('')
    expect(byRef.outputs.verified).toBe('true')
    // The exported key verifies without any access to the key service.
    const byPub = await runAction('verify', { workspace: ws, inputs: { 'subject-path': file, key: pub, ...OFFLINE_KEY_VERIFY } })
    expect(byPub.outputs.verified).toBe('true')

    const image = await pushTestImage(client, `${registry.host}/kms-${p.name}`, 'v1')
    const ref = `${registry.host}/kms-${p.name}@${image.digest}`
    const imageSigned = await runAction('sign', {
      workspace: ws,
      inputs: { image: ref, 'signature-format': 'bundle', key: p.good, 'tlog-upload': 'false' },
      env: p.env
    })
    expect(errorAnnotations(imageSigned)).toBe('')
    expect(imageSigned.code).toBe(0)
    for (const [key, env] of [
      [p.good, p.env],
      [pub, {}]
    ] as const) {
      const v = await runAction('verify', { workspace: ws, inputs: { image: ref, key, ...OFFLINE_KEY_VERIFY }, env })
      expect(errorAnnotations(v)).toBe('')
      expect(v.outputs.verified).toBe('true')
    }
    // Another key does not verify the signatures.
    const otherPub = join(ws, 'other.pub')
    await writeFile(otherPub, providers.find(o => o !== p)!.held.publicKeyPEM)
    expectCleanFailure(
      await runAction('verify', { workspace: ws, inputs: { 'subject-path': file, key: otherPub, ...OFFLINE_KEY_VERIFY } }),
      new RegExp(`${p.name}\\.tgz: .*(signature|key)`, 'i')
    )
  }, 120_000)

  it('an unknown key, denied permission and a wrong key type each fail with one line naming the reference', async () => {
    const p = provider(name)
    const file = `dist/${p.name}-fail.tgz`
    await writeFile(join(ws, file), 'never signed\n')
    for (const [ref, reason] of [
      [p.unknown, 'has no such key'],
      [p.denied, 'denied permission'],
      [p.wrongType, 'holds a key seal cannot sign with']
    ] as const) {
      const run = await runAction('sign', { workspace: ws, inputs: { 'subject-path': file, key: ref, 'tlog-upload': 'false' }, env: p.env })
      expectCleanFailure(run, new RegExp(`^::error::.*\`key\` ${ref.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: .* ${reason}`))
      expect(errorAnnotations(run).split('\n')).toHaveLength(1)
      for (const secret of Object.entries(p.env)
        .filter(([k]) => /SECRET|TOKEN$/.test(k))
        .map(([, v]) => v))
        expect(run.stdout + run.stderr).not.toContain(secret)
    }
    // Verification with an unknown key fails the same way.
    expectCleanFailure(
      await runAction('verify', { workspace: ws, inputs: { 'subject-path': file, key: p.unknown, ...OFFLINE_KEY_VERIFY }, env: p.env }),
      /has no such key/
    )
  }, 120_000)
})

describe('attest-action with a key in a key service', () => {
  it('attests a file through Vault transit; the attestation verifies with the reference', async () => {
    const p = providers.find(x => x.name === 'hashivault')!
    await writeFile(join(ws, 'dist/attested.tgz'), 'attested\n')
    const predicateType = 'https://example.com/kms-test/v1'
    const run = await runAction('attest', {
      workspace: ws,
      inputs: { 'subject-path': 'dist/attested.tgz', 'predicate-type': predicateType, predicate: '{"ok":true}', key: p.good, 'tlog-upload': 'false' },
      env: p.env
    })
    expect(errorAnnotations(run)).toBe('')
    expect(run.code).toBe(0)
    const v = await runAction('verify', {
      workspace: ws,
      inputs: {
        'subject-path': 'dist/attested.tgz',
        'bundle-path': run.outputs['bundle-path'],
        'predicate-type': predicateType,
        key: p.good,
        ...OFFLINE_KEY_VERIFY
      },
      env: p.env
    })
    expect(errorAnnotations(v)).toBe('')
    expect(v.outputs.verified).toBe('true')
  }, 60_000)
})
