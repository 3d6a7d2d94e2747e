/**
 * A local release download server on 127.0.0.1, laid out like GitHub release
 * downloads: `<base>/<version>/<asset>`. It serves one cosign release for the
 * current platform: a stand-in binary (a shell script printing its version),
 * `cosign_checksums.txt`, and the binary's Sigstore bundle signed through the
 * local Sigstore stack. Each variant lives under its own base URL:
 *
 *   good              everything consistent, signed by `identity`
 *   tampered          the binary differs from the checksums and the bundle
 *   missing-checksum  the checksums file does not list the binary
 *   wrong-signer      the bundle is genuine but signed by `otherIdentity`
 *   no-bundle         no `<asset>.sigstore.json`
 *   replaced          binary and checksums both swapped; the bundle signs the original
 *
 * With `releaseKey` (a v2.x-style release, signed with a key instead of a
 * bundle) it serves `<asset>.sig`, a base64 ECDSA signature over the binary:
 *
 *   key-good          binary, checksums and `.sig` by `releaseKey`
 *   key-replaced      binary and checksums both swapped; the `.sig` signs the original
 *   key-other-key     the `.sig` is made with another key
 *   key-no-signature  no `<asset>.sig`
 */
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { bundleToJSON } from '@sigstore/bundle'

import { COSIGN_CHECKSUMS_FILE } from '../../src/core/setup/cosign.js'
import { bundleAssetName, cosignAssetName, cosignPlatform } from '../../src/core/setup/platform.js'
import { GITHUB_ISSUER, type RunnerClaims, type SigstoreStack } from './stack/index.js'
import { stackSession } from './session.js'

/** `other-version`: a genuine, signed and listed binary that reports another version than the release's. */
export type ReleaseVariant = 'good' | 'tampered' | 'missing-checksum' | 'wrong-signer' | 'no-bundle' | 'replaced' | 'other-version'

export const RELEASE_VARIANTS: readonly ReleaseVariant[] = ['good', 'tampered', 'missing-checksum', 'wrong-signer', 'no-bundle', 'replaced', 'other-version']

/** Variants of a release signed with a release key (cosign before v3.0.1). */
export type KeyReleaseVariant = 'key-good' | 'key-replaced' | 'key-other-key' | 'key-no-signature'

export interface ReleaseServerOptions {
  /** Serve the key-signed variants too, their `.sig` made with this private key (P-256). */
  releaseKey?: KeyObject
}

export interface ReleaseServer {
  url: string
  version: string
  /** `cosign-<os>-<arch>` for this machine. */
  asset: string
  /** The genuine binary and its bundle JSON. */
  binary: Buffer
  bundleJSON: string
  /** What the stand-in binary prints. */
  versionLine: string
  /** The signer of the genuine bundle and its issuer. */
  identity: string
  issuer: string
  /** The signer of the wrong-signer bundle. */
  otherIdentity: string
  /** `cosign-download-url` for a variant. */
  baseURL(variant: ReleaseVariant | KeyReleaseVariant): string
  /** Paths requested so far, in order. */
  readonly requests: string[]
  close(): Promise<void>
}

const RELEASE_CLAIMS: RunnerClaims = { repository: 'sigstore/cosign', ref: 'refs/tags/v2.5.0' }
const OTHER_CLAIMS: RunnerClaims = { repository: 'mallory/cosign', ref: 'refs/heads/main' }

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex')

function stubBinary(line: string): Buffer {
  return Buffer.from(`#!/bin/sh\necho '${line}'\n`)
}

async function signBlob(stack: SigstoreStack, claims: RunnerClaims, blob: Buffer): Promise<string> {
  const session = stackSession(stack, { retries: 1 }, claims)
  const bundle = await session.signDigest(createHash('sha256').update(blob).digest())
  return JSON.stringify(bundleToJSON(bundle))
}

function checksums(entries: Record<string, Buffer>): string {
  return (
    Object.entries(entries)
      .map(([name, data]) => `${sha256(data)}  ${name}`)
      .join('\n') + '\n'
  )
}

/** The base64 signature cosign v2 publishes as `<asset>.sig`. */
function keySignature(key: KeyObject, blob: Buffer): string {
  return sign('sha256', blob, key).toString('base64')
}

export async function startReleaseServer(stack: SigstoreStack, version = 'v2.5.0', options: ReleaseServerOptions = {}): Promise<ReleaseServer> {
  const asset = cosignAssetName(cosignPlatform(process.platform, process.arch))
  const bundleName = bundleAssetName(asset)
  const versionLine = `cosign ${version} (seal test release)`
  const binary = stubBinary(versionLine)
  const evil = stubBinary(`${versionLine} with a surprise`)
  const other = { 'cosign-other-os-arch': Buffer.from('another platform'), 'cosign.sbom.json': Buffer.from('{}') }
  const older = stubBinary('cosign v1.13.1 (seal test release)')
  const [bundleJSON, otherBundleJSON, olderBundleJSON] = await Promise.all([
    signBlob(stack, RELEASE_CLAIMS, binary),
    signBlob(stack, OTHER_CLAIMS, binary),
    signBlob(stack, RELEASE_CLAIMS, older)
  ])

  const keyed: Partial<Record<KeyReleaseVariant, Record<string, Buffer | string>>> = {}
  if (options.releaseKey) {
    const sig = `${asset}.sig`
    const otherKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey
    const listed = checksums({ ...other, [asset]: binary })
    keyed['key-good'] = { [asset]: binary, [COSIGN_CHECKSUMS_FILE]: listed, [sig]: keySignature(options.releaseKey, binary) }
    keyed['key-replaced'] = { [asset]: evil, [COSIGN_CHECKSUMS_FILE]: checksums({ ...other, [asset]: evil }), [sig]: keySignature(options.releaseKey, binary) }
    keyed['key-other-key'] = { [asset]: binary, [COSIGN_CHECKSUMS_FILE]: listed, [sig]: keySignature(otherKey, binary) }
    keyed['key-no-signature'] = { [asset]: binary, [COSIGN_CHECKSUMS_FILE]: listed }
  }
  const files: Record<ReleaseVariant, Record<string, Buffer | string>> & typeof keyed = {
    ...keyed,
    good: { [asset]: binary, [COSIGN_CHECKSUMS_FILE]: checksums({ ...other, [asset]: binary }), [bundleName]: bundleJSON },
    tampered: { [asset]: evil, [COSIGN_CHECKSUMS_FILE]: checksums({ ...other, [asset]: binary }), [bundleName]: bundleJSON },
    'missing-checksum': { [asset]: binary, [COSIGN_CHECKSUMS_FILE]: checksums(other), [bundleName]: bundleJSON },
    'wrong-signer': { [asset]: binary, [COSIGN_CHECKSUMS_FILE]: checksums({ ...other, [asset]: binary }), [bundleName]: otherBundleJSON },
    'no-bundle': { [asset]: binary, [COSIGN_CHECKSUMS_FILE]: checksums({ ...other, [asset]: binary }) },
    replaced: { [asset]: evil, [COSIGN_CHECKSUMS_FILE]: checksums({ ...other, [asset]: evil }), [bundleName]: bundleJSON },
    'other-version': { [asset]: older, [COSIGN_CHECKSUMS_FILE]: checksums({ ...other, [asset]: older }), [bundleName]: olderBundleJSON }
  }

  const requests: string[] = []
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    requests.push(path)
    const [, variant, ver, name] = path.split('/')
    const body = ver === version ? files[variant as ReleaseVariant | KeyReleaseVariant]?.[name] : undefined
    if (req.method !== 'GET' || body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found')
      return
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(body)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url,
    version,
    asset,
    binary,
    bundleJSON,
    versionLine,
    identity: stack.identity(RELEASE_CLAIMS),
    issuer: String(RELEASE_CLAIMS.iss ?? GITHUB_ISSUER),
    otherIdentity: stack.identity(OTHER_CLAIMS),
    baseURL: variant => `${url}/${variant}`,
    requests,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
