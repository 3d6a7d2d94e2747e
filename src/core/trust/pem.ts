/**
 * A Sigstore trusted root built from exported PEM material, the way a private
 * deployment hands it out (and the way cosign takes it through SIGSTORE_ROOT_FILE,
 * SIGSTORE_REKOR_PUBLIC_KEY, SIGSTORE_CT_LOG_PUBLIC_KEY_FILE and
 * SIGSTORE_TSA_CERTIFICATE_FILE):
 *
 *   - the Fulcio CA certificates: one or more chains, each ending in a
 *     self-signed root, in any order in the file;
 *   - the Rekor public key(s), PEM or DER;
 *   - the CT log public key(s), PEM or DER;
 *   - the timestamp authority chain, leaf to root (any order is accepted).
 *
 * Log IDs are SHA-256 of the key's PKIX DER (RFC 6962 §3.2; Rekor uses the same).
 */
import { createHash, createPublicKey, X509Certificate, type KeyObject } from 'node:crypto'
import { readFile } from 'node:fs/promises'

import { HashAlgorithm, PublicKeyDetails, TrustedRoot } from '@sigstore/protobuf-specs'
import type { CertificateAuthority, DistinguishedName, TransparencyLogInstance } from '@sigstore/protobuf-specs'

import { SealError } from '../util/errors.js'
import { httpURL } from '../util/http.js'
import { decodePemBlocks, looksLikePEM } from '../formats/pem.js'

export type PemField = 'fulcioRoot' | 'rekorPublicKey' | 'ctLogPublicKey' | 'tsaCertChain'

/** The material itself: PEM text (keys may also be DER bytes). */
export type PemMaterial = Partial<Record<PemField, string | Uint8Array>>

/** Paths of files holding the material. */
export type PemFiles = Partial<Record<PemField, string>>

export interface PemTrustOptions {
  /**
   * The Rekor base URL, recorded as the tlog `baseUrl`. seal matches
   * checkpoints to the log by key and needs no URL; verifiers built on
   * sigstore-js alone match a checkpoint's signer name against it.
   */
  rekorURL?: string
  /** Informational URIs recorded in the root. */
  fulcioURL?: string
  ctLogURL?: string
  tsaURL?: string
  /** How errors name each piece (defaults: the CLI flags / action inputs). */
  names?: Partial<Record<PemField, string>>
}

/** Action inputs and CLI flags. */
export const PEM_INPUTS: Record<PemField, string> = {
  fulcioRoot: 'fulcio-root',
  rekorPublicKey: 'rekor-public-key',
  ctLogPublicKey: 'ct-log-public-key',
  tsaCertChain: 'tsa-cert-chain'
}

/** cosign's environment variables; each holds a file path. */
export const SIGSTORE_ENV: Record<PemField, string> = {
  fulcioRoot: 'SIGSTORE_ROOT_FILE',
  rekorPublicKey: 'SIGSTORE_REKOR_PUBLIC_KEY',
  ctLogPublicKey: 'SIGSTORE_CT_LOG_PUBLIC_KEY_FILE',
  tsaCertChain: 'SIGSTORE_TSA_CERTIFICATE_FILE'
}

export const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1'

const FIELDS: readonly PemField[] = ['fulcioRoot', 'rekorPublicKey', 'ctLogPublicKey', 'tsaCertChain']

/**
 * A bare public key carries no validity period, and cosign trusts a key given
 * through SIGSTORE_REKOR_PUBLIC_KEY or SIGSTORE_CT_LOG_PUBLIC_KEY_FILE for
 * entries of any age. The root states that explicitly as a start at the Unix
 * epoch: any later date (the Fulcio root's notBefore, say) would reject genuine
 * entries logged before it, such as key-signed ones, which never involve Fulcio.
 * A missing start would mean the same to @sigstore/verify, but seal rejects roots
 * with missing starts (checkTrustedRoot), so the choice is written down here.
 */
const KEY_VALID_FROM = new Date(0)

/**
 * Builds the trusted root. At least one of the Fulcio roots and the Rekor key
 * is required. Without `rekorURL` the Rekor logs get an empty baseUrl, which
 * seal's verification does not need (verify/checkpoint.ts matches checkpoints
 * by key); other verifiers built on sigstore-js do. Entries are matched to keys
 * by log ID alone.
 */
export function trustedRootFromPEM(material: PemMaterial, options: PemTrustOptions = {}): TrustedRoot {
  const name = (field: PemField): string => options.names?.[field] ?? `\`${PEM_INPUTS[field]}\``
  const given = (field: PemField): boolean => {
    const v = material[field]
    return v !== undefined && (typeof v === 'string' ? v.trim() !== '' : v.length > 0)
  }
  if (!given('fulcioRoot') && !given('rekorPublicKey')) {
    throw new SealError('INPUT_INVALID', `set ${name('fulcioRoot')} or ${name('rekorPublicKey')} (or both) to build a trusted root`, {
      hint: 'A trusted root needs the certificate authority that issues signing certificates or the transparency log that records signatures.'
    })
  }
  const rekorURL = optionalURL(options.rekorURL, 'rekor-url')

  const certificateAuthorities = given('fulcioRoot')
    ? certificateChains(text(material.fulcioRoot!, name('fulcioRoot')), name('fulcioRoot')).map(chain =>
        authority(chain, optionalURL(options.fulcioURL, 'fulcio-url'), name('fulcioRoot'))
      )
    : []
  const tlogs = given('rekorPublicKey') ? publicKeys(material.rekorPublicKey!, name('rekorPublicKey')).map(key => logInstance(key, rekorURL)) : []
  const ctlogs = given('ctLogPublicKey')
    ? publicKeys(material.ctLogPublicKey!, name('ctLogPublicKey')).map(key => logInstance(key, optionalURL(options.ctLogURL, 'ct-log-url')))
    : []
  const timestampAuthorities = given('tsaCertChain')
    ? certificateChains(text(material.tsaCertChain!, name('tsaCertChain')), name('tsaCertChain')).map(chain =>
        authority(chain, optionalURL(options.tsaURL, 'tsa-url'), name('tsaCertChain'))
      )
    : []

  return { mediaType: TRUSTED_ROOT_MEDIA_TYPE, tlogs, certificateAuthorities, ctlogs, timestampAuthorities }
}

/** The trusted root as protobuf JSON (what trusted_root.json files hold). */
export function trustedRootJSON(root: TrustedRoot): Record<string, unknown> {
  return TrustedRoot.toJSON(root) as Record<string, unknown>
}

/**
 * Reads the files and builds the root. Errors name each file by `options.names`
 * (default: the inputs `fulcio-root`, `rekor-public-key`, …).
 */
export async function trustedRootFromFiles(files: PemFiles, options: PemTrustOptions = {}): Promise<TrustedRoot> {
  const material: PemMaterial = {}
  for (const field of FIELDS) {
    const path = files[field]
    if (!path) continue
    const name = options.names?.[field] ?? `\`${PEM_INPUTS[field]}\``
    try {
      material[field] = await readFile(path)
    } catch (err) {
      throw new SealError('TRUST_ROOT_INVALID', `cannot read ${path} (${name}): ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, {
        cause: err
      })
    }
  }
  return trustedRootFromPEM(material, options)
}

/** The SIGSTORE_* files set in `env` (empty values count as unset); undefined when none is. */
export function environmentTrustFiles(env: NodeJS.ProcessEnv): PemFiles | undefined {
  const files: PemFiles = {}
  for (const field of FIELDS) {
    const value = env[SIGSTORE_ENV[field]]
    if (value && value.trim() !== '') files[field] = value.trim()
  }
  return Object.keys(files).length > 0 ? files : undefined
}

/* ------------------------------------------------------------ certificates -- */

function text(value: string | Uint8Array, name: string): string {
  const s = typeof value === 'string' ? value : Buffer.from(value).toString('utf8')
  if (!looksLikePEM(s)) throw new SealError('TRUST_ROOT_INVALID', `${name} is not a PEM file of certificates`)
  return s
}

function certificates(pem: string, name: string): X509Certificate[] {
  const blocks = decodePemBlocks(pem, name).filter(b => b.type === 'CERTIFICATE')
  if (blocks.length === 0) throw new SealError('TRUST_ROOT_INVALID', `${name} holds no CERTIFICATE`)
  const seen = new Set<string>()
  const certs: X509Certificate[] = []
  for (const [i, block] of blocks.entries()) {
    const fingerprint = createHash('sha256').update(block.der).digest('hex')
    if (seen.has(fingerprint)) continue
    seen.add(fingerprint)
    try {
      certs.push(new X509Certificate(block.der))
    } catch (err) {
      throw new SealError('TRUST_ROOT_INVALID', `certificate ${i + 1} in ${name} cannot be parsed: ${(err as Error).message}`, { cause: err })
    }
  }
  return certs
}

function issued(child: X509Certificate, parent: X509Certificate): boolean {
  try {
    return child.checkIssued(parent) && child.verify(parent.publicKey)
  } catch {
    return false
  }
}

const selfSigned = (cert: X509Certificate): boolean => issued(cert, cert)

/**
 * Groups the certificates into chains, leaf-most first and each ending in a
 * self-signed root, as the trusted root wants them. A chain starts at every
 * certificate that issued none of the others.
 */
export function certificateChains(pem: string, name: string): X509Certificate[][] {
  const certs = certificates(pem, name)
  const leaves = certs.filter(c => !certs.some(other => other !== c && issued(other, c)))
  return leaves.map(leaf => {
    const chain = [leaf]
    let current = leaf
    while (!selfSigned(current)) {
      const parent = certs.find(c => c !== current && issued(current, c))
      if (!parent) {
        throw new SealError('TRUST_ROOT_INVALID', `the issuer of "${oneLine(current.subject)}" is not in ${name}`, {
          hint: 'Include the whole chain up to the self-signed root certificate.'
        })
      }
      if (chain.includes(parent)) throw new SealError('TRUST_ROOT_INVALID', `the certificates in ${name} issue each other in a loop`)
      chain.push(parent)
      current = parent
    }
    return chain
  })
}

function authority(chain: X509Certificate[], uri: string, name: string): CertificateAuthority {
  const start = new Date(Math.max(...chain.map(c => c.validFromDate.getTime())))
  const end = new Date(Math.min(...chain.map(c => c.validToDate.getTime())))
  if (end < start) {
    throw new SealError('TRUST_ROOT_INVALID', `the certificates of the chain "${oneLine(chain[0].subject)}" in ${name} are never valid at the same time`)
  }
  return {
    subject: distinguishedName(chain[0].subject),
    uri,
    certChain: { certificates: chain.map(c => ({ rawBytes: c.raw })) },
    // The time the whole chain is valid: from its latest notBefore to its earliest notAfter.
    validFor: { start, end },
    operator: ''
  }
}

function distinguishedName(subject: string): DistinguishedName {
  const attrs = new Map<string, string>()
  for (const line of subject.split('\n')) {
    const eq = line.indexOf('=')
    if (eq > 0 && !attrs.has(line.slice(0, eq))) attrs.set(line.slice(0, eq), line.slice(eq + 1))
  }
  return { organization: attrs.get('O') ?? '', commonName: attrs.get('CN') ?? '' }
}

const oneLine = (subject: string): string => subject.split('\n').join(', ')

/* -------------------------------------------------------------------- keys -- */

function publicKeys(value: string | Uint8Array, name: string): KeyObject[] {
  const raw = typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value)
  const asText = raw.toString('utf8')
  const keys: KeyObject[] = []
  if (looksLikePEM(asText)) {
    const blocks = decodePemBlocks(asText, name).filter(b => b.type === 'PUBLIC KEY' || b.type === 'RSA PUBLIC KEY')
    if (blocks.length === 0) throw new SealError('TRUST_ROOT_INVALID', `${name} holds no PUBLIC KEY`)
    for (const block of blocks) keys.push(parseKey(block.der, block.type === 'RSA PUBLIC KEY' ? 'pkcs1' : 'spki', name))
  } else {
    keys.push(parseKey(raw, 'spki', name))
  }
  const seen = new Set<string>()
  return keys.filter(k => {
    const id = logId(k).toString('hex')
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
}

function parseKey(der: Buffer, type: 'spki' | 'pkcs1', name: string): KeyObject {
  try {
    return createPublicKey({ key: der, format: 'der', type })
  } catch (err) {
    throw new SealError('TRUST_ROOT_INVALID', `${name} is not a PEM or DER public key: ${(err as Error).message}`, { cause: err })
  }
}

function spki(key: KeyObject): Buffer {
  return key.export({ format: 'der', type: 'spki' })
}

function logId(key: KeyObject): Buffer {
  return createHash('sha256').update(spki(key)).digest()
}

/** The protobuf key details for a key, from its type (and curve or modulus size). */
export function keyDetailsOf(key: KeyObject): PublicKeyDetails {
  switch (key.asymmetricKeyType) {
    case 'ec':
      switch (key.asymmetricKeyDetails?.namedCurve) {
        case 'prime256v1':
          return PublicKeyDetails.PKIX_ECDSA_P256_SHA_256
        case 'secp384r1':
          return PublicKeyDetails.PKIX_ECDSA_P384_SHA_384
        case 'secp521r1':
          return PublicKeyDetails.PKIX_ECDSA_P521_SHA_512
      }
      break
    case 'ed25519':
      return PublicKeyDetails.PKIX_ED25519
    case 'rsa':
      switch (key.asymmetricKeyDetails?.modulusLength) {
        case 2048:
          return PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256
        case 3072:
          return PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256
        case 4096:
          return PublicKeyDetails.PKIX_RSA_PKCS1V15_4096_SHA256
        default:
          return PublicKeyDetails.PKIX_RSA_PKCS1V5
      }
  }
  const detail = key.asymmetricKeyType === 'ec' ? `${key.asymmetricKeyDetails?.namedCurve} ECDSA` : key.asymmetricKeyType
  throw new SealError('TRUST_ROOT_INVALID', `unsupported ${detail ?? 'unknown'} log key; use ECDSA P-256/P-384/P-521, Ed25519 or RSA`)
}

function logInstance(key: KeyObject, baseUrl: string): TransparencyLogInstance {
  return {
    baseUrl,
    hashAlgorithm: HashAlgorithm.SHA2_256,
    publicKey: { rawBytes: spki(key), keyDetails: keyDetailsOf(key), validFor: { start: KEY_VALID_FROM, end: undefined } },
    logId: { keyId: logId(key) },
    checkpointKeyId: undefined,
    operator: ''
  }
}

function optionalURL(url: string | undefined, input: string): string {
  if (!url) return ''
  httpURL(url, input)
  return url.replace(/\/+$/, '')
}
