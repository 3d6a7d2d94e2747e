/**
 * Bundle verification: parsing bundles, verifying one against a trusted root
 * and an identity policy or key, verifying many with shared work, and the
 * step-level expectations (identity, build provenance, thresholds).
 */
export { parseBundle } from './parse.js'
export { verifyBundle } from './bundle.js'
export type { ArtifactInput, Bundle, Expectation, VerifyOptions, VerifyResult } from './result.js'
export { BatchVerifier, type SharedVerifierOptions, type VerifyBundleFn } from './batch.js'
export { RootedVerifier, rootFor, thresholdsFor } from './roots.js'
export { bundleTexts, firstThatVerifies, type BundleText } from './jsonl.js'
export { CachingVerifier, type CacheStats } from './cache.js'
export { buildExpectations, checkExpectations, statementFacts, type Expectations, type StatementFacts } from './expectations.js'
