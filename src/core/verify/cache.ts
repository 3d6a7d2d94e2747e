/*
 * Upstream internals. This module imports @sigstore/verify's dist/ modules,
 * which are not its public API, so package.json pins @sigstore/verify to one
 * exact version (test/core/verify/pin.test.ts fails when the installed one
 * differs). It uses:
 *   - dist/key/certificate.js: `CertificateChainVerifier`, constructed with
 *     { untrustedCert, trustedCerts, timestamp } and throwing from verify();
 *   - dist/key/index.js: `verifyCertificate(leaf, timestamps, material)`
 *     returning { signer, scts }, `verifyPublicKey(hint, timestamps,
 *     material)`, and the type `CertificateVerificationResult`;
 *   - dist/timestamp/index.js: `getTLogTimestamp(entry)` and the type
 *     `TimestampVerificationResult`;
 *   - dist/tlog/index.js: `verifyTLogInclusion(entry, tlogs)` and
 *     `verifyTLogBody(entry, signature)`;
 *   - dist/trust/index.js: the type `CertAuthority`.
 * Before moving the pin, check in the new version that these modules still
 * export these names with these signatures; that `Verifier.verify`
 * (dist/verifier.js) still runs the same steps in the same order, with the
 * same thresholds, duplicate checks and error codes, as `verify` below; that
 * `verifyRFC3161Timestamp` (dist/timestamp/tsa.js) still filters and checks
 * as `verifyRFC3161` below does; and that `verifyCertificate` looks at a
 * timestamp only through the CA validity windows (`filterCertAuthorities`)
 * and the certificates' `validForDate`, since the memo key (`timeClass`)
 * captures exactly those. Any new time-dependent test, step or option there
 * has to be mirrored here, or the cache could return a stale verdict.
 */
/**
 * A drop-in for @sigstore/verify's `Verifier` that remembers the work bundles
 * of one step share.
 *
 * A step signs every subject with one Fulcio certificate and stamps them with
 * one timestamp authority, so verifying a batch repeats the same expensive
 * checks for every bundle: the certificate chain to a Fulcio CA (the library
 * re-encodes certificates on each comparison, which costs milliseconds per
 * bundle), the certificate's SCTs, and the TSA's own certificate chain. Those
 * results depend on the certificate and the trusted root alone, plus a few
 * validity-window comparisons against each bundle's timestamps, so this class
 * computes them once per distinct input and redoes the per-bundle checks
 * (timestamps, transparency log inclusion and body, the signature) every time.
 *
 * Soundness, check by check (the library's own functions do every check; only
 * the orchestration of `Verifier.verify` is repeated here, step for step):
 *
 *  - Signing certificate. `verifyCertificate(leaf, timestamps, material)` is a
 *    pure function of the leaf certificate, the trust material and, for each
 *    timestamp t, the outcome of two kinds of time test: whether each
 *    certificate authority's validity window contains t
 *    (`filterCertAuthorities`) and whether each certificate that can appear in
 *    a path (the CA chains' certificates and the leaf) is valid at t
 *    (`validForDate`). Path building, signature checks, name chaining, CA and
 *    path-length constraints and the SCTs (checked at the SCT's own time) do
 *    not look at t. The memo key is therefore the leaf's DER plus, per
 *    timestamp in order, the bit vector of those time tests: two calls with
 *    equal keys take the same branches and return the same result, or throw.
 *    A bundle whose timestamps fall in another window gets a fresh, full check.
 *  - TSA timestamps. Each token's own signature, its message imprint over this
 *    bundle's signature and the signer's serial/issuer match are verified per
 *    bundle. Only the TSA certificate chain check (`CertificateChainVerifier`
 *    over a chain that comes entirely from the trusted root) is remembered, per
 *    authority and per bit vector of `validForDate` over that chain.
 *  - Transparency log entries and the artifact signature: verified per bundle,
 *    exactly as the library does.
 *
 * The caches hold results for one trust material (the one given to the
 * constructor) and never expire within the process; a step verifies against
 * one trusted root, so that is the lifetime wanted.
 *
 * Two steps deliberately differ from `Verifier.verify`, as sigstore-go and
 * sigstore-python do them, and seal runs this class for every bundle (a
 * fresh one when nothing is shared) so that one set of rules applies:
 *  - an RFC 3161 token that does not verify is not counted (timestamps.ts)
 *    instead of failing the bundle; the threshold still decides;
 *  - a checkpoint is matched to its log by the key that signed it, its
 *    signer name being a label (checkpoint.ts).
 */
import { isDeepStrictEqual } from 'node:util'

import { crypto as sigstoreCrypto, type RFC3161Timestamp, type X509Certificate } from '@sigstore/core'
import { VerificationError } from '@sigstore/verify'
import type { SignedEntity, Signer, TrustMaterial, VerifierOptions } from '@sigstore/verify'
import { CertificateChainVerifier } from '@sigstore/verify/dist/key/certificate.js'
import { verifyCertificate, verifyPublicKey, type CertificateVerificationResult } from '@sigstore/verify/dist/key/index.js'
import { getTLogTimestamp, type TimestampVerificationResult } from '@sigstore/verify/dist/timestamp/index.js'
import { verifyTLogBody, verifyTLogInclusion } from '@sigstore/verify/dist/tlog/index.js'
import type { CertAuthority } from '@sigstore/verify/dist/trust/index.js'

import { checkpointAuthorities } from './checkpoint.js'
import { countTimestamp } from './timestamps.js'

/** Counters, for tests and the benchmark: how often the expensive checks really ran. */
export interface CacheStats {
  certificateChecks: number
  certificateHits: number
  tsaChainChecks: number
  tsaChainHits: number
}

type Memo<T> = { ok: true; value: T } | { ok: false; error: unknown }

/** A certificate's validity window in epoch milliseconds (what `validForDate` compares). */
interface Window {
  start: number
  end: number
}

function windowOf(cert: X509Certificate): Window {
  return { start: cert.notBefore.getTime(), end: cert.notAfter.getTime() }
}

/** `validForDate` on numbers: NaN (an invalid date) compares false either way, as with Dates. */
function within(w: Window, t: number): boolean {
  return w.start <= t && t <= w.end
}

export class CachingVerifier {
  readonly stats: CacheStats = { certificateChecks: 0, certificateHits: 0, tsaChainChecks: 0, tsaChainHits: 0 }

  private readonly options: Required<Pick<VerifierOptions, 'ctlogThreshold' | 'tlogThreshold' | 'timestampThreshold'>>
  /** Windows of every certificate in the Fulcio CA chains, in a fixed order. */
  private readonly caCertWindows: Window[]
  private readonly leafWindows = new WeakMap<X509Certificate, Window>()
  private readonly leafKeys = new WeakMap<X509Certificate, string>()
  private readonly certificates = new Map<string, Memo<CertificateVerificationResult>>()
  private readonly tsaChains = new Map<string, boolean>()
  private readonly tsaKeys = new Map<CertAuthority, ReturnType<typeof sigstoreCrypto.createPublicKey>>()

  constructor(
    private readonly material: TrustMaterial,
    options: VerifierOptions = {}
  ) {
    this.options = {
      ctlogThreshold: options.ctlogThreshold ?? 1,
      tlogThreshold: options.tlogThreshold ?? 1,
      timestampThreshold: options.timestampThreshold ?? options.tsaThreshold ?? 1
    }
    this.caCertWindows = material.certificateAuthorities.flatMap(ca => ca.certChain.map(windowOf))
  }

  /** Same contract as `Verifier.verify(entity)`: the signer, or a VerificationError. */
  verify(entity: SignedEntity): Signer {
    return this.verifyDetailed(entity).signer
  }

  /**
   * `verify`, also saying which RFC 3161 timestamps did not verify and so were
   * not counted against the timestamp threshold (see timestamps.ts).
   */
  verifyDetailed(entity: SignedEntity): { signer: Signer; uncountedTimestamps: string[] } {
    const uncountedTimestamps: string[] = []
    const timestamps = this.verifyTimestamps(entity, uncountedTimestamps)
    const signer = this.verifySigningKey(entity, timestamps)
    this.verifyTLogs(entity)
    if (!entity.signature.verifySignature(signer.key)) {
      throw new VerificationError({ code: 'SIGNATURE_ERROR', message: 'signature verification failed' })
    }
    return { signer, uncountedTimestamps }
  }

  /* ------------------------------------------------------------ timestamps -- */

  private verifyTimestamps(entity: SignedEntity, uncounted: string[]): Date[] {
    const results: TimestampVerificationResult[] = []
    let tsaIndex = 0
    for (const timestamp of entity.timestamps) {
      if (timestamp.$case === 'timestamp-authority') {
        const check = () => this.verifyRFC3161(timestamp.timestamp, entity.signature.signature)
        if (!countTimestamp(check, timestamp.timestamp, tsaIndex++, uncounted)) continue
        results.push({
          type: 'timestamp-authority',
          logID: timestamp.timestamp.signerSerialNumber,
          timestamp: timestamp.timestamp.signingTime
        })
      } else {
        const result = getTLogTimestamp(timestamp.tlogEntry)
        if (result) results.push(result)
      }
    }
    if (containsDupes(results)) {
      throw new VerificationError({ code: 'TIMESTAMP_ERROR', message: 'duplicate timestamp' })
    }
    if (results.length < this.options.timestampThreshold) {
      throw new VerificationError({
        code: 'TIMESTAMP_ERROR',
        message: `expected ${this.options.timestampThreshold} timestamps, got ${results.length}`
      })
    }
    return results.map(r => r.timestamp)
  }

  /** The library's verifyRFC3161Timestamp, with the TSA chain check remembered. */
  private verifyRFC3161(timestamp: RFC3161Timestamp, data: Buffer): void {
    const signingTime = timestamp.signingTime
    const t = signingTime.getTime()
    const candidates = this.material.timestampAuthorities.filter(
      ca =>
        ca.validFor.start <= signingTime &&
        ca.validFor.end >= signingTime &&
        ca.certChain.length > 0 &&
        sigstoreCrypto.bufferEqual(ca.certChain[0].serialNumber, timestamp.signerSerialNumber) &&
        sigstoreCrypto.bufferEqual(ca.certChain[0].issuer, timestamp.signerIssuer)
    )
    const verified = candidates.some(ca => {
      try {
        if (!this.tsaChainValid(ca, signingTime, t)) return false
        timestamp.verify(data, this.tsaKey(ca))
        return true
      } catch {
        return false
      }
    })
    if (!verified) {
      throw new VerificationError({ code: 'TIMESTAMP_ERROR', message: 'timestamp could not be verified' })
    }
  }

  private tsaChainValid(ca: CertAuthority, signingTime: Date, t: number): boolean {
    const index = this.material.timestampAuthorities.indexOf(ca)
    const key = `${index}:${ca.certChain.map(cert => (within(windowOf(cert), t) ? 1 : 0)).join('')}`
    const known = this.tsaChains.get(key)
    if (known !== undefined) {
      this.stats.tsaChainHits++
      return known
    }
    this.stats.tsaChainChecks++
    const [leaf, ...cas] = ca.certChain
    let valid: boolean
    try {
      new CertificateChainVerifier({ untrustedCert: leaf, trustedCerts: cas, timestamp: signingTime }).verify()
      valid = true
    } catch {
      valid = false
    }
    this.tsaChains.set(key, valid)
    return valid
  }

  private tsaKey(ca: CertAuthority): ReturnType<typeof sigstoreCrypto.createPublicKey> {
    let key = this.tsaKeys.get(ca)
    if (!key) {
      key = sigstoreCrypto.createPublicKey(ca.certChain[0].publicKey)
      this.tsaKeys.set(ca, key)
    }
    return key
  }

  /* ------------------------------------------------------------ signing key -- */

  private verifySigningKey(entity: SignedEntity, timestamps: Date[]): Signer {
    const { key } = entity
    if (key.$case === 'public-key') return verifyPublicKey(key.hint, timestamps, this.material)

    const result = this.certificateResult(key.certificate, timestamps)
    if (containsDupes(result.scts)) {
      throw new VerificationError({ code: 'CERTIFICATE_ERROR', message: 'duplicate SCT' })
    }
    if (result.scts.length < this.options.ctlogThreshold) {
      throw new VerificationError({
        code: 'CERTIFICATE_ERROR',
        message: `expected ${this.options.ctlogThreshold} SCTs, got ${result.scts.length}`
      })
    }
    return result.signer
  }

  private certificateResult(leaf: X509Certificate, timestamps: Date[]): CertificateVerificationResult {
    const key = `${this.leafKey(leaf)}|${timestamps.map(t => this.timeClass(leaf, t)).join(';')}`
    const known = this.certificates.get(key)
    if (known) {
      this.stats.certificateHits++
      if (known.ok) return known.value
      throw known.error
    }
    this.stats.certificateChecks++
    let memo: Memo<CertificateVerificationResult>
    try {
      memo = { ok: true, value: verifyCertificate(leaf, timestamps, this.material) }
    } catch (error) {
      memo = { ok: false, error }
    }
    this.certificates.set(key, memo)
    if (memo.ok) return memo.value
    throw memo.error
  }

  /** The time tests verifyCertificate makes at time t, as a bit string. */
  private timeClass(leaf: X509Certificate, date: Date): string {
    const t = date.getTime()
    let bits = ''
    for (const ca of this.material.certificateAuthorities) {
      // Exactly filterCertAuthorities' comparison.
      bits += ca.validFor.start <= date && ca.validFor.end >= date ? '1' : '0'
    }
    for (const w of this.caCertWindows) bits += within(w, t) ? '1' : '0'
    let leafWindow = this.leafWindows.get(leaf)
    if (!leafWindow) {
      leafWindow = windowOf(leaf)
      this.leafWindows.set(leaf, leafWindow)
    }
    return bits + (within(leafWindow, t) ? '1' : '0')
  }

  /** The certificate's DER (as the library re-encodes it), computed once per certificate object. */
  private leafKey(leaf: X509Certificate): string {
    let key = this.leafKeys.get(leaf)
    if (key === undefined) {
      key = leaf.root.toDER().toString('base64')
      this.leafKeys.set(leaf, key)
    }
    return key
  }

  /* ---------------------------------------------------------- tlog entries -- */

  private verifyTLogs({ signature, tlogEntries }: SignedEntity): void {
    const entryIDs: { logID: Buffer; body: Buffer }[] = []
    for (const entry of tlogEntries) {
      verifyTLogInclusion(entry, checkpointAuthorities(entry, this.material.tlogs))
      verifyTLogBody(entry, signature)
      entryIDs.push({ logID: entry.logId.keyId, body: entry.canonicalizedBody })
    }
    if (containsDupes(entryIDs)) {
      throw new VerificationError({ code: 'TLOG_ERROR', message: 'duplicate tlog entry' })
    }
    if (entryIDs.length < this.options.tlogThreshold) {
      throw new VerificationError({
        code: 'TLOG_ERROR',
        message: `expected ${this.options.tlogThreshold} tlog entries, got ${entryIDs.length}`
      })
    }
  }
}

function containsDupes(items: readonly unknown[]): boolean {
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      if (isDeepStrictEqual(items[i], items[j])) return true
    }
  }
  return false
}
