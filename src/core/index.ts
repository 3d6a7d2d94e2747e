/**
 * The library's public entry for the actions and the command line: the three
 * steps, the readers of their inputs, the job-summary writers, the results
 * (the actions' `results` output and the CLI's `--json`) and the error model. Everything here is light to load; each step loads its Sigstore
 * clients, verifier and registry code only once it knows it needs them, so an
 * action prints its first line before any of that is read from disk.
 */
export type { StepContext, VerifiedSubject } from './steps/index.js'
export { runSignStep, type SignStepResult, type SignedImage } from './steps/index.js'
export { runVerifyStep, type VerifyStepResult } from './steps/index.js'
export { runAttestStep, type AttestStepResult, type AttachedImage } from './steps/index.js'
export {
  readAttestInputs,
  readNetworkInputs,
  readRegistryInputs,
  readSignInputs,
  readVerifyInputs,
  signingSecrets,
  PUBLIC_FULCIO_URL,
  PUBLIC_REKOR_URL,
  type AttestInputs,
  type InputGetter,
  type SignInputs,
  type VerifyInputs
} from './inputs/index.js'
export { attestSummary, describeSigner, signSummary, verifySummary } from './report/index.js'
export {
  attestResults,
  signResults,
  verifyResults,
  type AttestResult,
  type FileSignResult,
  type ImageSignResult,
  type SignResult,
  type VerifyResult
} from './report/index.js'
export { isSealError, messageOf, SealError, type ErrorCode } from './util/index.js'
export { redact } from './util/index.js'
export { writeFileAtomic } from './util/index.js'
export { SEAL_VERSION } from './setup/seal-cli.js'
