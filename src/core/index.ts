/**
 * What every entry to the core shares: the step context, the network and
 * registry inputs, the error model, redaction and atomic writes. Each step has
 * an entry of its own (sign-step.ts, verify-step.ts, attest-step.ts) holding its
 * runner, input reader, summary and results, so an action's bundle carries only
 * its own step's code. Everything here is light to load; each step loads its
 * Sigstore clients, verifier and registry code only once it knows it needs
 * them, so an action prints its first line before any of that is read from disk.
 */
export type { StepContext, VerifiedSubject } from './steps/index.js'
export { readNetworkInputs, readRegistryInputs, signingSecrets, PUBLIC_FULCIO_URL, PUBLIC_REKOR_URL, type InputGetter } from './inputs/index.js'
export { describeSigner } from './report/index.js'
export { isSealError, messageOf, SealError, type ErrorCode } from './util/index.js'
export { redact } from './util/index.js'
export { writeFileAtomic } from './util/index.js'
export { SEAL_VERSION } from './setup/seal-cli.js'
