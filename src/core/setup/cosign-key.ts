/**
 * cosign releases before v3.0.1 (the v2.x line) publish no Sigstore bundle:
 * each binary has a `<asset>.sig`, a base64 ECDSA P-256 signature over the
 * binary made with cosign's release key. Such a release is installed when
 * its binary matches `cosign_checksums.txt` and its `.sig` verifies with the
 * release key: the one built in here, or a mirror's (`cosign-release-key`).
 */
import { createHash, createPublicKey, createVerify, type KeyObject } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile } from 'node:fs/promises'

import { SealError } from '../util/errors.js'
import { downloadText, type DownloadOptions } from './download.js'

/** cosign's release key (release/release-cosign.pub in its repository; sha256 f4cea466…f126 of the file). */
export const COSIGN_RELEASE_KEY = `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEhyQCx0E9wQWSFI9ULGwy3BuRklnt
IqozONbbdbqz11hlRJy9c7SG+hdcFl9jE9uE/dwtuwU2MqU9T/cN0YkWww==
-----END PUBLIC KEY-----
`

const RELEASE = /^v?(\d+)\.(\d+)\.(\d+)/

/** Whether a release is signed with the release key rather than a Sigstore bundle: those before v3.0.1. */
export function signedWithReleaseKey(version: string): boolean {
  const m = RELEASE.exec(version)
  if (!m) return false
  const [major, minor, patch] = m.slice(1).map(Number)
  return major < 3 || (major === 3 && minor === 0 && patch < 1)
}

/** The `.sig` published next to an asset. */
export function signatureAssetName(asset: string): string {
  return `${asset}.sig`
}

export interface ReleaseKey {
  key: KeyObject
  /** sha256 of the key's DER SubjectPublicKeyInfo, lowercase hex. */
  fingerprint: string
  /** Where it came from: built in, or the `cosign-release-key` file. */
  source: string
}

/** The release key from `cosign-release-key` (a PEM file), else the one built in. */
export async function readReleaseKey(path?: string): Promise<ReleaseKey> {
  let pem = COSIGN_RELEASE_KEY
  if (path) {
    try {
      pem = await readFile(path, 'utf8')
    } catch (err) {
      throw new SealError('INPUT_INVALID', `\`cosign-release-key\`: cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? err}).`)
    }
  }
  let key: KeyObject
  try {
    key = createPublicKey(pem)
  } catch {
    throw new SealError('INPUT_INVALID', `\`cosign-release-key\` (${path}) is not a PEM public key.`, {
      hint: "Give the mirror's release-cosign.pub (-----BEGIN PUBLIC KEY-----)."
    })
  }
  const fingerprint = createHash('sha256')
    .update(key.export({ type: 'spki', format: 'der' }))
    .digest('hex')
  return { key, fingerprint, source: path ? `\`cosign-release-key\` ${path}` : "cosign's release key (built in)" }
}

/** Downloads `<asset>.sig` (base64, or the raw DER signature); undefined when the release has none. */
export async function downloadReleaseSignature(url: string, net: DownloadOptions): Promise<Buffer | undefined> {
  const text = await downloadText(url, net)
  if (text === undefined) return undefined
  const trimmed = text.trim()
  return /^[A-Za-z0-9+/=\s]+$/.test(trimmed) ? Buffer.from(trimmed, 'base64') : Buffer.from(text, 'latin1')
}

/** Checks the `.sig` of the downloaded binary at `path` with the release key; SIGNATURE_INVALID naming the key otherwise. */
export async function verifyReleaseSignature(path: string, signature: Buffer, key: ReleaseKey, what: string): Promise<void> {
  const verifier = createVerify('sha256')
  for await (const chunk of createReadStream(path)) verifier.update(chunk as Buffer)
  let ok: boolean
  try {
    ok = verifier.verify(key.key, signature)
  } catch {
    ok = false
  }
  if (!ok) {
    throw new SealError('SIGNATURE_INVALID', `The signature of ${what} does not verify with ${key.source} (sha256:${key.fingerprint}).`, {
      hint: 'Do not run this binary. A mirror that re-signs releases needs `cosign-release-key` set to its public key.'
    })
  }
}
