/**
 * The setup action's inputs as a typed object, validated without I/O.
 */
import { SealError } from '../util/errors.js'
import { httpURL } from '../util/http.js'
import { readBoolean, readInteger, readOptional, type InputGetter } from '../inputs/read.js'
import { COSIGN_DOWNLOAD_URL, COSIGN_RELEASE_IDENTITY, COSIGN_RELEASE_ISSUER } from './cosign.js'

export interface SetupInputs {
  /** A cosign release tag to install (`vX.Y.Z`); none when unset. */
  cosignRelease?: string
  cosignDownloadURL: string
  cosignCertificateIdentity: string
  cosignCertificateOidcIssuer: string
  trustedRootPath?: string
  /** The release key of releases before v3.0.1 (a PEM file); empty: cosign's, built in. */
  cosignReleaseKey?: string
  timeoutMs: number
  retries: number
  showSummary: boolean
}

const RELEASE = /^v?(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?$/

/** Accepts `v2.5.0` (or `2.5.0`, given back as `v2.5.0`); anything else names the input. */
export function parseCosignRelease(text: string): string {
  const value = text.trim()
  const m = RELEASE.exec(value)
  if (!m) {
    throw new SealError('INPUT_INVALID', `\`cosign-release\` must be a release tag such as v3.0.6, got ${JSON.stringify(value)}.`, {
      hint: 'Pin an exact version: the installed binary is checked against that release’s checksums and Sigstore bundle.'
    })
  }
  return value.startsWith('v') ? value : `v${value}`
}

function readURL(get: InputGetter, name: string, fallback: string): string {
  const raw = readOptional(get, name) ?? fallback
  const url = httpURL(raw, name)
  if (url.search || url.hash) {
    throw new SealError('INPUT_INVALID', `\`${name}\` must be a base URL without a query or fragment, got ${JSON.stringify(raw)}.`, {
      hint: 'Assets are fetched from <cosign-download-url>/<cosign-release>/<asset>.'
    })
  }
  return raw.replace(/\/+$/, '')
}

export function readSetupInputs(get: InputGetter): SetupInputs {
  const release = readOptional(get, 'cosign-release')
  return {
    cosignRelease: release === undefined ? undefined : parseCosignRelease(release),
    cosignDownloadURL: readURL(get, 'cosign-download-url', COSIGN_DOWNLOAD_URL),
    cosignCertificateIdentity: readOptional(get, 'cosign-certificate-identity') ?? COSIGN_RELEASE_IDENTITY,
    cosignCertificateOidcIssuer: readOptional(get, 'cosign-certificate-oidc-issuer') ?? COSIGN_RELEASE_ISSUER,
    trustedRootPath: readOptional(get, 'trusted-root'),
    cosignReleaseKey: readOptional(get, 'cosign-release-key'),
    timeoutMs: readInteger(get, 'timeout', 60, 1, 3600) * 1000,
    retries: readInteger(get, 'retries', 3, 0, 10),
    showSummary: readBoolean(get, 'show-summary', true)
  }
}
