/** What the steps report: the job summaries and the `results` output shape. */
export { attestSummary, cell, describeSigner, signSummary, verifiedBy, verifySummary } from './summary.js'
export { attestResults, signResults, verifyResults } from './results.js'
export { policySummary } from './policy-summary.js'
export type { AttestResult, FileSignResult, ImageSignResult, SignResult, VerifyResult } from './results.js'
