/**
 * Verification against the right trusted root: a trusted-root file may hold
 * several roots (JSON Lines, as `gh attestation trusted-root` prints), and
 * each bundle is verified against the one whose certificate authority issued
 * its signing certificate, with thresholds that root can meet: a root with no
 * CT log needs no SCT, and one with no transparency log needs no log entry
 * unless `tlog-threshold` asks for it (GitHub's instance has neither; its
 * bundles carry an RFC 3161 timestamp instead).
 */
import { X509Certificate } from '@sigstore/core'
import type { TrustedRoot } from '@sigstore/protobuf-specs'

import type { LoadedTrust } from '../trust/material.js'
import { BatchVerifier } from './batch.js'
import { leafCertificate } from './material.js'
import type { ArtifactInput, Bundle, Expectation, VerifyOptions, VerifyResult } from './result.js'

/** The thresholds a bundle is verified with under `root`. */
export function thresholdsFor(root: TrustedRoot, thresholds: VerifyOptions, tlogGiven: boolean): VerifyOptions {
  return {
    ...thresholds,
    ...(root.ctlogs.length === 0 ? { ctlogThreshold: 0 } : {}),
    ...(tlogGiven ? {} : { tlogThreshold: root.tlogs.length === 0 ? 0 : 1 })
  }
}

/**
 * The root of `trust` whose certificate authorities include the issuer of
 * the bundle's signing certificate; the first root when none does (the
 * verification then fails, saying the authority is unknown) or when the
 * bundle is signed with a key.
 */
export function rootFor(bundle: Bundle, trust: LoadedTrust): LoadedTrust {
  const roots = trust.roots
  if (!roots || roots.length < 2) return trust
  const der = leafCertificate(bundle)
  if (!der) return roots[0]
  let issuer: Buffer
  try {
    issuer = X509Certificate.parse(Buffer.from(der)).issuer
  } catch {
    return roots[0]
  }
  const issues = (root: LoadedTrust) =>
    root.trustedRoot.certificateAuthorities.some(ca =>
      ca.certChain?.certificates.some(c => {
        try {
          return X509Certificate.parse(Buffer.from(c.rawBytes)).subject.equals(issuer)
        } catch {
          return false
        }
      })
    )
  return roots.find(issues) ?? roots[0]
}

/** BatchVerifier's `verify` over a trust of one or several roots; one BatchVerifier per root, made when first needed. */
export class RootedVerifier {
  private readonly verifiers = new Map<LoadedTrust, BatchVerifier>()

  constructor(
    private readonly trust: LoadedTrust,
    private readonly thresholds: VerifyOptions,
    private readonly tlogGiven: boolean
  ) {}

  verify(bundle: Bundle, artifact: ArtifactInput, expect: Expectation): Promise<VerifyResult> {
    const root = rootFor(bundle, this.trust)
    let verifier = this.verifiers.get(root)
    if (!verifier) {
      verifier = new BatchVerifier(root, thresholdsFor(root.trustedRoot, this.thresholds, this.tlogGiven))
      this.verifiers.set(root, verifier)
    }
    return verifier.verify(bundle, artifact, expect)
  }
}
