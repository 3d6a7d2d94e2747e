/**
 * fetchVerifiedCosign against a local release server whose bundles are signed
 * by the local Sigstore stack.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { SealError } from '../../../src/core/util/errors.js'
import { fetchVerifiedCosign, releaseAssetURL, type CosignReleaseOptions } from '../../../src/core/setup/cosign.js'
import { cosignPlatform } from '../../../src/core/setup/platform.js'
import { startReleaseServer, type ReleaseServer, type ReleaseVariant } from '../../support/release-server.js'
import { startStack, type SigstoreStack } from '../../support/stack/index.js'

let stack: SigstoreStack
let other: SigstoreStack
let release: ReleaseServer
let root: string
let rootPath: string
let otherRootPath: string

beforeAll(async () => {
  ;[stack, other] = await Promise.all([startStack(), startStack()])
  release = await startReleaseServer(stack)
  root = await mkdtemp(join(tmpdir(), 'seal-cosign-'))
  rootPath = join(root, 'trusted_root.json')
  otherRootPath = join(root, 'other_root.json')
  await stack.writeTrustedRoot(rootPath)
  await other.writeTrustedRoot(otherRootPath)
}, 60_000)

afterAll(async () => {
  await release?.close()
  await Promise.all([stack?.close(), other?.close()])
  await rm(root, { recursive: true, force: true })
})

async function fetchVariant(variant: ReleaseVariant, overrides: Partial<CosignReleaseOptions> = {}) {
  const workDir = await mkdtemp(join(root, 'work-'))
  const opts: CosignReleaseOptions = {
    version: release.version,
    downloadURL: release.baseURL(variant),
    platform: cosignPlatform(process.platform, process.arch),
    certificateIdentity: release.identity,
    certificateOidcIssuer: release.issuer,
    trustedRootPath: rootPath,
    workDir,
    timeoutMs: 5000,
    retries: 0,
    ...overrides
  }
  return { workDir, result: fetchVerifiedCosign(opts) }
}

async function rejection(p: Promise<unknown>): Promise<SealError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(SealError)
  return err as SealError
}

it('builds asset URLs under the version', () => {
  expect(releaseAssetURL('https://github.com/sigstore/cosign/releases/download/', 'v2.5.0', 'cosign-linux-amd64')).toBe(
    'https://github.com/sigstore/cosign/releases/download/v2.5.0/cosign-linux-amd64'
  )
})

it('downloads a release whose checksum and bundle verify', async () => {
  const { workDir, result } = await fetchVariant('good')
  const cosign = await result
  expect(cosign).toMatchObject({
    path: join(workDir, release.asset),
    asset: release.asset,
    version: release.version,
    identity: release.identity,
    issuer: release.issuer,
    trust: `file ${rootPath}`
  })
  expect(cosign.logIndex).toMatch(/^\d+$/)
  expect(await readFile(cosign.path)).toEqual(release.binary)
})

it('rejects a binary that does not match the checksums file, naming expected and actual', async () => {
  const { workDir, result } = await fetchVariant('tampered')
  const err = await rejection(result)
  expect(err.code).toBe('DIGEST_MISMATCH')
  expect(err.message).toMatch(
    new RegExp(`^${release.asset} does not match cosign_checksums.txt: expected sha256 [0-9a-f]{64}, downloaded [0-9a-f]{64} \\(\\d+ bytes\\)\\.$`)
  )
  const [, expected, actual] = /expected sha256 (\w+), downloaded (\w+)/.exec(err.message)!
  expect(expected).not.toBe(actual)
  expect(await readdir(workDir)).toEqual([release.asset])
})

it('rejects an asset missing from the checksums file before downloading it', async () => {
  const before = release.requests.length
  const err = await rejection((await fetchVariant('missing-checksum')).result)
  expect(err.code).toBe('CHECKSUM_MISSING')
  expect(err.message).toBe(`${release.asset} is not listed in cosign_checksums.txt of ${release.version}, so its download cannot be checked.`)
  expect(release.requests.slice(before)).toEqual([`/missing-checksum/${release.version}/cosign_checksums.txt`])
})

it('rejects a bundle from another signer, saying who signed and who was expected', async () => {
  const err = await rejection((await fetchVariant('wrong-signer')).result)
  expect(err.code).toBe('IDENTITY_MISMATCH')
  expect(err.message).toBe(
    `${release.asset} ${release.version} is signed by ${JSON.stringify(release.otherIdentity)} (issuer ${JSON.stringify(release.issuer)}), ` +
      `but the expected signer is ${JSON.stringify(release.identity)} (issuer ${JSON.stringify(release.issuer)}).`
  )
  expect(err.hint).toMatch(/`cosign-certificate-identity`/)
})

it('rejects the genuine signer under another issuer', async () => {
  const err = await rejection((await fetchVariant('good', { certificateOidcIssuer: 'https://accounts.google.com' })).result)
  expect(err.code).toBe('ISSUER_MISMATCH')
  expect(err.message).toMatch(/but the expected signer is .* \(issuer "https:\/\/accounts.google.com"\)/)
})

it('by default accepts only cosign’s release signer', async () => {
  const { result } = await fetchVariant('good', {
    certificateIdentity: 'keyless@projectsigstore.iam.gserviceaccount.com',
    certificateOidcIssuer: 'https://accounts.google.com'
  })
  const err = await rejection(result)
  expect(err.code).toBe('IDENTITY_MISMATCH')
  expect(err.message).toContain('expected signer is "keyless@projectsigstore.iam.gserviceaccount.com"')
})

it('rejects a release without a bundle', async () => {
  const err = await rejection((await fetchVariant('no-bundle')).result)
  expect(err.code).toBe('BUNDLE_NOT_FOUND')
  expect(err.message).toBe(
    `The cosign release ${release.version} has no Sigstore bundle for ${release.asset} (${release.baseURL('no-bundle')}/${release.version}/${release.asset}.sigstore.json), so its signature cannot be verified.`
  )
})

it('rejects a binary swapped together with its checksum: the bundle signs the original', async () => {
  const err = await rejection((await fetchVariant('replaced')).result)
  expect(err.code).toBe('DIGEST_MISMATCH')
  expect(err.message).toMatch(new RegExp(`^The Sigstore bundle of ${release.asset} ${release.version} does not verify: .* differs from what was signed`))
})

it('rejects a bundle that does not chain to the trusted root', async () => {
  const err = await rejection((await fetchVariant('good', { trustedRootPath: otherRootPath })).result)
  expect(err.message).toMatch(new RegExp(`^The Sigstore bundle of ${release.asset} ${release.version} does not verify: `))
  expect(err.describe()).toContain(otherRootPath)
})

it('says when the release does not exist', async () => {
  const err = await rejection((await fetchVariant('good', { version: 'v9.9.9' })).result)
  expect(err.code).toBe('DOWNLOAD_FAILED')
  expect(err.message).toBe(`No cosign release v9.9.9 at ${release.baseURL('good')}: ${release.baseURL('good')}/v9.9.9/cosign_checksums.txt does not exist.`)
})
