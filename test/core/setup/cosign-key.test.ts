/**
 * Installing cosign v2.x: releases signed with the release key (`<asset>.sig`)
 * instead of a Sigstore bundle, from a local release server whose `.sig`
 * files are made with a key generated here.
 */
import { createHash, generateKeyPairSync } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { fetchVerifiedCosign, type CosignReleaseOptions } from '../../../src/core/setup/cosign.js'
import { COSIGN_RELEASE_KEY, readReleaseKey, signedWithReleaseKey } from '../../../src/core/setup/cosign-key.js'
import { cosignPlatform } from '../../../src/core/setup/platform.js'
import { rejection } from '../../support/errors.js'
import { startReleaseServer, type KeyReleaseVariant, type ReleaseServer } from '../../support/release-server.js'
import { startStack, type SigstoreStack } from '../../support/stack/index.js'

const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
const fingerprint = createHash('sha256')
  .update(publicKey.export({ type: 'spki', format: 'der' }))
  .digest('hex')

let stack: SigstoreStack
let release: ReleaseServer
let dir: string
let keyPath: string

beforeAll(async () => {
  stack = await startStack()
  release = await startReleaseServer(stack, 'v2.6.1', { releaseKey: privateKey })
  dir = await mkdtemp(join(tmpdir(), 'seal-cosign-key-'))
  keyPath = join(dir, 'release-cosign.pub')
  await writeFile(keyPath, publicKey.export({ type: 'spki', format: 'pem' }))
}, 60_000)

afterAll(async () => {
  await release?.close()
  await stack?.close()
  await rm(dir, { recursive: true, force: true })
})

async function install(variant: KeyReleaseVariant, overrides: Partial<CosignReleaseOptions> = {}) {
  return fetchVerifiedCosign({
    version: release.version,
    downloadURL: release.baseURL(variant),
    platform: cosignPlatform(process.platform, process.arch),
    certificateIdentity: release.identity,
    certificateOidcIssuer: release.issuer,
    releaseKeyPath: keyPath,
    workDir: await mkdtemp(join(dir, 'work-')),
    timeoutMs: 5000,
    retries: 0,
    ...overrides
  })
}

it('installs a v2 release whose .sig verifies with the release key', async () => {
  const before = release.requests.length
  const got = await install('key-good')
  expect(got).toMatchObject({ version: 'v2.6.1', asset: release.asset, releaseKey: `sha256:${fingerprint}`, identity: '', issuer: '' })
  expect(got.sha256).toBe(createHash('sha256').update(release.binary).digest('hex'))
  expect(got.trust).toContain(keyPath)
  // No TUF, no bundle: the checksums, the .sig and the binary.
  expect(release.requests.slice(before)).toEqual(['cosign_checksums.txt', `${release.asset}.sig`, release.asset].map(name => `/key-good/v2.6.1/${name}`))
})

it('refuses a binary swapped together with its checksum: the .sig signs the original', async () => {
  const err = await rejection(install('key-replaced'))
  expect(err.code).toBe('SIGNATURE_INVALID')
  expect(err.message).toMatch(new RegExp(`The signature of ${release.asset} v2.6.1 does not verify with .*sha256:${fingerprint}`))
})

it('refuses a .sig made with another key', async () => {
  expect((await rejection(install('key-other-key'))).code).toBe('SIGNATURE_INVALID')
})

it("refuses a release signed with the test key under cosign's built-in release key", async () => {
  const err = await rejection(install('key-good', { releaseKeyPath: undefined }))
  expect(err.code).toBe('SIGNATURE_INVALID')
  expect(err.message).toContain("cosign's release key (built in)")
})

it('refuses a v2 release with neither a .sig nor a bundle', async () => {
  const err = await rejection(install('key-no-signature'))
  expect(err.code).toBe('BUNDLE_NOT_FOUND')
  expect(err.hint).toContain(`${release.asset}.sig (v2.x)`)
})

it('tells key-signed releases from bundle-signed ones by version, and reads the key', async () => {
  expect(['v2.6.1', 'v2.0.0', 'v1.13.1', 'v3.0.0'].map(signedWithReleaseKey)).toEqual([true, true, true, true])
  expect(['v3.0.1', 'v3.0.6', 'v3.1.0', 'v4.0.0'].map(signedWithReleaseKey)).toEqual([false, false, false, false])
  // The built-in key is the file cosign publishes (release/release-cosign.pub).
  expect(createHash('sha256').update(COSIGN_RELEASE_KEY).digest('hex')).toBe('f4cea466e5e887a45da5031757fa1d32655d83420639dc1758749b744179f126')
  expect((await readReleaseKey()).source).toBe("cosign's release key (built in)")
  const bad = join(dir, 'not-a-key.pem')
  await writeFile(bad, 'hello')
  await expect(readReleaseKey(bad)).rejects.toThrow(/`cosign-release-key` .* is not a PEM public key/)
  await expect(readReleaseKey(join(dir, 'missing.pem'))).rejects.toThrow(/`cosign-release-key`: cannot read/)
})
