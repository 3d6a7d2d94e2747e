import { createHash } from 'node:crypto'
import { basename, join } from 'node:path'

import { dsse, RFC3161Timestamp } from '@sigstore/core'
import { bundleToJSON, toDSSEBundle, toMessageSignatureBundle, type Bundle } from '@sigstore/bundle'
import { RekorWitness, TSAWitness, type Witness } from '@sigstore/sign'

import { mapLimit } from '../util/concurrency.js'
import { readSmallFile, sha256File } from '../subjects/digest.js'
import { BrokenReplyError, SealError } from '../util/errors.js'
import { writeFilesAtomic, type FileWrite } from '../util/fs.js'
import type { KeySigner } from '../keys/signer.js'
import type { RemoteKeySigner } from '../keys/kms/signer.js'
import { KeylessSigner, type SigningCertificate } from './keyless.js'
import { httpURL } from '../util/http.js'
import { fetchRetryOptions, retryBrokenReplies, retryPolicy, type RetryPolicy } from '../util/retry.js'
import { describeServiceError } from './services.js'
import { logFacts, type LogFacts } from '../formats/tlog.js'
import { BUNDLE_SUFFIX, type ResolvedFile } from '../subjects/files.js'

export interface ServiceOptions {
  fulcioURL: string
  rekorURL: string
  /** Timestamp authority; none when empty. */
  tsaURL?: string
  /** Upload signatures to Rekor. */
  tlogUpload: boolean
  /** Rekor API major version (1 by default; 2 needs a TSA for trusted time). */
  rekorVersion?: 1 | 2
  /** Per-request timeout. */
  timeoutMs: number
  /** Retries of failed requests (with backoff). */
  retries: number
}

export interface SignedFile extends LogFacts {
  subject: string
  path: string
  sha256: string
  bundlePath: string
}

/** Validates the service options before any network call. */
export function checkServiceOptions(opts: ServiceOptions, withKey = false): void {
  for (const [input, url] of [
    ['fulcio-url', opts.fulcioURL],
    ['rekor-url', opts.rekorURL],
    ['tsa-url', opts.tsaURL]
  ] as const) {
    if (url) httpURL(url, input)
  }
  // A key needs no trusted time (it does not expire); a keyless certificate lives ten minutes.
  if (!withKey && !opts.tlogUpload && !opts.tsaURL) {
    throw new SealError(
      'INPUT_INVALID',
      'With `tlog-upload: false` a keyless signature has no trusted time and cannot be verified once its certificate expires.',
      { hint: 'Set `tsa-url` to a timestamp authority, or keep `tlog-upload: true`.' }
    )
  }
}

/** Where a file's bundle goes: next to it, or in bundleDir under its base name. */
export function bundlePathFor(file: string, bundleDir?: string): string {
  return bundleDir ? join(bundleDir, basename(file) + BUNDLE_SUFFIX) : file + BUNDLE_SUFFIX
}

/** Who signs: an ephemeral key certified by Fulcio (keyless), or a long-lived key. */
export type SessionSigner = { getToken: () => Promise<string>; key?: undefined } | { key: KeySigner | RemoteKeySigner; getToken?: undefined }

/** What a session's signatures are verified with. */
export interface SignerIdentity {
  certificate?: SigningCertificate
  /** For key-based signing: the key's hint (base64 sha256 of its PKIX DER). */
  keyHint?: string
  publicKeyPEM: string
}

/**
 * A signing session: one key and certificate, plus the witnesses (Rekor, TSA)
 * that countersign every signature it makes.
 */
export class SigningSession {
  readonly signer: KeylessSigner | KeySigner | RemoteKeySigner
  private readonly retry: RetryPolicy
  private readonly witnesses: { service: 'rekor' | 'tsa'; url: string; witness: Witness }[] = []

  constructor(opts: ServiceOptions & SessionSigner) {
    checkServiceOptions(opts, !!opts.key)
    this.retry = retryPolicy({ retries: opts.retries })
    const retry = fetchRetryOptions(this.retry)
    this.signer = opts.key ?? new KeylessSigner({ fulcioURL: opts.fulcioURL, getToken: opts.getToken, timeoutMs: opts.timeoutMs, retry: this.retry })
    if (opts.tlogUpload) {
      this.witnesses.push({
        service: 'rekor',
        url: opts.rekorURL,
        witness: new RekorWitness({
          rekorBaseURL: opts.rekorURL,
          majorApiVersion: opts.rekorVersion ?? 1,
          fetchOnConflict: true,
          timeout: opts.timeoutMs,
          retry
        })
      })
    }
    if (opts.tsaURL) {
      this.witnesses.push({ service: 'tsa', url: opts.tsaURL, witness: new TSAWitness({ tsaBaseURL: opts.tsaURL, timeout: opts.timeoutMs, retry }) })
    }
  }

  /** The certificate (keyless; requested once per session) or the key's public half. */
  async identity(): Promise<SignerIdentity> {
    if (this.signer instanceof KeylessSigner) {
      const certificate = await this.signer.certificate()
      return { certificate, publicKeyPEM: certificate.pem }
    }
    return { keyHint: this.signer.hint, publicKeyPEM: this.signer.publicKeyPEM }
  }

  /** Fulcio certificate requests made so far (0 with a key). */
  get certificateRequests(): number {
    return this.signer instanceof KeylessSigner ? this.signer.certificateRequests : 0
  }

  /** Signs a SHA-256 message digest and returns the witnessed v0.3 bundle. */
  async signDigest(digest: Buffer): Promise<Bundle> {
    const id = await this.identity()
    const signature = await this.signer.signDigest(digest)
    const bundle = toMessageSignatureBundle({ digest, signature, ...material(id) })
    await this.witness(bundle, id.publicKeyPEM)
    return bundle
  }

  /**
   * Signs a whole artifact held in memory: the same message signature as
   * signDigest over its SHA-256, made natively over the bytes (much cheaper
   * than signing a bare digest, which needs a pure-JS ECDSA).
   */
  async signBytes(data: Buffer): Promise<{ bundle: Bundle; digest: Buffer }> {
    const id = await this.identity()
    const digest = createHash('sha256').update(data).digest()
    const signature = await this.signer.sign(data)
    const bundle = toMessageSignatureBundle({ digest, signature, ...material(id) })
    await this.witness(bundle, id.publicKeyPEM)
    return { bundle, digest }
  }

  /** Signs a payload as a DSSE envelope (e.g. an in-toto statement) and returns the witnessed v0.3 bundle. */
  async signDSSE(payload: Buffer, payloadType: string): Promise<Bundle> {
    const id = await this.identity()
    const signature = await this.signer.sign(dsse.preAuthEncoding(payloadType, payload))
    const bundle = toDSSEBundle({ artifact: payload, artifactType: payloadType, signature, ...material(id) })
    await this.witness(bundle, id.publicKeyPEM)
    return bundle
  }

  private async witness(bundle: Bundle, certPEM: string): Promise<void> {
    const materials = await Promise.all(
      this.witnesses.map(async ({ service, url, witness }) => {
        try {
          return await retryBrokenReplies(async () => {
            const material = await witness.testify(bundle.content, certPEM)
            if (service === 'tsa') checkTimestamps(material.rfc3161Timestamps ?? [], signatureOf(bundle))
            return material
          }, this.retry)
        } catch (err) {
          throw describeServiceError(service, url, err)
        }
      })
    )
    for (const m of materials) {
      bundle.verificationMaterial.tlogEntries.push(...(m.tlogEntries ?? []))
      bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps.push(...(m.rfc3161Timestamps ?? []))
    }
  }
}

/** The bytes a timestamp authority timestamps: the signature itself. */
function signatureOf(bundle: Bundle): Buffer {
  const c = bundle.content
  return c.$case === 'dsseEnvelope' ? c.dsseEnvelope.signatures[0].sig : c.messageSignature.signature
}

/**
 * A timestamp authority's answer must be a granted RFC 3161 timestamp over
 * this signature. Anything else (a proxy's error page served as 200, another
 * request's token) is treated as a broken reply and asked for again, rather
 * than written into a bundle that would fail verification later.
 */
function checkTimestamps(timestamps: readonly { signedTimestamp: Buffer }[], signature: Buffer): void {
  if (timestamps.length === 0) throw new BrokenReplyError('no timestamp in the answer')
  for (const { signedTimestamp } of timestamps) {
    let ts: RFC3161Timestamp
    try {
      ts = RFC3161Timestamp.parse(Buffer.from(signedTimestamp))
      if (ts.status !== 0n && ts.status !== 1n) throw new Error(`status ${ts.status}`)
      ts.tstInfo.verify(signature)
    } catch (err) {
      throw new BrokenReplyError(`not a timestamp of this signature (${(err as Error).message})`, { cause: err })
    }
  }
}

/** The bundle's verification material: the certificate, or the key hint. */
function material(id: SignerIdentity): { certificate: Buffer } | { keyHint: string } {
  return id.certificate ? { certificate: id.certificate.der } : { keyHint: id.keyHint ?? '' }
}

/** Files signed but whose bundles are not on disk yet. */
export interface PendingFiles {
  files: SignedFile[]
  /** The bundles, in the order of `files`. */
  bundles: FileWrite[]
}

/** A file to sign and where its bundle goes. */
export interface BundleTarget {
  file: ResolvedFile
  bundlePath: string
}

/**
 * Where each file's bundle goes, checked before anything is signed: no
 * bundle may overwrite a subject, and no two files may share a bundle path.
 */
export function planBundles(files: readonly ResolvedFile[], bundleDir?: string): BundleTarget[] {
  const targets = files.map(f => ({ file: f, bundlePath: bundlePathFor(f.path, bundleDir) }))
  checkBundleTargets(targets, bundleDir)
  return targets
}

/**
 * Signs every file with one certificate: each is signed (small files over
 * their bytes, larger ones over their streamed digest) and countersigned by
 * Rekor and the TSA. Nothing is written: the caller writes the bundles
 * (writeBundles) once everything else in its step has succeeded, so a failed
 * step leaves no bundle behind.
 */
export async function signFileBundles(targets: readonly BundleTarget[], session: SigningSession, concurrency = 16): Promise<PendingFiles> {
  const bundles: FileWrite[] = []
  const signed = await mapLimit(targets, concurrency, async ({ file, bundlePath }, i) => {
    const { digest, bundle } = await signFile(session, file.path)
    bundles[i] = { path: bundlePath, data: JSON.stringify(bundleToJSON(bundle)) + '\n' }
    return { subject: file.name, path: file.path, sha256: digest.toString('hex'), bundlePath, ...logFacts(bundle) }
  })
  return { files: signed, bundles }
}

/** Signs one file: small ones from memory (native signature), large ones by their streamed digest. */
async function signFile(session: SigningSession, path: string): Promise<{ digest: Buffer; bundle: Bundle }> {
  // Only for signers that could sign the digest as well, so whether a file can be signed never depends on its size.
  const data = session.signer.canSignDigest ? await readSmallFile(path) : undefined
  if (data) return session.signBytes(data)
  const digest = await sha256File(path)
  return { digest, bundle: await session.signDigest(digest) }
}

/** Writes the bundles of signed files, all or none. */
export async function writeBundles(pending: PendingFiles): Promise<SignedFile[]> {
  await writeFilesAtomic(pending.bundles)
  return pending.files
}

function checkBundleTargets(targets: readonly BundleTarget[], bundleDir?: string): void {
  const subjects = new Set(targets.map(t => t.file.path))
  const seen = new Map<string, string>()
  for (const { file, bundlePath } of targets) {
    if (subjects.has(bundlePath)) {
      throw new SealError('INPUT_INVALID', `The bundle for ${file.name} would overwrite the subject ${bundlePath}.`, {
        hint: 'Exclude *.sigstore.json files from `subject-path`, or set `bundle-dir`.'
      })
    }
    const other = seen.get(bundlePath)
    if (other) {
      throw new SealError('INPUT_INVALID', `${other} and ${file.name} would both write ${bundlePath}${bundleDir ? ' in `bundle-dir`' : ''}.`, {
        hint: 'Files with the same name need separate bundle directories: leave `bundle-dir` empty to write each bundle next to its file.'
      })
    }
    seen.set(bundlePath, file.name)
  }
}
