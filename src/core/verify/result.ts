/**
 * The shapes bundle verification takes and returns: what the artifact is,
 * what the signer must be, the options passed to the verifier, and the result.
 */
import type { Bundle } from '@sigstore/bundle'
import type { SignedEntity, Signer } from '@sigstore/verify'

import type { HashAlgorithm as DigestAlgorithm } from '../subjects/digest.js'
import type { IdentityPolicy } from '../policy/identity.js'

export type { Bundle }

/** The artifact a bundle is checked against: a file, or only its digest. */
export type ArtifactInput = { path: string } | { digest: { algorithm: DigestAlgorithm; value: Buffer } }

/** Who must have signed: a certificate identity matching the policy, or the holder of a public key. */
export type Expectation = { policy: IdentityPolicy } | { publicKeyPEM: string }

export interface VerifyResult {
  identity?: string
  issuer?: string
  /** Hex sha256 of the artifact, when known. */
  sha256?: string
  logIndex?: string
  /** Hex. */
  logId?: string
  /** ISO 8601, from the first tlog entry, when it has one. */
  integratedTime?: string
  bundleType: 'message-signature' | 'dsse'
  certificatePEM?: string
  /** RFC 3161 timestamps that did not verify and were not counted against the threshold, one line each. */
  uncountedTimestamps?: string[]
}

/** Thresholds passed to the Verifier; the defaults (1 each) suit every real deployment. */
export interface VerifyOptions {
  tlogThreshold?: number
  ctlogThreshold?: number
  timestampThreshold?: number
  /**
   * A verifier over `trust.material` shared by many bundles (see BatchVerifier):
   * it may reuse what the bundles share, and checks everything else per bundle.
   */
  verifier?: { verify(entity: SignedEntity): Signer }
}

/** How errors name the artifact. */
export function describeArtifact(artifact: ArtifactInput): string {
  return 'path' in artifact ? `the file ${artifact.path}` : 'the artifact'
}
