/**
 * Downloads a cosign release binary and proves it genuine before anything
 * runs it:
 *   1. its sha256 must match the release's `cosign_checksums.txt`;
 *   2. the release's Sigstore bundle (`<asset>.sigstore.json`) must verify
 *      against the trusted root, for this very binary, signed by the expected
 *      identity (cosign's release signer unless told otherwise).
 * The checksum alone only proves the mirror is self-consistent; the bundle is
 * what ties the binary to its signer.
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'

import { SealError, isSealError } from '../util/errors.js'
import { buildIdentityPolicy, type IdentityPolicy } from '../policy/identity.js'
// The modules themselves, not the folders' index files, which would add the batch verifier and more to the setup action.
import type { LoadedTrust } from '../trust/material.js'
import { loadTrust } from '../trust/root.js'
import { verifyBundle } from '../verify/bundle.js'
import { parseBundle } from '../verify/parse.js'
import { checksumFor, parseChecksums } from './checksums.js'
import { downloadReleaseSignature, readReleaseKey, signatureAssetName, signedWithReleaseKey, verifyReleaseSignature } from './cosign-key.js'
import { downloadFile, downloadText, type DownloadOptions } from './download.js'
import { bundleAssetName, cosignAssetName, type CosignPlatform } from './platform.js'

/** The identity cosign's release workflow signs its binaries with. */
export const COSIGN_RELEASE_IDENTITY = 'keyless@projectsigstore.iam.gserviceaccount.com'
export const COSIGN_RELEASE_ISSUER = 'https://accounts.google.com'
export const COSIGN_DOWNLOAD_URL = 'https://github.com/sigstore/cosign/releases/download'
export const COSIGN_CHECKSUMS_FILE = 'cosign_checksums.txt'

export interface CosignReleaseOptions {
  /** A release tag, e.g. `v2.5.0`. */
  version: string
  /** Base URL; assets are at `<downloadURL>/<version>/<asset>`. */
  downloadURL: string
  platform: CosignPlatform
  certificateIdentity: string
  certificateOidcIssuer: string
  /** A trusted_root.json; empty: the public-good root through TUF. */
  trustedRootPath?: string
  /** Releases before v3.0.1: the release key's PEM file (`cosign-release-key`); empty: cosign's, built in. */
  releaseKeyPath?: string
  /** Where the binary is written (a fresh directory per run). */
  workDir: string
  timeoutMs: number
  retries: number
  log?: (line: string) => void
}

export interface VerifiedCosign {
  /** The downloaded, verified binary (not yet executable). */
  path: string
  asset: string
  version: string
  /** Lowercase hex. */
  sha256: string
  size: number
  identity: string
  issuer: string
  logIndex?: string
  integratedTime?: string
  /** Where the trusted root came from (or, for a release signed with the release key, that key). */
  trust: string
  /** Releases before v3.0.1: the release key that verified the `.sig`, `sha256:<hex>` of its public key. */
  releaseKey?: string
}

/** `<downloadURL>/<version>/<name>` */
export function releaseAssetURL(downloadURL: string, version: string, name: string): string {
  return `${downloadURL.replace(/\/+$/, '')}/${encodeURIComponent(version)}/${encodeURIComponent(name)}`
}

export async function fetchVerifiedCosign(opts: CosignReleaseOptions): Promise<VerifiedCosign> {
  const asset = cosignAssetName(opts.platform)
  const bundleName = bundleAssetName(asset)
  const what = `${asset} ${opts.version}`
  const url = (name: string): string => releaseAssetURL(opts.downloadURL, opts.version, name)
  const net: DownloadOptions = { timeoutMs: opts.timeoutMs, retries: opts.retries, input: 'cosign-download-url' }
  // Releases before v3.0.1 are signed with the release key (`<asset>.sig`), later ones with a Sigstore bundle.
  const keyFirst = signedWithReleaseKey(opts.version)
  const policy = releasePolicy(opts, what)
  // The trusted root loads while the release downloads.
  let trustP = keyFirst ? undefined : loadTrust({ trustedRootPath: opts.trustedRootPath })
  trustP?.catch(() => undefined)

  const checksumsURL = url(COSIGN_CHECKSUMS_FILE)
  const checksumsText = await downloadText(checksumsURL, net)
  if (checksumsText === undefined) {
    throw new SealError('DOWNLOAD_FAILED', `No cosign release ${opts.version} at ${opts.downloadURL}: ${checksumsURL} does not exist.`, {
      hint: 'Check `cosign-release` (a release tag such as v3.0.6) and `cosign-download-url`.'
    })
  }
  const expected = checksumFor(parseChecksums(checksumsText, COSIGN_CHECKSUMS_FILE), asset, `${COSIGN_CHECKSUMS_FILE} of ${opts.version}`)

  const signatureURL = url(signatureAssetName(asset))
  let signature = keyFirst ? await downloadReleaseSignature(signatureURL, net) : undefined
  const bundleURL = url(bundleName)
  const bundleText = signature ? '' : await downloadText(bundleURL, net)
  if (bundleText === undefined && !keyFirst) signature = await downloadReleaseSignature(signatureURL, net)
  const keyP = signature ? readReleaseKey(opts.releaseKeyPath) : undefined
  keyP?.catch(() => undefined)
  if (bundleText === undefined && !signature) {
    throw new SealError(
      'BUNDLE_NOT_FOUND',
      `The cosign release ${opts.version} has no Sigstore bundle for ${asset} (${bundleURL}), so its signature cannot be verified.`,
      {
        hint: `Pick a \`cosign-release\` that publishes ${bundleName} (from v3.0.1) or ${signatureAssetName(asset)} (v2.x).`
      }
    )
  }
  const bundle = signature ? undefined : parseBundle(bundleText!, bundleName)

  await mkdir(opts.workDir, { recursive: true })
  opts.log?.(`Downloading ${url(asset)}`)
  const file = await downloadFile(url(asset), join(opts.workDir, asset), net)
  if (file === undefined) {
    throw new SealError('DOWNLOAD_FAILED', `The cosign release ${opts.version} has no ${asset} (${url(asset)}).`, {
      hint: 'This runner platform has no build in that release; pick another `cosign-release`.'
    })
  }
  if (file.sha256 !== expected) {
    throw new SealError(
      'DIGEST_MISMATCH',
      `${asset} does not match ${COSIGN_CHECKSUMS_FILE}: expected sha256 ${expected}, downloaded ${file.sha256} (${file.size} bytes).`,
      { hint: 'The download was corrupted or altered; re-run the job, and check `cosign-download-url` if it persists.' }
    )
  }
  opts.log?.(`sha256 ${file.sha256} matches ${COSIGN_CHECKSUMS_FILE}`)
  const downloaded = { path: file.path, asset, version: opts.version, sha256: file.sha256, size: file.size }

  if (keyP && signature) {
    const key = await keyP
    await verifyReleaseSignature(file.path, signature, key, what)
    opts.log?.(`${signatureAssetName(asset)} verified with ${key.source} (sha256:${key.fingerprint})`)
    return { ...downloaded, identity: '', issuer: '', trust: key.source, releaseKey: `sha256:${key.fingerprint}` }
  }
  trustP ??= loadTrust({ trustedRootPath: opts.trustedRootPath })
  const trust = await trustP
  const result = await verifyRelease(bundle!, file.path, policy, trust, what)
  opts.log?.(`Sigstore bundle verified: signed by ${result.identity} (${result.issuer})`)
  return {
    ...downloaded,
    identity: result.identity ?? '',
    issuer: result.issuer ?? '',
    logIndex: result.logIndex,
    integratedTime: result.integratedTime,
    trust: trust.source
  }
}

async function verifyRelease(
  bundle: ReturnType<typeof parseBundle>,
  path: string,
  policy: IdentityPolicy,
  trust: LoadedTrust,
  what: string
): Promise<Awaited<ReturnType<typeof verifyBundle>>> {
  try {
    return await verifyBundle(bundle, { path }, { policy }, trust)
  } catch (err) {
    if (!isSealError(err)) throw err
    if (err.code === 'IDENTITY_MISMATCH' || err.code === 'ISSUER_MISMATCH') throw err
    throw new SealError(err.code, `The Sigstore bundle of ${what} does not verify: ${err.message}`, { hint: err.hint, cause: err })
  }
}

/**
 * The release signer policy, with messages about the cosign-* inputs (the
 * generic policy names `certificate-identity`, which the setup action does not have).
 */
function releasePolicy(opts: CosignReleaseOptions, what: string): IdentityPolicy {
  const inner = buildIdentityPolicy({ certificateIdentity: opts.certificateIdentity, certificateOidcIssuer: opts.certificateOidcIssuer })
  return {
    describe: () => inner.describe(),
    check(found) {
      try {
        inner.check(found)
      } catch (err) {
        if (!isSealError(err)) throw err
        throw new SealError(
          err.code,
          `${what} is signed by ${JSON.stringify(found.identity ?? 'no identity')} (issuer ${JSON.stringify(found.issuer ?? 'none')}), ` +
            `but the expected signer is ${JSON.stringify(opts.certificateIdentity)} (issuer ${JSON.stringify(opts.certificateOidcIssuer)}).`,
          {
            hint:
              'Do not run this binary unless you know the signer. A mirror that re-signs releases needs ' +
              '`cosign-certificate-identity` and `cosign-certificate-oidc-issuer` set to its signer.'
          }
        )
      }
    }
  }
}
