/**
 * Batch verification: many bundles against one trusted root, as a verify step
 * does, sharing the work they have in common.
 *
 * `BatchVerifier.verify` is `verifyBundle` — same arguments but the trust,
 * same results, same errors; every check is verifyBundle's own — with one
 * CachingVerifier shared by all the bundles of the batch, handed over in the
 * `verifier` option. One certificate signs a whole step, so the certificate
 * chain, SCT and TSA chain checks, most of a bundle's verification time, run
 * once instead of once per bundle (see cache.ts for why that is sound).
 *
 * verifyBundle uses the shared verifier where it verifies against the
 * trusted root's material (identity policies), and its own Verifier
 * otherwise (a caller's public key). Where verifyBundle does not take a
 * `verifier` option, each bundle is verified exactly as by verifyBundle
 * alone; `cacheUsed` tells which happened.
 */
import type { Signer, SignedEntity } from '@sigstore/verify'

import type { LoadedTrust } from '../trust/index.js'
import { CachingVerifier } from './cache.js'
import { verifyBundle } from './bundle.js'
import type { ArtifactInput, Bundle, Expectation, VerifyOptions, VerifyResult } from './result.js'

/** verifyBundle's options plus the verifier it runs instead of a new @sigstore/verify Verifier. */
export interface SharedVerifierOptions extends VerifyOptions {
  verifier: { verify(entity: SignedEntity): Signer }
}

export type VerifyBundleFn = (
  bundle: Bundle,
  artifact: ArtifactInput,
  expect: Expectation,
  trust: LoadedTrust,
  options: SharedVerifierOptions
) => Promise<VerifyResult>

export class BatchVerifier {
  readonly verifier: CachingVerifier
  private readonly options: SharedVerifierOptions

  constructor(
    private readonly trust: LoadedTrust,
    options: VerifyOptions = {},
    private readonly verifyOne: VerifyBundleFn = verifyBundle
  ) {
    this.verifier = new CachingVerifier(trust.material, options)
    this.options = { ...options, verifier: this.verifier }
  }

  /** Same contract as `verifyBundle(bundle, artifact, expect, trust, options)`. */
  verify(bundle: Bundle, artifact: ArtifactInput, expect: Expectation): Promise<VerifyResult> {
    return this.verifyOne(bundle, artifact, expect, this.trust, this.options)
  }

  /** Whether any bundle went through the shared verifier (so its caches did their work). */
  get cacheUsed(): boolean {
    const s = this.verifier.stats
    return s.certificateChecks + s.certificateHits + s.tsaChainChecks + s.tsaChainHits > 0
  }
}
